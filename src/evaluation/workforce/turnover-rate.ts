import { measuresSchema, percentOf, readMeasures } from '../_internal/measures.js';

const rules = {
  leavers: { min: 0 },
  averageHeadcount: { min: 0, minExclusive: true },
} as const;

/**
 * The input of {@link turnoverRate}.
 * @see {@link turnoverRate}
 */
export interface TurnoverRateInput {
  /** People who left during the period (all leavers, or one kind such as voluntary leavers); at least 0. */
  readonly leavers: number;
  /** The average headcount over the same period (see {@link averageHeadcount}); more than 0. */
  readonly averageHeadcount: number;
}

/**
 * The zod schema for {@link TurnoverRateInput}. It checks each field; {@link turnoverRate} checks
 * the same rules without zod.
 *
 * @example
 * turnoverRateInputSchema.safeParse({ leavers: 18, averageHeadcount: 0 }).success //=> false
 * @see {@link turnoverRate}
 */
export const turnoverRateInputSchema = /* @__PURE__ */ measuresSchema(rules);

/**
 * The crude labour turnover rate, as a percentage (a 0–100 number, which can exceed 100 when more
 * people leave in a period than are employed on average).
 *
 * Turnover rate = leavers in the period ÷ average headcount over the period × 100. Count leavers
 * and headcount over the same period and population; for a voluntary turnover rate count only
 * resignations. Leavers may exceed the average headcount (a seasonal workforce that turns over
 * more than once a year), so that is allowed.
 *
 * Source: CIPD, *Employee turnover and retention* (`cipd-turnover-retention`).
 *
 * @param input - `leavers` (at least 0) and `averageHeadcount` (more than 0)
 * @returns the turnover rate as a percentage, 0 or more
 * @throws LmdInputError when the average headcount is 0 or less, leavers are negative, a value is
 * not a finite number or a key is not recognised
 * @example
 * turnoverRate({ leavers: 18, averageHeadcount: 150 }) //=> 12
 * turnoverRate({ leavers: 3, averageHeadcount: 0 }) //=> throws LmdInputError
 * @see {@link averageHeadcount}
 * @see {@link stabilityIndex}
 */
export function turnoverRate(input: TurnoverRateInput): number {
  const { leavers, averageHeadcount } = readMeasures(input, ['input'], rules);
  return percentOf(leavers, averageHeadcount, ['input', 'averageHeadcount']);
}
