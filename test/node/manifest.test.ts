import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface Manifest {
  modules: Array<{
    exports?: Array<{ kind: string; name: string }>;
    declarations?: Array<{ tagName?: string; members?: Array<{ name: string; privacy?: string }> }>;
  }>;
}

const manifest = JSON.parse(
  readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'),
) as Manifest;

test('the manifest documents the public API only (Storybook makes a control of every member)', () => {
  const hidden = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public'))
    .map((member) => member.name);
  assert.deepEqual(hidden, []);
});

test('the manifest says where each tag is defined', () => {
  const defined = new Set(
    manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
    ),
  );
  assert.deepEqual([...defined].sort(), ['mf-actor-card', 'mf-actor-list', 'mf-member-counter', 'mf-network-map']);
});
