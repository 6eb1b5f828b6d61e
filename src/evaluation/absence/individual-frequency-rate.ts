import { measuresSchema, percentOf, readMeasures } from '../_internal/measures.js';

const rules = {
  workersWithAbsence: { min: 0, integer: true },
  averageWorkers: { min: 0, minExclusive: true },
} as const;

/**
 * The input of {@link individualFrequencyRate}.
 * @see {@link individualFrequencyRate}
 */
export interface IndividualFrequencyRateInput {
  /** Different people with at least one spell of absence in the period; a whole number, at least 0. */
  readonly workersWithAbsence: number;
  /** The average number of workers over the period; more than 0. */
  readonly averageWorkers: number;
}

/**
 * The zod schema for {@link IndividualFrequencyRateInput}.
 *
 * @example
 * individualFrequencyRateInputSchema.safeParse({ workersWithAbsence: 3, averageWorkers: -2 }).success //=> false
 * @see {@link individualFrequencyRate}
 */
export const individualFrequencyRateInputSchema = /* @__PURE__ */ measuresSchema(rules);

/**
 * The individual frequency rate, as a percentage (a 0–100 number): the share of workers who had
 * any absence in the period.
 *
 * Individual frequency rate = number of workers with one or more spells of absence ÷ average
 * number of workers × 100. Set beside {@link frequencyRate}, it tells whether absence is spread
 * across the workforce or concentrated in a few people. People absent who then left count too, so
 * with turnover in the period the rate can slightly exceed 100; that is allowed rather than
 * treated as an error.
 *
 * Source: Acas, *Managing attendance and employee turnover* (`acas-attendance-turnover`).
 *
 * @param input - `workersWithAbsence` (a whole number, at least 0) and `averageWorkers` (more than 0)
 * @returns the individual frequency rate, usually 0–100
 * @throws LmdInputError when the average workforce is 0, the count is negative or fractional, or a
 * value is not a finite number
 * @example
 * individualFrequencyRate({ workersWithAbsence: 60, averageWorkers: 150 }) //=> 40
 * individualFrequencyRate({ workersWithAbsence: 1, averageWorkers: 0 }) //=> throws LmdInputError
 * @see {@link frequencyRate}
 */
export function individualFrequencyRate(input: IndividualFrequencyRateInput): number {
  const { workersWithAbsence, averageWorkers } = readMeasures(input, ['input'], rules);
  return percentOf(workersWithAbsence, averageWorkers, ['input', 'averageWorkers']);
}
