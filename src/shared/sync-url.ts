import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Synced, UrlStateSpec, Values } from './url-state.js';

/**
 * The `sync-url` attribute's glue: the address code (./url-state.ts) is a lazy chunk that loads
 * only on elements that have the attribute; without it nothing here touches the address.
 */
export class SyncUrl {
  private synced?: Synced;
  private started = false;

  constructor(
    private readonly host: ReactiveElement & HTMLElement,
    private readonly spec: UrlStateSpec,
  ) {}

  /** Call as the host updates: starts keeping the address once `sync-url` is on. */
  start(): void {
    if (this.started || !this.spec.enabled()) return;
    this.started = true;
    import('./url-state.js').then(
      ({ attach }) => {
        this.synced = attach(this.host, this.spec);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.started = false;
        console.error('[mf-widgets] sync-url: could not load the address code; the address is left alone', error);
      },
    );
  }

  /** "Copy link" for a link showing `values` (a selected actor); nothing without `sync-url`. */
  renderCopyLink(values: Values): TemplateResult | typeof nothing {
    const synced = this.synced;
    if (!synced || !this.spec.enabled()) return nothing;
    return synced.copy.render(() => synced.state.link(values));
  }
}
