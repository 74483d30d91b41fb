/**
 * The geographic view's data: the province outlines and the municipalities, loaded only when the
 * view is first shown (a separate chunk), decoded and projected once.
 *
 * Projection: a local equirectangular one centred on Flanders, in kilometres (x east, y south).
 * At Belgium's size the distortion is under 1 %, and it needs no library.
 */
import type { ProvinceId } from '../../feed/types.js';
import { fold } from '../../feed/search.js';
import type { Lang } from '../../i18n/locale.js';
import { englishName, municipalityIn } from '../../i18n/municipality-label.js';

const LON0 = 4.4;
const LAT0 = 51.0;
const KX = Math.cos((LAT0 * Math.PI) / 180) * 111.32;
const KY = 110.57;

export function project(lon: number, lat: number): [number, number] {
  return [(lon - LON0) * KX, -(lat - LAT0) * KY];
}

export interface Province {
  readonly id: ProvinceId;
  readonly rings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  readonly centre: readonly [number, number];
}

export interface Municipality {
  readonly key: string;
  /** The Dutch name. */
  readonly name: string;
  readonly nameFr: string;
  readonly province: ProvinceId;
  readonly x: number;
  readonly y: number;
}

export interface GeoData {
  readonly provinces: readonly Province[];
  readonly municipalities: readonly Municipality[];
  /** Folded Dutch and French names → municipality. */
  readonly byName: ReadonlyMap<string, Municipality>;
}

let geoData: Promise<GeoData> | undefined;

/** The boundaries and municipalities, fetched with the geo view's chunk on first use. */
export function loadGeo(): Promise<GeoData> {
  geoData ??= Promise.all([import('../../geo/provinces.js'), import('../../geo/municipalities.js')])
    .then(([{ PROVINCE_OUTLINES }, { MUNICIPALITIES }]) => {
      const provinces = PROVINCE_OUTLINES.map(([id, rings]) => ({
        id,
        rings: rings.map((ring) => ring.map(([lon, lat]) => project(lon, lat))),
        centre: [0, 0] as readonly [number, number],
      }));
      const municipalities = MUNICIPALITIES.map(([nis, nameNl, nameFr, province, lat, lon]) => {
        const [x, y] = project(lon, lat);
        return { key: nis, name: nameNl, nameFr, province, x, y };
      });
      // A province's label and bubble sit on one of its own municipalities, the one nearest the
      // mean of them all: always inside it. Vlaams-Brabant rings Brussels, so its mean falls in
      // Brussels; municipalities that close to another province's centre are passed over.
      const means = provinces.map((province) => {
        const own = municipalities.filter((m) => m.province === province.id);
        return [
          own.reduce((sum, m) => sum + m.x, 0) / Math.max(1, own.length),
          own.reduce((sum, m) => sum + m.y, 0) / Math.max(1, own.length),
        ] as const;
      });
      const centred = provinces.map((province, index) => {
        const [mx, my] = means[index]!;
        const others = means.filter((_, i) => i !== index);
        const own = municipalities
          .filter((m) => m.province === province.id)
          .filter((m) => others.every(([ox, oy]) => Math.hypot(m.x - ox, m.y - oy) > 16));
        const best = own.sort((a, b) => Math.hypot(a.x - mx, a.y - my) - Math.hypot(b.x - mx, b.y - my))[0];
        const centre: readonly [number, number] = best ? [best.x, best.y] : [mx, my];
        return { ...province, centre };
      });
      const byName = new Map<string, Municipality>();
      MUNICIPALITIES.forEach(([nis, nameNl, nameFr], i) => {
        byName.set(fold(nameNl), municipalities[i]!);
        byName.set(fold(nameFr), municipalities[i]!);
        // A feed written in English ("Ghent", "Bruges") is placed too.
        const english = englishName(nis);
        if (english) byName.set(fold(english), municipalities[i]!);
      });
      return { provinces: centred, municipalities, byName };
    })
    .catch((error: unknown) => {
      // Offline, or the chunk was not deployed: the next attempt (retry) starts afresh.
      geoData = undefined;
      throw error;
    });
  return geoData;
}

/** A municipality's name in `lang`, from the geo data's own Dutch and French names. */
export function municipalityName(municipality: Municipality, lang: Lang): string {
  return municipalityIn(municipality.key, municipality.name, municipality.nameFr, lang);
}
