/**
 * The staff's road, measured: `mf-feed build` of a 20,000-row sheet (CSV and XLSX, the stress
 * network exported as the staff would keep it), wall time of the command as they run it; and how
 * many of the sample network's places the resolver understands.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { resolvePlace } from '../../src/geo/places.js';
import { generateSample, generateStress } from '../../src/mocks/sample.js';
import { toCsv, toSheet, toXlsx } from '../../src/sheet/export.js';
import { makeLookups } from '../../src/sheet/lookups.js';

export async function benchSheets(root: string, out: string): Promise<void> {
  const dir = join(out, 'sheets');
  mkdirSync(dir, { recursive: true });
  const sheet = toSheet(normaliseFeed(generateStress()), await makeLookups());
  const files = {
    csv: join(dir, 'stress.csv'),
    xlsx: join(dir, 'stress.xlsx'),
  };
  writeFileSync(files.csv, toCsv(sheet.actors));
  writeFileSync(files.xlsx, toXlsx(sheet));
  const bin = join(root, 'bin/mf-feed.js');

  console.log(
    `\nmf-feed build, ${sheet.actors.length - 1} rows (wall time of the command, ms; median of 3; target ≤ 3000)`,
  );
  for (const [format, file] of Object.entries(files)) {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      try {
        execFileSync(process.execPath, [bin, 'build', file, '-o', join(dir, `out-${format}.json`)], { stdio: 'pipe' });
      } catch (error) {
        // Exit 1 (rows with problems) still writes the feed; anything else is a failure of the bench.
        if ((error as { status?: number }).status !== 1) throw error;
      }
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[1]!;
    console.log(`${format.padEnd(8)}${median.toFixed(0).padStart(8)}`);
  }

  // Places: every actor of the sample that says where it is, by its municipality name alone.
  const sample = generateSample();
  let asked = 0;
  let resolved = 0;
  for (const actor of sample.actors) {
    const location = actor['location'] as { municipality?: string } | undefined;
    if (!location?.municipality) continue;
    asked++;
    if (resolvePlace({ municipality: location.municipality }).resolved) resolved++;
  }
  // And every postal place of Flanders and Brussels as "postcode place", as the staff write it.
  const { POSTCODES } = await import('../../src/geo/postcodes.js');
  const exact = POSTCODES.filter(
    ([postcode, name, nis]) => resolvePlace({ postcode, place: name }).resolved?.municipality.nis === nis,
  ).length;
  console.log(
    `\nPlaces: ${resolved} of ${asked} sample actors with a place resolved; ${exact} of ${POSTCODES.length} "postcode + postal place" pairs to their own municipality`,
  );
}
