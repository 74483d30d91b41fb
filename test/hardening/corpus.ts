/**
 * The hostile corpus: what an attacker, or a careless editor, could put in the feed. Every payload
 * that could run calls `__mfPwned()`, so running code is counted, not guessed.
 */

/** Text payloads, for every text field. */
export const TEXT_VECTORS: readonly string[] = [
  // HTML and SVG
  '<img src=x onerror=__mfPwned()>',
  '<svg onload=__mfPwned()>',
  '<svg><script>__mfPwned()</script></svg>',
  '<script>__mfPwned()</script>',
  '<iframe srcdoc="<script>parent.__mfPwned()</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__mfPwned()>',
  '<details open ontoggle=__mfPwned()>',
  '<body onload=__mfPwned()>',
  '<a href="javascript:__mfPwned()">klik</a>',
  '<object data="javascript:__mfPwned()"></object>',
  '<embed src="javascript:__mfPwned()">',
  '<form><button formaction="javascript:__mfPwned()">x</button></form>',
  '<input autofocus onfocus=__mfPwned()>',
  '<video><source onerror=__mfPwned()></video>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:__mfPwned()">',
  '<template><img src=x onerror=__mfPwned()></template>',
  '<!--<img src=x onerror=__mfPwned()>-->',
  '<noscript><p title="</noscript><img src=x onerror=__mfPwned()>">',
  // Breaking out of attributes and templates
  '" onmouseover="__mfPwned()" x="',
  "' autofocus onfocus='__mfPwned()' x='",
  '"><img src=x onerror=__mfPwned()>',
  '</textarea><img src=x onerror=__mfPwned()>',
  '</title><img src=x onerror=__mfPwned()>',
  '</style><img src=x onerror=__mfPwned()>',
  '${__mfPwned()}',
  '{{constructor.constructor("__mfPwned()")()}}',
  '<%= __mfPwned() %>',
  '#{__mfPwned()}',
  '{{7*7}} [[7*7]] ${7*7}',
  '<!--?lit$1234$-->',
  'lit$0123456789$',
  // Entities, which must show as typed
  '&lt;img src=x onerror=__mfPwned()&gt;',
  '&#60;script&#62;__mfPwned()&#60;/script&#62;',
  '&amp;&quot;&apos;&nbsp;',
  // Direction and invisible characters
  '\u202Egnp.exe\u202C Vereniging',
  '\u2067RTL isolate\u2069 Vereniging',
  '\u200E\u200F\u061C marks',
  'Zero\u200Bwidth\u200Cjoiner\u200Dspaces\uFEFF',
  '\u0000\u0001\u0007\u001B[31mcontrol\u007F',
  'line\u2028separator\u2029paragraph',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301 zalgo',
  // Size and scripts
  `${'Lange naam '.repeat(909)}`.slice(0, 10_000),
  'جمعية الجالية المغربية',
  'Türk Kültür Derneği',
  'ⵜⴰⵎⴰⵣⵉⵖⵜ Amazigh',
  '👩🏽‍🤝‍👩🏿 Samen 🌍',
  // Links in text
  'javascript:__mfPwned()',
  'https://evil.example/',
];

/** URL payloads, for every URL field (logo, website, social links, the network's url). */
export const URL_VECTORS: readonly string[] = [
  'javascript:__mfPwned()',
  'JaVaScRiPt:__mfPwned()',
  ' javascript:__mfPwned()',
  '\tjavascript:__mfPwned()',
  'java\tscript:__mfPwned()',
  'java\nscript:__mfPwned()',
  'java\rscript:__mfPwned()',
  '\u0001javascript:__mfPwned()',
  '\u0000javascript:__mfPwned()',
  '\u00A0javascript:__mfPwned()',
  'javascript&colon;__mfPwned()',
  '&#106;avascript:__mfPwned()',
  '&#x6A;avascript:__mfPwned()',
  '%6Aavascript:__mfPwned()',
  'jav&#x09;ascript:__mfPwned()',
  'xjavascript:__mfPwned()',
  'javascript://%0a__mfPwned()',
  'data:text/html,<script>__mfPwned()</script>',
  'data:image/svg+xml,<svg onload=__mfPwned()>',
  'DATA:text/html;base64,PHNjcmlwdD5fX21mUHdu',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/1',
  'about:blank',
  '//evil.example/x.png',
  '/relative/x.png',
  'x.png',
  'https://user:pass@evil.example/',
  'https://ok.example/x.png 1x, javascript:__mfPwned() 2x',
  'https://ok.example/" onerror="__mfPwned()',
  "https://ok.example/' onerror='__mfPwned()",
  'https://ok.example/<script>__mfPwned()</script>',
  'https://ok.example/\u202Egnp.exe',
  'http://[::1',
  'https://',
  `https://ok.example/${'a'.repeat(10_000)}`,
];

/** Stands for `{"__proto__": {"polluted": true}}`, which only raw JSON text can hold as an own key. */
const PROTO = '\u0000__proto__\u0000';

/** Values of the wrong type, each put in every field in turn. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  '',
  '   ',
  [],
  ['x'],
  {},
  { toString: 'x' },
  PROTO,
  [[[[[]]]]],
];

/** Actor fields that take text, URLs and anything else; each gets every wrong type. */
export const FIELDS = [
  'id',
  'type',
  'name',
  'shortName',
  'description',
  'logo',
  'website',
  'email',
  'phone',
  'social',
  'location',
  'themes',
  'memberOf',
  'since',
] as const;

/** Names with nothing visible in them (zero-width, soft hyphen, word joiner, Hangul filler, C1 control). */
export const INVISIBLE_NAMES = ['\u200B', '\u00AD\u2060', '\u3164', '\u0085', '\u200D\uFEFF', '\u2066\u2069'] as const;

/** Ids that are special words in JavaScript. */
export const SPECIAL_IDS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
] as const;

/** Coordinates no map can draw. JSON.parse turns 1e309 into Infinity. */
export const COORDINATES = ['1e309', '-1e309', '-0', '0', '91', '-181', '1e-400', '"51"', 'null', '[51]'] as const;

/** The corpus as one feed (JSON text, so that `1e309` and `-0` arrive as a server sends them). */
export function corpusFeedText(): string {
  const federation = { id: 'fed-01', type: 'federation', name: 'Federatie Atlas', memberOf: ['network'] };
  const actors: unknown[] = [{ id: 'mf', type: 'network', name: 'Minderhedenforum' }, federation];
  TEXT_VECTORS.forEach((text, index) => {
    actors.push({
      id: `text-${index}`,
      type: index % 3 === 0 ? 'association' : index % 3 === 1 ? 'expert' : 'hostile-type',
      name: text,
      shortName: text,
      description: index % 2 ? text : { nl: text, fr: text, en: text },
      email: `${text}@example.org`,
      phone: text,
      location: { municipality: text, postcode: text, province: 'antwerpen' },
      themes: [text, `thema ${index}`],
      memberOf: ['fed-01'],
    });
  });
  URL_VECTORS.forEach((url, index) => {
    actors.push({
      id: `url-${index}`,
      type: 'organisation',
      name: `URL ${index}`,
      logo: url,
      website: url,
      email: url,
      social: { facebook: url, instagram: url, linkedin: url, x: url, [url.slice(0, 40)]: url },
      memberOf: ['fed-01'],
    });
  });
  let wrong = 0;
  for (const field of FIELDS) {
    for (const value of WRONG_TYPES) {
      const actor: Record<string, unknown> = {
        id: `wrong-${wrong++}`,
        type: 'employer',
        name: `Fout type in ${field}`,
        memberOf: ['fed-01'],
      };
      actor[field] = value;
      actors.push(actor);
    }
  }
  SPECIAL_IDS.forEach((id) => actors.push({ id, type: 'expert', name: `Id ${id}`, memberOf: [id, 'fed-01'] }));
  INVISIBLE_NAMES.forEach((name, index) =>
    actors.push({ id: `invisible-${index}`, type: 'expert', name, memberOf: ['fed-01'] }),
  );
  for (const type of ['toString', 'constructor', 'hasOwnProperty', '__proto__'])
    actors.push({ id: `type-${type}`, type, name: `Soort ${type}`, memberOf: ['fed-01'] });
  const json = JSON.stringify({
    version: 1,
    network: { id: 'mf', name: TEXT_VECTORS[0], url: URL_VECTORS[0] },
    types: [
      {
        id: 'hostile-type',
        label: { nl: TEXT_VECTORS[1], fr: TEXT_VECTORS[2], en: TEXT_VECTORS[3] },
        color: '#123456',
      },
      { id: 'bad-colour', label: 'Kleur', color: 'red;background:url(https://evil.example/x.png)' },
      { id: 'css-colour', label: 'Kleur', color: 'expression(__mfPwned())' },
      // Type ids that are names on every object.
      { id: 'toString', label: 'Soort toString' },
      { id: 'constructor' },
      { id: 'hasOwnProperty', color: '#654321' },
    ],
    actors,
    links: [
      { source: 'text-0', target: 'url-0', kind: TEXT_VECTORS[0] },
      { source: '__proto__', target: 'constructor', kind: TEXT_VECTORS[4] },
      { source: 'fed-01', target: 'toString' },
    ],
    stats: { associations: '1800', federations: -1, experts: 1e308 },
  });
  // Coordinates as raw JSON numbers, which JSON.stringify cannot write.
  const located = COORDINATES.map(
    (value, index) =>
      `{"id":"coord-${index}","type":"association","name":"Coördinaat ${value.replace(/"/g, '')}","memberOf":["fed-01"],` +
      `"location":{"municipality":"Gent","province":"oost-vlaanderen","lat":${value},"lon":${value}}}`,
  );
  return json
    .replace('"actors":[', `"actors":[${located.join(',')},`)
    .replaceAll(JSON.stringify(PROTO), '{"__proto__":{"polluted":true}}')
    .replace('"stats":{', '"stats":{"__proto__":{"polluted":true},"constructor":5,');
}

/** How many (payload, place) pairs the corpus feed holds. */
export function corpusSize(): number {
  // Per text actor: name, shortName, description, email, phone, municipality, postcode, a theme.
  const text = TEXT_VECTORS.length * 8 + 3 /* type labels */ + 2 /* link kinds */ + 1; /* network name */
  // Per URL actor: logo, website, email, four social links and one social network named by the URL.
  const urls = URL_VECTORS.length * 8 + 1; /* network url */
  const types = FIELDS.length * WRONG_TYPES.length;
  const typeIds = 3 + 4; // toString, constructor, hasOwnProperty as type ids; an actor of each (and __proto__)
  return (
    text +
    urls +
    types +
    SPECIAL_IDS.length +
    COORDINATES.length * 2 +
    2 /* type colours */ +
    typeIds +
    INVISIBLE_NAMES.length
  );
}
