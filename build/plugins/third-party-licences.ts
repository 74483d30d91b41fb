import type { Plugin } from 'vite';

/**
 * `dist/THIRD-PARTY-LICENSES.txt`: the licence of every package whose code is in the element
 * build (the other builds hold the same code), from its own package.json and LICENSE file.
 */
export function thirdPartyLicences(): Plugin {
  return {
    name: 'mf-third-party-licences',
    async generateBundle() {
      const { readFileSync, existsSync, readdirSync } = await import('node:fs');
      // Package name → its folder: the last node_modules segment of a module's path (the package
      // itself, also when it is nested in another's).
      const packages = new Map<string, string>();
      for (const id of this.getModuleIds()) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+)\/)/.exec(id);
        if (match) packages.set(match[2]!, match[1]!);
      }
      const sections = [...packages]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, dir]) => {
          const pkg = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as { version: string; license?: string };
          const file = existsSync(dir) ? readdirSync(dir).find((f) => /^licen[cs]e(\.|$)/i.test(f)) : undefined;
          if (!file) this.error(`${name}: no LICENSE file to ship`);
          return `${name}@${pkg.version} (${pkg.license ?? 'see below'})\n\n${readFileSync(dir + file, 'utf8').trim()}\n`;
        });
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `netwerk-widgets bundles code of these packages, under these licences.\n\n${sections.join('\n' + '-'.repeat(72) + '\n\n')}`,
      });
    },
  };
}
