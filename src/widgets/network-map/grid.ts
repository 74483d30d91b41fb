/**
 * Points bucketed in square cells, for "what is near here" (hit-testing a pointer among 20,000
 * actors). A uniform grid suits the layout's evenly spread actors, and it is a few lines of our
 * own where d3-quadtree brought 2 KB to every page with a map.
 */
export class PointGrid<T extends { readonly x: number; readonly y: number }> {
  private readonly cells = new Map<number, T[]>();

  constructor(
    items: Iterable<T>,
    private readonly size = 32,
  ) {
    for (const item of items) this.add(item);
  }

  /** Adds one item (a caller filling the grid in slices). */
  add(item: T): void {
    const key = this.key(Math.floor(item.x / this.size), Math.floor(item.y / this.size));
    const cell = this.cells.get(key);
    if (cell) cell.push(item);
    else this.cells.set(key, [item]);
  }

  // Cell coordinates of a layout stay far within ±2^20: one number keys both.
  private key(ix: number, iy: number): number {
    return (ix + 1_048_576) * 2_097_152 + (iy + 1_048_576);
  }

  /** Every item in the cells that the square of `reach` around (x, y) touches. */
  *near(x: number, y: number, reach: number): Generator<T> {
    const { size } = this;
    const [x0, x1] = [Math.floor((x - reach) / size), Math.floor((x + reach) / size)];
    const [y0, y1] = [Math.floor((y - reach) / size), Math.floor((y + reach) / size)];
    // A reach that spans more cells than there are: look at every cell once instead.
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.cells.size) {
      for (const cell of this.cells.values()) yield* cell;
      return;
    }
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        const cell = this.cells.get(this.key(ix, iy));
        if (cell) yield* cell;
      }
    }
  }
}
