import { measuresSchema, percentOf, readMeasures } from '../_internal/measures.js';

const rules = {
  spells: { min: 0, integer: true },
  averageWorkers: { min: 0, minExclusive: true },
} as const;

/**
 * The input of {@link frequencyRate}.
 * @see {@link frequencyRate}
 */
export interface FrequencyRateInput {
  /** Spells (separate occasions) of absence that began in the period; a whole number, at least 0. */
  readonly spells: number;
  /** The average number of workers over the period; more than 0. */
  readonly averageWorkers: number;
}

/**
 * The zod schema for {@link FrequencyRateInput}.
 *
 * @example
 * frequencyRateInputSchema.safeParse({ spells: 2.5, averageWorkers: 10 }).success //=> false
 * @see {@link frequencyRate}
 */
export const frequencyRateInputSchema = /* @__PURE__ */ measuresSchema(rules);

/**
 * The absence frequency rate, as a percentage (a 0–100 number that can exceed 100): spells of
 * absence per 100 workers.
 *
 * Frequency rate = number of spells of absence in the period ÷ average number of workers × 100.
 * It counts occasions, however long, so a rise means more frequent (often short) absences. It is
 * above 100 when there are more spells than workers.
 *
 * Source: Acas, *Managing attendance and employee turnover* (`acas-attendance-turnover`).
 *
 * @param input - `spells` (a whole number, at least 0) and `averageWorkers` (more than 0)
 * @returns the frequency rate, 0 or more
 * @throws LmdInputError when the average workforce is 0, spells are negative or fractional, or a
 * value is not a finite number
 * @example
 * frequencyRate({ spells: 45, averageWorkers: 150 }) //=> 30
 * frequencyRate({ spells: 300, averageWorkers: 150 }) //=> 200
 * frequencyRate({ spells: 4, averageWorkers: 0 }) //=> throws LmdInputError
 * @see {@link individualFrequencyRate}
 * @see {@link lostTimeRate}
 */
export function frequencyRate(input: FrequencyRateInput): number {
  const { spells, averageWorkers } = readMeasures(input, ['input'], rules);
  return percentOf(spells, averageWorkers, ['input', 'averageWorkers']);
}
