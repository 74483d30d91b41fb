/**
 * What both views draw with: the colours read from the element's theme, and each type's shape as
 * a Path2D. Shared by the graph and the geo view; neither imports the other's drawing.
 */
import { FALLBACK_TYPE_COLOR } from '../../feed/palette.js';
import { mix } from '../../util/color.js';
import { SHAPES, shapeOf } from '../../shared/shapes.js';
import type { ActorType } from '../../feed/types.js';

export interface Palette {
  readonly text: string;
  readonly halo: string;
  readonly muted: string;
  readonly edge: string;
  readonly accent: string;
  readonly focus: string;
  readonly type: (type: string) => string;
}

const paths = new Map<string, Path2D>();
/** The shape of a type as a Path2D in a 24 × 24 box, made once per shape. */
export function shapePath(type: string): Path2D {
  const shape = shapeOf(type);
  let path = paths.get(shape);
  if (!path) {
    path = new Path2D(SHAPES[shape]);
    paths.set(shape, path);
  }
  return path;
}

/** The theme's colours as the element's style has them now (light or dark, a partner's overrides). */
export function readPalette(element: Element, types: ReadonlyMap<string, ActorType> | undefined): Palette {
  const style = getComputedStyle(element);
  const get = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const dark = get('color-scheme', 'light').includes('dark');
  const cache = new Map<string, string>();
  return {
    text: get('--_text', '#1b1f24'),
    halo: get('--_bg', '#ffffff'),
    muted: get('--_muted', '#545d68'),
    edge: get('--_border', '#c9d1d9'),
    accent: get('--_accent', '#0b57a4'),
    focus: get('--_focus', '#0b57a4'),
    type: (type) => {
      let color = cache.get(type);
      if (!color) {
        const base = types?.get(type)?.color ?? FALLBACK_TYPE_COLOR;
        color = dark ? mix(base, '#ffffff', 0.45) : base;
        cache.set(type, color);
      }
      return color;
    },
  };
}
