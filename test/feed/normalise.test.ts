import { expect } from '@open-wc/testing';
import { FeedFormatError, normaliseFeed, parseFeedText } from '../../src/feed/normalise.js';
import { countMetric } from '../../src/feed/network.js';
import { federationOf, neighbours } from '../../src/feed/relations.js';
import { resolveText } from '../../src/feed/text.js';
import { mailtoHref, safeHttpUrl, telHref } from '../../src/feed/url.js';
import { hostileFeed, partlyBrokenFeed, smallFeed } from '../../src/mocks/feeds.js';
import type { FeedIssue } from '../../src/feed/types.js';

const feedWith = (actors: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  version: 1,
  actors,
  ...extra,
});
const find = (issues: readonly FeedIssue[], at: string): FeedIssue | undefined =>
  issues.find((issue) => issue.pointer === at);

describe('feed: parse', () => {
  it('rejects text that is not JSON with reason "parse" and the parser\'s message', () => {
    let error: unknown;
    try {
      parseFeedText('<!doctype html><p>oops');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(FeedFormatError);
    expect((error as FeedFormatError).reason).to.equal('parse');
    expect((error as FeedFormatError).message).to.match(/^not JSON: /);
  });

  it('accepts a byte order mark', () => {
    expect(parseFeedText('\uFEFF{"actors": []}')).to.deep.equal({ actors: [] });
  });
});

describe('feed: whole-feed rules', () => {
  for (const [label, input] of [
    ['an array', []],
    ['a string', 'feed'],
    ['null', null],
    ['an object without actors', { version: 1, members: [] }],
    ['actors that are not an array', { actors: { a: 1 } }],
  ] as const) {
    it(`rejects ${label} with reason "schema"`, () => {
      expect(() => normaliseFeed(input))
        .to.throw(FeedFormatError)
        .with.property('reason', 'schema');
    });
  }

  it('reads an empty actors array as an empty network', () => {
    const network = normaliseFeed({ version: 1, actors: [] });
    expect(network.actors).to.have.length(0);
    expect(network.issues).to.deep.equal([]);
  });

  it('warns about a missing or unknown version but reads the feed', () => {
    expect(find(normaliseFeed({ actors: [] }).issues, '/version')?.severity).to.equal('warning');
    expect(find(normaliseFeed({ version: 2, actors: [] }).issues, '/version')?.message).to.contain('unknown version 2');
  });
});

describe('feed: actor rules', () => {
  it('keeps an actor whose social links came as an array, dropping the bad value once', () => {
    // The record of networks reads an array as an object with keys "0", "1"…; dropping "0" used to
    // miss, so the same problem was reported 64 times and the actor was lost ("could not be read").
    const network = normaliseFeed({
      version: 1,
      actors: [{ id: 'a', type: 'expert', name: 'A', social: [0, 'https://example.org/a'] }],
    });
    expect(network.actors.map((actor) => actor.id)).to.deep.equal(['a']);
    expect(network.issues).to.deep.equal([
      { pointer: '/actors/0/social/0', message: 'must be a string (got 0); ignored', severity: 'error' },
    ]);
  });

  it('skips an actor with an unknown type and reports it with its pointer', () => {
    const actors = Array.from({ length: 17 }, (_, i) => ({ id: `a${i}`, type: 'expert', name: `A ${i}` }));
    const network = normaliseFeed(feedWith([...actors, { id: 'x', type: 'spaceship', name: 'X' }]));
    expect(network.actors).to.have.length(17);
    expect(find(network.issues, '/actors/17/type')).to.deep.include({
      message: 'unknown type "spaceship"; skipped',
      severity: 'error',
    });
  });

  it('skips actors without id, without name, with a bad id, or with a duplicate id', () => {
    const network = normaliseFeed(
      feedWith([
        { id: 'ok', type: 'expert', name: 'Ok' },
        { type: 'expert', name: 'No id' },
        { id: 'no-name', type: 'expert' },
        { id: 'blank', type: 'expert', name: '   ' },
        { id: 'has space', type: 'expert', name: 'Bad id' },
        { id: 'x'.repeat(65), type: 'expert', name: 'Too long' },
        { id: 'ok', type: 'expert', name: 'Duplicate' },
        42,
      ]),
    );
    expect(network.actors.map((a) => a.id)).to.deep.equal(['ok']);
    expect(network.byId.get('ok')?.name).to.equal('Ok');
    expect(find(network.issues, '/actors/1/id')?.message).to.contain('missing');
    expect(find(network.issues, '/actors/2/name')?.message).to.contain('missing');
    expect(find(network.issues, '/actors/3/name')?.message).to.contain('must not be empty');
    expect(find(network.issues, '/actors/4/id')).to.exist;
    expect(find(network.issues, '/actors/5/id')).to.exist;
    expect(find(network.issues, '/actors/6/id')?.message).to.equal('duplicate id "ok" (first at /actors/0); skipped');
    expect(find(network.issues, '/actors/7')?.message).to.contain('must be an object');
    expect(network.issues.filter((i) => i.severity === 'error')).to.have.length(7);
  });

  it('drops a bad optional value but keeps the actor', () => {
    const network = normaliseFeed(
      feedWith([
        {
          id: 'a',
          type: 'association',
          name: 'A',
          website: 'javascript:alert(1)',
          email: 'nope',
          phone: 'call me',
          since: 'long ago',
          themes: ['werk', 5, 'sport'],
          location: { municipality: 'Gent', province: 'gent', lat: 'north', lon: 3.7 },
          social: { x: 'https://x.example/a', facebook: 'ftp://fb.example' },
        },
      ]),
    );
    const actor = network.byId.get('a');
    expect(actor).to.exist;
    expect(actor?.website).to.equal(undefined);
    expect(actor?.email).to.equal(undefined);
    expect(actor?.phone).to.equal(undefined);
    expect(actor?.since).to.equal(undefined);
    expect(actor?.themes).to.deep.equal(['werk', 'sport']);
    expect(actor?.location).to.deep.equal({ municipality: 'Gent', lon: 3.7 });
    expect(actor?.social).to.deep.equal([{ network: 'x', url: 'https://x.example/a' }]);
    for (const at of [
      'website',
      'email',
      'phone',
      'since',
      'themes/1',
      'location/province',
      'location/lat',
      'social/facebook',
    ]) {
      expect(find(network.issues, `/actors/0/${at}`), at).to.exist;
    }
  });

  it('ignores unknown fields (and names them only when asked)', () => {
    const raw = feedWith([{ id: 'a', type: 'expert', name: 'A', favouriteColour: 'blue' }], { extra: true });
    expect(normaliseFeed(raw).issues.filter((i) => i.pointer !== '/version')).to.deep.equal([]);
    expect((normaliseFeed(raw).byId.get('a') as unknown as Record<string, unknown>)['favouriteColour']).to.equal(
      undefined,
    );
    const verbose = normaliseFeed(raw, { reportUnknownFields: true }).issues;
    expect(find(verbose, '/actors/0/favouriteColour')?.severity).to.equal('warning');
    expect(find(verbose, '/extra')?.severity).to.equal('warning');
  });

  it('drops memberOf and links that point to no actor', () => {
    const network = normaliseFeed(
      feedWith(
        [
          { id: 'f', type: 'federation', name: 'F' },
          { id: 'a', type: 'association', name: 'A', memberOf: ['f', 'ghost', 'a'] },
        ],
        {
          links: [
            { source: 'a', target: 'f' },
            { source: 'a', target: 'ghost' },
            { source: 'f', target: 'f' },
            { nope: 1 },
          ],
        },
      ),
    );
    expect(network.byId.get('a')?.memberOf).to.deep.equal(['f']);
    expect(network.links).to.deep.equal([{ source: 'a', target: 'f' }]);
    expect(find(network.issues, '/actors/1/memberOf/1')?.message).to.equal('no actor with id "ghost"; ignored');
    expect(find(network.issues, '/actors/1/memberOf/2')).to.exist;
    expect(find(network.issues, '/links/1/target')).to.exist;
    expect(find(network.issues, '/links/2')).to.exist;
    expect(find(network.issues, '/links/3/source')).to.exist;
  });

  it('treats __proto__, constructor and toString as ordinary ids', () => {
    const network = normaliseFeed(hostileFeed());
    expect(network.byId.get('__proto__')?.name).to.equal('Proto');
    expect(network.byId.get('constructor')?.memberOf).to.deep.equal(['__proto__']);
    expect(network.members.get('__proto__')?.map((a) => a.id)).to.deep.equal(['constructor']);
    expect(network.byId.get('toString')?.name).to.equal('ToString');
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('name');
  });

  it('never keeps a URL that is not http(s), whatever the spelling', () => {
    const network = normaliseFeed(hostileFeed());
    const websites = network.actors.filter((a) => a.id.startsWith('hostile-')).map((a) => a.website);
    expect(websites.filter(Boolean)).to.deep.equal(['https://ok.example/?q=%3Cscript%3E']);
    expect(network.actors.every((a) => a.social.every((s) => /^https?:/.test(s.url)))).to.equal(true);
  });
});

describe('feed: URLs', () => {
  const cases: Array<[string, string | undefined]> = [
    ['https://example.org/a', 'https://example.org/a'],
    ['  http://example.org  ', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
    ['javascript:alert(1)', undefined],
    [' JaVaScRiPt:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['\u0000javascript:alert(1)', undefined],
    ['&#106;avascript:alert(1)', undefined],
    ['%6Aavascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['vbscript:msgbox', undefined],
    ['//evil.example', undefined],
    ['/relative/path', undefined],
    ['https://user:pass@evil.example/', undefined],
    ['mailto:a@b.example', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected ?? 'dropped'}`, () => {
      expect(safeHttpUrl(input)).to.equal(expected);
    });
  }

  it('makes mailto: and tel: only from plain addresses and numbers', () => {
    expect(mailtoHref('info@fed.example')).to.equal('mailto:info@fed.example');
    expect(mailtoHref('a@b.example?subject=x')).to.equal(undefined);
    expect(telHref('+32 2 200 10 40')).to.equal('tel:+3222001040');
    expect(telHref('12')).to.equal(undefined);
  });
});

describe('feed: localized text', () => {
  it('resolves the element language, then nl → fr → en → any', () => {
    const network = normaliseFeed(
      feedWith([
        { id: 'a', type: 'expert', name: 'A', description: { fr: 'bonjour', en: 'hello' } },
        { id: 'b', type: 'expert', name: 'B', description: { de: 'hallo' } },
        { id: 'c', type: 'expert', name: 'C', description: 'plain' },
        { id: 'd', type: 'expert', name: 'D', description: { 'nl-BE': 'dag', en: 'hi' } },
      ]),
    );
    const text = (id: string, lang: string): string | undefined => resolveText(network.byId.get(id)?.description, lang);
    expect(text('a', 'en')).to.equal('hello');
    expect(text('a', 'nl')).to.equal('bonjour');
    expect(text('b', 'fr')).to.equal('hallo');
    expect(text('c', 'fr')).to.equal('plain');
    expect(text('d', 'nl')).to.equal('dag');
  });
});

describe('feed: indexes', () => {
  it('indexes by id, members, counts per type and province, and stats', () => {
    const network = normaliseFeed(smallFeed());
    expect(network.hub?.id).to.equal('minderhedenforum');
    expect(network.byId.get('fed-01')?.memberOf).to.deep.equal(['minderhedenforum']);
    expect(network.members.get('fed-01')?.map((a) => a.id)).to.deep.equal(['assoc-0001', 'assoc-0002']);
    expect(network.members.get('minderhedenforum')?.map((a) => a.id)).to.include.members(['fed-01', 'fed-02']);
    expect(network.countsByType.get('association')).to.equal(3);
    expect(network.countsByProvince.get('antwerpen')).to.equal(2);
    expect(countMetric(network, 'associations')).to.equal(3);
    expect(countMetric(network, 'federations')).to.equal(2);
    expect(countMetric(network, 'actors')).to.equal(network.actors.length - 1);
    expect(countMetric(network, 'expert')).to.equal(1);
    expect(countMetric(network, 'experts')).to.equal(1);
    const assoc = network.byId.get('assoc-0001');
    expect(assoc && federationOf(network, assoc)?.id).to.equal('fed-01');
    expect([...neighbours(network, 'fed-02')].sort()).to.deep.equal([
      'assoc-0003',
      'employer-0001',
      'minderhedenforum',
    ]);
  });

  it('lets stats win over counting', () => {
    const network = normaliseFeed({ ...smallFeed(), stats: { associations: 1834, federations: 10 } });
    expect(countMetric(network, 'associations')).to.equal(1834);
    expect(countMetric(network, 'federations')).to.equal(10);
  });

  it('makes the hub from the network object when no actor has type network', () => {
    const network = normaliseFeed({
      version: 1,
      network: { id: 'mf', name: 'MF', url: 'https://mf.example' },
      actors: [{ id: 'f', type: 'federation', name: 'F', memberOf: ['network'] }],
    });
    expect(network.hub?.id).to.equal('mf');
    expect(network.byId.get('f')?.memberOf).to.deep.equal(['mf']);
  });

  it('relabels and extends types from the feed', () => {
    const network = normaliseFeed(
      feedWith([{ id: 'p', type: 'podcast', name: 'P' }], {
        types: [
          { id: 'podcast', label: { nl: 'podcast', fr: 'podcast', en: 'podcast' }, color: '#123456' },
          { id: 'expert', color: 'red; background: url(x)' },
        ],
      }),
    );
    expect(network.byId.get('p')?.type).to.equal('podcast');
    expect(network.types.get('podcast')?.color).to.equal('#123456');
    expect(network.types.get('expert')?.color).to.match(/^#[0-9a-f]{6}$/i);
    expect(find(network.issues, '/types/1/color')).to.exist;
  });

  it('keeps every good actor of a partly broken feed', () => {
    const network = normaliseFeed(partlyBrokenFeed());
    expect(network.actors).to.have.length(smallFeed().actors.length + 1);
    expect(network.byId.get('assoc-bad-fields')?.memberOf).to.deep.equal(['fed-01']);
  });
});
