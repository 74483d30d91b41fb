import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells its host when the host first comes into view (IntersectionObserver), once. Without
 * IntersectionObserver the host counts as visible at once.
 */
export class InViewController implements ReactiveController {
  seen = false;
  #observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onSeen: () => void,
    private readonly threshold = 0.25,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.#markSeen();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#markSeen();
      },
      { threshold: this.threshold },
    );
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #markSeen(): void {
    this.seen = true;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.onSeen();
  }
}
