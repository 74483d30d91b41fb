/**
 * Feeds for every state a widget must handle, shared by the tests, Storybook and the demo
 * (through `handlers.ts`).
 */
import { generateSample, type SampleFeed } from './sample.js';

let sample: SampleFeed | undefined;
/** The demo network (generated once per page). */
export function sampleFeed(): SampleFeed {
  sample ??= generateSample();
  return sample;
}

/** A handful of actors: quick to render, easy to reason about in tests and stories. */
export function smallFeed(): SampleFeed {
  return {
    version: 1,
    updated: '2026-11-01T12:00:00Z',
    network: { id: 'minderhedenforum', name: 'Minderhedenforum', url: 'https://minderhedenforum.example' },
    actors: [
      {
        id: 'minderhedenforum',
        type: 'network',
        name: 'Minderhedenforum',
        website: 'https://minderhedenforum.example',
      },
      {
        id: 'fed-01',
        type: 'federation',
        name: 'Federatie Atlas',
        shortName: 'Atlas',
        description: {
          nl: 'Fictieve federatie voor de demo.',
          fr: 'Fédération fictive pour la démo.',
          en: 'A made-up federation for the demo.',
        },
        website: 'https://federatie-atlas.example',
        email: 'info@federatie-atlas.example',
        phone: '+32 2 200 10 40',
        social: { facebook: 'https://facebook.example/atlas' },
        location: { municipality: 'Gent', province: 'oost-vlaanderen', lat: 51.05, lon: 3.72 },
        themes: ['onderwijs', 'werk'],
        memberOf: ['network'],
        since: 1995,
      },
      {
        id: 'fed-02',
        type: 'federation',
        name: 'Federatie Zijderoute',
        location: { municipality: 'Antwerpen', province: 'antwerpen' },
        memberOf: ['network'],
      },
      {
        id: 'assoc-0001',
        type: 'association',
        name: 'Vereniging Amani Gent',
        description: { nl: 'Lokale vereniging in Gent.', fr: 'Association locale à Gand.' },
        location: { municipality: 'Gent', province: 'oost-vlaanderen' },
        themes: ['jongeren'],
        memberOf: ['fed-01'],
      },
      {
        id: 'assoc-0002',
        type: 'association',
        name: 'جمعية النور',
        location: { municipality: 'Sint-Jans-Molenbeek', province: 'brussel' },
        memberOf: ['fed-01'],
      },
      {
        id: 'assoc-0003',
        type: 'association',
        name: 'Associação Cultural Saudade Antwerpen',
        location: { municipality: 'Antwerpen', province: 'antwerpen' },
        memberOf: ['fed-02'],
      },
      {
        id: 'expert-0001',
        type: 'expert',
        name: 'Amina Demir',
        description: 'Experte diversiteitsbeleid.',
        location: { municipality: 'Leuven', province: 'vlaams-brabant' },
        memberOf: ['network'],
      },
      { id: 'employer-0001', type: 'employer', name: 'Horizon Logistiek', memberOf: ['network'] },
    ],
    links: [{ source: 'employer-0001', target: 'fed-02', kind: 'partner' }],
    stats: {},
  };
}

/** The sample network with a few actors broken in each way the rules name. */
export function partlyBrokenFeed(): Record<string, unknown> {
  const feed = smallFeed();
  return {
    ...feed,
    actors: [
      ...feed.actors,
      { id: 'spaceship-1', type: 'spaceship', name: 'Unknown type' },
      { type: 'association', name: 'No id' },
      { id: 'no-name', type: 'association' },
      { id: 'fed-01', type: 'federation', name: 'Duplicate of fed-01' },
      { id: 'bad id with spaces', type: 'expert', name: 'Bad id' },
      {
        id: 'assoc-bad-fields',
        type: 'association',
        name: 'Vereniging met foute velden',
        website: 'javascript:alert(1)',
        email: 'not an address',
        location: { province: 'gent', lat: 'north' },
        memberOf: ['fed-01', 'fed-99'],
      },
      'not even an object',
    ],
    links: [...feed.links, { source: 'fed-01', target: 'nobody' }],
  };
}

/** Strings an attacker or a careless editor could put in a feed. All must stay plain text. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__mfHacked=true">',
  '"><script>window.__mfHacked=true</script>',
  '<b>bold?</b> & &amp; &lt;',
  '{{constructor.constructor("window.__mfHacked=true")()}}',
  '${window.__mfHacked=true}',
  '\u202Egnp.exe\u202C Vereniging',
  'Zero\u200Bwidth\u200Bspaces',
  '👩🏽‍🤝‍👩🏿 Vereniging Samen 🌍',
  `Zeer lange naam ${'Wereldvereniging '.repeat(30)}`,
  'javascript:alert(1)',
] as const;

export function hostileFeed(): Record<string, unknown> {
  const feed = smallFeed();
  return {
    ...feed,
    actors: [
      ...feed.actors,
      ...HOSTILE_STRINGS.map((name, index) => ({
        id: `hostile-${index}`,
        type: 'association',
        name,
        description: { nl: name, fr: `<p onclick="window.__mfHacked=true">${name}</p>` },
        website: [
          'javascript:alert(1)',
          ' JaVaScRiPt:alert(1)',
          'java\tscript:alert(1)',
          'data:text/html,<script>alert(1)</script>',
          'https://user:pass@evil.example/',
          'vbscript:msgbox(1)',
          '//evil.example',
          'https://ok.example/?q=<script>',
          '&#106;avascript:alert(1)',
          '%6Aavascript:alert(1)',
        ][index],
        email: index % 2 ? 'a@b.example?subject=<script>' : 'javascript:alert(1)@x',
        themes: [name],
        location: { municipality: name, province: 'antwerpen' },
        memberOf: ['fed-01'],
      })),
      { id: '__proto__', type: 'association', name: 'Proto', memberOf: ['fed-01'] },
      { id: 'constructor', type: 'association', name: 'Constructor', memberOf: ['__proto__'] },
      { id: 'toString', type: 'expert', name: 'ToString', memberOf: ['network'] },
    ],
  };
}
