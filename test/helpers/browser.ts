/**
 * What a test may ask of the browser, the same in Chromium, Firefox and WebKit (the server side is
 * scripts/wtr-engines.mjs). `emulateMedia` and `setViewport` of @web/test-runner-commands speak
 * CDP or Playwright only, and its `sendKeys` over WebDriver types a doubled letter once; these do
 * the same in every engine, and return once the page sees it.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this run drives. */
export const engine = (): Promise<Engine> => executeServerCommand<Engine, undefined>('mf-engine');

/** Types text, or presses one key (`Enter`, `ArrowDown`, `Escape`…), into what has focus. */
export async function sendKeys(keys: { type: string } | { press: string }): Promise<void> {
  await executeServerCommand('mf-send-keys', keys);
}

/** Media features as the system would set them; a feature not named keeps its current value. */
export async function emulateMedia(media: {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}): Promise<void> {
  await executeServerCommand('mf-emulate-media', media);
}

/** The page's viewport (not the window's) in CSS pixels. */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('mf-set-viewport', size);
}

/** A new devicePixelRatio at the same viewport size (Chromium and Firefox; WebKitGTK fixes it at start). */
export async function setPixelRatio(ratio: number): Promise<void> {
  await executeServerCommand('set-pixel-ratio', { ratio });
}
