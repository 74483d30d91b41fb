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

export function comparePaths(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** Orders two JSON pointers as their places in the document (array indexes as numbers). */
export function comparePointers(a: string, b: string): number {
  const segments = (at: string): Array<string | number> =>
    at
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return comparePaths(segments(a), segments(b));
}
