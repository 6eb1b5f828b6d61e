import { describeValue } from '../describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../input-error.js';

/**
 * Checks that an options argument is an object (not `null`, an array or a primitive), so that
 * reading its properties cannot throw a `TypeError` from deep inside a numeric helper.
 *
 * @param options - the argument to check
 * @param path - its name, for the error
 * @throws LmdInputError when it is not an object
 * @internal
 */
export function assertOptionsObject(options: unknown, path: readonly LmdInputPathKey[]): asserts options is object {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new LmdInputError([{ keys: path, message: `expected an options object (received ${describeValue(options)})` }]);
  }
}
