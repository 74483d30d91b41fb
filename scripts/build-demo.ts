/**
 * `npm run build:demo`: the demo as static files in `dist-demo/`, to host anywhere (for example for
 * CMS editors who use the configurator without Node): the partner page, the configurator and the
 * feed studio (with the spreadsheet templates), the sample feed, the built widgets under `dist/`
 * (the configurator's snippets point there, and it reads the elements' manifest there) and MSW's
 * worker for the error-state examples.
 */
import { cpSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist-demo/`;
if (!existsSync(`${root}dist/mf-widgets.js`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
// The configurator reads the elements' defaults from dist/custom-elements.json (build:lib alone has none).
if (!existsSync(`${root}dist/custom-elements.json`))
  execFileSync('npm', ['run', 'build:manifest', '--silent'], { cwd: root, stdio: 'inherit' });
if (!existsSync(`${root}demo/public/feeds/sample.json`))
  execFileSync('npm', ['run', 'sample'], { cwd: root, stdio: 'inherit' });
await build({ configFile: `${root}vite.config.ts`, mode: 'production' });
// The code and data a page loads; not the type declarations or the CLI.
cpSync(`${root}dist/`, `${out}dist/`, {
  recursive: true,
  filter: (path) => !/\/dist\/(types|cli)(\/|$)/.test(path),
});
cpSync(`${root}node_modules/msw/lib/mockServiceWorker.js`, `${out}mockServiceWorker.js`);
// The spreadsheet templates that the feed studio links (./templates/netwerk.xlsx).
if (existsSync(`${root}templates/`)) cpSync(`${root}templates/`, `${out}templates/`, { recursive: true });
console.log(`demo written to ${out} (serve it over HTTP: npx vite preview)`);
