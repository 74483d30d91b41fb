/**
 * What a test runs writes to the console, and what escapes it into the page (errors and unhandled
 * rejections), collected instead of printed. Lit's dev-mode warnings are still passed on to their
 * guard (lit-warnings.ts), which fails the test: quieting the console never hides them.
 */
import { isLitWarning } from './lit-warnings.js';

export type ConsoleMethod = 'warn' | 'error' | 'groupCollapsed' | 'info';

export interface ConsoleCapture<M extends ConsoleMethod> {
  /** Every line, in order, whichever method wrote it. */
  readonly lines: string[];
  /** The lines per method. */
  readonly by: Readonly<Record<M, string[]>>;
  /** Puts the console back as it was. */
  restore(): void;
}

/** Collects what `methods` write from now until `restore()`. */
export function captureConsole<M extends ConsoleMethod>(methods: readonly M[]): ConsoleCapture<M> {
  const lines: string[] = [];
  const by = Object.fromEntries(methods.map((method) => [method, [] as string[]])) as Record<M, string[]>;
  // The console's methods by name: what no-console cannot follow, and what this helper is for.
  /* eslint-disable no-console */
  const originals = methods.map((method) => [method, console[method]] as const);
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]): void => {
      const line = args.map(String).join(' ');
      lines.push(line);
      by[method].push(line);
      if (method === 'warn' && isLitWarning(line)) original.apply(console, args);
    };
  }
  return {
    lines,
    by,
    restore: () => {
      for (const [method, original] of originals) console[method] = original;
    },
    /* eslint-enable no-console */
  };
}

/** Runs `run` and returns what it wrote with each of `methods` (the console is restored after). */
export async function consoleOf<M extends ConsoleMethod>(
  methods: readonly M[],
  run: () => Promise<unknown>,
): Promise<Readonly<Record<M, string[]>>> {
  const capture = captureConsole(methods);
  try {
    await run();
  } finally {
    capture.restore();
  }
  return capture.by;
}

/** Runs `run` and returns what it wrote with console.warn (the console is restored after). */
export async function warningsOf(run: () => Promise<unknown>): Promise<string[]> {
  return (await consoleOf(['warn'], run)).warn;
}

/** Runs `run` and returns the errors and unhandled rejections that reached the window meanwhile. */
export async function pageErrorsOf(run: () => Promise<unknown>): Promise<Array<ErrorEvent | PromiseRejectionEvent>> {
  const errors: Array<ErrorEvent | PromiseRejectionEvent> = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent): void => void errors.push(event);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
  return errors;
}
