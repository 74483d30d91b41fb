import type { Budget, BudgetId } from './budgets.js';

export interface SizeCheck {
  /** The table, one line per budget (what, budget, now, floor, verdict). */
  readonly lines: string[];
  /** Budgets exceeded that fail the check, by id. */
  readonly failed: BudgetId[];
  /** Budgets exceeded but not enforced (listed with their reason in `NOT_ENFORCED`). */
  readonly tolerated: BudgetId[];
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(2);

/**
 * Compares measured sizes (bytes, gzip -9) with their budgets (KB). A budget over its figure fails
 * unless `notEnforced` names it, with a reason; that one is reported as over, with the reason.
 */
export function checkSizes(
  budgets: readonly Budget[],
  bytes: Readonly<Record<BudgetId, number>>,
  notEnforced: Readonly<Partial<Record<BudgetId, string>>>,
  floorKb: number,
): SizeCheck {
  const width = Math.max(4, ...budgets.map((b) => b.what.length));
  const lines = [`${'what'.padEnd(width)}  ${'budget'.padStart(7)}  ${'now'.padStart(7)}  ${'floor'.padStart(6)}`];
  const failed: BudgetId[] = [];
  const tolerated: BudgetId[] = [];
  for (const budget of budgets) {
    const now = bytes[budget.id];
    const over = now - budget.kb * 1024;
    let verdict = over <= 0 ? `ok (${kb(-over)} KB to spare)` : `OVER by ${kb(over)} KB`;
    if (over > 0) {
      const why = notEnforced[budget.id];
      if (why) {
        tolerated.push(budget.id);
        verdict += ` (not enforced: ${why})`;
      } else failed.push(budget.id);
    }
    lines.push(
      `${budget.what.padEnd(width)}  ${budget.kb.toFixed(2).padStart(7)}  ${kb(now).padStart(7)}  ${floorKb.toFixed(1).padStart(6)}  ${verdict}`,
    );
  }
  return { lines, failed, tolerated };
}
