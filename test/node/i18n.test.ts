import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { LANGS } from '../../src/i18n/locale.js';

const config = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8')) as {
  sourceLocale: string;
  targetLocales: string[];
};

test('every language of lit-localize.json is one the elements accept (LANGS in src/i18n/locale.ts)', () => {
  assert.deepEqual([...LANGS].sort(), [config.sourceLocale, ...config.targetLocales].sort());
});

for (const lang of config.targetLocales) {
  test(`xliff/${lang}.xlf translates every message`, () => {
    const xliff = readFileSync(new URL(`../../xliff/${lang}.xlf`, import.meta.url), 'utf8');
    const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    assert.ok(units.length > 30);
    const untranslated = units
      .filter(([, , body]) => !/<target>[\s\S]+?<\/target>/.test(body ?? ''))
      .map(([, id]) => id);
    assert.deepEqual(untranslated, []);
  });

  test(`the generated ${lang} catalog is in step with xliff/${lang}.xlf`, () => {
    const xliff = readFileSync(new URL(`../../xliff/${lang}.xlf`, import.meta.url), 'utf8');
    const catalog = readFileSync(new URL(`../../src/i18n/generated/${lang}.ts`, import.meta.url), 'utf8');
    for (const [, id] of xliff.matchAll(/<trans-unit id="([^"]+)">/g)) {
      assert.ok(
        catalog.includes(`'${id}'`),
        `${id} missing from src/i18n/generated/${lang}.ts: run npm run i18n:build`,
      );
    }
  });
}
