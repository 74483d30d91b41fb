/**
 * Lenient validation: an item (an actor, a link, a type) checked against its schema, where a
 * problem under a required key rejects the item and any other problem drops just that value.
 * Every problem is reported once, with its JSON pointer.
 */
import { safeParse, type Issue, type Key, type Schema } from './schema-kit.js';
import { comparePaths, pointer, preview } from './pointer.js';
import type { FeedIssue } from './types.js';

export type Report = (pointer: string, message: string, severity?: FeedIssue['severity']) => void;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issueMessage(issue: Issue): string {
  // A missing key (or one that holds undefined) carries the object's message; say what it is.
  if (issue.input === undefined && issue.path.length > 0) return 'is required but missing';
  const got = issue.input === undefined ? 'nothing' : preview(issue.input);
  return `${issue.message} (got ${got})`;
}

/** A copy of `value` without what sits at `path` (array items are removed, not left as holes). */
function without(value: unknown, path: ReadonlyArray<string | number>): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    // A record reads an array as an object (as valibot did), so its keys come as strings ("0").
    const index = typeof head === 'number' ? head : /^(?:0|[1-9]\d*)$/.test(head) ? Number(head) : -1;
    if (index < 0 || index >= copy.length) return copy;
    if (rest.length === 0) copy.splice(index, 1);
    else copy[index] = without(copy[index], rest);
    return copy;
  }
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === head && rest.length === 0) continue;
    // defineProperty, not assignment: a key named "__proto__" stays an ordinary key.
    Object.defineProperty(copy, key, {
      value: key === head ? without(value[key], rest) : value[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/**
 * Validates one item against `itemSchema`. Problems under `required` keys (or with the item's
 * shape) reject the item; any other problem drops just the offending value and keeps the rest.
 */
export function validateItem<T>(
  itemSchema: Schema<T>,
  raw: unknown,
  base: ReadonlyArray<string | number>,
  required: ReadonlySet<string>,
  report: Report,
): T | undefined {
  let candidate = raw;
  // Each round drops at least one value, so the loop ends; the bound is a guard.
  for (let round = 0; round < 64; round++) {
    const result = safeParse(itemSchema, candidate);
    if (result.success) return result.output;
    const fatal = result.issues.find((issue) => {
      const head = issue.path[0];
      return head === undefined || required.has(String(head));
    });
    if (fatal) {
      report(pointer(...base, ...fatal.path), `${issueMessage(fatal)}; skipped`);
      return undefined;
    }
    // One report per value, none for a value inside one already dropped; drop from the end of the
    // document backwards so that array indexes in earlier pointers stay those of the feed.
    const byPointer = new Map<string, { path: Key[]; issue: Issue }>();
    for (const issue of result.issues) {
      const { path } = issue;
      const at = pointer(...path);
      if (!byPointer.has(at)) byPointer.set(at, { path, issue });
    }
    const outermost = [...byPointer.entries()]
      .filter(([at]) => ![...byPointer.keys()].some((other) => at.startsWith(`${other}/`)))
      .map(([, entry]) => entry)
      .sort((a, b) => comparePaths(b.path, a.path));
    for (const { path, issue } of outermost) {
      report(pointer(...base, ...path), `${issueMessage(issue)}; ignored`);
      candidate = without(candidate, path);
    }
  }
  report(pointer(...base), 'could not be read; skipped');
  return undefined;
}

export function unknownFields(
  raw: unknown,
  known: Iterable<string>,
  base: ReadonlyArray<string | number>,
  report: Report,
): void {
  if (!isRecord(raw)) return;
  const knownSet = new Set(known);
  for (const key of Object.keys(raw)) {
    if (!knownSet.has(key)) report(pointer(...base, key), 'unknown field; ignored', 'warning');
  }
}
