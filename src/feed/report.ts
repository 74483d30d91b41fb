import type { FeedIssue } from './types.js';

const SHOWN = 100;

/**
 * Reports a feed's problems once, as one collapsed console group: the headline says how much was
 * kept, each line gives the JSON pointer and what was wrong.
 */
export function reportIssues(source: string, issues: readonly FeedIssue[]): void {
  if (issues.length === 0) return;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const parts = [
    errors && `${errors} problem${errors === 1 ? '' : 's'}`,
    warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`,
  ];
  console.groupCollapsed(
    `[mf-widgets] feed ${source}: ${parts.filter(Boolean).join(', ')}; everything else is shown. Check it with: npx mf-feed validate ${source}`,
  );
  for (const issue of issues.slice(0, SHOWN)) {
    const line = `${issue.pointer}: ${issue.message}`;
    if (issue.severity === 'error') console.warn(line);
    else console.info(line);
  }
  if (issues.length > SHOWN) console.warn(`… and ${issues.length - SHOWN} more`);
  console.groupEnd();
}
