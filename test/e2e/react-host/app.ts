/**
 * A partner's React 19 app (built by vite.config.ts in this folder into .cache/react-host/):
 * the four elements rendered by React, with React's own props and event handlers, a feed object
 * handed down as a prop, a language switch and an unmount. `window.__order` says whether the
 * widgets' script ran before React rendered (`widgets-first`) or loads afterwards (`app-first`,
 * as with an async script tag).
 */
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface HostWindow extends Window {
  __order: 'widgets-first' | 'app-first';
  __events: string[];
  __setLang?: (lang: string) => void;
  __unmount?: () => void;
}
const host = window as unknown as HostWindow;
host.__events = [];
const FEED = '/test/e2e/feed.json';

function App({ feed }: { feed: object }) {
  const [lang, setLang] = useState('nl');
  const [selected, setSelected] = useState('');
  host.__setLang = setLang;
  const log = (what: string) => (event: Event) => void host.__events.push(`${what}:${event.type}`);
  return h(
    'main',
    null,
    h('mf-member-counter', { src: FEED, metric: 'federations', duration: '0', lang, 'onmf-load': log('counter') }),
    h('mf-actor-card', {
      feed,
      'actor-id': 'assoc-0003',
      lang,
      'onmf-load': log('card'),
      'onmf-actor-select': (event: CustomEvent<{ id: string }>) => setSelected(event.detail.id),
    }),
    h('mf-network-map', { src: FEED, lang, style: { '--mf-map-height': '20rem' } }),
    h('mf-actor-list', { src: FEED, lang, 'onmf-error': log('list') }),
    h('p', { id: 'selected' }, selected),
  );
}

const feed = (await (await fetch(FEED)).json()) as object;
const root = createRoot(document.getElementById('root')!);
root.render(h(App, { feed }));
host.__unmount = () => root.unmount();
if (host.__order === 'app-first') {
  // The widgets' script arrives after React's first render (an async script tag).
  setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/mf-widgets.js';
    document.head.append(script);
  }, 50);
}
