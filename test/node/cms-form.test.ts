import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ATTRIBUTES, SHARED_ATTRIBUTES } from '../../src/shared/cms-form.js';

interface Manifest {
  modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
}

test('the CMS-safe form carries every documented attribute of each element, and nothing else', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'),
  ) as Manifest;
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(tags.map((d) => d.tagName!.slice(3)).sort(), Object.keys(ATTRIBUTES).sort());
  for (const declaration of tags) {
    const documented = (declaration.attributes ?? []).map((a) => a.name).sort();
    const carried = [...SHARED_ATTRIBUTES, ...ATTRIBUTES[declaration.tagName!.slice(3)]!].sort();
    assert.deepEqual(carried, documented, declaration.tagName);
  }
});
