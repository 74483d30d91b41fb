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

/**
 * How the canvas is rasterised. `cpu`: Skia on the CPU (`--disable-gpu`), which keeps up with a
 * scene drawn shape by shape. `gpu`: an emulated GPU (SwiftShader through ANGLE), which behaves as
 * a phone's weak GPU or a locked-down office PC does: every fill and stroke is a GPU operation.
 */
export type RasterMode = 'cpu' | 'gpu';
export const RASTER_MODES: readonly RasterMode[] = ['cpu', 'gpu'];

export const RASTER_LABEL: Record<RasterMode, string> = {
  cpu: 'CPU raster (--disable-gpu)',
  gpu: 'emulated GPU (--use-angle=swiftshader --enable-unsafe-swiftshader)',
};

/** BENCH_FLAGS with the raster mode's flags instead of --disable-gpu. */
export function flagsFor(mode: RasterMode): string[] {
  const common = BENCH_FLAGS.filter((flag) => flag !== '--disable-gpu');
  return mode === 'cpu'
    ? [...common, '--disable-gpu']
    : [...common, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
}

/** `--raster cpu,gpu` (both by default) from a command line. */
export function rasterModesOf(value: string | undefined): RasterMode[] {
  const asked = (value ?? 'cpu,gpu').split(',');
  return RASTER_MODES.filter((mode) => asked.includes(mode));
}
