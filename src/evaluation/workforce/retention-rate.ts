import { failInput, measuresSchema, percentOf, readMeasures } from '../_internal/measures.js';

const rules = {
  startHeadcount: { min: 0, minExclusive: true, integer: true },
  endHeadcount: { min: 0, integer: true },
  hires: { min: 0, integer: true },
} as const;

/**
 * The input of {@link retentionRate}.
 * @see {@link retentionRate}
 */
export interface RetentionRateInput {
  /** Headcount at the start of the period; a whole number, more than 0. */
  readonly startHeadcount: number;
  /** Headcount at the end of the period; a whole number, at least 0. */
  readonly endHeadcount: number;
  /** People hired during the period and still employed at its end; a whole number, at least 0. */
  readonly hires: number;
}

/**
 * The zod schema for {@link RetentionRateInput} (each field; the function also checks the
 * relations between them).
 *
 * @example
 * retentionRateInputSchema.safeParse({ startHeadcount: 0, endHeadcount: 5, hires: 5 }).success //=> false
 * @see {@link retentionRate}
 */
export const retentionRateInputSchema = /* @__PURE__ */ measuresSchema(rules);

/**
 * The retention rate, as a percentage (a 0–100 number): the share of the people employed at the
 * start of a period who are still employed at its end.
 *
 * Retention rate = (end headcount − hires during the period still employed at the end) ÷ start
 * headcount × 100. `hires` must be the new starters who are still there at the end, so that
 * end headcount − hires is the number of starting staff retained; people hired and gone within the
 * period do not count. The CIPD treats retention as the counterpart of turnover; this formula is
 * the common HR-analytics form of it.
 *
 * Source: CIPD, *Employee turnover and retention* (`cipd-turnover-retention`).
 *
 * @param input - `startHeadcount`, `endHeadcount` and `hires`, whole numbers
 * @returns the retention rate, 0–100
 * @throws LmdInputError when the start headcount is 0, a count is negative or fractional, hires
 * exceed the end headcount, or more starting staff would be retained than there were
 * @example
 * retentionRate({ startHeadcount: 200, endHeadcount: 205, hires: 25 }) //=> 90
 * retentionRate({ startHeadcount: 200, endHeadcount: 20, hires: 25 }) //=> throws LmdInputError
 * @see {@link stabilityIndex}
 * @see {@link turnoverRate}
 */
export function retentionRate(input: RetentionRateInput): number {
  const { startHeadcount, endHeadcount, hires } = readMeasures(input, ['input'], rules);
  if (hires > endHeadcount) {
    failInput(['input', 'hires'], `cannot exceed the end headcount, ${endHeadcount} (received ${hires})`);
  }
  const retained = endHeadcount - hires;
  if (retained > startHeadcount) {
    failInput(
      ['input', 'endHeadcount'],
      `end headcount minus hires (${retained}) cannot exceed the start headcount, ${startHeadcount} (received ${endHeadcount})`,
    );
  }
  return percentOf(retained, startHeadcount, ['input', 'startHeadcount']);
}
