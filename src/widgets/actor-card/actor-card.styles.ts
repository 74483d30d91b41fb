import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_avatar: var(--mf-card-avatar-size, 3.5rem);
  }

  :host([variant='compact']) {
    --_avatar: var(--mf-card-avatar-size, 2.5rem);
  }

  .card {
    display: grid;
    align-content: start;
    gap: 0.75em;
    padding: var(--mf-card-padding, 1.25em);
    background: var(--mf-card-background, var(--_bg));
    color: var(--_text);
    border: var(--mf-card-border, 1px solid var(--_border));
    border-radius: var(--mf-card-radius, var(--_radius));
    box-shadow: var(--mf-card-shadow, none);
  }

  .card--compact {
    gap: 0.25em;
    padding: var(--mf-card-padding, 0.75em 1em);
  }

  .header {
    display: grid;
    grid-template-columns: var(--_avatar) minmax(0, 1fr);
    gap: 0.25em 0.875em;
    align-items: center;
  }

  .avatar {
    display: grid;
    place-items: center;
    width: var(--_avatar);
    height: var(--_avatar);
    border-radius: 50%;
    overflow: hidden;
    font-weight: 700;
    font-size: calc(var(--_avatar) * 0.38);
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }

  .avatar--logo {
    background: #ffffff;
    border: 1px solid var(--_border);
  }

  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }

  .name {
    margin: 0;
    font-size: var(--mf-card-name-size, 1.25em);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .card--compact .name {
    font-size: var(--mf-card-name-size, 1.0625em);
  }

  .subline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-top: 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em 0.1em 0.45em;
    border: 1px solid var(--_type);
    border-radius: 999px;
    color: var(--_text);
    background: color-mix(in srgb, var(--_type) 10%, var(--_bg));
    font-weight: 600;
  }

  .badge .shape {
    width: 0.95em;
    height: 0.95em;
    color: var(--_type);
  }

  :host([theme='dark']) .badge,
  :host([theme='dark']) .badge .shape {
    --_type: color-mix(in srgb, var(--_type-base) 45%, #ffffff);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .badge,
    :host([theme='auto']) .badge .shape {
      --_type: color-mix(in srgb, var(--_type-base) 45%, #ffffff);
    }
  }

  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.125em;
  }

  .description {
    margin: 0;
    white-space: pre-line;
  }

  .details {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0;
    font-size: 0.9375em;
  }

  .details dt {
    color: var(--_muted);
  }

  .details dd {
    margin: 0;
  }

  .themes,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.8125em;
  }

  .links {
    gap: 0.375em 1em;
  }

  a,
  .link-button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 1.5rem;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  a:hover,
  .link-button:hover {
    text-decoration-thickness: 2px;
  }

  /* The loading state: the card's own boxes, its text invisible, painted line by line as bars. */
  .skeleton-card .badge {
    --_type: var(--_skeleton);
  }

  .skeleton-card .link {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 1.5rem;
  }

  .ghost {
    border-radius: 0.25em;
    background: var(--_skeleton);
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
    animation: mf-pulse 1.6s ease-in-out infinite;
    user-select: none;
  }

  .ghost > span {
    visibility: hidden;
  }
`;
