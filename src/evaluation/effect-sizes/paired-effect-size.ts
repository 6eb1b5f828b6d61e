import { mean } from '../../core/stats/mean.js';
import { sampleVariance } from '../../core/stats/sample-variance.js';
import { sum } from '../../core/stats/sum.js';
import { exactCorrection } from './hedges-g.js';
import { isEssentiallyZero } from '../_internal/group-statistics.js';
import { assertPairedSamples, pairedDifferences } from '../_internal/paired-samples.js';
import { commonExponent, scaleDown, scaleUp } from '../_internal/power-of-two-scale.js';
import { finiteOrNull } from '../../core/_internal/finite-or-null.js';

/**
 * Effect sizes for a paired (before and after, or within-person) comparison, as Lakens (2013) defines them.
 * @see {@link pairedEffectSize}
 */
export interface PairedEffectSize {
  /** Number of pairs. */
  readonly n: number;
  /** Mean of after − before. */
  readonly meanDifference: number;
  /** Pearson correlation between before and after, or `null` when either has no spread. */
  readonly correlation: number | null;
  /** Mean difference ÷ standard deviation of the differences; `null` when the differences have no spread. */
  readonly dz: number | null;
  /** Mean difference ÷ the average of the two standard deviations; `null` when both are 0. */
  readonly dav: number | null;
  /** d_z × √(2 (1 − r)): d on the scale of the raw scores, allowing for the correlation; `null` when r or d_z is not defined. */
  readonly drm: number | null;
  /** d_av with Hedges' exact correction J(2 (n − 1)); `null` when d_av is. */
  readonly gav: number | null;
}

/**
 * Cohen's d for paired measures in Lakens' (2013) three forms, and Hedges' g_av, for the change
 * from `before` to `after` (positive when `after` is higher).
 *
 * - d_z = M_diff / SD_diff: the standardised mean of the differences; it drives the paired t test
 *   (t = d_z √n) but is not comparable with between-group effect sizes.
 * - d_av = M_diff / ((SD_before + SD_after) / 2): standardised by the average spread of the raw
 *   scores, so comparable with d from independent groups (Lakens recommends reporting it).
 * - d_rm = M_diff / √(SD₁² + SD₂² − 2 r SD₁ SD₂) × √(2 (1 − r)), which simplifies to
 *   d_z √(2 (1 − r)): the repeated-measures d that allows for the correlation r.
 * - g_av = d_av × J(2 (n − 1)), with the exact {@link hedgesJ}; Lakens applies the two-group
 *   correction with n₁ = n₂ = n, which is why the degrees of freedom are 2 (n − 1).
 *
 * A measure whose denominator is zero (no spread) is `null`, never Infinity.
 *
 * @param before - the first measurement of each person (at least two), in the same order as `after`
 * @param after - the second measurement of each person
 * @returns `{ n, meanDifference, correlation, dz, dav, drm, gav }`
 * @throws LmdInputError when the lists differ in length, have fewer than two values, or hold a non-finite value
 * @example
 * // Lakens (2013), Table 1: ten people rate two films (film 2 as "before", film 1 as "after").
 * const effect = pairedEffectSize([9, 6, 7, 8, 7, 9, 8, 8, 8, 7], [9, 7, 8, 9, 8, 9, 9, 10, 9, 9]);
 * effect.dz?.toFixed(2) //=> '1.50'
 * effect.dav?.toFixed(2) //=> '1.13'
 * effect.gav?.toFixed(2) //=> '1.08'
 * pairedEffectSize([1, 2], [1, 2, 3]) //=> throws LmdInputError
 * @see {@link cohensDConfidenceInterval} with `{ d: dz, n }` for an interval for d_z
 * @see {@link tTest} with `variant: 'paired'`
 * @see Source: lakens-2013, hedges-1981 in {@link references}.
 */
export function pairedEffectSize(before: readonly number[], after: readonly number[]): PairedEffectSize {
  assertPairedSamples(before, after, ['before'], ['after']);
  // Work in scaled units (the data divided by a power of two, exactly) so that huge or tiny values
  // neither overflow nor underflow when squared; every effect size is scale-free.
  const exponent = commonExponent(before, after);
  const first = scaleDown(before, exponent);
  const second = scaleDown(after, exponent);
  const differences = pairedDifferences(first, second, ['before'], ['after']);
  const n = differences.length;
  const meanDifference = mean(differences);
  const meanBefore = mean(first);
  const meanAfter = mean(second);
  const sdBefore = Math.sqrt(sampleVariance(first));
  const sdAfter = Math.sqrt(sampleVariance(second));
  const sdDifference = Math.sqrt(sampleVariance(differences));
  const location = [meanBefore, meanAfter];
  const dz = isEssentiallyZero(sdDifference, ...location) ? null : finiteOrNull(meanDifference / sdDifference);
  const averageSd = (sdBefore + sdAfter) / 2;
  const dav = isEssentiallyZero(averageSd, ...location) ? null : finiteOrNull(meanDifference / averageSd);
  const correlation =
    isEssentiallyZero(sdBefore, meanBefore) || isEssentiallyZero(sdAfter, meanAfter)
      ? null
      : clampCorrelation(
          sum(first.map((value, index) => (value - meanBefore) * ((second[index] as number) - meanAfter))) /
            ((n - 1) * sdBefore * sdAfter),
        );
  const drm = dz === null || correlation === null ? null : dz * Math.sqrt(2 * (1 - correlation));
  const gav = dav === null ? null : dav * exactCorrection(2 * (n - 1));
  return { n, meanDifference: scaleUp(meanDifference, exponent, ['after']), correlation, dz, dav, drm, gav };
}

function clampCorrelation(r: number): number {
  return Math.min(1, Math.max(-1, r));
}
