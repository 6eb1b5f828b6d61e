import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { assertNumberInRange } from '../../core/_internal/assert-number-in-range.js';
import { assertOptionsObject } from '../../core/_internal/assert-options-object.js';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { sampleVariance } from '../../core/stats/sample-variance.js';
import { sum } from '../../core/stats/sum.js';

/**
 * Options for {@link awg}: the lowest and highest points of the response scale.
 *
 * @example
 * const options: AwgOptions = { min: 1, max: 5 };
 * awg([4, 4, 5, 3, 4], options) //=> 0.7333333333333334
 * @see {@link awg}
 */
export interface AwgOptions {
  /** The lowest point of the scale (L), a finite number below `max`. */
  readonly min: number;
  /** The highest point of the scale (H), a finite number above `min`. */
  readonly max: number;
}

/**
 * Brown & Hauenstein's (2005) a_wg: within-group agreement for one item relative to the largest
 * variance the raters' mean allows.
 *
 * For k raters with mean M and sample variance s² on a scale from L to H, the largest possible
 * sample variance given M is [(H + L)·M − M² − H·L] · k / (k − 1), and
 * a_wg = 1 − 2·s² / that maximum. It runs from −1 (the raters split as far apart as their mean
 * allows) to 1 (full agreement) and, unlike {@link rwg}, needs no null distribution.
 *
 * It mirrors R's `multilevel::awg` (single-item form) case by case:
 * - fewer than two scores: `null` (multilevel returns NA);
 * - every score at the bottom or at the top of the scale (M = L or M = H, where the maximum
 *   variance is 0): 1, because the raters agree completely (multilevel's own rule);
 * - otherwise, a mean outside [(L(k − 1) + H) / k, (H(k − 1) + L) / k] — closer to an end than
 *   one rater can pull it — is the region where Brown & Hauenstein do not define the index:
 *   `null` (multilevel returns NA), even when the raters agree (two raters both at 2 on a 1–5
 *   scale). Both edges belong to the defined region. lmdkit compares the
 *   raters' total with k times each edge rather than the mean, so that a mean exactly on an edge is
 *   not lost to rounding.
 *
 * The result is clamped to [−1, 1] against rounding in the last place.
 *
 * Source: brown-hauenstein-2005; checked against R's multilevel package (bliese-multilevel-2022).
 *
 * @param scores - the raters' scores on one item: at least one finite number, each within the
 * scale
 * @param options - the scale's `min` and `max`
 * @returns a_wg in [−1, 1], or `null` for one score or a mean in the undefined region
 * @throws LmdInputError when no scores are given, a score is not a finite number or lies off the
 * scale, or `min` is not below `max`
 * @example
 * awg([4, 4, 5, 3, 4], { min: 1, max: 5 }) //=> 0.7333333333333334
 * awg([5, 5, 5, 1], { min: 1, max: 5 }) //=> -1
 * awg([5, 5, 5, 4], { min: 1, max: 5 }) //=> null
 * awg([5, 5, 5], { min: 1, max: 5 }) //=> 1
 * awg([3], { min: 1, max: 5 }) //=> null
 * @see {@link rwg}
 */
export function awg(scores: readonly number[], options: AwgOptions): number | null {
  assertFiniteNumbers(scores, ['scores'], 1);
  assertOptionsObject(options, ['options']);
  assertNumberInRange(options.min, ['options', 'min'], {});
  assertNumberInRange(options.max, ['options', 'max'], { min: options.min, minExclusive: true });
  const low = options.min;
  const high = options.max;
  scores.forEach((score, index) => {
    if (score < low || score > high) {
      throw new LmdInputError([
        { keys: ['scores', index], message: `expected a score from ${low} to ${high} (received ${describeValue(score)})` },
      ]);
    }
  });
  const count = scores.length;
  if (count < 2) return null;
  if (scores.every((score) => score === high) || scores.every((score) => score === low)) return 1;
  const total = sum(scores);
  if (total < low * (count - 1) + high || total > high * (count - 1) + low) return null;
  const centre = total / count;
  const maximumVariance = (high - centre) * (centre - low) * (count / (count - 1));
  const value = 1 - (2 * sampleVariance(scores)) / maximumVariance;
  return Math.min(1, Math.max(-1, value));
}
