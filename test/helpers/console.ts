/** Runs `run` and returns what it wrote with console.warn (the console is restored after). */
export async function warningsOf(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}
