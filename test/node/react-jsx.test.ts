import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface Manifest {
  modules: Array<{
    declarations?: Array<{ name: string; tagName?: string; attributes?: Array<{ name: string }> }>;
  }>;
}

test('the React JSX types (src/react-jsx.ts) name every documented attribute of each element', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'),
  ) as Manifest;
  const source = readFileSync(new URL('../../src/react-jsx.ts', import.meta.url), 'utf8');
  /** The keys of one interface of the file, by name. */
  const keys = (name: string): string[] => {
    const body = new RegExp(`interface ${name}(?:<[^>]*>)?[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1] ?? '';
    return [...body.matchAll(/^\s+'?([\w-]+)'?\?:/gm)].map((m) => m[1]!);
  };
  const common = keys('Common');
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.equal(elements.length, 4);
  for (const element of elements) {
    assert.match(source, new RegExp(`'${element.tagName}': ${element.name}Props;`), element.tagName);
    const typed = new Set([...common, ...keys(`${element.name}Props`)]);
    const missing = (element.attributes ?? []).map((a) => a.name).filter((name) => !typed.has(name));
    assert.deepEqual(missing, [], `${element.tagName}: attributes missing from ${element.name}Props`);
  }
});
