import { setupWorker } from 'msw/browser';
import { handlers } from '../src/mocks/handlers.js';

// The error-state feeds (/mock-feeds/…) are mocked; the sample feed is a real file. The widgets
// load only once the mock is listening, or their first requests would miss it.
try {
  await setupWorker(...handlers).start({ quiet: true, onUnhandledFrame: 'bypass' });
} catch (error) {
  console.warn('MSW did not start; the /mock-feeds/ examples will fail.', error);
}
await import('../src/index.js');

for (const button of document.querySelectorAll<HTMLButtonElement>('.languages [data-lang]')) {
  button.addEventListener('click', () => document.documentElement.setAttribute('lang', button.dataset['lang'] ?? 'nl'));
}
