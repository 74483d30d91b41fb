/**
 * Chromium flags for every benchmark: no sandbox (root), no GPU, and frames not held to the
 * display's rate, so that a frame's time is the work it took.
 */
export const BENCH_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
  '--disable-gpu-vsync',
  '--disable-frame-rate-limit',
  '--js-flags=--expose-gc',
];
