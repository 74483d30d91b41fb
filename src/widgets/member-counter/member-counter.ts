import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { MfElement } from '../../shared/base-element.js';
import { InViewController } from '../../shared/in-view-controller.js';
import { easeOutCubic, prefersReducedMotion } from '../../util/motion.js';
import { countMetric, metricType } from '../../feed/network.js';
import type { Network } from '../../feed/types.js';
import type { Reading } from '../../feed/loader.js';
import { formatNumber, typeLabel } from '../../i18n/labels.js';
import { isOne } from '../../i18n/locale.js';
import { styles } from './member-counter.styles.js';

export type CounterFormat = 'exact' | 'plus';

/**
 * Rounds down to a round figure for `format="plus"`: two significant digits from 100 up
 * (1,834 → 1,800; 12,345 → 12,000; 187 → 180), whole tens from 10 to 99 (10 → 10, 47 → 40).
 * Below 10 the figure is exact and gets no plus.
 */
export function roundDown(value: number): { value: number; plus: boolean } {
  if (value < 10) return { value, plus: false };
  const digits = Math.floor(Math.log10(value)) + 1;
  const step = 10 ** Math.max(1, digits - 2);
  return { value: Math.floor(value / step) * step, plus: true };
}

/**
 * A key figure of the network, such as "1.834 lokale verenigingen", that counts up once when it
 * scrolls into view. Assistive technology hears only the final figure and its label.
 *
 * @summary A count of the network's associations, federations, actors or any type.
 * @tag mf-member-counter
 * @csspart base - The whole counter.
 * @csspart value - The figure.
 * @csspart label - The words under the figure.
 * @cssprop [--mf-counter-value-size=2.5em] - Size of the figure.
 * @cssprop [--mf-counter-value-weight=700] - Weight of the figure.
 * @cssprop [--mf-counter-value-color] - Colour of the figure (the accent colour by default).
 * @cssprop [--mf-counter-label-size=1em] - Size of the label.
 * @cssprop [--mf-counter-label-weight=400] - Weight of the label.
 * @cssprop [--mf-counter-label-color] - Colour of the label (the text colour by default).
 * @cssprop [--mf-counter-background] - Background (transparent in the light theme, dark in the dark theme).
 * @cssprop [--mf-counter-padding=0] - Padding around figure and label.
 * @cssprop [--mf-counter-direction=column] - `column`: the label under the figure; `row`: beside it (in running text, with `--mf-counter-align: baseline`).
 * @cssprop [--mf-counter-align=flex-start] - Alignment of figure and label (flex-start, center, flex-end, baseline).
 * @cssprop [--mf-counter-text-align=start] - Text alignment of a label that wraps.
 */
export class MfMemberCounter extends MfElement {
  static override styles = [...MfElement.styles, styles];

  // A counter needs the actors' types and the feed's stats only: the counting reader (feed/read-core.ts).
  protected static override feedReading: Reading = 'counts';

  static override properties: PropertyDeclarations = {
    metric: {},
    format: {},
    label: {},
    duration: { type: Number },
    shown: { state: true },
  };

  /** `associations` (default), `federations`, `actors` (every actor but the network), or a type id. */
  metric = 'associations';

  /** `exact` (default): `1.834`; `plus`: rounded down with a plus, `1.800+`. */
  format: CounterFormat = 'exact';

  /** Replaces the localized label under the figure. */
  label?: string;

  /** Length of the count-up in milliseconds; 0 shows the figure at once. */
  duration = 1200;

  /** The figure being shown during the count-up; undefined once it stands at its final value. */
  private shown?: number;

  #counted = false;
  #counting = false;
  #frame = 0;
  #warnedMetric?: string;
  readonly #inView = new InViewController(this, () => this.requestUpdate());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#frame);
    this.#counting = false;
    this.shown = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const network = this.data.network;
    if (!network || this.#counted || !this.#inView.seen) return;
    this.#counted = true;
    const target = this.#figure(network).value;
    if (this.duration > 0 && target > 0 && !prefersReducedMotion()) this.#countUp(target);
  }

  #countUp(target: number): void {
    const start = performance.now();
    const duration = this.duration;
    const step = (now: number): void => {
      const t = Math.min(1, (now - start) / duration);
      this.#counting = t < 1;
      this.shown = this.#counting ? Math.round(easeOutCubic(t) * target) : undefined;
      if (this.#counting) this.#frame = requestAnimationFrame(step);
    };
    // The figure already shows 0 (see renderReady); the first frame takes it from there.
    this.#counting = true;
    this.#frame = requestAnimationFrame(step);
  }

  #figure(network: Network): { value: number; plus: boolean } {
    const count = countMetric(network, this.metric);
    return this.format === 'plus' ? roundDown(count) : { value: count, plus: false };
  }

  #defaultLabel(network: Network, count: number): string {
    if (this.metric === 'actors') {
      return isOne(count, this.locale)
        ? msg('actor', { id: 'metric.actors.one' })
        : msg('actoren', { id: 'metric.actors.other' });
    }
    const type = metricType(network, this.metric) ?? this.metric;
    const known = network.types.get(type);
    if (!known && this.#warnedMetric !== this.metric) {
      this.#warnedMetric = this.metric;
      console.warn(
        `[mf-widgets] <mf-member-counter metric="${this.metric}">: not a metric or type id in this feed; counting 0. Known: associations, federations, actors, ${[...network.types.keys()].join(', ')}`,
      );
    }
    return typeLabel(known ?? type, this.locale, count);
  }

  #text(value: number, plus: boolean): string {
    return `${formatNumber(value, this.locale)}${plus ? '+' : ''}`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="counter">
      <span class="skeleton skeleton--value"></span>
      <span class="skeleton skeleton--label"></span>
    </span>`;
  }

  protected override isEmpty(): boolean {
    // A count of nothing is still a figure: "0 experts".
    return false;
  }

  protected override renderReady(network: Network): TemplateResult {
    const { value, plus } = this.#figure(network);
    const label = this.label?.trim() || this.#defaultLabel(network, value);
    const final = this.#text(value, plus);
    // Before it is seen, a counter that will count up shows 0, so the count starts from there.
    const willCount = this.#counting || (!this.#counted && this.duration > 0 && value > 0 && !prefersReducedMotion());
    const current = this.shown ?? (willCount ? 0 : undefined);
    return html`<p part="base" class="counter">
      <span part="value" class="value" aria-hidden="true">
        ${
          current === undefined
            ? html`<span>${final}</span>`
            : html`<span class="sizer">${final}</span><span>${this.#text(current, plus)}</span>`
        }
      </span>
      <span part="label" class="label" aria-hidden="true">${label}</span>
      <span class="visually-hidden">${final} ${label}</span>
    </p>`;
  }
}
