import { assertFiniteNumbers } from '../_internal/assert-finite-numbers.js';
import { LmdInputError } from '../input-error.js';

/**
 * The sum of a list of numbers, with Neumaier's compensated summation so that rounding error does
 * not grow with the length of the list.
 *
 * Kahan–Babuška–Neumaier summation carries a running correction for the low-order bits lost at
 * each addition, including when the next term is larger than the running total, where Kahan's
 * original method loses them. An empty list sums to 0.
 *
 * @param values - finite numbers
 * @returns their sum, accurate to about one rounding of the true total
 * @throws LmdInputError when a value is not a finite number (or the total overflows)
 * @example
 * sum([1, 2, 3.5]) //=> 6.5
 * sum([0.1, 0.2, 0.3]) //=> 0.6
 * sum([1e100, 1, -1e100]) //=> 1
 * @see Neumaier, A. (1974). Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen.
 * ZAMM, 54(1), 39–51.
 * @see {@link mean}
 */
export function sum(values: readonly number[]): number {
  assertFiniteNumbers(values, ['values'], 0);
  let total = 0;
  let compensation = 0;
  for (const value of values) {
    const next = total + value;
    compensation += Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
    total = next;
  }
  const result = total + compensation;
  if (!Number.isFinite(result)) {
    throw new LmdInputError([{ keys: ['values'], message: 'the total is too large to represent as a finite number' }]);
  }
  return result;
}
