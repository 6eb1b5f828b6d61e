import { measuresSchema, readMeasures } from '../_internal/measures.js';
import { finiteOrNull } from '../../core/_internal/finite-or-null.js';

const rules = {
  cost: { min: 0 },
  annualBenefit: { min: -1e15 },
} as const;

/**
 * The input of {@link paybackMonths}.
 * @see {@link paybackMonths}
 */
export interface PaybackMonthsInput {
  /** The fully loaded cost of the programme; at least 0. */
  readonly cost: number;
  /** The (adjusted) monetary benefit per year; a finite number from −10¹⁵ to 10¹⁵. */
  readonly annualBenefit: number;
}

/**
 * The zod schema for {@link PaybackMonthsInput}.
 *
 * @example
 * paybackMonthsInputSchema.safeParse({ cost: -1, annualBenefit: 100 }).success //=> false
 * @see {@link paybackMonths}
 */
export const paybackMonthsInputSchema = /* @__PURE__ */ measuresSchema(rules);

/**
 * The payback period in months: how long the annual benefit takes to repay the cost.
 *
 * Payback months = cost ÷ annual benefit × 12, assuming the benefit accrues evenly through the year
 * and without discounting. When the annual benefit is 0 or less the programme never pays back and
 * the honest answer is `null` (not a very large number); a cost of 0 pays back at once (0), whatever
 * the benefit.
 *
 * Source: Phillips & Phillips, the ROI Methodology (`phillips-phillips-2016`).
 *
 * @param input - `cost` (at least 0) and `annualBenefit`
 * @returns months to pay back: 0 when the cost is 0; otherwise `null` when the annual benefit is 0
 * or less (or so small that the months are too many to represent)
 * @throws LmdInputError when the cost is negative or a value is not a finite number
 * @example
 * paybackMonths({ cost: 60_000, annualBenefit: 120_000 }) //=> 6
 * paybackMonths({ cost: 60_000, annualBenefit: 0 }) //=> null
 * paybackMonths({ cost: 0, annualBenefit: 0 }) //=> 0
 * @see {@link roi}
 */
export function paybackMonths(input: PaybackMonthsInput): number | null {
  const { cost, annualBenefit } = readMeasures(input, ['input'], rules);
  return paybackOf(cost, annualBenefit);
}

/**
 * `cost × 12 ÷ annualBenefit` for checked numbers: 0 for a cost of 0, or `null` when the benefit
 * never repays the cost (0 or less) or the months are too many to represent.
 *
 * @internal
 */
export function paybackOf(cost: number, annualBenefit: number): number | null {
  if (cost === 0) return 0;
  if (annualBenefit <= 0) return null;
  const months = (cost * 12) / annualBenefit;
  return finiteOrNull(months);
}
