import { assertFiniteNumbers } from '../_internal/assert-finite-numbers.js';
import { sum } from './sum.js';

/**
 * The arithmetic mean of a non-empty list of finite numbers: their compensated sum divided by how
 * many there are.
 *
 * @param values - at least one finite number
 * @returns the mean
 * @throws LmdInputError when the list is empty or a value is not a finite number
 * @example
 * mean([4, 4, 5, 3, 4]) //=> 4
 * mean([]) //=> throws LmdInputError
 * @see {@link sum} for the compensated summation it uses
 */
export function mean(values: readonly number[]): number {
  assertFiniteNumbers(values, ['values'], 1);
  return sum(values) / values.length;
}
