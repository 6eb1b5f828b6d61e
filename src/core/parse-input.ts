import type { ZodType, output } from 'zod';
import { describeValue } from './describe-value.js';
import { formatPath } from './format-path.js';
import { LmdInputError, type LmdInputIssue } from './input-error.js';

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
 * @returns the parsed data (a new value; the input is not changed)
 * @throws LmdInputError when the schema rejects the data
 * @example
 * import * as z from 'zod';
 * parseInput(z.number(), 3, 'score') //=> 3
 * parseInput(z.number(), 'x', 'score') //=> throws LmdInputError
 * @see {@link LmdInputError}
 */
export function parseInput<Schema extends ZodType>(schema: Schema, value: unknown, name = 'input'): output<Schema> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues: LmdInputIssue[] = result.error.issues.flatMap((issue): LmdInputIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath(name, [...issue.path, key]),
        message: 'this key is not recognised (check its spelling)',
      }));
    }
    const received = describeValue('input' in issue ? issue.input : undefined);
    return [{ path: formatPath(name, issue.path), message: `${issue.message} (received ${received})` }];
  });
  throw new LmdInputError(issues);
}
