import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { LmdInputError } from '../../core/input-error.js';

/**
 * Checks two paired samples: finite numbers, at least two each, the same length.
 *
 * @internal
 */
export function assertPairedSamples(
  first: unknown,
  second: unknown,
  firstPath: string,
  secondPath: string,
): asserts first is readonly number[] {
  assertFiniteNumbers(first, firstPath, 2);
  assertFiniteNumbers(second, secondPath, 2);
  if (first.length !== second.length) {
    throw new LmdInputError([
      {
        path: secondPath,
        message: `expected one value for each value of ${firstPath}, in the same order (received ${second.length} values for ${first.length})`,
      },
    ]);
  }
}

/**
 * Checks two paired samples (see {@link assertPairedSamples}) and returns the differences second − first.
 *
 * @internal
 */
export function pairedDifferences(first: unknown, second: unknown, firstPath: string, secondPath: string): number[] {
  assertPairedSamples(first, second, firstPath, secondPath);
  // assertPairedSamples has checked second too; an assertion signature can narrow only one argument.
  return (second as readonly number[]).map((value, index) => value - (first[index] as number));
}
