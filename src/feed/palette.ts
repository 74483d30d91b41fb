import type { BUILTIN_TYPE_IDS } from './schema.js';

/** Built-in type colours: each reaches 4.5:1 against white text and a white page. */
export const BUILTIN_TYPE_COLORS: Readonly<Record<(typeof BUILTIN_TYPE_IDS)[number], string>> = {
  network: '#1f3a5f',
  federation: '#b3261e',
  association: '#2e6b30',
  organisation: '#6a1b9a',
  expert: '#00695c',
  employer: '#8a4b08',
  education: '#1557a8',
  movement: '#ad1457',
  changemaker: '#5d4037',
  academic: '#283593',
  enterprise: '#4d6400',
  influencer: '#9c2a6b',
};

/** The colour of a type that has none of its own (a feed's type without `color`). */
export const FALLBACK_TYPE_COLOR = '#4a5560';
