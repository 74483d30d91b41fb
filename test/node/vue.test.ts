import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface Manifest {
  modules: Array<{
    declarations?: Array<{
      name: string;
      tagName?: string;
      attributes?: Array<{ name: string }>;
      events?: Array<{ name: string }>;
    }>;
  }>;
}

/** `mf-actor-select` → `onMfActorSelect`: the prop Vue compiles `@mf-actor-select` to. */
const handlerProp = (event: string): string =>
  `on${event.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;

test('the Vue types (src/vue.ts) name every documented attribute and event of each element', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'),
  ) as Manifest;
  const source = readFileSync(new URL('../../src/vue.ts', import.meta.url), 'utf8');
  /** The keys of one interface of the file and of those it extends, by name. */
  const keys = (name: string): string[] => {
    const match = new RegExp(`interface ${name}(?: extends ([^{]*))?\\s*\\{([\\s\\S]*?)\\n\\}`).exec(source);
    assert.ok(match, `interface ${name} in src/vue.ts`);
    const parents = (match[1] ?? '')
      .split(',')
      .map((parent) => parent.trim())
      .filter(Boolean);
    return [...[...match[2]!.matchAll(/^\s+'?([\w-]+)'?\?:/gm)].map((m) => m[1]!), ...parents.flatMap(keys)];
  };
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.equal(elements.length, 4);
  for (const element of elements) {
    assert.match(
      source,
      new RegExp(`'${element.tagName}': MfVueElement<${element.name}, ${element.name}VueProps>;`),
      element.tagName,
    );
    const typed = new Set(keys(`${element.name}VueProps`));
    const missing = [
      ...(element.attributes ?? []).map((a) => a.name),
      ...(element.events ?? []).map((e) => handlerProp(e.name)),
    ].filter((name) => !typed.has(name));
    assert.deepEqual(missing, [], `${element.tagName}: missing from ${element.name}VueProps`);
    // And nothing typed that the element does not fire.
    const fired = new Set((element.events ?? []).map((e) => handlerProp(e.name)));
    const extra = [...typed].filter((name) => /^onMf/.test(name) && !fired.has(name));
    assert.deepEqual(extra, [], `${element.tagName}: events typed that it does not fire`);
  }
});
