/**
 * The schema kit's parts that only the rest of the feed's description uses (schema.ts: arrays,
 * fixed values, bounds, e-mail): the counting reader, which reads the schema's core only
 * (schema-core.ts), does not load them.
 */
import {
  at,
  check,
  fail,
  format,
  leaf,
  stringify,
  type ArraySchema,
  type Check,
  type LiteralSchema,
  type Message,
  type PicklistSchema,
  type Schema,
} from './schema-kit.js';

/** valibot's own message for a value of the wrong type, for schemas that never had one of ours. */
export const invalidType =
  (expected: string): Message =>
  (input) =>
    `Invalid type: Expected ${expected} but received ${stringify(input)}`;

export const maxValue = (max: number, message: string): Check<number> =>
  check('max', (value) => value <= max, message, max);
export const maxLength = (max: number, message: string): Check<string> =>
  check('maxLength', (value) => value.length <= max, message, max);
// valibot's EMAIL_REGEX (MIT), so that a feed reads as it did.
export const email = format('email', /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u);
export const literal = <const T extends number | string>(value: T, message: string): LiteralSchema<T> => ({
  kind: 'literal',
  value,
  run: leaf((input) => input === value, message),
});

export const picklist = <const T extends string>(options: readonly T[], message: string): PicklistSchema<T> => ({
  kind: 'picklist',
  options,
  run: leaf((input) => options.includes(input as T), message),
});

export const array = <T>(item: Schema<T>, message: Message): ArraySchema<T> => ({
  kind: 'array',
  item,
  run: (input, run) => {
    const output: T[] = [];
    if (!Array.isArray(input)) fail(run, message, input);
    else for (let index = 0; index < input.length; index++) output.push(at(item, index, input[index], run));
    return output;
  },
});
