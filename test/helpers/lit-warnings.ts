/**
 * Fails the test in which Lit's dev mode warns (an update scheduled after an update, a missing
 * reflect, a bad binding…). Lit logs these through console.warn with a lit.dev/msg link; the
 * one-time "Lit is in dev mode" notice is not a problem.
 */
const warnings: string[] = [];
const { warn } = console;

/** Whether a console line is one of Lit's dev-mode warnings (a test that quiets the console passes these on). */
export const isLitWarning = (text: string): boolean =>
  text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode');

console.warn = (...args: unknown[]): void => {
  const text = args.map(String).join(' ');
  if (isLitWarning(text)) warnings.push(text);
  warn.apply(console, args);
};

afterEach(function () {
  if (warnings.length === 0) return;
  const found = warnings.splice(0);
  // The hook's Runnable#error fails the test that just ran (a throw here would stop the whole suite).
  const test = this.test as unknown as { error(error: Error): void } | undefined;
  test?.error(new Error(`Lit dev-mode warning(s):\n${found.join('\n')}`));
});
