import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { styleProps } from '../../shared/style-props.js';
import { msg, str } from '@lit/localize';
import { MfElement } from '../../shared/base-element.js';
import { emit } from '../../shared/events.js';
import { loadStates, states } from '../../shared/states-loader.js';
import { headingLevelFor } from '../../shared/heading-level.js';
import { ICONS, icon } from '../../shared/icons.js';
import { SHAPES, shapeOf } from '../../shared/shapes.js';
import { textOn } from '../../util/color.js';
import { BUILTIN_TYPE_COLORS, FALLBACK_TYPE_COLOR } from '../../feed/palette.js';
import { NORMALISED } from '../../feed/types.js';
import { withPlace } from '../../feed/places.js';

import { federationOf, membersByType } from '../../feed/relations.js';
import { resolveText } from '../../feed/text.js';
import type { Actor, ActorType, Network } from '../../feed/types.js';
import { formatNumber, typeCount, typeLabel } from '../../i18n/labels.js';
import { provinceLabel } from '../../i18n/province-label.js';
import { needMunicipalityNames, placeLabel } from '../../i18n/municipality-label.js';
import { isOne } from '../../i18n/locale.js';
import { styles } from './actor-card.styles.js';
import { initials } from '../../util/initials.js';
import { renderLinks } from './links.js';
import { renderCardSkeleton } from './skeleton.js';
import { ReservedHeight } from './reserved-height.js';
import { own } from '../../util/own.js';

export type CardVariant = 'full' | 'compact';

/** The card's tests read the initials from here. */
export { initials };

/**
 * Only actors that went through the feed rules (in this or another copy of the bundle) carry the
 * mark; anything else, however it looks (an actor stored as JSON and set back), is checked again.
 */
function isNormalisedActor(value: unknown): value is Actor {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[NORMALISED] === true;
}

/**
 * One actor of the network: name, type, logo, description in the reader's language, location,
 * themes, the federation it belongs to and its links.
 *
 * @summary A card for one actor, picked by `actor-id` from the feed or set as `actor`.
 * @tag mf-actor-card
 * @csspart base - The card.
 * @csspart header - Avatar, name and type.
 * @csspart avatar - The logo, or the initials when there is no logo.
 * @csspart name - The actor's name.
 * @csspart type - The type badge.
 * @csspart description - The description.
 * @csspart details - Location, membership, members and founding year.
 * @csspart federation - The button naming the federation the actor belongs to.
 * @csspart themes - The list of themes.
 * @csspart links - Website, e-mail, phone and social links.
 * @cssprop [--mf-card-background] - Card background (the theme's background by default).
 * @cssprop [--mf-card-border=1px solid] - Card border (the theme's border colour by default).
 * @cssprop [--mf-card-radius] - Corner radius (`--mf-radius` by default).
 * @cssprop [--mf-card-padding=1.25em] - Inner spacing.
 * @cssprop [--mf-card-shadow=none] - Box shadow.
 * @cssprop [--mf-card-avatar-size=3.5rem] - Size of logo and initials (2.5rem when compact).
 * @cssprop [--mf-card-name-size=1.25em] - Size of the name.
 * @fires mf-actor-select - The federation named on the card was activated. `detail: { id, actor }`.
 */
export class MfActorCard extends MfElement {
  static override styles = [...MfElement.styles, styles];

  static override properties: PropertyDeclarations = {
    actorId: { attribute: 'actor-id', reflect: true },
    actor: { attribute: false },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    brokenLogos: { state: true },
    ownActor: { state: true },
    actorInvalid: { state: true },
  };

  /** Id of the actor in the feed. */
  actorId?: string;

  /** An actor object set directly (a feed actor, or the `actor` of an `mf-actor-select` event). */
  actor?: unknown;

  /** `full` (default) or `compact`. */
  variant: CardVariant = 'full';

  /**
   * Level of the name's heading (1–6). Unset: one level below the nearest heading before the card
   * in the page (an `<h1>` gives 2, an `<h2>` 3), and 2 when there is none.
   */
  headingLevel?: number;

  /** Logos that failed to load; their actors show initials. */
  private brokenLogos = new Set<string>();

  private reportedNotFound?: string;

  /** The loading state's height, kept while the reader has not interacted yet. */
  private readonly reserved = new ReservedHeight(this);

  /** The `actor` property, read. */
  private ownActor?: Actor;
  private ownActorNetwork?: Network;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Place names in French or English come with their table, loaded once (not on Dutch pages).
    needMunicipalityNames(this.locale, () => this.requestUpdate());
    // Re-read when the feed arrives too: it may declare the actor's type.
    const network = this.data.network;
    if (changed.has('actor') || network !== this.ownActorNetwork) {
      const fresh = changed.has('actor');
      this.ownActorNetwork = network;
      const read = this.readActor();
      if (read || fresh) this.ownActor = read;
    }
  }

  /** Whether the `actor` property was checked and found not to be an actor. */
  private actorInvalid = false;

  /** The actor at once when it is already one of ours; otherwise undefined, and read asynchronously. */
  private readActor(): Actor | undefined {
    const raw = this.actor;
    this.actorInvalid = false;
    if (raw === undefined || raw === null) return undefined;
    if (isNormalisedActor(raw)) return raw;
    // A raw feed actor goes through the feed's rules, with the validator (loaded on first use).
    const types = this.data.network?.types;
    import('../../feed/normalise.js').then(
      async ({ normaliseActor }) => {
        if (this.actor !== raw) return;
        const { actor: read, issues } = normaliseActor(raw, types);
        const actor = read && (await withPlace(read));
        // Not an actor: the error state's text loads first (states-loader.ts).
        if (!actor) await loadStates();
        if (this.actor !== raw) return;
        if (issues.length > 0) {
          console.warn(
            `[mf-widgets] <mf-actor-card>.actor: ${issues.map((issue) => `${issue.pointer || '/'}: ${issue.message}`).join('; ')}`,
          );
        }
        this.ownActor = actor;
        this.actorInvalid = !actor;
        if (!actor)
          emit(this, 'mf-error', {
            reason: 'schema',
            message: 'the actor property is not a valid actor (see the console)',
          });
      },
      async (error: unknown) => {
        console.error('[mf-widgets] <mf-actor-card>: could not load the feed rules', error);
        await loadStates();
        this.actorInvalid = true;
      },
    );
    return undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.data.state;
    if (this.ownActor || state.status !== 'ready' || !this.actorId) return;
    const key = `${state.url ?? ''}#${this.actorId}`;
    if (!state.network.byId.has(this.actorId) && this.reportedNotFound !== key) {
      // Said once the error state shows (its text loads with it: states-loader.ts).
      if (!states) {
        void loadStates().then(() => this.requestUpdate());
        return;
      }
      this.reportedNotFound = key;
      emit(this, 'mf-error', {
        ...(state.url ? { url: state.url } : {}),
        reason: 'not-found',
        message: `no actor with id "${this.actorId}" in the feed`,
      });
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.languageReady()) return this.renderLoading();
    // A card given its actor shows it at once; the feed, if any, only adds the federation's name.
    if (this.ownActor) return this.renderCard(this.ownActor, this.data.network);
    if (this.actorInvalid) return this.renderError('schema');
    if (this.actor !== undefined && this.actor !== null) return this.renderLoading();
    return super.render();
  }

  protected override renderIdle(): TemplateResult {
    return html`<div part="state" class="state state--empty" role="note">
      <p class="state__message">
        ${msg('Geen actor gekozen: geef een feed (src) en een actor-id op.', { id: 'card.idle' })}
      </p>
    </div>`;
  }

  protected override isEmpty(): boolean {
    return false;
  }

  /**
   * The loading state has the size of a common card at any width: the same boxes as the card, with
   * invisible text of a typical federation's length where the card has text (so it wraps as the
   * card will), painted as placeholder bars. Hidden from assistive technology and from find-in-page.
   */
  protected override renderSkeleton(): TemplateResult {
    this.reserved.skeleton();
    return renderCardSkeleton(this.variant === 'compact');
  }

  protected override renderReady(network: Network): TemplateResult {
    if (!this.actorId) return this.renderIdle();
    const actor = network.byId.get(this.actorId);
    return actor ? this.renderCard(actor, network) : this.renderError('not-found');
  }

  private typeOf(actor: Actor, network: Network | undefined): ActorType {
    return (
      network?.types.get(actor.type) ?? {
        id: actor.type,
        builtin: true,
        color: own<string>(BUILTIN_TYPE_COLORS, actor.type) ?? FALLBACK_TYPE_COLOR,
      }
    );
  }

  private selectFederation(federation: Actor): void {
    emit(this, 'mf-actor-select', { id: federation.id, actor: federation });
  }

  private renderAvatar(actor: Actor, type: ActorType): TemplateResult {
    if (actor.logo && !this.brokenLogos.has(actor.logo)) {
      const logo = actor.logo;
      return html`<span part="avatar" class="avatar avatar--logo">
        <img
          src=${logo}
          alt=${msg(str`Logo van ${actor.name}`, { id: 'card.logo-alt' })}
          loading="lazy"
          decoding="async"
          referrerpolicy="no-referrer"
          @error=${() => (this.brokenLogos = new Set([...this.brokenLogos, logo]))}
        />
      </span>`;
    }
    return html`<span
      part="avatar"
      class="avatar"
      aria-hidden="true"
      ${styleProps({ background: type.color, color: textOn(type.color) })}
      >${initials(actor.shortName ?? actor.name, this.locale)}</span
    >`;
  }

  private renderBadge(type: ActorType): TemplateResult {
    return html`<span part="type" class="badge" ${styleProps({ '--_type': type.color, '--_type-base': type.color })}>
      <svg class="shape" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d=${SHAPES[shapeOf(type.id)]} fill="currentColor" fill-rule="evenodd"></path>
      </svg>
      ${typeLabel(type, this.locale, 1)}
    </span>`;
  }

  private renderLocation(actor: Actor): string | undefined {
    const { municipality, province } = actor.location ?? {};
    // "Gent, Oost-Vlaanderen", but "Antwerpen" (not "Antwerpen, Antwerpen") and "Elsene" (the
    // Brussels region is implied by its municipalities).
    const redundant =
      municipality !== undefined && (province === 'brussel' || municipality === provinceLabel(province ?? '', 'nl'));
    const parts = [
      placeLabel(actor.location, this.locale),
      province && !redundant ? provinceLabel(province, this.locale) : undefined,
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }

  private renderMembers(actor: Actor, network: Network | undefined): string | undefined {
    if (!network) return undefined;
    const sorted = membersByType(network, actor.id);
    if (sorted.length === 0) return undefined;
    const shown = sorted
      .slice(0, 3)
      .map(([type, count]) => typeCount(count, network.types.get(type) ?? type, this.locale));
    const rest = sorted.slice(3).reduce((sum, [, count]) => sum + count, 0);
    if (rest > 0) {
      const others = formatNumber(rest, this.locale);
      shown.push(
        isOne(rest, this.locale)
          ? msg(str`${others} andere actor`, { id: 'card.members-rest.one' })
          : msg(str`${others} andere actoren`, { id: 'card.members-rest.other' }),
      );
    }
    return shown.join(', ');
  }

  private renderCard(actor: Actor, network: Network | undefined): TemplateResult {
    const type = this.typeOf(actor, network);
    const compact = this.variant === 'compact';
    const federation = network ? federationOf(network, actor) : undefined;
    const location = this.renderLocation(actor);
    // Read at each render: the page's outline may have changed since.
    const level = headingLevelFor(this, this.headingLevel);
    const description = compact ? undefined : resolveText(actor.description, this.locale);
    const members = compact ? undefined : this.renderMembers(actor, network);
    this.reserved.take();

    return html`<article
      part="base"
      class="card ${compact ? 'card--compact' : 'card--full'}"
      aria-labelledby="name"
      ${styleProps({ minHeight: this.reserved.value === undefined ? undefined : `${this.reserved.value}px` })}
    >
      <div part="header" class="header">
        ${this.renderAvatar(actor, type)}
        <div>
          <div id="name" part="name" class="name" role="heading" aria-level=${level} dir="auto">${actor.name}</div>
          <div class="subline">
            ${this.renderBadge(type)}
            ${compact && location ? html`<span>${icon(ICONS.pin)} ${location}</span>` : nothing}
          </div>
        </div>
      </div>
      ${description ? html`<p part="description" class="description" dir="auto">${description}</p>` : nothing}
      ${
        compact
          ? nothing
          : html`<dl part="details" class="details">
              ${
                location
                  ? html`<dt>${msg('Locatie', { id: 'card.location' })}</dt>
                      <dd>${location}</dd>`
                  : nothing
              }
              ${
                federation
                  ? html`<dt>${msg('Lid van', { id: 'card.member-of' })}</dt>
                      <dd>
                        <button
                          part="federation"
                          class="link-button"
                          type="button"
                          @click=${() => this.selectFederation(federation)}
                        >
                          <bdi>${federation.name}</bdi>
                        </button>
                      </dd>`
                  : nothing
              }
              ${
                members
                  ? html`<dt>${msg('Leden', { id: 'card.members' })}</dt>
                      <dd>${members}</dd>`
                  : nothing
              }
              ${
                actor.since
                  ? html`<dt>${msg('Sinds', { id: 'card.since' })}</dt>
                      <dd>${actor.since}</dd>`
                  : nothing
              }
            </dl>`
      }
      ${
        !compact && actor.themes.length > 0
          ? html`<ul part="themes" class="themes" aria-label=${msg('Thema’s', { id: 'card.themes' })}>
              ${actor.themes.map((theme) => html`<li class="tag" dir="auto">${theme}</li>`)}
            </ul>`
          : nothing
      }
      ${compact ? nothing : renderLinks(actor)}
    </article>`;
  }
}
