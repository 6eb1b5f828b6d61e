import { describeValue } from './describe-value.js';
import { LmdInputError } from './input-error.js';
import { writePath } from './_internal/write-path.js';

/**
 * Writes a path of keys as a JavaScript accessor, starting from a root name.
 *
 * @param root - the name of the argument the path starts from (`evidence`); `''` for none
 * @param keys - the keys: strings, symbols, and whole numbers for array positions
 * @returns an accessor such as `evidence[3].audience`
 * @throws LmdInputError when `root` is not a string, `keys` is not an array, or a key is not a
 * string, symbol or whole number
 * @example
 * formatPath('evidence', [3, 'audience']) //=> 'evidence[3].audience'
 * formatPath('wording', ['LM1.1']) //=> 'wording["LM1.1"]'
 * formatPath('x', [1n as never]) //=> throws LmdInputError
 * @see {@link LmdInputIssue}
 */
export function formatPath(root: string, keys: readonly PropertyKey[]): string {
  if (typeof root !== 'string') {
    throw new LmdInputError([{ keys: ['root'], message: `expected a string (received ${describeValue(root)})` }]);
  }
  if (!Array.isArray(keys)) {
    throw new LmdInputError([{ keys: ['keys'], message: `expected an array of keys (received ${describeValue(keys)})` }]);
  }
  for (const [index, key] of (keys as readonly unknown[]).entries()) {
    if (typeof key !== 'string' && typeof key !== 'symbol' && !(typeof key === 'number' && Number.isInteger(key) && key >= 0)) {
      throw new LmdInputError([
        { keys: ['keys', index], message: `expected a string, a symbol or a whole number of at least 0 (received ${describeValue(key)})` },
      ]);
    }
  }
  return writePath(root, keys);
}
