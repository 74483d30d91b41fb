/**
 * Runs the builder in a module worker, or in the page when no worker starts (an old browser, a
 * strict Content-Security-Policy without `worker-src`). The worker gets a copy of the bytes,
 * transferred; the page keeps its own, to build again in another language.
 */
import type { Lang } from '../../src/i18n/locale.js';
import type { BuildRequest, Outcome, SheetFile } from './run.js';

export interface Files {
  readonly sheet: SheetFile;
  readonly links?: SheetFile | undefined;
}

interface Pending {
  readonly request: BuildRequest;
  readonly resolve: (outcome: Outcome) => void;
}

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let next = 1;

async function inPage(request: BuildRequest): Promise<Outcome> {
  const { run } = await import('./run.js');
  return run(request);
}

/** Gives up on the worker: what it was doing runs in the page instead. */
function fallBack(reason: unknown): void {
  console.warn('[studio] the builder runs in the page: no worker', reason);
  worker?.terminate();
  worker = null;
  for (const { request, resolve } of pending.values()) void inPage(request).then(resolve);
  pending.clear();
}

function start(): Worker | null {
  try {
    const started = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<Outcome>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      waiting?.resolve(event.data);
    });
    // A worker script that does not load (or a module worker the browser cannot run) ends up here.
    started.addEventListener('error', (event) => {
      event.preventDefault();
      fallBack(event.message || 'the worker did not start');
    });
    return started;
  } catch (error) {
    console.warn('[studio] the builder runs in the page: no worker', error);
    return null;
  }
}

/** Builds the feed from `files`, with the builder's messages in `lang`. */
export function build(files: Files, lang: Lang): Promise<Outcome> {
  const request: BuildRequest = {
    id: next++,
    lang,
    sheet: files.sheet,
    ...(files.links ? { links: files.links } : {}),
  };
  if (worker === undefined) worker = start();
  if (worker === null) return inPage(request);
  const copy = (file: SheetFile): SheetFile => ({ name: file.name, bytes: file.bytes.slice(0) });
  const message: BuildRequest = {
    ...request,
    sheet: copy(files.sheet),
    ...(files.links ? { links: copy(files.links) } : {}),
  };
  return new Promise<Outcome>((resolve) => {
    // Kept with the page's own bytes: if the worker fails, the page builds from them.
    pending.set(request.id, { request, resolve });
    worker!.postMessage(message, [message.sheet.bytes, ...(message.links ? [message.links.bytes] : [])]);
  });
}
