/**
 * A made-up network with the real one's shape: the hub, 10 federations, over 1,800 local
 * associations in real Flemish and Brussels municipalities, and about 150 actors of every other
 * type. Every name is invented (the real member list is the network's to publish) and every web
 * address is under the reserved `.example` domain. Seeded, so the same options always give the
 * same feed, byte for byte.
 */
import { MUNICIPALITIES, type MunicipalityRecord } from '../geo/municipalities.js';

export interface SampleOptions {
  readonly seed?: number;
  /** Number of local associations (default 1,834). */
  readonly associations?: number;
  /** Average number of actors per other type (default 150). */
  readonly othersPerType?: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
type FeedActor = { [key: string]: Json | undefined };

export interface SampleFeed {
  version: 1;
  updated: string;
  network: { id: string; name: string; url: string };
  actors: FeedActor[];
  links: Array<{ source: string; target: string; kind: string }>;
  stats?: Record<string, number>;
}

/** mulberry32: small, fast and good enough for sample data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FEDERATIONS = [
  ['Atlas', 'Federatie Atlas'],
  ['Zijderoute', 'Federatie Zijderoute'],
  ['Sahel', 'Sahel Federatie'],
  ['Andes', 'Federatie Andes & Caraïben'],
  ['Bosporus', 'Bosporus Federatie'],
  ['Karpaten', 'Karpaten Platform'],
  ['Mekong', 'Federatie Mekong'],
  ['Kilimanjaro', 'Kilimanjaro Koepel'],
  ['Nijl', 'Federatie Nijldelta'],
  ['Kaukasus', 'Kaukasus Verbond'],
] as const;

const WORDS = [
  'Amani',
  'Salam',
  'Umoja',
  'Dostluk',
  'Ubuntu',
  'Sankofa',
  'Shanti',
  'Esperanza',
  'Nour',
  'Baraka',
  'Harmonie',
  'Horizon',
  'De Brug',
  'Ontmoeting',
  'Regenboog',
  'Oase',
  'Dialoog',
  'Vriendschap',
  'Zonnebloem',
  'Alegría',
  'Saudade',
  'Sakura',
  'Lotus',
  'Karibu',
  'Marhaba',
  'Solidariteit',
  'Hoop',
  'Toekomst',
  'Samen',
  'Akwaaba',
  'Jambo',
  'Zeytin',
  'Ceder',
  'Olijfboom',
  'Baobab',
  'Mozaïek',
  'Kompas',
  'Vuurvogel',
  'Wereldhuis',
];
const FORMS = [
  'Vereniging {w}',
  'vzw {w}',
  '{w} vzw',
  'Jongerenwerking {w}',
  'Vrouwenvereniging {w}',
  'Cultuurhuis {w}',
  'Moskeevereniging {w}',
  'Sportclub {w}',
  'Ouderenkring {w}',
  'Huiswerkklas {w}',
  'Muziekgroep {w}',
  'Dansgroep {w}',
  'Buurtwerking {w}',
  'Associação {w}',
  'Association {w}',
  'Kulturverein {w}',
];
const ARABIC = ['جمعية النور', 'جمعية الأمل', 'بيت الثقافة', 'جمعية السلام'];
const FIRST = [
  'Amina',
  'Youssef',
  'Fatma',
  'Mehmet',
  'Aïcha',
  'Kwame',
  'Nadia',
  'Dragan',
  'Lina',
  'Omar',
  'Zeynep',
  'Bilal',
  'Chantal',
  'Tariq',
  'Esra',
  'Mariam',
  'Jean-Pierre',
  'Sanaa',
  'Emre',
  'Ngozi',
  'Rahim',
  'Ilse',
  'Karim',
  'Sofia',
];
const LAST = [
  'Demir',
  'El Amrani',
  'Peeters',
  'Mbeki',
  'Janssens',
  'Yilmaz',
  'Kovač',
  'Haddad',
  'Diallo',
  'Nguyen',
  'Maes',
  'Benali',
  'Okafor',
  'Claes',
  'Popescu',
  'Rahman',
  'Öztürk',
  'Wouters',
  'Bakr',
  'Mukendi',
  'Vermeulen',
  'Şahin',
];
const THEMES = [
  'onderwijs',
  'werk',
  'gezondheid',
  'cultuur',
  'jongeren',
  'vrouwen',
  'huisvesting',
  'sport',
  'armoede',
  'participatie',
  'antiracisme',
  'religie',
  'media',
  'ouderen',
  'welzijn',
  'taal',
];
const OTHER_TYPES = {
  organisation: ['Platform {w}', 'Collectief {w}', 'Netwerk {w}', '{w} Huis'],
  expert: ['{p}'],
  employer: ['{w} Logistiek', 'Bakkerij {w}', '{w} Zorggroep', 'Bouwbedrijf {w}', '{w} Consultancy'],
  education: ['Basisschool {w}', 'Atheneum {m}', 'Hogeschool {w} (fictief)', 'CVO {w}', 'Secundaire school {w}'],
  movement: ['Burgerinitiatief {w}', 'Beweging {w}', 'Buurtcomité {w}', 'Actiegroep {w}'],
  changemaker: ['{p}'],
  academic: ['prof. dr. {p}', 'dr. {p}', 'Onderzoeksgroep {w} (fictief)'],
  enterprise: ['{w} Coöperatie', 'Sociale onderneming {w}', '{w} Atelier', 'Koffiebar {w}'],
  influencer: ['{p}', '@{h}'],
} as const;

/** Cities get more associations than villages; weights are rough, not census figures. */
const CITY_WEIGHT: Readonly<Record<string, number>> = {
  Antwerpen: 160,
  Gent: 110,
  Brussel: 60,
  Schaerbeek: 45,
  'Sint-Jans-Molenbeek': 50,
  Anderlecht: 45,
  Genk: 50,
  Mechelen: 30,
  Leuven: 25,
  Hasselt: 20,
  Vilvoorde: 18,
  Aalst: 16,
  'Sint-Niklaas': 16,
  Kortrijk: 15,
  Oostende: 14,
  Brugge: 12,
  Turnhout: 12,
  Beringen: 14,
  'Heusden-Zolder': 12,
  Lokeren: 8,
  Roeselare: 8,
  'Sint-Joost-ten-Node': 20,
  Vorst: 14,
  Elsene: 15,
  Maasmechelen: 14,
  Houthalen: 6,
  Boom: 8,
  Ronse: 6,
};

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '') || 'actor';

export function generateSample(options: SampleOptions = {}): SampleFeed {
  const rand = random(options.seed ?? 2026);
  const associations = options.associations ?? 1834;
  const perType = options.othersPerType ?? 150;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chance = (p: number): boolean => rand() < p;

  const weights = MUNICIPALITIES.map((m) => CITY_WEIGHT[m[1]] ?? 1 + rand() * 2);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const municipality = (): MunicipalityRecord => {
    let r = rand() * total;
    for (let i = 0; i < MUNICIPALITIES.length; i++) {
      r -= weights[i]!;
      if (r <= 0) return MUNICIPALITIES[i]!;
    }
    return MUNICIPALITIES[MUNICIPALITIES.length - 1]!;
  };
  const location = (m: MunicipalityRecord, precise: boolean): FeedActor => ({
    municipality: m[1],
    province: m[3],
    ...(precise
      ? {
          lat: Number((m[4] + (rand() - 0.5) * 0.03).toFixed(5)),
          lon: Number((m[5] + (rand() - 0.5) * 0.045).toFixed(5)),
        }
      : {}),
  });
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const themes = (): string[] => [...new Set([pick(THEMES), pick(THEMES), ...(chance(0.4) ? [pick(THEMES)] : [])])];
  const used = new Set<string>();
  const unique = (name: string): string => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${name} ${n}`;
    used.add(candidate);
    return candidate;
  };
  const fill = (form: string, m: MunicipalityRecord): string =>
    form
      .replace('{w}', pick(WORDS))
      .replace('{m}', m[1])
      .replace('{p}', person())
      .replace('{h}', `${pick(WORDS).toLowerCase().replace(/\s+/g, '')}_${Math.floor(rand() * 90 + 10)}`);

  const actors: FeedActor[] = [];
  const links: SampleFeed['links'] = [];
  const hub = 'minderhedenforum';
  actors.push({
    id: hub,
    type: 'network',
    name: 'Minderhedenforum',
    website: 'https://minderhedenforum.example',
    description: {
      nl: 'Netwerkorganisatie van mensen met een migratieachtergrond in Vlaanderen en Brussel. (Voorbeeldgegevens.)',
      fr: 'Organisation réseau de personnes issues de l’immigration en Flandre et à Bruxelles. (Données d’exemple.)',
      en: 'Network organisation of people with a migration background in Flanders and Brussels. (Sample data.)',
    },
    location: { municipality: 'Brussel', province: 'brussel', lat: 50.8503, lon: 4.3517 },
    since: 1999,
  });

  const federationIds: string[] = [];
  FEDERATIONS.forEach(([short, name], index) => {
    const id = `fed-${String(index + 1).padStart(2, '0')}`;
    federationIds.push(id);
    const m = municipality();
    actors.push({
      id,
      type: 'federation',
      name,
      shortName: short,
      description: {
        nl: `Fictieve federatie voor de demo: ${name} brengt lokale verenigingen samen en ondersteunt ze.`,
        fr: `Fédération fictive pour la démo : ${name} rassemble et soutient des associations locales.`,
        en: `A made-up federation for the demo: ${name} brings local associations together and supports them.`,
      },
      website: `https://${slug(name)}.example`,
      email: `info@${slug(name)}.example`,
      phone: `+32 2 ${String(200 + index * 7).padStart(3, '0')} ${String(10 + index).padStart(2, '0')} ${String(40 + index).padStart(2, '0')}`,
      social: {
        facebook: `https://facebook.example/${slug(short)}`,
        instagram: `https://instagram.example/${slug(short)}`,
      },
      location: location(m, true),
      themes: themes(),
      memberOf: [hub],
      since: 1990 + Math.floor(rand() * 25),
    });
  });

  // Federations differ in size; every association belongs to one.
  const fedWeights = federationIds.map(() => 0.5 + rand());
  const fedTotal = fedWeights.reduce((sum, w) => sum + w, 0);
  const federation = (): string => {
    let r = rand() * fedTotal;
    for (let i = 0; i < federationIds.length; i++) {
      r -= fedWeights[i]!;
      if (r <= 0) return federationIds[i]!;
    }
    return federationIds[federationIds.length - 1]!;
  };

  for (let i = 0; i < associations; i++) {
    const m = municipality();
    const arabic = i % 97 === 13;
    const name = unique(arabic ? pick(ARABIC) : `${fill(pick(FORMS), m)} ${m[1]}`);
    const described = chance(0.2);
    actors.push({
      id: `assoc-${String(i + 1).padStart(4, '0')}`,
      type: 'association',
      name,
      ...(described
        ? {
            description: chance(0.5)
              ? { nl: `Lokale vereniging in ${m[1]}: ontmoeting, activiteiten en ondersteuning.` }
              : {
                  nl: `Lokale vereniging in ${m[1]}: ontmoeting, activiteiten en ondersteuning.`,
                  fr: `Association locale à ${m[2]} : rencontres, activités et soutien.`,
                  en: `Local association in ${m[1]}: meeting place, activities and support.`,
                },
          }
        : {}),
      ...(chance(0.3) ? { website: `https://${slug(name)}-${i + 1}.example` } : {}),
      ...(chance(0.25) ? { email: `contact@${slug(name)}-${i + 1}.example` } : {}),
      // Most have a municipality; some exact coordinates; a few no location at all.
      ...(chance(0.97) ? { location: location(m, chance(0.35)) } : {}),
      themes: themes(),
      memberOf: [federation()],
      ...(chance(0.6) ? { since: 1970 + Math.floor(rand() * 55) } : {}),
    });
  }

  const ringIds: string[] = [];
  for (const [type, forms] of Object.entries(OTHER_TYPES)) {
    const count = Math.round(perType * (0.85 + rand() * 0.3));
    for (let i = 0; i < count; i++) {
      const m = municipality();
      const name = unique(fill(pick(forms), m));
      const id = `${type}-${String(i + 1).padStart(4, '0')}`;
      const fed = chance(0.35) ? pick(federationIds) : undefined;
      ringIds.push(id);
      actors.push({
        id,
        type,
        name,
        ...(chance(0.3)
          ? {
              description: {
                nl: `${name} werkt mee aan een divers en inclusief Vlaanderen. (Voorbeeldgegevens.)`,
                fr: `${name} contribue à une Flandre diverse et inclusive. (Données d’exemple.)`,
                en: `${name} works towards a diverse and inclusive Flanders. (Sample data.)`,
              },
            }
          : {}),
        ...(chance(0.5) ? { website: `https://${slug(name)}-${i + 1}.example` } : {}),
        ...(chance(0.2) ? { social: { linkedin: `https://linkedin.example/in/${slug(name)}` } } : {}),
        ...(chance(0.9) ? { location: location(m, chance(0.5)) } : {}),
        themes: themes(),
        memberOf: fed ? [fed] : [hub],
        since: 2020 + Math.floor(rand() * 7),
      });
      // Partnerships: with a federation, sometimes with another actor of the ring.
      if (chance(0.25)) links.push({ source: id, target: pick(federationIds), kind: 'partner' });
    }
  }
  for (let i = 0; i < Math.round(ringIds.length * 0.1); i++) {
    const source = pick(ringIds);
    const target = pick(ringIds);
    if (source !== target) links.push({ source, target, kind: pick(['partner', 'project', 'mentor']) });
  }

  return {
    version: 1,
    updated: '2026-11-01T12:00:00Z',
    network: { id: hub, name: 'Minderhedenforum', url: 'https://minderhedenforum.example' },
    actors,
    links,
  };
}

/** The stress feed: about 20,000 actors with the same shape. */
export function generateStress(seed = 2026): SampleFeed {
  return generateSample({ seed, associations: 17_000, othersPerType: 330 });
}
