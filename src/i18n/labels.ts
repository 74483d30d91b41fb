/**
 * Built-in labels for type ids and province ids, singular and plural, in nl (the source) with fr
 * and en in `xliff/`. A feed's own `types[].label` wins over these.
 */
import { msg } from '@lit/localize';
import type { ActorType } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
import { isOne, withLocale, type Lang } from './locale.js';

function typeForms(id: string): readonly [one: string, other: string] | undefined {
  switch (id) {
    case 'network':
      return [msg('netwerk', { id: 'type.network.one' }), msg('netwerken', { id: 'type.network.other' })];
    case 'federation':
      return [msg('federatie', { id: 'type.federation.one' }), msg('federaties', { id: 'type.federation.other' })];
    case 'association':
      return [
        msg('lokale vereniging', { id: 'type.association.one' }),
        msg('lokale verenigingen', { id: 'type.association.other' }),
      ];
    case 'organisation':
      return [
        msg('niet-gefedereerde vereniging', { id: 'type.organisation.one' }),
        msg('niet-gefedereerde verenigingen', { id: 'type.organisation.other' }),
      ];
    case 'expert':
      return [msg('expert', { id: 'type.expert.one' }), msg('experts', { id: 'type.expert.other' })];
    case 'employer':
      return [msg('werkgever', { id: 'type.employer.one' }), msg('werkgevers', { id: 'type.employer.other' })];
    case 'education':
      return [
        msg('onderwijsactor', { id: 'type.education.one' }),
        msg('onderwijsactoren', { id: 'type.education.other' }),
      ];
    case 'movement':
      return [
        msg('burgerbeweging', { id: 'type.movement.one' }),
        msg('burgerbewegingen', { id: 'type.movement.other' }),
      ];
    case 'changemaker':
      return [
        msg('changemaker', { id: 'type.changemaker.one' }),
        msg('changemakers', { id: 'type.changemaker.other' }),
      ];
    case 'academic':
      return [msg('academicus', { id: 'type.academic.one' }), msg('academici', { id: 'type.academic.other' })];
    case 'enterprise':
      return [
        msg('sociaal ondernemer', { id: 'type.enterprise.one' }),
        msg('sociaal ondernemers', { id: 'type.enterprise.other' }),
      ];
    case 'influencer':
      return [
        msg('opiniemaker of influencer', { id: 'type.influencer.one' }),
        msg('opiniemakers en influencers', { id: 'type.influencer.other' }),
      ];
    default:
      return undefined;
  }
}

/**
 * The label of a type for `count` actors (1 gives the singular, the language's plural rules
 * decide the rest). Feed labels have no plural form and are used as they are.
 */
export function typeLabel(type: ActorType | string, lang: Lang, count = 1): string {
  const id = typeof type === 'string' ? type : type.id;
  const own = typeof type === 'string' ? undefined : resolveText(type.label, lang);
  if (own !== undefined) return own;
  const forms = withLocale(lang, () => typeForms(id));
  if (!forms) return id;
  return isOne(count, lang) ? forms[0] : forms[1];
}

/** "120 lokale verenigingen", "1 expert": a count with its type, in the element's language. */
export function typeCount(count: number, type: ActorType | string, lang: Lang): string {
  return `${formatNumber(count, lang)} ${typeLabel(type, lang, count)}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the element's language (`1.834` in nl, `1 834` in fr, `1,834` in en). */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  // Made once per language and options: the map formats a count for every cluster, every frame.
  const key = `${lang}${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-BE' : lang === 'nl' ? 'nl-BE' : 'en-GB', options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}
