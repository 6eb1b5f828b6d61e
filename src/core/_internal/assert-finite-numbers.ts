import { describeValue } from '../describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../input-error.js';

/**
 * Checks the cheap invariants of a numeric sample: an array, at least `minimumLength` long, of
 * finite numbers. Used by the hot numeric helpers instead of a zod schema.
 *
 * @param values - the sample to check
 * @param name - the argument's name, for the error path
 * @param minimumLength - the fewest values the computation needs
 * @throws LmdInputError naming the first offending position and value
 * @internal
 */
export function assertFiniteNumbers(
  values: unknown,
  path: readonly LmdInputPathKey[],
  minimumLength: number,
): asserts values is readonly number[] {
  if (!Array.isArray(values)) {
    throw new LmdInputError([{ keys: path, message: `expected an array of numbers (received ${describeValue(values)})` }]);
  }
  for (let index = 0; index < values.length; index += 1) {
    const value: unknown = values[index];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new LmdInputError([
        { keys: [...path, index], message: `expected a finite number (received ${describeValue(value)})` },
      ]);
    }
  }
  if (values.length < minimumLength) {
    throw new LmdInputError([
      {
        keys: path,
        message: `expected at least ${minimumLength} value${minimumLength === 1 ? '' : 's'} (received ${values.length})`,
      },
    ]);
  }
}
