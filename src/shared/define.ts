/**
 * Registers a tag once. Embed scripts are often loaded twice on one page (a theme and a plugin
 * both add it, or the ES and the classic bundle meet); the second registration is a no-op.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // Lost a race with another copy registering the same tag: that copy serves the page.
    if (!customElements.get(tag)) console.error(`[mf-widgets] could not register <${tag}>`, error);
  }
}
