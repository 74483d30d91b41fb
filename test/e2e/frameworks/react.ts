/**
 * A partner's React 19 app: the four elements rendered by React, with React's props and
 * `onmf-*` handlers, a feed object handed down as a prop, a language switch and an unmount.
 */
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FEED, feedObject, host, loadWidgetsLate, log } from './host.js';

function App({ feed }: { feed: object }) {
  const [lang, setLang] = useState('nl');
  const [selected, setSelected] = useState('');
  host.__setLang = setLang;
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
    h('mf-actor-list', { src: FEED, lang }),
    h('p', { id: 'selected' }, selected),
  );
}

const root = createRoot(document.getElementById('root')!);
root.render(h(App, { feed: await feedObject() }));
host.__unmount = () => root.unmount();
loadWidgetsLate();
