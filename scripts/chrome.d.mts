/** Path of an installed Chrome or Chromium (CHROME_PATH first), or undefined. */
export function findChrome(): string | undefined;
