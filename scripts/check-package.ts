/**
 * The last step of `npm run build`: what package.json promises is there, and TypeScript users of
 * each entry get the element's type and typed events.
 *
 * - Every target of `main`, `module`, `types`, `exports` (every condition) and `bin` exists.
 * - For every element subpath, a consumer file importing only that subpath compiles with
 *   `document.createElement('mf-…')` typed as the element and `mf-load` / `mf-error` /
 *   `mf-actor-select` listeners typed with their details.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  main: string;
  module: string;
  types: string;
  exports: Record<string, string | Record<string, string>>;
  bin: Record<string, string>;
};
const problems: string[] = [];

const targets: Array<[string, string]> = [
  ['main', pkg.main],
  ['module', pkg.module],
  ['types', pkg.types],
  // The licences of the bundled packages travel with the code (the bundles carry no comments).
  ['licences', 'dist/THIRD-PARTY-LICENSES.txt'],
  ...Object.entries(pkg.bin).map(([name, path]): [string, string] => [`bin.${name}`, path]),
];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') targets.push([`exports["${subpath}"]`, target]);
  else
    for (const [condition, path] of Object.entries(target)) targets.push([`exports["${subpath}"].${condition}`, path]);
}
for (const [where, path] of targets) {
  if (!existsSync(join(root, path))) problems.push(`${where}: ${path} does not exist`);
}

const elements: Record<string, string> = {
  'member-counter': 'MfMemberCounter',
  'actor-card': 'MfActorCard',
  'network-map': 'MfNetworkMap',
  'actor-list': 'MfActorList',
};
const dir = join(root, '.cache/consumer');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const files = Object.entries(elements).map(([subpath, className]) => {
  const file = join(dir, `${subpath}.ts`);
  writeFileSync(
    file,
    `import { ${className} } from '${pkg.name}/${subpath}';
const el: ${className} = document.createElement('mf-${subpath}');
el.addEventListener('mf-load', (event) => {
  const actors: number = event.detail.actors;
  const stale: boolean | undefined = event.detail.stale;
  void [actors, stale];
});
el.addEventListener('mf-error', (event) => {
  const reason: 'network' | 'timeout' | 'http' | 'parse' | 'schema' | 'not-found' = event.detail.reason;
  void reason;
});
el.addEventListener('mf-actor-select', (event) => void event.detail.actor.name.toUpperCase());
export {};
`,
  );
  return file;
});
// React 19 + TypeScript with the opt-in JSX types: attributes, properties and handlers type-check.
const tsx = join(dir, 'react.tsx');
writeFileSync(
  tsx,
  `import '${pkg.name}';
import type {} from '${pkg.name}/react-jsx';
export const ok = (
  <>
    <mf-member-counter src="feed.json" metric="associations" format="plus" duration={0} />
    <mf-actor-card actor-id="fed-01" variant="compact" heading-level={2} onmf-actor-select={(event) => event.detail.actor.name} />
    <mf-network-map src="feed.json" view="geo" onmf-load={(event) => event.detail.actors.toFixed()} />
    <mf-actor-list feed={{ actors: [] }} query="atlas" expanded="fed-01" theme="dark" />
  </>
);
// @ts-expect-error: not a variant
export const wrong = <mf-actor-card variant="huge" />;
`,
);
files.push(tsx);

// Vue 3 with the opt-in types. vue-tsc (Volar's checker of .vue files) is not a dependency here, so
// this checks what it reads: GlobalComponents[tag]'s $props is what a template's attributes and
// @mf-* listeners (compiled to onMf* props) are checked against, and h() takes the same.
const vue = join(dir, 'vue.ts');
writeFileSync(
  vue,
  `import '${pkg.name}';
import type {} from '${pkg.name}/vue';
import { defineComponent, h, reactive, ref, type GlobalComponents } from 'vue';
type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
// <mf-actor-card actor-id="fed-01" variant="compact" heading-level="2" class="partner" @mf-actor-select="…" />
export const card: PropsOf<'mf-actor-card'> = {
  'actor-id': 'fed-01',
  variant: 'compact',
  'heading-level': '2',
  class: 'partner',
  onMfActorSelect: (event) => event.detail.actor.name.toUpperCase(),
};
export const counter: PropsOf<'mf-member-counter'> = {
  src: 'feed.json',
  metric: 'associations',
  format: 'plus',
  duration: 0,
  onMfLoad: (event) => event.detail.actors.toFixed(),
};
export const map: PropsOf<'mf-network-map'> = { view: 'geo', onMfError: (event) => event.detail.reason.toUpperCase() };
export const list: PropsOf<'mf-actor-list'> = { feed: reactive({ actors: [] }), query: 'atlas', theme: 'dark' };
// @ts-expect-error: not a variant
export const wrong: PropsOf<'mf-actor-card'> = { variant: 'huge' };
// @ts-expect-error: the counter fires no mf-actor-select
export const noSelect: PropsOf<'mf-member-counter'> = { onMfActorSelect: () => undefined };
declare const components: GlobalComponents;
export const App = defineComponent({
  setup() {
    // A template ref is the element.
    const el = ref<InstanceType<GlobalComponents['mf-actor-card']>>();
    const name = (): string | undefined => el.value?.actorId;
    return () => [
      h(components['mf-actor-card'], { 'actor-id': 'fed-01', onMfActorSelect: (event) => event.detail.id }),
      // @ts-expect-error: not a view
      h(components['mf-network-map'], { view: 'tree' }),
      name(),
    ];
  },
});
`,
);
files.push(vue);

const program = ts.createProgram(files, {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  skipLibCheck: true,
});
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const where = diagnostic.file
    ? `${diagnostic.file.fileName.replace(root, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
    : '';
  problems.push(`${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}

if (problems.length > 0) {
  console.error(`package check: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(
    `package check: ${targets.length} package.json targets exist; each of ${files.length - 2} element entries types its element and events; the React JSX and Vue types check`,
  );
}
