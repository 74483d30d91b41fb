import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the legend is open where it is folded (a narrow map: behind one button, as a sheet over
 * the drawing). Escape closes it and gives the focus back to its button.
 */
export class LegendController implements ReactiveController {
  open = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  readonly toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('.legend-toggle')?.focus(),
    );
  };
}
