import { benefitsAndCostsRules, type BenefitsAndCostsInput } from './benefits-and-costs.js';
import type { LmdInputPathKey } from '../../core/input-error.js';
import { percentOf, readMeasures } from '../_internal/measures.js';

/**
 * Return on investment as a percentage (a number on the 0–100 scale; negative for a loss, above
 * 100 when net benefits exceed costs).
 *
 * ROI % = (benefits − costs) ÷ costs × 100, that is net benefits over fully loaded costs. An ROI of
 * 0 means the programme paid for itself and no more; −100 means it returned nothing. Use benefits
 * already adjusted for attribution and confidence ({@link phillipsRoi} does that).
 *
 * Source: Phillips & Phillips, the ROI Methodology (`phillips-phillips-2016`).
 *
 * @param input - `benefits` (at least 0) and `costs` (more than 0)
 * @returns the ROI as a percentage, −100 or more
 * @throws LmdInputError when costs are 0 or less (ROI is not defined) or so small that the ROI
 * overflows, benefits are negative, or a value is not a finite number
 * @example
 * roi({ benefits: 150_000, costs: 60_000 }) //=> 150
 * roi({ benefits: 45_000, costs: 60_000 }) //=> -25
 * roi({ benefits: 45_000, costs: 0 }) //=> throws LmdInputError
 * @see {@link benefitCostRatio}
 * @see {@link phillipsRoi}
 */
export function roi(input: BenefitsAndCostsInput): number {
  const { benefits, costs } = readMeasures(input, ['input'], benefitsAndCostsRules);
  return roiPercentOf(benefits, costs, ['input', 'costs']);
}

/**
 * `(benefits − costs) × 100 ÷ costs` for checked numbers. Multiplying first keeps round figures
 * round; the floor at −100 (benefits of 0) removes rounding below it, which is impossible in
 * exact arithmetic because benefits are never negative.
 *
 * @internal
 */
export function roiPercentOf(benefits: number, costs: number, costsPath: readonly LmdInputPathKey[]): number {
  return Math.max(-100, percentOf(benefits - costs, costs, costsPath));
}
