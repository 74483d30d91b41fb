import { fileURLToPath } from 'node:url';

/** A path in the project, written from its root (the folder above build/): `fromRoot('./dist/')`. */
export const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
