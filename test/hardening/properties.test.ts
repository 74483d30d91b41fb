/**
 * Property-based tests of the feed parser (fast-check): whatever JSON arrives, reading it returns a
 * network or a classified error, never anything else; and a feed written back from a network
 * reads as the same network, with no problems.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedFormatError, normaliseFeed, parseFeedText } from '../../src/feed/normalise.js';
import { countFeed } from '../../src/feed/read-core.js';
import type { Network } from '../../src/feed/types.js';
import { BUILTIN_TYPE_IDS, PROVINCE_IDS } from '../../src/feed/schema.js';
import { toFeed } from '../../src/feed/serialise.js';
import { tally } from '../helpers/tally.js';
import { corpusFeedText, TEXT_VECTORS, URL_VECTORS } from './corpus.js';

let inputs = 0;

/** Runs `read`; anything thrown must be a FeedFormatError with a known reason. */
function classified(read: () => unknown): boolean {
  inputs++;
  try {
    read();
    return true;
  } catch (error) {
    if (error instanceof FeedFormatError && (error.reason === 'parse' || error.reason === 'schema')) return true;
    throw error;
  }
}

/** The reason `read` fails with (a FeedFormatError's), or undefined when it reads; anything else is thrown. */
function failureOf(read: () => unknown): string | undefined {
  inputs++;
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof FeedFormatError) return error.reason;
    throw error;
  }
}

// Values that are sometimes right and often wrong, for every field of the feed.
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(Infinity, -Infinity, NaN, -0));
const id = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/),
  fc.constantFrom('fed-01', 'network', '__proto__', 'constructor', 'toString', 'then'),
);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...TEXT_VECTORS),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const url = fc.oneof(fc.webUrl(), fc.constantFrom(...URL_VECTORS), fc.string({ maxLength: 20 }));
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anyValue });
const localized = fc.oneof(text, fc.dictionary(fc.constantFrom('nl', 'fr', 'en', 'fr-BE', 'x', 'NL'), text));

const actor = fc.record(
  {
    id: maybe(id),
    type: maybe(fc.oneof(fc.constantFrom(...BUILTIN_TYPE_IDS), fc.constantFrom('custom', 'spaceship'))),
    name: maybe(text),
    shortName: maybe(text),
    description: maybe(localized),
    logo: maybe(url),
    website: maybe(url),
    email: maybe(fc.oneof(fc.emailAddress(), text)),
    phone: maybe(fc.oneof(fc.constantFrom('+32 2 123 45 67', '09/123.45.67'), text)),
    social: maybe(fc.dictionary(fc.constantFrom('facebook', 'x', 'linkedin', '__proto__', 'Bad Key'), url)),
    location: maybe(
      fc.record(
        {
          municipality: maybe(text),
          postcode: maybe(fc.stringMatching(/^[0-9]{4}$/)),
          province: maybe(fc.constantFrom(...PROVINCE_IDS, 'gent')),
          lat: maybe(fc.double({ min: -100, max: 100 })),
          lon: maybe(fc.double({ min: -200, max: 200 })),
        },
        { requiredKeys: [] },
      ),
    ),
    themes: maybe(fc.array(text, { maxLength: 3 })),
    memberOf: maybe(fc.array(id, { maxLength: 3 })),
    since: maybe(fc.integer({ min: 1700, max: 2300 })),
  },
  { requiredKeys: [] },
);

const feed = fc.record(
  {
    version: maybe(fc.constant(1)),
    updated: maybe(fc.date({ noInvalidDate: true }).map((date) => date.toISOString())),
    network: maybe(fc.record({ id: maybe(id), name: maybe(text), url: maybe(url) }, { requiredKeys: [] })),
    types: maybe(
      fc.array(
        fc.record(
          { id: maybe(id), label: maybe(localized), color: maybe(fc.constantFrom('#123456', '#abc', 'red', '#12345')) },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
    actors: fc.array(fc.oneof({ weight: 9, arbitrary: actor }, { weight: 1, arbitrary: anyValue }), { maxLength: 25 }),
    links: maybe(
      fc.array(fc.record({ source: maybe(id), target: maybe(id), kind: maybe(text) }, { requiredKeys: [] }), {
        maxLength: 6,
      }),
    ),
    stats: maybe(
      fc.dictionary(fc.constantFrom('associations', 'federations', '__proto__'), fc.integer({ min: -5, max: 5000 })),
    ),
  },
  { requiredKeys: ['actors'] },
);

describe('hardening: the feed parser, property-based', function () {
  this.timeout(120_000);

  after(async () => {
    await tally({ properties: inputs });
  });

  it('returns a network or a classified error for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => classified(() => normaliseFeed(value))),
      { numRuns: 2000 },
    );
  });

  it('returns a network or a classified error for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (value) =>
        classified(() => normaliseFeed(parseFeedText(value))),
      ),
      { numRuns: 2000 },
    );
    // Cut anywhere, a good feed is a parse error, never a crash (nor a schema error, nor a network).
    const good = JSON.stringify({ version: 1, actors: [{ id: 'a', type: 'expert', name: 'A' }] });
    for (let end = 0; end < good.length; end++)
      expect(
        failureOf(() => normaliseFeed(parseFeedText(good.slice(0, end)))),
        `cut at ${end}`,
      ).to.equal('parse');
    expect(
      failureOf(() => normaliseFeed(parseFeedText(good))),
      'whole',
    ).to.equal(undefined);
  });

  it('returns a network or a classified error for any feed-shaped value, and reads its own output back unchanged', () => {
    fc.assert(
      fc.property(feed, (value) => {
        let network;
        try {
          inputs++;
          // Through JSON text, as a server sends it (JSON has no Infinity or -0).
          network = normaliseFeed(parseFeedText(JSON.stringify(value)));
        } catch (error) {
          if (error instanceof FeedFormatError) return;
          throw error;
        }
        const once = toFeed(network);
        const again = normaliseFeed(parseFeedText(JSON.stringify(once)));
        expect(again.issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
        expect(toFeed(again)).to.deep.equal(once);
        expect(again.actors.map((a) => a.id)).to.deep.equal(network.actors.map((a) => a.id));
      }),
      { numRuns: 1500 },
    );
  });

  it('the counting reader (a counter page) keeps exactly the actors, types and figures of the full reader', () => {
    /** What a counter shows of a network, and what its mf-load event says. */
    const counted = (network: Network): unknown => ({
      actors: network.actors.map((actor) => [actor.id, actor.type, actor.name]),
      hub: network.hub?.id,
      types: [...network.types.values()],
      countsByType: [...network.countsByType],
      stats: [...network.stats],
      info: network.info,
      updated: network.updated?.toISOString(),
    });
    const outcome = (read: () => Network): { failed: string } | { network: Network } => {
      try {
        return { network: read() };
      } catch (error) {
        if (error instanceof FeedFormatError) return { failed: `${error.reason} ${error.message}` };
        throw error;
      }
    };
    const same = (value: unknown): void => {
      inputs++;
      const full = outcome(() => normaliseFeed(value));
      const counts = outcome(() => countFeed(value));
      if ('failed' in full || 'failed' in counts) {
        expect(counts).to.deep.equal(full);
        return;
      }
      expect(counted(counts.network)).to.deep.equal(counted(full.network));
      // What it reports is what the full reader reports about the same values (it looks at fewer).
      const told = new Set(full.network.issues.map((issue) => JSON.stringify(issue)));
      for (const issue of counts.network.issues) expect(told.has(JSON.stringify(issue)), issue.pointer).to.equal(true);
    };
    fc.assert(
      fc.property(feed, (value) => same(JSON.parse(JSON.stringify(value)) as unknown)),
      { numRuns: 1500 },
    );
    fc.assert(fc.property(fc.jsonValue(), same), { numRuns: 500 });
    // The hardening corpus: every field with every wrong value, the special ids, invisible names.
    same(parseFeedText(corpusFeedText()));
  });

  it('normalising objects in memory (the feed property) never throws anything else, even with -0 and Infinity', () => {
    fc.assert(
      fc.property(feed, (value) => classified(() => normaliseFeed(value))),
      { numRuns: 1500 },
    );
  });
});
