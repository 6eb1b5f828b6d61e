import { failInput, measuresSchema, readMeasures } from '../_internal/measures.js';

const rules = {
  spells: { min: 0, integer: true },
  days: { min: 0 },
} as const;

/**
 * The input of {@link bradfordFactor}.
 * @see {@link bradfordFactor}
 */
export interface BradfordFactorInput {
  /** Spells (separate occasions) of absence in the window; a whole number, at least 0. */
  readonly spells: number;
  /** Total days absent in the window (part days allowed); at least 0. */
  readonly days: number;
}

/**
 * The zod schema for {@link BradfordFactorInput} (each field; the function also checks that spells
 * and days are both 0 or both positive).
 *
 * @example
 * bradfordFactorInputSchema.safeParse({ spells: 1.5, days: 3 }).success //=> false
 * @see {@link bradfordFactor}
 */
export const bradfordFactorInputSchema = /* @__PURE__ */ measuresSchema(rules);

/**
 * The Bradford factor of one person's absence over a window (usually a rolling 52 weeks).
 *
 * Bradford factor = S² × D, where S is the number of spells of absence and D the total days
 * absent. Squaring the spells weights frequent short absences far more than one long absence: one
 * spell of 10 days scores 10, five spells of 2 days 250, ten spells of 1 day 1000.
 *
 * It is a trigger for a conversation, not a verdict: the CIPD and Acas caution that absences
 * linked to disability, pregnancy or other protected reasons must be handled separately (discounting
 * them may be a reasonable adjustment), and that trigger points are each employer's own policy
 * (see {@link bradfordBand}).
 *
 * Source: the Bradford factor (`bradford-factor`), as described by the CIPD
 * (`cipd-absence-measurement`).
 *
 * @param input - `spells` (a whole number) and `days`; both 0, or both more than 0
 * @returns S² × D, 0 or more
 * @throws LmdInputError when a value is negative or not finite, spells are fractional, or one of
 * spells and days is 0 while the other is not
 * @example
 * bradfordFactor({ spells: 1, days: 10 }) //=> 10
 * bradfordFactor({ spells: 5, days: 10 }) //=> 250
 * bradfordFactor({ spells: 10, days: 10 }) //=> 1000
 * bradfordFactor({ spells: 0, days: 4 }) //=> throws LmdInputError
 * @see {@link bradfordFactorFromAbsences} to count spells and days from dated absences
 * @see {@link bradfordBand}
 */
export function bradfordFactor(input: BradfordFactorInput): number {
  const { spells, days } = readMeasures(input, ['input'], rules);
  if (spells === 0 && days > 0) failInput(['input', 'days'], `must be 0 when there are no spells (received ${days})`);
  if (spells > 0 && days === 0) failInput(['input', 'days'], `must be more than 0 when there are spells (received 0)`);
  return spells * spells * days;
}
