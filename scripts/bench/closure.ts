import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * A built file and every file it imports, statically (and, with `lazy`, dynamically too), found by
 * reading the relative import specifiers of the minified output.
 */
export function importClosure(file: string, lazy: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const statics = [...code.matchAll(/(?:import|export)\s*(?:[\w*${}\s,]*?from\s*)?["'](\.[^"']+)["']/g)].map(
    (m) => m[1]!,
  );
  const dynamics = lazy ? [...code.matchAll(/import\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!) : [];
  for (const spec of [...statics, ...dynamics]) importClosure(resolve(dirname(file), spec), lazy, seen);
  return seen;
}
