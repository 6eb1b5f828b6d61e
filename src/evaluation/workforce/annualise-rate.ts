import * as z from 'zod';
import { parseInput } from '../../core/parse-input.js';
import { failInput, finiteResult } from '../_internal/measures.js';

/**
 * How {@link annualiseRate} scales a rate over a period to a year: `simple` (× 12 ÷ months, the
 * usual HR practice: the rate is assumed to run at the same pace all year) or `compound` (the
 * share of people who would leave in a year if each period's rate held for the people still
 * there: 1 − (1 − rate)^(12 ÷ months); it never exceeds 100%).
 *
 * @example
 * rateAnnualisationMethods //=> ['simple', 'compound']
 * @see {@link annualiseRate}
 */
export const rateAnnualisationMethods = /* @__PURE__ */ Object.freeze(['simple', 'compound'] as const);

/**
 * The zod schema for the input of {@link annualiseRate}: `rate` (per cent over the period, 0 or
 * more), `periodMonths` (more than 0, at most 120) and `method` (default `simple`).
 *
 * @example
 * annualiseRateInputSchema.safeParse({ rate: 14, periodMonths: 6 }).success //=> true
 * annualiseRateInputSchema.safeParse({ rate: 14, periodMonths: 0 }).success //=> false
 * @see {@link annualiseRate}
 */
export const annualiseRateInputSchema = /* @__PURE__ */ z.strictObject({
  rate: /* @__PURE__ */ z.number().min(0).max(1e9),
  periodMonths: /* @__PURE__ */ z.number().gt(0, 'expected a period of more than 0 months').max(120),
  method: /* @__PURE__ */ z.enum(rateAnnualisationMethods).default('simple'),
});

/**
 * The input of {@link annualiseRate}.
 * @see {@link annualiseRateInputSchema}
 */
export type AnnualiseRateInput = z.input<typeof annualiseRateInputSchema>;

/**
 * A rate over a period and the same rate on an annual basis, with both periods labelled.
 *
 * @example
 * const result: AnnualisedRate = annualiseRate({ rate: 15, periodMonths: 3 });
 * result.annualRate //=> 60
 * @see {@link annualiseRate}
 */
export interface AnnualisedRate {
  /** The rate as given, per cent over `periodMonths`. */
  readonly rate: number;
  /** The months the rate covers. */
  readonly periodMonths: number;
  /** The period in words ("6 months", "a year"). */
  readonly periodLabel: string;
  /** How it was annualised. */
  readonly method: (typeof rateAnnualisationMethods)[number];
  /** The rate on an annual basis, per cent a year. */
  readonly annualRate: number;
}

/**
 * A period of months in words, as reports label rates: "a month", "6 months", "a year",
 * "18 months".
 *
 * @param months - the period in months (more than 0)
 * @returns the label
 * @throws LmdInputError when the months are not a finite number above 0
 * @example
 * ratePeriodLabel(6) //=> '6 months'
 * ratePeriodLabel(12) //=> 'a year'
 * @see {@link annualiseRate}
 */
export function ratePeriodLabel(months: number): string {
  if (typeof months !== 'number' || !Number.isFinite(months) || months <= 0) failInput(['months'], `expected a number of months above 0 (received ${String(months)})`);
  if (months === 12) return 'a year';
  if (months === 1) return 'a month';
  return `${months} months`;
}

/**
 * Puts a rate over a period other than a year on an annual basis, so that it can be set beside
 * annual figures and benchmarks. Use it for flows counted over a period, such as turnover
 * (leavers ÷ average headcount); a share of time such as the lost-time rate is already a rate for
 * its period and needs no annualising.
 *
 * `simple` (the default): annual rate = rate × 12 ÷ months — the rate is assumed to continue at
 * the same pace, as in the usual HR practice and the published worked example of a 15% turnover
 * rate over January to March annualised to 60%. `compound`: annual rate = 100 × (1 − (1 − rate ÷
 * 100)^(12 ÷ months)), for a rate of 100% or less — the share of the original people who would be
 * gone after a year at that pace; lower than `simple` for periods under a year.
 *
 * Source: the worked example in the Humano HR library, "Annualized turnover"
 * (`humano-annualized-turnover`); the compound form is the usual conversion of a periodic rate.
 *
 * @param input - `rate` (per cent over the period), `periodMonths` and `method` (default `simple`)
 * @returns the rate, its period, the method and the annual rate
 * @throws LmdInputError when a value is missing, negative, not finite, the period is 0 or more than
 * 120 months, or a compound rate is above 100%
 * @example
 * annualiseRate({ rate: 15, periodMonths: 3 }).annualRate //=> 60
 * annualiseRate({ rate: 10, periodMonths: 6, method: 'compound' }).annualRate.toFixed(2) //=> '19.00'
 * annualiseRate({ rate: 10, periodMonths: 0 }) //=> throws LmdInputError
 * @see {@link ratePeriodLabel}
 * @see {@link compareRateWithBenchmark}
 */
export function annualiseRate(input: AnnualiseRateInput): AnnualisedRate {
  const { rate, periodMonths, method } = parseInput(annualiseRateInputSchema, input, 'input');
  if (method === 'compound' && rate > 100) failInput(['input', 'rate'], `expected a rate of 100 or less for the compound method (received ${rate})`);
  const annualRate =
    method === 'simple' ? (rate * 12) / periodMonths : 100 * (1 - Math.pow(1 - rate / 100, 12 / periodMonths));
  return { rate, periodMonths, periodLabel: ratePeriodLabel(periodMonths), method, annualRate: finiteResult(annualRate + 0, ['input', 'rate'], rate) };
}
