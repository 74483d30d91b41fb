/**
 * The same app in Vue 3, written as the README shows it: a template with `:prop` bindings and
 * `@mf-*` listeners, the `mf-` tags declared as custom elements.
 */
import { createApp, ref } from 'vue';
import { FEED, feedObject, host, loadWidgetsLate, log } from './host.js';

const feed = await feedObject();
const app = createApp({
  setup() {
    const lang = ref('nl');
    const selected = ref('');
    host.__setLang = (value) => void (lang.value = value);
    const select = (event: CustomEvent<{ id: string }>): void => void (selected.value = event.detail.id);
    return { FEED, feed, lang, selected, select, log };
  },
  template: `<main>
    <mf-member-counter :src="FEED" metric="federations" duration="0" :lang="lang" @mf-load="log('counter')($event)"></mf-member-counter>
    <mf-actor-card :feed="feed" actor-id="assoc-0003" :lang="lang" @mf-load="log('card')($event)" @mf-actor-select="select"></mf-actor-card>
    <mf-network-map :src="FEED" :lang="lang" style="--mf-map-height: 20rem"></mf-network-map>
    <mf-actor-list :src="FEED" :lang="lang"></mf-actor-list>
    <p id="selected">{{ selected }}</p>
  </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('mf-');
app.mount('#root');
host.__unmount = () => app.unmount();
loadWidgetsLate();
