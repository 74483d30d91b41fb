import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ICONS, icon } from './icons.js';

const SAID_MS = 4000;

/**
 * "Kopieer link" under a selected actor's card: the link goes to the clipboard and a screen reader
 * hears "Link gekopieerd". Where the clipboard is refused (an iframe without permission, an old
 * browser), the link is shown selected in a field, to copy by hand.
 */
export class CopyLink {
  private state: 'idle' | 'copied' | 'manual' = 'idle';
  private url = '';
  private timer = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  private async copy(url: string, button: HTMLElement): Promise<void> {
    clearTimeout(this.timer);
    this.url = url;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.state = 'copied';
      this.timer = window.setTimeout(() => {
        this.state = 'idle';
        this.host.requestUpdate();
      }, SAID_MS);
    } catch {
      this.state = 'manual';
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.state === 'manual') {
      const field = button.parentElement?.querySelector('input');
      field?.focus();
      field?.select();
    }
  }

  /** The button (and, when the clipboard was refused, the link to copy); `link` makes the link. */
  render(link: () => string): TemplateResult {
    const copied = this.state === 'copied';
    return html`<div class="copy-link">
      <button
        class="link-button"
        type="button"
        @click=${(event: Event) => void this.copy(link(), event.currentTarget as HTMLElement)}
      >
        ${icon(ICONS.link)}
        ${copied ? msg('Link gekopieerd', { id: 'link.copied' }) : msg('Kopieer link', { id: 'link.copy' })}
      </button>
      ${
        this.state === 'manual'
          ? html`<label
              >${msg('Kopieer deze link (Ctrl+C of ⌘C):', { id: 'link.manual' })}
              <input
                readonly
                .value=${this.url}
                @focus=${(event: Event) => (event.target as HTMLInputElement).select()}
            /></label>`
          : nothing
      }
      <span class="visually-hidden" role="status">${copied ? msg('Link gekopieerd', { id: 'link.copied' }) : ''}</span>
    </div>`;
  }
}
