/**
 * The studio's builder off the main thread: 1,800 rows are read, placed and checked while the page
 * stays responsive. Receives a `BuildRequest` (the file's bytes transferred), posts an `Outcome`.
 */
import { run, type BuildRequest } from './run.js';

self.addEventListener('message', (event: MessageEvent<BuildRequest>) => {
  void run(event.data).then((outcome) => self.postMessage(outcome));
});
