/**
 * The configurator's state: what the editor chose, the feed it picks actors from, and what follows
 * from them (the element's attributes, the snippet). The elements' defaults come from their
 * manifest (./defaults.ts): the form starts at them and the snippet leaves them out.
 */
import { normaliseFeed } from '../../src/feed/normalise.js';
import type { Network } from '../../src/feed/types.js';
import { loadCatalog } from '../../src/i18n/locale.js';
import { snippetFor, type SnippetOptions } from '../snippet.js';
import { defaultOf, withoutDefaults } from './defaults.js';
import type { Text, UiLang } from './texts.js';

export type Widget = SnippetOptions['widget'];

export interface State {
  ui: UiLang;
  widget: Widget;
  src: string;
  script: string;
  metric: string;
  format: string;
  label: string;
  duration: string;
  actorId: string;
  headingLevel: string;
  focus: string;
  expanded: string;
  query: string;
  /** The search text of each actor picker. */
  actorQuery: Record<'actorId' | 'focus' | 'expanded', string>;
  variant: string;
  view: string;
  types: string[];
  federation: string;
  province: string;
  /** `sync-url` on the map or the list. */
  syncUrl: boolean;
  lang: string;
  theme: string;
  height: string;
  form: 'element' | 'div';
  status: string;
}

export const state: State = {
  ui: (['nl', 'fr', 'en'].includes(document.documentElement.lang) ? document.documentElement.lang : 'nl') as UiLang,
  widget: 'member-counter',
  src: new URL('feeds/sample.json', location.href).href,
  script: new URL('/dist/mf-widgets.js', location.href).href,
  metric: defaultOf('member-counter', 'metric'),
  format: 'plus',
  label: '',
  duration: defaultOf('member-counter', 'duration'),
  actorId: 'fed-01',
  headingLevel: '',
  focus: '',
  expanded: '',
  query: defaultOf('actor-list', 'query'),
  actorQuery: { actorId: '', focus: '', expanded: '' },
  variant: defaultOf('actor-card', 'variant'),
  view: defaultOf('network-map', 'view'),
  types: [],
  federation: '',
  province: '',
  syncUrl: false,
  lang: '',
  // Every element's theme has the same default (light): the counter's stands for them all.
  theme: defaultOf('member-counter', 'theme'),
  height: '',
  form: 'element',
  status: '',
};

let rerender: () => void = () => undefined;
/** What to call after every change (the page's render). */
export function onChange(render: () => void): void {
  rerender = render;
}
export const changed = (): void => rerender();

/** The feed at `state.src`, read to pick actors, types and federations from (undefined if it fails). */
export let network: Network | undefined;
/** A text in the configurator's language. */
export const t = (entry: Text): string => entry[state.ui];

export async function loadNetwork(): Promise<void> {
  try {
    network = normaliseFeed(await (await fetch(state.src)).json());
  } catch {
    network = undefined;
  }
  changed();
}

/** The attributes as the form sets them for the chosen widget, defaults included. */
function attributesSet(): Record<string, string | undefined> {
  const common = {
    src: state.src,
    lang: state.lang || undefined,
    theme: state.theme || undefined,
  };
  switch (state.widget) {
    case 'member-counter':
      return {
        ...common,
        metric: state.metric,
        format: state.format,
        label: state.label || undefined,
        duration: /^\d+$/.test(state.duration.trim()) ? state.duration.trim() : undefined,
      };
    case 'actor-card':
      return {
        ...common,
        'actor-id': state.actorId,
        variant: state.variant || undefined,
        'heading-level': state.headingLevel || undefined,
      };
    case 'network-map':
      return {
        ...common,
        view: state.view || undefined,
        focus: state.focus || undefined,
        types: state.types.join(',') || undefined,
        federation: state.federation || undefined,
        province: state.province || undefined,
        'sync-url': state.syncUrl ? 'sync-url' : undefined,
      };
    case 'actor-list':
      return {
        ...common,
        query: state.query.trim() || undefined,
        expanded: state.expanded || undefined,
        types: state.types.join(',') || undefined,
        federation: state.federation || undefined,
        province: state.province || undefined,
        'sync-url': state.syncUrl ? 'sync-url' : undefined,
      };
  }
}

/**
 * The element's attributes: what the form sets, without the values that are the element's defaults.
 * The counter's snippet always says what it counts, also when that is its default.
 */
export function attributes(): Record<string, string | undefined> {
  return withoutDefaults(state.widget, attributesSet(), ['metric']);
}

/** The map's or list's height as a style rule (CSS, not an attribute), or '' when none is set. */
export function heightRule(): string {
  // Only a plain CSS length gets into the snippet (it is pasted into someone's page).
  const length = /^\d+(\.\d+)?(px|rem|em|vh|%)$/.test(state.height.trim()) ? state.height.trim() : '';
  if (!length || (state.widget !== 'network-map' && state.widget !== 'actor-list')) return '';
  const variable = state.widget === 'network-map' ? '--mf-map-height' : '--mf-list-height';
  return `<style>mf-${state.widget} { ${variable}: ${length}; }</style>\n`;
}

export function snippet(): string {
  const base = snippetFor({
    widget: state.widget,
    script: state.script,
    attributes: attributes(),
    form: state.form,
    withoutScript: state.form === 'div',
  });
  // A CMS that strips scripts strips <style> too (and leaves its text on the page): in the div form
  // the rule goes with the administrator's part. A site with a strict CSP puts it in its stylesheet.
  return state.form === 'div' ? base : `${heightRule()}${base}`;
}

export function set<K extends keyof State>(key: K, value: State[K]): void {
  state[key] = value;
  state.status = '';
  if (key === 'ui') {
    const lang = value as UiLang;
    document.documentElement.lang = lang;
    // Type and province names come from the widgets' own catalogs.
    void loadCatalog(lang).then(changed);
  }
  changed();
}

/** The administrator's part of the CMS-safe form: the script, once per site. */
export const siteSnippet = (): string =>
  `${heightRule()}${snippetFor({ widget: state.widget, script: state.script, attributes: {} }).split('\n')[0]!}`;

/** The script URL with its file name set to `file`, the folder kept (self-hosting partners change it). */
export function withFile(file: string): string {
  return state.script.replace(/[^/]*$/, file);
}
export const scriptFile = (): string => /[^/]*$/.exec(state.script)?.[0] ?? '';
