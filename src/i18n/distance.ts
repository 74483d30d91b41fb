import { formatNumber } from './labels.js';
import type { Lang } from './locale.js';

/** How far, as a reader wants it: "3 km", "12 km", "< 1 km" (in the element's language). */
export function formatDistance(km: number, lang: Lang): string {
  const unit = { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 } as const;
  return km < 1 ? `< ${formatNumber(1, lang, unit)}` : formatNumber(Math.round(km), lang, unit);
}
