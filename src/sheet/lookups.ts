/**
 * Types and provinces as the staff write them: an id or its label in nl, fr or en, singular or
 * plural ("lokale vereniging", "Fédération", "experts", "Oost-Vlaanderen", "Bruxelles").
 */
import { BUILTIN_TYPE_IDS, PROVINCE_IDS, type ProvinceId } from '../feed/ids.js';
import { LANGS, loadCatalog } from '../i18n/locale.js';
import { typeLabel } from '../i18n/labels.js';
import { provinceLabel } from '../i18n/province-label.js';
import { headerKey } from './columns.js';

export interface Lookups {
  type(value: string): string | undefined;
  province(value: string): ProvinceId | undefined;
  /** The Dutch label of a type, as `export` writes it. */
  typeName(id: string): string;
}

/** Extra types a feed defined (`types`), by id with their labels. */
export type ExtraTypes = ReadonlyArray<{ readonly id: string; readonly labels: readonly string[] }>;

export async function makeLookups(extra: ExtraTypes = []): Promise<Lookups> {
  await Promise.all(LANGS.map((lang) => loadCatalog(lang)));
  const types = new Map<string, string>();
  const provinces = new Map<string, ProvinceId>();
  for (const id of BUILTIN_TYPE_IDS) {
    types.set(headerKey(id), id);
    for (const lang of LANGS) for (const count of [1, 2]) types.set(headerKey(typeLabel(id, lang, count)), id);
  }
  // Words the staff use that are no label: "vereniging", "vzw", "organisatie".
  for (const [word, id] of [
    ['vereniging', 'association'],
    ['lokalevereniging', 'association'],
    ['netwerk', 'network'],
    ['organisatie', 'organisation'],
    ['nietgefedereerd', 'organisation'],
  ] as const)
    types.set(word, id);
  for (const { id, labels } of extra) {
    types.set(headerKey(id), id);
    for (const label of labels) types.set(headerKey(label), id);
  }
  for (const id of PROVINCE_IDS) {
    provinces.set(headerKey(id), id);
    for (const lang of LANGS) provinces.set(headerKey(provinceLabel(id, lang)), id);
  }
  for (const [word, id] of [
    ['brusselshoofdstedelijkgewest', 'brussel'],
    ['bruxellescapitale', 'brussel'],
    ['brusselscapitalregion', 'brussel'],
    ['brussels', 'brussel'],
  ] as const)
    provinces.set(word, id);
  return {
    type: (value) => types.get(headerKey(value)),
    province: (value) => provinces.get(headerKey(value)),
    typeName: (id) => ((BUILTIN_TYPE_IDS as readonly string[]).includes(id) ? typeLabel(id, 'nl', 1) : id),
  };
}
