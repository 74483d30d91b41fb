import { css } from 'lit';

/**
 * What every element shares. The host resets the inherited properties that host pages commonly
 * set on `body` or containers (text-transform, letter-spacing, text-align…) so the widget looks
 * the same everywhere, while the font family follows the host unless `--mf-font-family` says
 * otherwise. Colours are tokens with light and dark values.
 */
export const baseStyles = css`
  :host {
    --_bg: var(--mf-color-background, #ffffff);
    --_surface: var(--mf-color-surface, #f4f6f8);
    --_text: var(--mf-color-text, #1b1f24);
    --_muted: var(--mf-color-muted, #545d68);
    --_border: var(--mf-color-border, #c9d1d9);
    --_accent: var(--mf-color-accent, #0b57a4);
    --_on-accent: var(--mf-color-on-accent, #ffffff);
    --_danger: var(--mf-color-danger, #b42318);
    --_focus: var(--mf-color-focus, #0b57a4);
    --_radius: var(--mf-radius, 0.5rem);
    --_skeleton: var(--mf-color-skeleton, #e3e8ee);

    /* Inherited properties that a host rule such as * { text-transform: uppercase !important } would
       pass through this element to everything inside: fixed here (an !important of the shadow tree
       wins over one of the page). Not the text spacing (line-height, letter- and word-spacing) nor
       the font size: readers' text-spacing tools (WCAG 1.4.12) and a partner's font-size on the
       element must still reach the text. Colours and fonts are set with the --mf-* tokens. */
    box-sizing: border-box !important;
    color: var(--_text) !important;
    font-family: var(--mf-font-family, inherit);
    font-size: var(--mf-font-size, 1rem);
    font-style: normal !important;
    font-weight: 400;
    line-height: var(--mf-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    overflow-wrap: anywhere !important;
    writing-mode: horizontal-tb !important;
    direction: ltr !important;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='dark']) {
    --_bg: var(--mf-color-background, #15191e);
    --_surface: var(--mf-color-surface, #1f252c);
    --_text: var(--mf-color-text, #eef1f4);
    --_muted: var(--mf-color-muted, #a9b4c0);
    --_border: var(--mf-color-border, #3b444f);
    --_accent: var(--mf-color-accent, #7cb7ff);
    --_on-accent: var(--mf-color-on-accent, #0d1b2a);
    --_danger: var(--mf-color-danger, #ff9b8f);
    --_focus: var(--mf-color-focus, #7cb7ff);
    --_skeleton: var(--mf-color-skeleton, #2a323b);
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_bg: var(--mf-color-background, #15191e);
      --_surface: var(--mf-color-surface, #1f252c);
      --_text: var(--mf-color-text, #eef1f4);
      --_muted: var(--mf-color-muted, #a9b4c0);
      --_border: var(--mf-color-border, #3b444f);
      --_accent: var(--mf-color-accent, #7cb7ff);
      --_on-accent: var(--mf-color-on-accent, #0d1b2a);
      --_danger: var(--mf-color-danger, #ff9b8f);
      --_focus: var(--mf-color-focus, #7cb7ff);
      --_skeleton: var(--mf-color-skeleton, #2a323b);
      color-scheme: dark;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }

  .state--error {
    border-color: var(--_danger);
  }

  .state__message {
    margin: 0;
    flex: 1 1 12em;
  }

  .button {
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.35em 0.9em;
    min-height: 2.25em;
    cursor: pointer;
  }

  .button:hover {
    filter: brightness(1.08);
  }

  .link-button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }

  .link-button[aria-disabled='true'] {
    cursor: default;
    text-decoration: none;
    color: var(--_muted);
  }

  .stale {
    margin: 0.25em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .skeleton {
    display: block;
    border-radius: var(--_radius);
    background: var(--_skeleton);
    animation: mf-pulse 1.6s ease-in-out infinite;
  }

  .skeleton--block {
    height: 3em;
  }

  @keyframes mf-pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
