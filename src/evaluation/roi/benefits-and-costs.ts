import type { MeasureRule } from '../_internal/measures.js';
import { measuresSchema } from '../_internal/measures.js';

/**
 * The shared rules for {@link BenefitsAndCostsInput}: benefits at least 0, costs more than 0 (both
 * at most 10¹⁵, to keep the arithmetic finite).
 *
 * @internal
 */
export const benefitsAndCostsRules: Readonly<Record<'benefits' | 'costs', MeasureRule>> = {
  benefits: { min: 0 },
  costs: { min: 0, minExclusive: true },
};

/**
 * The input of {@link roi} and {@link benefitCostRatio}: monetary benefits and costs over the
 * same period, in one currency.
 * @see {@link roi}
 */
export interface BenefitsAndCostsInput {
  /** Monetary benefits (after any adjustment for attribution and confidence); at least 0. */
  readonly benefits: number;
  /** Fully loaded costs; more than 0. */
  readonly costs: number;
}

/**
 * The zod schema for {@link BenefitsAndCostsInput}.
 *
 * @example
 * benefitsAndCostsInputSchema.safeParse({ benefits: 10, costs: 0 }).success //=> false
 * @see {@link roi}
 */
export const benefitsAndCostsInputSchema = /* @__PURE__ */ measuresSchema(benefitsAndCostsRules);
