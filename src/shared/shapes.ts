/**
 * One shape per type, so that colour is never the only cue: the card's badge, the legend and the
 * map draw the same shapes. SVG path data in a 24 × 24 box (usable as `new Path2D(d)` on a canvas).
 */
import { own } from '../util/own.js';

export const SHAPES = {
  hexagon: 'M12 2l8.66 5v10L12 22l-8.66-5V7z',
  diamond: 'M12 1.5L22.5 12 12 22.5 1.5 12z',
  circle: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z',
  ring: 'M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20zm0 5a5 5 0 1 0 0 10a5 5 0 1 0 0-10z',
  triangle: 'M12 2.5L22.5 21h-21z',
  square: 'M3.5 3.5h17v17h-17z',
  pentagon: 'M12 2l9.5 6.9-3.6 11.1H6.1L2.5 8.9z',
  plus: 'M8.5 2.5h7v6h6v7h-6v6h-7v-6h-6v-7h6z',
  star: 'M12 1.5l3.1 6.8 7.4.8-5.5 5 1.6 7.3L12 17.7l-6.6 3.7 1.6-7.3-5.5-5 7.4-.8z',
  octagon: 'M8 2h8l6 6v8l-6 6H8l-6-6V8z',
  capsule: 'M8 5h8a7 7 0 0 1 0 14H8A7 7 0 0 1 8 5z',
  'triangle-down': 'M1.5 3h21L12 21.5z',
} as const;

export type ShapeName = keyof typeof SHAPES;

const TYPE_SHAPES: Readonly<Record<string, ShapeName>> = {
  network: 'hexagon',
  federation: 'diamond',
  association: 'circle',
  organisation: 'ring',
  expert: 'triangle',
  employer: 'square',
  education: 'pentagon',
  movement: 'plus',
  changemaker: 'star',
  academic: 'octagon',
  enterprise: 'capsule',
  influencer: 'triangle-down',
};

/** The shape of a type; a feed's own types take a circle. */
export function shapeOf(type: string): ShapeName {
  return own(TYPE_SHAPES, type) ?? 'circle';
}
