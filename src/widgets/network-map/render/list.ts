import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../../shared/style-props.js';
import type { Lang } from '../../../i18n/locale.js';

export interface ListInput {
  readonly feed: unknown;
  readonly src: string | undefined;
  readonly lang: Lang;
  readonly theme: string | undefined;
  readonly query: string;
  readonly types: string | undefined;
  readonly federation: string | undefined;
  readonly selected: string | undefined;
  readonly select: (event: CustomEvent<{ id: string }>) => void;
}

/** The list view: the directory of the same data, with what the reader chose on the map. */
export function renderList(input: ListInput): TemplateResult {
  return html`<mf-actor-list
    class="stage"
    .feed=${input.feed}
    src=${input.feed ? nothing : (input.src ?? nothing)}
    lang=${input.lang}
    theme=${input.theme ?? nothing}
    query=${input.query}
    types=${input.types ?? nothing}
    federation=${input.federation ?? nothing}
    expanded=${input.selected ?? nothing}
    ${styleProps({ '--mf-list-height': '100%', '--mf-list-border': '0' })}
    @mf-actor-select=${input.select}
    @mf-load=${(event: Event) => event.stopPropagation()}
    @mf-error=${(event: Event) => event.stopPropagation()}
  ></mf-actor-list>`;
}
