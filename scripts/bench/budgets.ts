/**
 * The size budgets (issue 17, "Size budgets (decision)"): gzip -9, in KB of 1,024 bytes, each
 * file compressed on its own as a server sends it. The one place they live: `npm run size`
 * (scripts/check-size.ts) checks them in CI and `npm run bench` prints them.
 */
export type BudgetId = 'counter' | 'card' | 'map' | 'list' | 'counter-page' | 'bundle';

export interface Budget {
  readonly id: BudgetId;
  readonly what: string;
  readonly kb: number;
}

export const BUDGETS: readonly Budget[] = [
  { id: 'counter', what: 'mf-member-counter.js + static imports', kb: 13 },
  { id: 'card', what: 'mf-actor-card.js + static imports', kb: 17.5 },
  { id: 'map', what: 'mf-network-map.js + static imports', kb: 40 },
  { id: 'list', what: 'mf-actor-list.js + static imports', kb: 23.5 },
  { id: 'counter-page', what: 'a page with one counter via mf-loader.js, every file', kb: 22 },
  { id: 'bundle', what: 'mf-widgets.js (self-contained)', kb: 75 },
];

/**
 * Budgets that are over and, for now, reported without failing the check, each with why. Empty
 * means every budget is enforced; an id here is a debt, not a new budget.
 */
export const NOT_ENFORCED: Partial<Record<BudgetId, string>> = {
  card: 'the loading state that keeps the page still (issue 17 part 2), the heading level (part 3) and the place labels came after the budget; the savings took back 1.8 KB. A decision: these or 17.5',
  bundle:
    "every element and data table in one file: issue 18's place search with its postcode table (8.4 KB), sync-url, the map's groups and bitmap cache came after the budget",
};

/**
 * Lit + @lit/localize with one trivial element (scripts/bench/floor.ts), gzip -9: the floor under
 * every element. `npm run bench` measures it afresh and says when this figure is out of date;
 * `npm run size` builds nothing, so it prints this one.
 */
export const FLOOR_KB = 6.8;
