/**
 * Each element's attribute defaults, read from the Custom Elements Manifest
 * (`dist/custom-elements.json`, written by `npm run build:manifest` from the elements' own code), so
 * that the configurator starts at the elements' defaults and leaves them out of the snippet without
 * writing them a second time. Storybook imports the same file; this page fetches it from /dist/,
 * where the built elements are too (the dev server, dist-demo/ and the test runner all serve it
 * there), since the test runner serves JSON as it is, not as a module.
 */
import type { SnippetOptions } from '../snippet.js';

type Widget = SnippetOptions['widget'];

interface ManifestAttribute {
  readonly name: string;
  /** The initialiser as written in the source: `'full'`, `1200`. */
  readonly default?: string;
  readonly description?: string;
}

interface Manifest {
  readonly modules: ReadonlyArray<{
    readonly declarations?: ReadonlyArray<{
      readonly tagName?: string;
      readonly attributes?: readonly ManifestAttribute[];
    }>;
  }>;
}

/** Tag name → attribute name → default value, as an attribute would hold it. */
export type Defaults = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * The default of one attribute: its initialiser as a string (quotes taken off), or, for one that is
 * unset by default (theme: unset is light), the value its description marks "`light` (default)".
 */
export function defaultValue(attribute: ManifestAttribute): string | undefined {
  const written = attribute.default?.trim();
  if (written !== undefined && written !== 'undefined') return /^(['"`])(.*)\1$/.exec(written)?.[2] ?? written;
  return /`([^`]+)` \(default\)/.exec(attribute.description ?? '')?.[1];
}

/** Every element's attribute defaults in `manifest`. */
export function defaultsOf(manifest: Manifest): Defaults {
  const defaults = new Map<string, Map<string, string>>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const values = new Map<string, string>();
      for (const attribute of declaration.attributes ?? []) {
        const value = defaultValue(attribute);
        if (value !== undefined) values.set(attribute.name, value);
      }
      defaults.set(declaration.tagName, values);
    }
  }
  return defaults;
}

async function load(): Promise<Defaults> {
  const url = new URL('/dist/custom-elements.json', location.href);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return defaultsOf((await response.json()) as Manifest);
  } catch (error) {
    // Still usable: every attribute set is written out, and the form starts with nothing chosen.
    console.error(`The configurator reads the elements' defaults from ${url.href} (npm run build:manifest):`, error);
    return new Map();
  }
}

const DEFAULTS: Defaults = await load();

/** The default of `widget`'s `attribute`, or '' when it has none. */
export function defaultOf(widget: Widget, attribute: string): string {
  return DEFAULTS.get(`mf-${widget}`)?.get(attribute) ?? '';
}

/** `attributes` with each value that is its element's default taken out (`undefined`), but those in `keep`. */
export function withoutDefaults(
  widget: Widget,
  attributes: Readonly<Record<string, string | undefined>>,
  keep: readonly string[] = [],
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [
      name,
      !keep.includes(name) && value !== undefined && value === DEFAULTS.get(`mf-${widget}`)?.get(name)
        ? undefined
        : value,
    ]),
  );
}
