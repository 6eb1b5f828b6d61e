import { failInput, measuresSchema, percentOf, readMeasures } from '../_internal/measures.js';

const rules = {
  withOneYearService: { min: 0, integer: true },
  headcountOneYearAgo: { min: 0, minExclusive: true, integer: true },
} as const;

/**
 * The input of {@link stabilityIndex}.
 * @see {@link stabilityIndex}
 */
export interface StabilityIndexInput {
  /** People employed now who have a year's service or more; a whole number, at least 0. */
  readonly withOneYearService: number;
  /** People employed a year ago; a whole number, more than 0. */
  readonly headcountOneYearAgo: number;
}

/**
 * The zod schema for {@link StabilityIndexInput} (each field; the function also checks that the
 * first count does not exceed the second).
 *
 * @example
 * stabilityIndexInputSchema.safeParse({ withOneYearService: 1.5, headcountOneYearAgo: 10 }).success //=> false
 * @see {@link stabilityIndex}
 */
export const stabilityIndexInputSchema = /* @__PURE__ */ measuresSchema(rules);

/**
 * The stability index, as a percentage (a 0–100 number): how much of the workforce of a year ago
 * is still here.
 *
 * Stability index = people now employed with a year's service or more ÷ people employed a year
 * ago × 100. Unlike the turnover rate it is not inflated by a few posts that churn repeatedly, so
 * the CIPD suggests reading the two together.
 *
 * Source: CIPD, *Employee turnover and retention* (`cipd-turnover-retention`).
 *
 * @param input - `withOneYearService` and `headcountOneYearAgo`, whole numbers
 * @returns the stability index, 0–100
 * @throws LmdInputError when the headcount a year ago is 0, a count is negative or fractional, or
 * more people have a year's service than were employed a year ago (impossible)
 * @example
 * stabilityIndex({ withOneYearService: 170, headcountOneYearAgo: 200 }) //=> 85
 * stabilityIndex({ withOneYearService: 210, headcountOneYearAgo: 200 }) //=> throws LmdInputError
 * @see {@link turnoverRate}
 * @see {@link retentionRate}
 */
export function stabilityIndex(input: StabilityIndexInput): number {
  const { withOneYearService, headcountOneYearAgo } = readMeasures(input, ['input'], rules);
  if (withOneYearService > headcountOneYearAgo) {
    failInput(
      ['input', 'withOneYearService'],
      `cannot exceed the headcount a year ago, ${headcountOneYearAgo} (received ${withOneYearService})`,
    );
  }
  return percentOf(withOneYearService, headcountOneYearAgo, ['input', 'headcountOneYearAgo']);
}
