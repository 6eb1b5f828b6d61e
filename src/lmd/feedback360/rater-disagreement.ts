import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { assertNumberInRange } from '../../core/_internal/assert-number-in-range.js';
import { assertOptionsObject } from '../../core/_internal/assert-options-object.js';

/**
 * The spread of raters' scores on one item: the highest score minus the lowest.
 *
 * Source: ccl-benchmarks-360.
 *
 * @param scores - the raters' scores on one item: at least one finite number
 * @returns max − min, never negative (0 for a single score)
 * @throws LmdInputError when no scores are given or a score is not a finite number
 * @example
 * raterSpread([2, 5, 4]) //=> 3
 * raterSpread([4]) //=> 0
 * raterSpread([]) //=> throws LmdInputError
 * @see {@link hasRaterDisagreement}
 */
export function raterSpread(scores: readonly number[]): number {
  assertFiniteNumbers(scores, ['scores'], 1);
  let low = Infinity;
  let high = -Infinity;
  for (const score of scores) {
    if (score < low) low = score;
    if (score > high) high = score;
  }
  return high - low;
}

/**
 * Options for {@link hasRaterDisagreement}.
 *
 * @example
 * const options: RaterDisagreementOptions = { points: 2 };
 * hasRaterDisagreement([3, 5], options) //=> true
 * @see {@link hasRaterDisagreement}
 */
export interface RaterDisagreementOptions {
  /** The spread, in scale points, that counts as disagreement; above 0. Default 3. */
  readonly points?: number;
}

/**
 * Whether at least two raters are far apart on one item: a spread (highest minus lowest score) of
 * `points` or more, 3 by default.
 *
 * Feedback reports in the Center for Creative Leadership's tradition flag an item when two raters
 * in a group are 3 or more points apart on a five-point scale, because the group's mean then hides
 * raters who see the person quite differently: the mean should be read with the range. The
 * boundary is inclusive (a spread of exactly 3 is disagreement). On longer scales consider a
 * larger `points`.
 *
 * Source: ccl-benchmarks-360 (unverified: see its note).
 *
 * @param scores - the raters' scores on one item: at least one finite number
 * @param options - `points`, the spread that counts as disagreement (default 3)
 * @returns `true` when max − min ≥ points
 * @throws LmdInputError when no scores are given, a score is not a finite number or `points` is
 * not above 0
 * @example
 * hasRaterDisagreement([2, 4, 5]) //=> true
 * hasRaterDisagreement([3, 4, 5]) //=> false
 * hasRaterDisagreement([3, 5], { points: 2 }) //=> true
 * @see {@link raterSpread}, {@link rwg}
 */
export function hasRaterDisagreement(scores: readonly number[], options: RaterDisagreementOptions = {}): boolean {
  assertOptionsObject(options, ['options']);
  const points = options.points ?? 3;
  assertNumberInRange(points, ['options', 'points'], { min: 0, minExclusive: true });
  return raterSpread(scores) >= points;
}
