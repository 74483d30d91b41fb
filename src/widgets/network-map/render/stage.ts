import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { prefersReducedMotion } from '../../../util/motion.js';
import { loadCard } from '../../actor-card/nested.js';
import type { GestureController } from '../controllers/gestures.js';
import type { MapViewStrategy } from '../views/map-view.js';

export interface StageInput {
  readonly view: MapViewStrategy;
  readonly gestures: GestureController;
  readonly keydown: (event: KeyboardEvent) => void;
  /** What lies over the drawing in this view (the geo view's notes and error). */
  readonly overlay: TemplateResult | typeof nothing;
}

/**
 * The drawing: the canvas with its gestures and keys, the zoom buttons, the hint, the skeleton.
 * A reader who touches or focuses it may select an actor next: the panel's card starts loading.
 */
export function renderStage({ view, gestures, keydown, overlay }: StageInput): TemplateResult {
  const zoom = (factor: number): void =>
    view.camera.zoomAt(view.camera.width / 2, view.camera.height / 2, factor, !prefersReducedMotion());
  return html`<div class="stage" @pointerdown=${loadCard} @focusin=${loadCard}>
    <canvas
      part="canvas"
      tabindex="0"
      role="application"
      aria-roledescription=${msg('netwerkkaart', { id: 'map.roledescription' })}
      aria-label=${msg('Netwerkkaart', { id: 'map.label' })}
      aria-describedby="summary instructions"
      @keydown=${keydown}
      @pointerdown=${gestures.pointerDown}
      @pointermove=${gestures.pointerMove}
      @pointerup=${gestures.pointerUp}
      @pointercancel=${gestures.pointerCancel}
      @pointerleave=${gestures.pointerLeave}
      @wheel=${gestures.wheel}
      @dblclick=${gestures.doubleClick}
      @focus=${() => view.focusCanvas()}
    ></canvas>
    <div class="zoom">
      <button type="button" aria-label=${msg('Inzoomen', { id: 'map.zoom-in' })} @click=${() => zoom(1.5)}>+</button>
      <button type="button" aria-label=${msg('Uitzoomen', { id: 'map.zoom-out' })} @click=${() => zoom(1 / 1.5)}>
        −
      </button>
      <button type="button" aria-label=${msg('Alles tonen', { id: 'map.zoom-reset' })} @click=${() => view.fit(true)}>
        ⤢
      </button>
    </div>
    <div class="hint ${gestures.hint ? 'shown' : ''}" aria-hidden="true">${gestures.hint}</div>
    ${view.ready ? nothing : html`<span class="skeleton skeleton--map skeleton--cover"></span>`} ${overlay}
  </div>`;
}
