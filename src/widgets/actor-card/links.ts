import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Actor } from '../../feed/types.js';
import { mailtoHref, telHref } from '../../feed/url.js';
import { ICONS, icon } from '../../shared/icons.js';
import { own } from '../../util/own.js';

const SOCIAL_NAMES: Readonly<Record<string, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X',
  twitter: 'X',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
};

/** Website, e-mail, phone and social links; the external ones open in a new tab, and say so. */
export function renderLinks(actor: Actor): TemplateResult | typeof nothing {
  const newTab = msg('(opent in een nieuw tabblad)', { id: 'card.new-tab' });
  const external = (href: string, label: string, path: string, name?: string): TemplateResult =>
    html`<li>
      <a href=${href} target="_blank" rel="noopener noreferrer"
        >${icon(path)}<span dir="auto">${label}</span
        ><span class="visually-hidden">${name ? ` (${name})` : ''} ${newTab}</span></a
      >
    </li>`;
  const mail = mailtoHref(actor.email);
  const tel = telHref(actor.phone);
  const items = [
    actor.website
      ? external(
          actor.website,
          new URL(actor.website).hostname.replace(/^www\./, ''),
          ICONS.globe,
          msg('website', { id: 'card.website' }),
        )
      : nothing,
    mail && actor.email
      ? html`<li>
          <a href=${mail}
            >${icon(ICONS.mail)}<span class="visually-hidden">${msg('E-mail:', { id: 'card.email' })} </span
            >${actor.email}</a
          >
        </li>`
      : nothing,
    tel && actor.phone
      ? html`<li>
          <a href=${tel}
            >${icon(ICONS.phone)}<span class="visually-hidden">${msg('Telefoon:', { id: 'card.phone' })} </span
            >${actor.phone}</a
          >
        </li>`
      : nothing,
    ...actor.social.map((link) => external(link.url, own(SOCIAL_NAMES, link.network) ?? link.network, ICONS.link)),
  ].filter((item) => item !== nothing);
  if (items.length === 0) return nothing;
  return html`<ul part="links" class="links" aria-label=${msg('Contact en links', { id: 'card.links' })}>
    ${items}
  </ul>`;
}
