/**
 * The only way a feed string becomes a link. The browser's own URL parser canonicalises the value
 * first (it strips leading controls and spaces, tabs and newlines inside the scheme, and lowercases
 * it), so what is checked is exactly what a click would open: `" JaVa\tScript:…"` is `javascript:`
 * and is refused; `"&#106;avascript:"` or `"%6Aavascript:"` have no scheme and are refused too.
 */
const WEB = new Set(['http:', 'https:']);

export function safeHttpUrl(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (!WEB.has(url.protocol)) return undefined;
  // `https://bank.example@evil.example/` shows one host and opens another.
  if (url.username !== '' || url.password !== '') return undefined;
  return url.href;
}

/** `mailto:` for an address the schema accepted; undefined for anything else. */
export function mailtoHref(email: string | undefined): string | undefined {
  if (email === undefined || !/^[^\s@:/?#]+@[^\s@:/?#]+$/.test(email)) return undefined;
  return `mailto:${email}`;
}

/** `tel:` with only the digits and a leading plus. */
export function telHref(phone: string | undefined): string | undefined {
  if (phone === undefined) return undefined;
  const digits = phone.replace(/[^0-9+]/g, '').replace(/(?!^)\+/g, '');
  return /^\+?[0-9]{6,20}$/.test(digits) ? `tel:${digits}` : undefined;
}
