/** Rows rendered beyond those in view, each side. */
const OVERSCAN = 6;

/**
 * The directory's rows as laid out: every row as high as the first one measured, the opened row
 * as high as it measures. Only the rows in view (and a few more) are in the page.
 */
export class RowWindow {
  rowHeight = 68;
  expandedHeight = 0;
  /** The scroller's height. */
  viewport = 600;

  /** Offset of row `index` from the top, with the expanded row taller than the others. */
  offsetOf(index: number, expandedIndex: number): number {
    const extra = expandedIndex >= 0 && index > expandedIndex ? Math.max(0, this.expandedHeight - this.rowHeight) : 0;
    return index * this.rowHeight + extra;
  }

  /** The first and the end index of the rows to render when scrolled by `scrolled`. */
  range(scrolled: number, total: number, expandedIndex: number): [number, number] {
    const row = this.rowHeight;
    let first = Math.max(0, Math.floor(scrolled / row) - OVERSCAN);
    if (expandedIndex >= 0 && expandedIndex < first && this.offsetOf(first, expandedIndex) > scrolled)
      first = Math.max(0, Math.floor((scrolled - (this.expandedHeight - row)) / row) - OVERSCAN);
    return [first, Math.min(total, first + Math.ceil((this.viewport + this.expandedHeight) / row) + 2 * OVERSCAN)];
  }

  /** Where to scroll (from `scrollTop`, showing `shown` pixels) so that row `index` is in view. */
  scrollTopFor(index: number, expandedIndex: number, scrollTop: number, shown: number): number {
    const top = this.offsetOf(index, expandedIndex);
    const height = index === expandedIndex ? this.expandedHeight : this.rowHeight;
    if (top < scrollTop) return top;
    if (top + height > scrollTop + shown) return top + height - shown;
    return scrollTop;
  }

  /** The row a navigation key leads to from row `index` of `count`; undefined for any other key. */
  keyTarget(key: string, index: number, count: number): number | undefined {
    const page = Math.max(1, Math.floor(this.viewport / this.rowHeight) - 1);
    const to: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: count - 1,
      PageDown: index + page,
      PageUp: index - page,
    };
    return key in to ? Math.max(0, Math.min(count - 1, to[key]!)) : undefined;
  }
}
