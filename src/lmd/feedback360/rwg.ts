import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { assertNumberInRange } from '../../core/_internal/assert-number-in-range.js';
import { assertOptionsObject } from '../../core/_internal/assert-options-object.js';
import { sampleVariance } from '../../core/stats/sample-variance.js';

/**
 * Options for {@link rwg}, {@link rwgJ} and {@link rwgJLindell}: the response scale and, when the
 * uniform null does not fit, the error variance to expect from raters with no shared view.
 *
 * @example
 * const options: RwgOptions = { scalePoints: 5 };
 * rwg([4, 4, 5, 3, 4], options) //=> 0.75
 * @see {@link rwg}
 */
export interface RwgOptions {
  /** How many response options the item has (A, a whole number of at least 2): 5 for a 1–5 scale. */
  readonly scalePoints: number;
  /**
   * The variance expected under the null of no agreement (σ²_E, above 0). Defaults to the uniform
   * ("rectangular") null (A² − 1) / 12; give a smaller value for a skewed null (James, Demaree &
   * Wolf 1984 tabulate several).
   */
  readonly nullVariance?: number;
}

/**
 * The null variance an r_wg computation uses: `options.nullVariance` when given, otherwise the
 * uniform null (A² − 1) / 12, after checking both.
 *
 * @param options - the caller's options
 * @returns σ²_E, above 0
 * @throws LmdInputError when `scalePoints` is not a whole number of at least 2 or `nullVariance`
 * is not above 0
 * @internal
 */
export function resolveNullVariance(options: RwgOptions): number {
  assertOptionsObject(options, ['options']);
  assertNumberInRange(options.scalePoints, ['options', 'scalePoints'], { min: 2, integer: true });
  if (options.nullVariance === undefined) return (options.scalePoints ** 2 - 1) / 12;
  assertNumberInRange(options.nullVariance, ['options', 'nullVariance'], { min: 0, minExclusive: true });
  return options.nullVariance;
}

/**
 * Within-group agreement for one item, r_wg (James, Demaree & Wolf, 1984).
 *
 * r_wg = 1 − s² / σ²_E, where s² is the raters' sample variance (divisor n − 1) and σ²_E the
 * variance expected if raters answered at random: by default the uniform null (A² − 1) / 12 for A
 * scale points (2 for a five-point scale). When the raters disagree more than the null
 * (s² > σ²_E) the value is truncated to 0, exactly as R's `multilevel::rwg` does (it caps s² at
 * σ²_E), so the result always lies in [0, 1]. Conventionally values of .70 and above are read as
 * enough agreement to report a group mean, a rule of thumb whose origin Lance, Butts & Michels
 * (2006) traced and questioned; see the feedback360 statistics guide for the bands of LeBreton &
 * Senter (2008).
 *
 * Source: james-demaree-wolf-1984; checked against R's multilevel package (bliese-multilevel-2022).
 *
 * @param scores - the raters' scores on one item: at least two finite numbers (the scores are not
 * checked against the scale, since only its number of points is known)
 * @param options - `scalePoints` (required) and an optional `nullVariance`
 * @returns r_wg in [0, 1]
 * @throws LmdInputError when fewer than two scores are given, a score is not a finite number,
 * `scalePoints` is not a whole number of at least 2, or `nullVariance` is not above 0
 * @example
 * rwg([4, 4, 5, 3, 4], { scalePoints: 5 }) //=> 0.75
 * rwg([1, 5, 1, 5], { scalePoints: 5 }) //=> 0
 * rwg([4], { scalePoints: 5 }) //=> throws LmdInputError
 * @see {@link rwgJ} for several items, {@link awg} for an index that does not depend on a null
 * distribution
 */
export function rwg(scores: readonly number[], options: RwgOptions): number {
  assertFiniteNumbers(scores, ['scores'], 2);
  const nullVariance = resolveNullVariance(options);
  const variance = Math.min(sampleVariance(scores), nullVariance);
  return 1 - variance / nullVariance;
}
