import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The loading state's height, kept as the loaded card's min-height until the reader interacts
 * with the page (or it is resized): a card shorter than the common one it stood in for shrinks
 * then, when a move is expected, and not while the reader is reading what follows it.
 */
export class ReservedHeight implements ReactiveController {
  /** The loaded card's min-height in px, while it is kept. */
  value?: number;
  #skeletonShown = false;
  #stop?: () => void;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The loading state is being rendered. */
  skeleton(): void {
    this.#skeletonShown = true;
  }

  /** The card is being rendered: when the loading state is still on the screen, its height is kept. */
  take(): void {
    if (!this.#skeletonShown) return;
    this.#skeletonShown = false;
    this.value = this.#host.getBoundingClientRect().height || undefined;
  }

  hostUpdated(): void {
    if (this.value === undefined || this.#stop) return;
    const view = this.#host.ownerDocument.defaultView;
    if (!view) return;
    const events = ['pointerdown', 'keydown', 'resize'] as const;
    const release = (): void => {
      this.#stop?.();
      this.value = undefined;
      this.#host.requestUpdate();
    };
    for (const type of events) view.addEventListener(type, release, { capture: true, passive: true });
    this.#stop = () => {
      for (const type of events) view.removeEventListener(type, release, { capture: true });
      this.#stop = undefined;
    };
  }

  hostDisconnected(): void {
    this.#stop?.();
  }
}
