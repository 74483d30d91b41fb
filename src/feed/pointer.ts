/** A JSON pointer (RFC 6901) from path segments: `~` and `/` in a segment are escaped. */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** A short, single-line preview of a value for messages. */
export function preview(value: unknown): string {
  let text: string;
  try {
    // JSON.stringify writes Infinity (from `1e309` in the feed) and NaN as null.
    text =
      typeof value === 'number' && !Number.isFinite(value)
        ? String(value)
        : typeof value === 'string'
          ? JSON.stringify(value)
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
