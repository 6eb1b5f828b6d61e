import type { ZodType, output } from 'zod';
import { describeValue } from './describe-value.js';
import { LmdInputError, type LmdInputIssueInit, type LmdInputPathKey } from './input-error.js';
import { hideProtoKeys, PROTO_KEY_STAND_IN_AS_JSON, restoreProtoKey } from './_internal/proto-keys.js';
import { rewritePlainData } from './_internal/rewrite-plain-data.js';

/**
 * Validates a caller's data with a zod schema and returns the parsed value, or throws
 * {@link LmdInputError} naming every bad path and the value found there.
 *
 * This is the bridge every lmdkit entry point uses at its edge; apps can use it with lmdkit's
 * exported schemas (or their own) to get the same errors.
 *
 * @param schema - a zod v4 schema
 * @param value - the untrusted data
 * @param name - the argument's name, used as the root of each path (default `'input'`)
 * @returns the parsed data (a new value; the input is not changed). A negative zero is read as `0`,
 * and an own key named `__proto__` (as `JSON.parse` makes one) is validated and kept as an own
 * property like any other key, where zod alone would drop it unchecked.
 * @throws LmdInputError when the schema rejects the data, or when `schema` is not a zod schema or
 * `name` not a string
 * @example
 * import * as z from 'zod';
 * parseInput(z.number(), 3, 'score') //=> 3
 * parseInput(z.number(), 'x', 'score') //=> throws LmdInputError
 * parseInput(1 as never, 2) //=> throws LmdInputError
 * @see {@link LmdInputError}
 */
export function parseInput<Schema extends ZodType>(schema: Schema, value: unknown, name = 'input'): output<Schema> {
  if (schema === null || typeof schema !== 'object' || typeof (schema as { safeParse?: unknown }).safeParse !== 'function') {
    throw new LmdInputError([{ keys: ['schema'], message: `expected a zod schema (received ${describeValue(schema)})` }]);
  }
  if (typeof name !== 'string') {
    throw new LmdInputError([{ keys: ['name'], message: `expected a string (received ${describeValue(name)})` }]);
  }
  const input = hideProtoKeys(value);
  const result = schema.safeParse(input, { reportInput: true });
  // One walk over the parsed value: a key hidden from zod is named `__proto__` again, and a
  // negative zero is read as 0, so that neither can reach a result.
  if (result.success) return rewritePlainData(result.data, restoreProtoKey, (number) => number + 0) as output<Schema>;
  const root: LmdInputPathKey[] = name === '' ? [] : [name];
  // zod's path keys are property names and array positions; a symbol key cannot come from data.
  const keysOf = (path: readonly PropertyKey[]): LmdInputPathKey[] => [
    ...root,
    ...path.map((key) => (typeof key === 'symbol' ? String(key) : restoreProtoKey(key))),
  ];
  const issues: LmdInputIssueInit[] = result.error.issues.flatMap((issue): LmdInputIssueInit[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        keys: keysOf([...issue.path, key]),
        message: 'this key is not recognised (check its spelling)',
      }));
    }
    const received = describeValue('input' in issue ? issue.input : undefined).replaceAll(PROTO_KEY_STAND_IN_AS_JSON, '__proto__');
    return [{ keys: keysOf(issue.path), message: `${issue.message} (received ${received})` }];
  });
  throw new LmdInputError(issues);
}
