import { setupWorker } from 'msw/browser';
import { handlers } from '../src/mocks/handlers.js';
import '../src/index.js';

// The error-state feeds (/mock-feeds/…) are mocked; the sample feed is a real file.
void setupWorker(...handlers)
  .start({ quiet: true, onUnhandledFrame: 'bypass' })
  .catch((error: unknown) => console.warn('MSW did not start; the /mock-feeds/ examples will fail.', error));

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => document.documentElement.setAttribute('lang', button.dataset['lang'] ?? 'nl'));
}
