import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A media query as reactive state: `matches` follows it while the host is connected, and the host
 * updates when it changes (Spectrum's MatchMediaController is the model).
 */
export class MatchMediaController implements ReactiveController {
  matches = false;
  private readonly query?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    media: string,
    private readonly onChange: () => void = () => undefined,
  ) {
    this.query = typeof matchMedia === 'function' ? matchMedia(media) : undefined;
    this.matches = this.query?.matches ?? false;
    host.addController(this);
  }

  private readonly changed = (event: MediaQueryListEvent): void => {
    this.matches = event.matches;
    this.onChange();
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.matches = this.query?.matches ?? false;
    this.query?.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.changed);
  }
}
