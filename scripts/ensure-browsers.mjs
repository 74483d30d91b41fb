/**
 * Run before the browser tests: makes sure Chromium, Firefox and WebKit are there (or only the
 * engines named: `node scripts/ensure-browsers.mjs --browsers firefox`). On Debian or Ubuntu as
 * root it installs what is missing with apt-get; elsewhere it says exactly what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  DEBIAN_PACKAGES,
  ENV_PATHS,
  INSTALL_HINTS,
  LABELS,
  findEngine,
  findWebKit,
  parseBrowsers,
} from './browsers.mjs';

let engines;
try {
  ({ engines } = parseBrowsers(process.argv.slice(2)));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const report = (engine) => console.log(`${LABELS[engine].padEnd(32)} ${findEngine(engine)}`);
let missing = engines.filter((engine) => !findEngine(engine));

// A path set by hand that leads nowhere is a mistake to fix, not a reason to install.
for (const engine of missing) {
  const variable = ENV_PATHS[engine].find((name) => process.env[name]);
  if (variable) {
    console.error(`${variable} is set to ${process.env[variable]}, but ${LABELS[engine]} cannot run from there.`);
    process.exit(1);
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (missing.length > 0 && isRoot && existsSync('/usr/bin/apt-get')) {
  const packages = missing.flatMap((engine) => DEBIAN_PACKAGES[engine]);
  console.log(`Missing: ${missing.map((e) => LABELS[e]).join(', ')}. Installing ${packages.join(' ')} with apt-get…`);
  try {
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`,
      { stdio: 'inherit', shell: '/bin/sh' },
    );
  } catch {
    console.error(`apt-get could not install ${packages.join(' ')}.`);
  }
  missing = engines.filter((engine) => !findEngine(engine));
}

for (const engine of engines.filter((e) => !missing.includes(e))) report(engine);
if (missing.length === 0) process.exit(0);

console.error('\nThe browser tests need these engines, and they were not found:');
for (const engine of missing) {
  const detail = engine === 'webkit' ? ` (missing: ${findWebKit().missing.join(', ')})` : '';
  console.error(`\n${LABELS[engine]}${detail}. Install:\n${INSTALL_HINTS[engine]}`);
}
console.error(
  `\nOr run the others only: npm run test:browser -- --browsers ${engines.filter((e) => !missing.includes(e)).join(',') || 'chromium'}`,
);
process.exit(1);
