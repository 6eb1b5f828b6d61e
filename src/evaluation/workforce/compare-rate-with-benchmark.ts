import * as z from 'zod';
import { parseInput } from '../../core/parse-input.js';
import { annualiseRate, rateAnnualisationMethods, ratePeriodLabel } from './annualise-rate.js';

const periodRate = /* @__PURE__ */ z.strictObject({
  rate: /* @__PURE__ */ z.number().min(0).max(1e9),
  periodMonths: /* @__PURE__ */ z.number().gt(0).max(120).optional(),
});

/**
 * The zod schema for the input of {@link compareRateWithBenchmark}: the organisation's `rate` and
 * the `benchmark`, each `{ rate, periodMonths? }` (per cent over the period; a period not stated
 * is unknown), and `method` (default `simple`) for annualising.
 *
 * @example
 * compareRateWithBenchmarkInputSchema.safeParse({ rate: { rate: 8, periodMonths: 6 }, benchmark: { rate: 15, periodMonths: 12 } }).success //=> true
 * @see {@link compareRateWithBenchmark}
 */
export const compareRateWithBenchmarkInputSchema = /* @__PURE__ */ z.strictObject({
  rate: periodRate,
  benchmark: periodRate,
  method: /* @__PURE__ */ z.enum(rateAnnualisationMethods).default('simple'),
});

/**
 * The input of {@link compareRateWithBenchmark}.
 * @see {@link compareRateWithBenchmarkInputSchema}
 */
export type CompareRateWithBenchmarkInput = z.input<typeof compareRateWithBenchmarkInputSchema>;

/**
 * A rate set beside a benchmark on one basis, or the reason it cannot be.
 *
 * @example
 * const comparison: RateBenchmarkComparison = compareRateWithBenchmark({ rate: { rate: 8, periodMonths: 6 }, benchmark: { rate: 15, periodMonths: 12 } });
 * comparison.basis //=> 'a year'
 * @see {@link compareRateWithBenchmark}
 */
export interface RateBenchmarkComparison {
  /** Whether the two rates could be put on one basis. */
  readonly comparable: boolean;
  /** The period both rates are on ("a year", "6 months"), or `null` when they are not comparable. */
  readonly basis: string | null;
  /** The organisation's rate on that basis, or `null`. */
  readonly rate: number | null;
  /** The benchmark on that basis, or `null`. */
  readonly benchmark: number | null;
  /** Rate − benchmark, in percentage points, or `null`. */
  readonly differencePoints: number | null;
  /** One plain sentence: what was done to compare them, or why they cannot be compared. */
  readonly note: string;
}

/**
 * Sets a rate beside a benchmark on the same basis. When both periods are the same the rates are
 * compared as they are; when they differ, both are put on an annual basis with
 * {@link annualiseRate}; when either period is not stated, they are not compared, and the note
 * says why (a six-month turnover rate set beside an annual benchmark looks about half as high as
 * it is).
 *
 * @param input - the rate, the benchmark and the annualising method (see {@link CompareRateWithBenchmarkInput})
 * @returns the comparison, or the reason there is none
 * @throws LmdInputError when a rate is negative or not finite or a period is out of range
 * @example
 * const comparison = compareRateWithBenchmark({ rate: { rate: 8, periodMonths: 6 }, benchmark: { rate: 15, periodMonths: 12 } });
 * [comparison.rate, comparison.benchmark, comparison.differencePoints] //=> [16, 15, 1]
 * compareRateWithBenchmark({ rate: { rate: 8 }, benchmark: { rate: 15, periodMonths: 12 } }).comparable //=> false
 * @see {@link annualiseRate}
 */
export function compareRateWithBenchmark(input: CompareRateWithBenchmarkInput): RateBenchmarkComparison {
  const { rate, benchmark, method } = parseInput(compareRateWithBenchmarkInputSchema, input, 'input');
  if (rate.periodMonths === undefined || benchmark.periodMonths === undefined) {
    const missing =
      rate.periodMonths === undefined
        ? benchmark.periodMonths === undefined
          ? 'neither the rate’s nor the benchmark’s period is stated'
          : 'the rate’s period is not stated'
        : 'the benchmark’s period is not stated';
    return {
      comparable: false,
      basis: null,
      rate: null,
      benchmark: null,
      differencePoints: null,
      note: `They cannot be compared: ${missing}, and rates over different periods differ in size (a six-month turnover rate is about half an annual one).`,
    };
  }
  if (rate.periodMonths === benchmark.periodMonths) {
    return {
      comparable: true,
      basis: ratePeriodLabel(rate.periodMonths),
      rate: rate.rate,
      benchmark: benchmark.rate,
      differencePoints: rate.rate - benchmark.rate,
      note: `Both rates are over ${ratePeriodLabel(rate.periodMonths)}, so they are compared as they are.`,
    };
  }
  const annual = (value: { rate: number; periodMonths: number }): number =>
    value.periodMonths === 12 ? value.rate : annualiseRate({ rate: value.rate, periodMonths: value.periodMonths, method }).annualRate;
  const ours = annual({ rate: rate.rate, periodMonths: rate.periodMonths });
  const theirs = annual({ rate: benchmark.rate, periodMonths: benchmark.periodMonths });
  return {
    comparable: true,
    basis: 'a year',
    rate: ours,
    benchmark: theirs,
    differencePoints: ours - theirs,
    note: `The rate over ${ratePeriodLabel(rate.periodMonths)} and the benchmark over ${ratePeriodLabel(benchmark.periodMonths)} were both put on an annual basis (${method} method) before comparing.`,
  };
}
