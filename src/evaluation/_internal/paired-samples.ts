import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { LmdInputError, type LmdInputPathKey } from '../../core/input-error.js';
import { writePath } from '../../core/_internal/write-path.js';

/**
 * Checks two paired samples: finite numbers, at least two each, the same length.
 *
 * @internal
 */
export function assertPairedSamples(
  first: unknown,
  second: unknown,
  firstPath: readonly LmdInputPathKey[],
  secondPath: readonly LmdInputPathKey[],
): asserts first is readonly number[] {
  assertFiniteNumbers(first, firstPath, 2);
  assertFiniteNumbers(second, secondPath, 2);
  if (first.length !== second.length) {
    throw new LmdInputError([
      {
        keys: secondPath,
        message: `expected one value for each value of ${writePath('', firstPath)}, in the same order (received ${second.length} values for ${first.length})`,
      },
    ]);
  }
}

/**
 * Checks two paired samples (see {@link assertPairedSamples}) and returns the differences second − first.
 *
 * @internal
 */
export function pairedDifferences(first: unknown, second: unknown, firstPath: readonly LmdInputPathKey[], secondPath: readonly LmdInputPathKey[]): number[] {
  assertPairedSamples(first, second, firstPath, secondPath);
  // assertPairedSamples has checked second too; an assertion signature can narrow only one argument.
  return (second as readonly number[]).map((value, index) => value - (first[index] as number));
}
