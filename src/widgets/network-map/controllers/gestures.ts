import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prefersReducedMotion } from '../../../util/motion.js';
import type { Camera } from '../camera.js';

/** What the gestures move and tell: the current view's camera, a tap, a hover. */
export interface GestureTarget {
  readonly canvas: () => HTMLCanvasElement | null | undefined;
  readonly camera: () => Camera;
  /** A click or a tap that did not move: choose what is there. */
  readonly tap: (x: number, y: number) => void;
  /** The mouse over the canvas, not dragging. */
  readonly hover: (x: number, y: number) => void;
  /** The mouse left the canvas, not dragging. */
  readonly leave: () => void;
  /** What to say to a reader who scrolls the page over the map, or drags it with one finger. */
  readonly hintText: (kind: 'wheel' | 'touch') => string;
}

type Point = { x: number; y: number };

/**
 * Pan by drag, pinch with two fingers, Ctrl/⌘ + wheel zoom (a plain wheel scrolls the page, with a
 * hint), double-click zoom. Taps and hovers go to the view; `hint` is the text to show for a while.
 */
export class GestureController implements ReactiveController {
  /** The hint shown over the map ("Gebruik Ctrl + scrollen om te zoomen."), or ''. */
  hint = '';
  private readonly pointers = new Map<number, Point>();
  private drag?: Point & { moved: boolean; pinch?: { distance: number } & Point };
  private hintTimer = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: GestureTarget,
  ) {
    host.addController(this);
  }

  get dragging(): boolean {
    return this.drag !== undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
  }

  private point(event: PointerEvent | MouseEvent | WheelEvent): [number, number] {
    const rect = this.target.canvas()!.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  }

  private showHint(kind: 'wheel' | 'touch'): void {
    this.hint = this.target.hintText(kind);
    this.host.requestUpdate();
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => {
      this.hint = '';
      this.host.requestUpdate();
    }, 1400);
  }

  readonly pointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const [x, y] = this.point(event);
    this.pointers.set(event.pointerId, { x, y });
    try {
      this.target.canvas()?.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic or already released pointers cannot be captured; dragging still works inside.
    }
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [Point, Point];
      this.drag = {
        x,
        y,
        moved: true,
        pinch: { distance: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
      };
    } else {
      this.drag = { x, y, moved: false };
    }
  };

  readonly pointerMove = (event: PointerEvent): void => {
    const [x, y] = this.point(event);
    if (!this.drag) {
      if (event.pointerType === 'mouse') this.target.hover(x, y);
      return;
    }
    if (!this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, { x, y });
    const camera = this.target.camera();
    if (this.drag.pinch && this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()] as [Point, Point];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      camera.panBy(mx - this.drag.pinch.x, my - this.drag.pinch.y);
      if (this.drag.pinch.distance > 0) camera.zoomAt(mx, my, distance / this.drag.pinch.distance);
      this.drag.pinch = { distance, x: mx, y: my };
      return;
    }
    const dx = x - this.drag.x;
    const dy = y - this.drag.y;
    if (!this.drag.moved && Math.hypot(dx, dy) < 4) return;
    this.drag.moved = true;
    this.target.canvas()?.classList.add('dragging');
    camera.panBy(dx, dy);
    this.drag.x = x;
    this.drag.y = y;
  };

  readonly pointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    const drag = this.drag;
    if (this.pointers.size > 0) return;
    this.drag = undefined;
    this.target.canvas()?.classList.remove('dragging');
    if (!drag || drag.moved || event.type === 'pointercancel') return;
    this.target.tap(...this.point(event));
  };

  readonly pointerCancel = (event: PointerEvent): void => {
    // The browser took a one-finger touch to scroll the page: say how to move the map instead.
    if (event.pointerType === 'touch' && this.pointers.size === 1) this.showHint('touch');
    this.pointerUp(event);
  };

  readonly pointerLeave = (): void => {
    if (!this.drag) this.target.leave();
  };

  readonly wheel = (event: WheelEvent): void => {
    if (!(event.ctrlKey || event.metaKey)) {
      // A plain wheel scrolls the page, as everywhere else on it.
      this.showHint('wheel');
      return;
    }
    event.preventDefault();
    const [x, y] = this.point(event);
    const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    this.target.camera().zoomAt(x, y, Math.exp(-delta * 0.0025));
  };

  readonly doubleClick = (event: MouseEvent): void => {
    const [x, y] = this.point(event);
    this.target.camera().zoomAt(x, y, 2, !prefersReducedMotion());
  };
}
