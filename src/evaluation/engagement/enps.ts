import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { failInput, measuresSchema, percentOf, readMeasure, readMeasures } from '../_internal/measures.js';

/**
 * How a list of 0–10 scores splits into promoters, passives and detractors, with the eNPS.
 *
 * @example
 * const split: EnpsBreakdown = enpsBreakdown([10, 9, 8, 6]);
 * split.promoters //=> 2
 * @see {@link enpsBreakdown}
 */
export interface EnpsBreakdown {
  /** How many scores there were. */
  readonly respondents: number;
  /** Scores of 9 or 10. */
  readonly promoters: number;
  /** Scores of 7 or 8. */
  readonly passives: number;
  /** Scores of 0 to 6. */
  readonly detractors: number;
  /** Promoters as a percentage (0–100) of respondents. */
  readonly promoterPercent: number;
  /** Passives as a percentage (0–100) of respondents. */
  readonly passivePercent: number;
  /** Detractors as a percentage (0–100) of respondents. */
  readonly detractorPercent: number;
  /** The eNPS: `promoterPercent − detractorPercent`, from −100 to 100. */
  readonly enps: number;
}

/**
 * Splits 0–10 "how likely are you to recommend this organisation as a place to work?" scores into
 * promoters (9–10), passives (7–8) and detractors (0–6), with their percentages (0–100 numbers)
 * and the eNPS.
 *
 * Source: Reichheld (2003), the Net Promoter Score (`reichheld-2003`), applied to employees.
 *
 * @param scores - one or more whole-number scores from 0 to 10 (not changed)
 * @returns the counts, the percentages and the eNPS
 * @throws LmdInputError when the list is empty or a score is not a whole number from 0 to 10
 * @example
 * enpsBreakdown([10, 9, 8, 6])
 * //=> { respondents: 4, promoters: 2, passives: 1, detractors: 1, promoterPercent: 50, passivePercent: 25, detractorPercent: 25, enps: 25 }
 * @see {@link enps}
 */
export function enpsBreakdown(scores: readonly number[]): EnpsBreakdown {
  assertFiniteNumbers(scores, ['scores'], 1);
  let promoters = 0;
  let passives = 0;
  scores.forEach((score, index) => {
    readMeasure(score, ['scores', index], { min: 0, max: 10, integer: true });
    if (score >= 9) promoters += 1;
    else if (score >= 7) passives += 1;
  });
  const respondents = scores.length;
  const detractors = respondents - promoters - passives;
  const percent = (count: number): number => percentOf(count, respondents, ['scores']);
  return {
    respondents,
    promoters,
    passives,
    detractors,
    promoterPercent: percent(promoters),
    passivePercent: percent(passives),
    detractorPercent: percent(detractors),
    enps: percent(promoters - detractors),
  };
}

/**
 * The employee Net Promoter Score (eNPS) of a list of 0–10 scores, from −100 to 100.
 *
 * eNPS = percentage of promoters (scores 9–10) − percentage of detractors (scores 0–6); passives
 * (7–8) count among the respondents but on neither side. Percentages are 0–100 numbers, so the
 * result is a whole-point scale from −100 (all detractors) to 100 (all promoters). With few
 * respondents it moves in large steps (one person of ten is 10 points): report the count beside it.
 *
 * Source: Reichheld (2003), the Net Promoter Score (`reichheld-2003`), applied to employees.
 *
 * @param scores - one or more whole-number scores from 0 to 10 (not changed)
 * @returns the eNPS, −100 to 100
 * @throws LmdInputError when the list is empty or a score is not a whole number from 0 to 10
 * @example
 * enps([10, 10, 9, 8, 7, 6, 3, 9, 10, 5]) //=> 20
 * enps([]) //=> throws LmdInputError
 * enps([11]) //=> throws LmdInputError
 * @see {@link enpsBreakdown} for the counts
 * @see {@link enpsFromPercentages}
 */
export function enps(scores: readonly number[]): number {
  return enpsBreakdown(scores).enps;
}

const percentageRules = {
  promoters: { min: 0, max: 100 },
  detractors: { min: 0, max: 100 },
} as const;

/**
 * The input of {@link enpsFromPercentages}: percentages as 0–100 numbers.
 * @see {@link enpsFromPercentages}
 */
export interface EnpsPercentagesInput {
  /** Promoters as a percentage of respondents, 0–100. */
  readonly promoters: number;
  /** Detractors as a percentage of respondents, 0–100. */
  readonly detractors: number;
}

/**
 * The zod schema for {@link EnpsPercentagesInput} (each field; the function also checks that the
 * two together do not exceed 100).
 *
 * @example
 * enpsPercentagesInputSchema.safeParse({ promoters: 45, detractors: 120 }).success //=> false
 * @see {@link enpsFromPercentages}
 */
export const enpsPercentagesInputSchema = /* @__PURE__ */ measuresSchema(percentageRules);

/**
 * The eNPS from reported percentages of promoters and detractors (0–100 numbers), for surveys that
 * publish only the split.
 *
 * eNPS = promoters % − detractors %, from −100 to 100.
 *
 * Source: Reichheld (2003), the Net Promoter Score (`reichheld-2003`).
 *
 * @param input - `promoters` and `detractors`, each 0–100, together at most 100
 * @returns the eNPS, −100 to 100
 * @throws LmdInputError when a percentage is outside 0–100 or the two add up to more than 100
 * @example
 * enpsFromPercentages({ promoters: 45, detractors: 20 }) //=> 25
 * enpsFromPercentages({ promoters: 70, detractors: 40 }) //=> throws LmdInputError
 * @see {@link enps}
 */
export function enpsFromPercentages(input: EnpsPercentagesInput): number {
  const { promoters, detractors } = readMeasures(input, ['input'], percentageRules);
  if (promoters + detractors > 100) {
    failInput(['input', 'detractors'], `promoters and detractors together cannot exceed 100% (received ${promoters} + ${detractors})`);
  }
  return promoters - detractors;
}
