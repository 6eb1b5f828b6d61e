import { assertNumberInRange } from '../../core/_internal/assert-number-in-range.js';
import { LmdInputError } from '../../core/input-error.js';
import type { ReferenceId } from '../../core/references.js';
import { effectSizeBenchmarks, type EffectSizeBenchmark } from './effect-size-benchmarks.js';

/**
 * One row of {@link compareToBenchmarks}: a local effect size set beside one published benchmark.
 *
 * @example
 * const row: BenchmarkComparison = compareToBenchmarks(0.5)[0] as BenchmarkComparison;
 * row.benchmarkId //=> 'lacerenza-2017-reactions'
 * @see {@link compareToBenchmarks}
 */
export interface BenchmarkComparison {
  /** The benchmark's id in {@link effectSizeBenchmarks}. */
  readonly benchmarkId: string;
  /** The meta-analysis it comes from. */
  readonly source: ReferenceId;
  /** The criterion the benchmark measures. */
  readonly criterion: EffectSizeBenchmark['criterion'];
  /** The benchmark value. */
  readonly benchmark: number;
  /** The benchmark's metric (`delta` is corrected for unreliability). */
  readonly metric: EffectSizeBenchmark['metric'];
  /** The local effect size given. */
  readonly estimate: number;
  /** estimate − benchmark. */
  readonly difference: number;
  /** Whether the benchmark lies inside the local confidence interval; `null` when no interval was given. */
  readonly benchmarkInInterval: boolean | null;
  /** Whether the benchmark value was checked against its publication. */
  readonly verified: boolean;
}

/**
 * Sets a local effect size (Cohen's d or Hedges' g, positive = improvement) beside each published
 * benchmark in {@link effectSizeBenchmarks}, one flat row per benchmark (ready for `console.table`).
 *
 * With a confidence interval, each row says whether the benchmark lies inside it: a pilot whose
 * interval includes the benchmark is consistent with what leadership development typically
 * achieves, which is usually all a small pilot can say. No verdict such as "above average" is
 * given, because a δ corrected for unreliability and an observed d are not on quite the same scale.
 *
 * @param estimate - the local effect size, a finite number
 * @param interval - optional `{ lower, upper }` confidence bounds for it (from {@link cohensDConfidenceInterval})
 * @returns one row per benchmark, in the order of {@link effectSizeBenchmarks}
 * @throws LmdInputError when the estimate or a bound is not finite, lower exceeds upper, or the
 * interval does not contain the estimate (a sign that the two are different measures or samples)
 * @example
 * const rows = compareToBenchmarks(0.5, { lower: -0.3, upper: 1.3 });
 * rows.map((row) => row.benchmarkInInterval) //=> [true, true, true, true, true]
 * rows[0]?.difference.toFixed(2) //=> '-0.13'
 * compareToBenchmarks(Number.NaN) //=> throws LmdInputError
 * compareToBenchmarks(0.65, { lower: 1.5, upper: 2.9 }) //=> throws LmdInputError
 * @see {@link effectSizeBenchmarks}
 * @see Source: lacerenza-2017, avolio-2009 in {@link references}.
 */
export function compareToBenchmarks(
  estimate: number,
  interval?: { readonly lower: number; readonly upper: number },
): BenchmarkComparison[] {
  assertNumberInRange(estimate, ['estimate'], {});
  if (interval !== undefined) {
    assertNumberInRange(interval?.lower, ['interval', 'lower'], {});
    assertNumberInRange(interval?.upper, ['interval', 'upper'], {});
    if (interval.lower > interval.upper) {
      throw new LmdInputError([
        { keys: ['interval', 'lower'], message: `expected the lower bound not to exceed the upper bound (received ${interval.lower} > ${interval.upper})` },
      ]);
    }
    if (estimate < interval.lower || estimate > interval.upper) {
      // An interval that misses its own estimate belongs to another measure (a d_z interval
      // beside a g_av, say) or another sample; comparing benchmarks with it would mislead.
      throw new LmdInputError([
        {
          keys: ['interval'],
          message: `expected an interval that contains its estimate ${estimate}; check that both are the same measure from the same data (received ${interval.lower} to ${interval.upper})`,
        },
      ]);
    }
  }
  return effectSizeBenchmarks.map((benchmark) => ({
    benchmarkId: benchmark.id,
    source: benchmark.source,
    criterion: benchmark.criterion,
    benchmark: benchmark.value,
    metric: benchmark.metric,
    estimate,
    difference: estimate - benchmark.value,
    benchmarkInInterval: interval === undefined ? null : benchmark.value >= interval.lower && benchmark.value <= interval.upper,
    verified: benchmark.verified,
  }));
}
