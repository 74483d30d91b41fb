import { css } from 'lit';

/** "Kopieer link" (./copy-link.ts) and the field that stands in where the clipboard is refused. */
export const copyLinkStyles = css`
  .copy-link {
    display: grid;
    gap: 0.35em;
    justify-items: start;
    padding: 0.5em var(--_copy-link-inline, 0) 0;
    font-size: 0.875em;
  }

  .copy-link .link-button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }

  .copy-link label {
    display: grid;
    gap: 0.15em;
    width: 100%;
  }

  .copy-link input {
    font: inherit;
    width: 100%;
    padding: 0.3em 0.5em;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
  }
`;
