/**
 * The few schema combinators that describe feed v1 (schema.ts). One description gives the runtime
 * check (this file: a value → its output and its problems, each with its path), the TypeScript
 * types (`Infer`) and the published JSON Schema (json-schema.ts). It replaces valibot, and reports
 * as valibot did: the same problems in the same order, the first failing check of a value only, a
 * union as valibot's (one option that fits the input's type speaks for the union).
 *
 * `doc()` text is for the JSON Schema only; the library build strips it (build/plugins/schema-docs-out.ts).
 */

export type Key = string | number;

/** One problem: where (path below the checked value), what, and the value found there. */
export interface Issue {
  readonly path: Key[];
  readonly message: string;
  readonly input: unknown;
}

/** A run's state: the path of the value being checked, the problems so far, and whether a type check failed. */
interface Run {
  readonly path: Key[];
  issues: Issue[];
  untyped: boolean;
}

/** A problem's wording, or a function of the value found that words it. */
export type Message = string | ((input: unknown) => string);

export interface Check<T> {
  readonly kind: 'regex' | 'integer' | 'min' | 'max' | 'maxLength' | 'email' | 'date-time';
  readonly requirement?: RegExp | number;
  readonly message: Message;
  readonly test: (value: T) => boolean;
}

type Kind = 'string' | 'number' | 'literal' | 'picklist' | 'optional' | 'object' | 'array' | 'record' | 'union';

/** A schema whose successful check outputs a `T`. */
export interface Schema<T = unknown> {
  readonly kind: Kind;
  readonly title?: string;
  readonly description?: string;
  /** The output, or (with problems in `run.issues`) something to throw away. */
  readonly run: (input: unknown, run: Run) => T;
}
export interface StringSchema extends Schema<string> {
  readonly kind: 'string';
  readonly checks: ReadonlyArray<Check<string>>;
}
export interface NumberSchema extends Schema<number> {
  readonly kind: 'number';
  readonly checks: ReadonlyArray<Check<number>>;
}
export interface LiteralSchema<T extends number | string = number | string> extends Schema<T> {
  readonly kind: 'literal';
  readonly value: T;
}
export interface PicklistSchema<T extends string = string> extends Schema<T> {
  readonly kind: 'picklist';
  readonly options: readonly T[];
}
export interface OptionalSchema<T = unknown> extends Schema<T | undefined> {
  readonly kind: 'optional';
  readonly wrapped: Schema<T>;
}
export interface ObjectSchema<E extends Entries = Entries> extends Schema<ObjectOutput<E>> {
  readonly kind: 'object';
  /** Without a prototype: nothing a host page adds to Object.prototype is an entry. */
  readonly entries: E;
}
export interface ArraySchema<T = unknown> extends Schema<T[]> {
  readonly kind: 'array';
  readonly item: Schema<T>;
}
export interface RecordSchema<T = unknown> extends Schema<Record<string, T>> {
  readonly kind: 'record';
  readonly key: StringSchema;
  readonly value: Schema<T>;
}
export interface UnionSchema<T = unknown> extends Schema<T> {
  readonly kind: 'union';
  readonly options: ReadonlyArray<Schema<T>>;
}
/** Every kind, for code that walks a description (json-schema.ts). */
export type AnySchema =
  | StringSchema
  | NumberSchema
  | LiteralSchema
  | PicklistSchema
  | OptionalSchema
  | ObjectSchema
  | ArraySchema
  | RecordSchema
  | UnionSchema;

type Entries = Readonly<Record<string, Schema>>;

/** The output type of a schema (what a successful check returns). */
export type Infer<S> = S extends Schema<infer T> ? T : never;

type OptionalKeys<E> = { [K in keyof E]: E[K] extends { readonly kind: 'optional' } ? K : never }[keyof E];
type ObjectOutput<E> = {
  [K in Exclude<keyof E, OptionalKeys<E>>]: Infer<E[K]>;
} & { [K in OptionalKeys<E>]?: Infer<E[K]> } extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

export function fail(run: Run, message: Message, input: unknown, typed?: boolean): void {
  run.issues.push({ path: run.path.slice(), message: typeof message === 'string' ? message : message(input), input });
  if (!typed) run.untyped = true;
}

/** valibot's way of naming a value in its own messages. */
export function stringify(input: unknown): string {
  const type = typeof input;
  if (type === 'string') return `"${input as string}"`;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return String(input);
  if (type === 'object' || type === 'function') {
    return ((input &&
      (Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null)?.constructor?.name) ??
      'null') as string;
  }
  return type;
}

/** Checks `input`; `success` with the output, or the problems in the order valibot gave them. */
export function safeParse<T>(
  schema: Schema<T>,
  input: unknown,
): { success: true; output: T } | { success: false; issues: Issue[] } {
  const run: Run = { path: [], issues: [], untyped: false };
  const output = schema.run(input, run);
  return run.issues.length === 0 ? { success: true, output } : { success: false, issues: run.issues };
}

export const check = <T>(
  kind: Check<T>['kind'],
  test: (value: T) => boolean,
  message: Message,
  requirement?: RegExp | number,
): Check<T> => ({ kind, requirement, message, test });

/** Without a message: valibot's own (record keys, whose problems an author seldom sees alone). */
export const regex = (
  pattern: RegExp,
  message: Message = (input) => `Invalid format: Expected ${String(pattern)} but received ${stringify(input)}`,
): Check<string> => check('regex', (value) => pattern.test(value), message, pattern);
export const integer = (message: string): Check<number> => check('integer', Number.isInteger, message);
export const minValue = (min: number, message: string): Check<number> =>
  check('min', (value) => value >= min, message, min);
/** A string format of JSON Schema, checked with a pattern. */
export const format =
  (kind: 'email' | 'date-time', pattern: RegExp) =>
  (message: string): Check<string> =>
    check(kind, (value) => pattern.test(value), message);
// valibot's EMAIL_REGEX and ISO_TIMESTAMP_REGEX (MIT), so that a feed reads as it did.
export const isoTimestamp = format(
  'date-time',
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u,
);

/**
 * A leaf's run: the type test, then its checks in order; the first that fails is the value's one
 * problem (valibot ran them all, but only the first of a value's problems was ever reported).
 */
export const leaf =
  <T>(is: (input: unknown) => boolean, message: Message, checks: ReadonlyArray<Check<T>> = []) =>
  (input: unknown, run: Run): T => {
    if (!is(input)) fail(run, message, input);
    else {
      const failed = checks.find(({ test }) => !test(input as T));
      if (failed) fail(run, failed.message, input, true);
    }
    return input as T;
  };

export const string = (
  checks: ReadonlyArray<Check<string>> = [],
  message: Message = 'must be a string',
): StringSchema => ({
  kind: 'string',
  checks,
  run: leaf((input) => typeof input === 'string', message, checks),
});

export const number = (
  checks: ReadonlyArray<Check<number>> = [],
  message: Message = 'must be a number',
): NumberSchema => ({
  kind: 'number',
  checks,
  run: leaf((input) => typeof input === 'number' && !Number.isNaN(input), message, checks),
});

export const optional = <T>(wrapped: Schema<T>): OptionalSchema<T> => ({
  kind: 'optional',
  wrapped,
  run: (input, run) => (input === undefined ? undefined : wrapped.run(input, run)),
});

const isObject = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null;

/** A key's run: the child's path pushed for the call. */
export function at<T>(schema: Schema<T>, key: Key, input: unknown, run: Run): T {
  run.path.push(key);
  const output = schema.run(input, run);
  run.path.pop();
  return output;
}

/**
 * An object of fixed entries, each required unless `optional`. Only the input's own properties
 * count (an Object.prototype that a host page polluted adds nothing); arrays pass, as in valibot.
 */
export const object = <const E extends Entries>(
  entries: E,
  message: Message = 'must be an object',
): ObjectSchema<E> => {
  const fixed = Object.assign(Object.create(null) as E, entries);
  const keys = Object.keys(fixed);
  return {
    kind: 'object',
    entries: fixed,
    run: (input, run) => {
      // Without a prototype too: a key the input lacks reads as undefined, whatever a host page polluted.
      const output = Object.create(null) as Record<string, unknown>;
      if (!isObject(input)) fail(run, message, input);
      else {
        for (const key of keys) {
          const schema = fixed[key]!;
          const has = Object.hasOwn(input, key);
          // A missing key is checked as undefined: that fails unless it is optional, with no input,
          // which lenient.ts words as "is required but missing" (valibot's message was the object's).
          if (has || schema.kind !== 'optional') output[key] = at(schema, key, has ? input[key] : undefined, run);
        }
      }
      return output as ObjectOutput<E>;
    },
  };
};

/** Own keys as valibot read them: `__proto__`, `prototype` and `constructor` are passed over. */
export const record = <T>(key: StringSchema, value: Schema<T>, message: Message): RecordSchema<T> => ({
  kind: 'record',
  key,
  value,
  run: (input, run) => {
    const output = Object.create(null) as Record<string, T>;
    if (!isObject(input)) fail(run, message, input);
    else {
      for (const name of Object.keys(input)) {
        if (name === '__proto__' || name === 'prototype' || name === 'constructor') continue;
        run.path.push(name);
        key.run(name, run);
        output[name] = value.run(input[name], run);
        run.path.pop();
      }
    }
    return output;
  },
});

/**
 * The first option that passes. Else, as valibot: the problems of the one option that fits the
 * input's type (or, when none does, of the one option tried); with more, the union's message.
 */
export const union = <const O extends ReadonlyArray<Schema>>(
  options: O,
  message: string,
): UnionSchema<Infer<O[number]>> => ({
  kind: 'union',
  options: options as ReadonlyArray<Schema<Infer<O[number]>>>,
  run: (input, run) => {
    const { issues, untyped } = run;
    const typed: Issue[][] = [];
    const other: Issue[][] = [];
    for (const option of options) {
      run.issues = [];
      run.untyped = false;
      const output = option.run(input, run);
      const found = run.issues;
      if (found.length === 0) {
        run.issues = issues;
        run.untyped = untyped;
        return output as Infer<O[number]>;
      }
      (run.untyped ? other : typed).push(found);
    }
    run.issues = issues;
    run.untyped = untyped || typed.length === 0;
    const one = typed.length > 0 ? typed : other;
    if (one.length === 1) issues.push(...one[0]!);
    else fail(run, message, input, typed.length > 0);
    return input as Infer<O[number]>;
  },
});

/** A description (and a title) for the JSON Schema; the library build strips the call. */
export const doc = <S extends Schema>(schema: S, description: string, title?: string): S => ({
  ...schema,
  ...(title === undefined ? {} : { title }),
  description,
});
