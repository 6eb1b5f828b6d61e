import { benefitsAndCostsRules, type BenefitsAndCostsInput } from './benefits-and-costs.js';
import { finiteResult, readMeasures } from '../_internal/measures.js';

/**
 * The benefit-cost ratio (BCR): monetary benefits per unit of cost, a plain ratio.
 *
 * BCR = benefits ÷ costs. A BCR of 2.5 (often written 2.5 : 1) means each pound spent returned
 * £2.50 in benefits; it equals 1 + ROI % ÷ 100. Use benefits already adjusted for attribution
 * and confidence.
 *
 * Source: Phillips & Phillips, the ROI Methodology (`phillips-phillips-2016`).
 *
 * @param input - `benefits` (at least 0) and `costs` (more than 0)
 * @returns the ratio, 0 or more
 * @throws LmdInputError when costs are 0 or less (or so small that the ratio overflows), benefits
 * are negative, or a value is not finite
 * @example
 * benefitCostRatio({ benefits: 150_000, costs: 60_000 }) //=> 2.5
 * benefitCostRatio({ benefits: 150_000, costs: 0 }) //=> throws LmdInputError
 * @see {@link roi}
 */
export function benefitCostRatio(input: BenefitsAndCostsInput): number {
  const { benefits, costs } = readMeasures(input, ['input'], benefitsAndCostsRules);
  return finiteResult(benefits / costs, ['input', 'costs'], costs);
}
