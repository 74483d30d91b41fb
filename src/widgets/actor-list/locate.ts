import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from '../../feed/place-search.js';

export type LocateState = 'off' | 'pending' | 'on' | 'denied' | 'unavailable';

/**
 * "My location": the reader's position, asked only when they press the button, never on load.
 * It stays in memory while the element lives: never stored, never put in the address, never sent.
 * Refused or unavailable, it says so and nothing else changes.
 */
export class LocateController implements ReactiveController {
  state: LocateState = 'off';
  position?: Point;
  private asked = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The position arrived (or went): the results change. */
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // An answer that arrives after the element left is ignored.
    this.asked++;
  }

  /** Asks for the position, or forgets it when it is on. */
  readonly toggle = (): void => {
    if (this.state === 'on' || this.state === 'pending') {
      this.asked++;
      this.state = 'off';
      this.position = undefined;
      this.changed();
      this.host.requestUpdate();
      return;
    }
    const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
    if (!geolocation) {
      this.state = 'unavailable';
      this.host.requestUpdate();
      return;
    }
    const ask = ++this.asked;
    this.state = 'pending';
    this.host.requestUpdate();
    const answer = (state: LocateState, position?: Point): void => {
      if (ask !== this.asked) return;
      this.state = state;
      this.position = position;
      this.changed();
      this.host.requestUpdate();
    };
    try {
      geolocation.getCurrentPosition(
        ({ coords }) => answer('on', { lat: coords.latitude, lon: coords.longitude }),
        (error) => answer(error.code === 1 ? 'denied' : 'unavailable'),
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
      );
    } catch {
      // A host page's policy can make the call itself throw.
      answer('unavailable');
    }
  };
}
