/** What the framework apps of this folder share with test/e2e/frameworks.test.ts. */
export interface HostWindow extends Window {
  /** `widgets-first`: the widgets' script ran before the app rendered; `app-first`: it loads after. */
  __order: 'widgets-first' | 'app-first';
  __events: string[];
  __setLang?: (lang: string) => void;
  __unmount?: () => void;
}

export const host = window as unknown as HostWindow;
host.__events = [];

export const FEED = '/test/e2e/feed.json';

/** A listener that records `<what>:<event type>`. */
export const log =
  (what: string) =>
  (event: Event): void =>
    void host.__events.push(`${what}:${event.type}`);

/** The feed object the apps hand to the card as a prop. */
export const feedObject = async (): Promise<object> => (await (await fetch(FEED)).json()) as object;

/** In `app-first` order, the widgets' script arrives after the app's first render (an async script tag). */
export function loadWidgetsLate(): void {
  if (host.__order !== 'app-first') return;
  setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/mf-widgets.js';
    document.head.append(script);
  }, 50);
}
