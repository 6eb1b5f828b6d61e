import { failInput, measuresSchema, percentOf, readMeasures } from '../_internal/measures.js';

const rules = {
  hoursLost: { min: 0 },
  hoursAvailable: { min: 0, minExclusive: true },
} as const;

/**
 * The input of {@link lostTimeRate}. Days may be used instead of hours, as long as both fields use
 * the same unit.
 * @see {@link lostTimeRate}
 */
export interface LostTimeRateInput {
  /** Working time lost to absence in the period; at least 0. */
  readonly hoursLost: number;
  /** Working time that could have been worked in the period (contracted time); more than 0. */
  readonly hoursAvailable: number;
}

/**
 * The zod schema for {@link LostTimeRateInput} (each field; the function also checks that the time
 * lost does not exceed the time available).
 *
 * @example
 * lostTimeRateInputSchema.safeParse({ hoursLost: -1, hoursAvailable: 100 }).success //=> false
 * @see {@link lostTimeRate}
 */
export const lostTimeRateInputSchema = /* @__PURE__ */ measuresSchema(rules);

/**
 * The lost time rate, as a percentage (a 0–100 number): the share of available working time lost
 * to absence.
 *
 * Lost time rate = time lost to absence in the period ÷ total time available in the period × 100
 * (hours or days, the same unit in both). It shows how much time is lost, not how it is spread:
 * read it with {@link frequencyRate} and {@link individualFrequencyRate}.
 *
 * Source: Acas, *Managing attendance and employee turnover* (`acas-attendance-turnover`); CIPD,
 * *Absence measurement and management* (`cipd-absence-measurement`).
 *
 * @param input - `hoursLost` (at least 0) and `hoursAvailable` (more than 0)
 * @returns the lost time rate, 0–100
 * @throws LmdInputError when the time available is 0, the time lost is negative or exceeds the
 * time available, or a value is not a finite number
 * @example
 * lostTimeRate({ hoursLost: 1_200, hoursAvailable: 30_000 }) //=> 4
 * lostTimeRate({ hoursLost: 10, hoursAvailable: 0 }) //=> throws LmdInputError
 * @see {@link frequencyRate}
 */
export function lostTimeRate(input: LostTimeRateInput): number {
  const { hoursLost, hoursAvailable } = readMeasures(input, ['input'], rules);
  if (hoursLost > hoursAvailable) {
    failInput(['input', 'hoursLost'], `cannot exceed the time available, ${hoursAvailable} (received ${hoursLost})`);
  }
  return percentOf(hoursLost, hoursAvailable, ['input', 'hoursAvailable']);
}
