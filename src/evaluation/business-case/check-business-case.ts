import type { EvidenceStrength } from '../../core/evidence-strength.js';
import { sortFindingsBySeverity } from '../../core/finding.js';
import { parseInput } from '../../core/parse-input.js';
import {
  businessCaseOptionsSchema,
  businessCaseSchema,
  type BusinessCase,
  type BusinessCaseInput,
  type BusinessCaseOptions,
  type SponsorSeniority,
} from './business-case-schema.js';
import {
  businessCaseRuleFindings,
  expectedBenefitLabels,
  unansweredQuestions,
  type BusinessCaseFinding,
} from './business-case-findings.js';
import { businessCaseSummary, type BusinessCaseSummaryRow } from './business-case-summary.js';
import { failInput } from '../_internal/measures.js';
import { phillipsRoi, type PhillipsRoi, type PhillipsRoiFinding } from '../roi/phillips-roi.js';
import { highestReactionLevel } from '../_internal/reaction-level.js';
import type { SeniorLeaderQuestionId } from './senior-leader-questions.js';

/**
 * The thresholds {@link checkBusinessCase} applied, echoed in its result.
 *
 * @example
 * const thresholds: BusinessCaseThresholds = checkBusinessCase({
 *   problem: 'Junior staff leave', goals: ['retention'], successMeasures: [], costOfInaction: '',
 * }).thresholds;
 * thresholds.largeClaimPercent //=> 20
 * thresholds.weakEvidenceStrengths //=> ['practitioner-reported', 'consultation', 'theoretical']
 * @see {@link checkBusinessCase}
 */
export interface BusinessCaseThresholds {
  /** Claimed improvements of at least this many per cent are large (default 20). */
  readonly largeClaimPercent: number;
  /** Promising at least this many distinct goals with no uncertainty is silver-bullet framing (default 4). */
  readonly silverBulletGoalCount: number;
  /** The evidence strengths that cannot carry a large claim on their own. */
  readonly weakEvidenceStrengths: readonly EvidenceStrength[];
  /** The sponsor seniorities that count as senior. */
  readonly seniorSponsorSeniorities: readonly SponsorSeniority[];
  /** The highest level of each model that counts as reaction level or below. */
  readonly highestReactionLevel: { readonly kirkpatrick: number; readonly phillips: number; readonly ltem: number };
}

/**
 * The result of {@link checkBusinessCase}.
 *
 * @example
 * const check: BusinessCaseCheck = checkBusinessCase({
 *   problem: 'Junior staff leave', goals: ['retention'], successMeasures: [], costOfInaction: '',
 * });
 * check.missing //=> ['success-evidence', 'cost-of-inaction']
 * @see {@link checkBusinessCase}
 */
export interface BusinessCaseCheck {
  /** `true` when every one of the four senior-leader questions is answered (`missing` is empty). */
  readonly complete: boolean;
  /** The ids of the unanswered {@link seniorLeaderQuestions}, in the catalogue's order. */
  readonly missing: readonly SeniorLeaderQuestionId[];
  /** The case's findings and the ROI's, most severe first (input order among equals). */
  readonly findings: readonly (BusinessCaseFinding | PhillipsRoiFinding)[];
  /** A plain table of the case, one row per question or section. */
  readonly summary: readonly BusinessCaseSummaryRow[];
  /** The {@link phillipsRoi} result when the case gives both costs and benefits, otherwise `null`. */
  readonly roi: PhillipsRoi | null;
  /** The thresholds applied. */
  readonly thresholds: BusinessCaseThresholds;
}

const weakEvidenceStrengths = ['practitioner-reported', 'consultation', 'theoretical'] as const;
const seniorSponsorSeniorities = ['board', 'senior-leader'] as const;

/** Rejects expected-benefit labels that repeat, and evidence that names no expected benefit. */
function assertEvidenceReferences(parsed: BusinessCase, labels: readonly string[]): void {
  const monetised = parsed.benefits?.length ?? 0;
  labels.forEach((label, index) => {
    if (labels.indexOf(label) !== index) {
      const path = index < monetised ? ['case', 'benefits', index, 'label'] : ['case', 'intangibles', index - monetised];
      failInput(path, `repeats the expected benefit “${label}”; give each benefit a distinct label so evidence can name it`);
    }
  });
  (parsed.evidence ?? []).forEach((item, index) => {
    if (!labels.includes(item.benefit)) {
      failInput(
        ['case', 'evidence', index, 'benefit'],
        `names no expected benefit of the case (received “${item.benefit}”); use a label from benefits or intangibles`,
      );
    }
  });
}

/**
 * The case's benefits, each that names one of its success measures (`measure`, matched ignoring
 * case and spacing) given that measure's isolation method when it states none, so that a benefit
 * from a comparison-group measure is counted once.
 */
function benefitsWithIsolation(parsed: BusinessCase): NonNullable<BusinessCase['benefits']> {
  const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();
  return (parsed.benefits ?? []).map((benefit) => {
    if (benefit.measure === undefined || benefit.isolation !== undefined) return benefit;
    const isolation = parsed.successMeasures.find((measure) => key(measure.name) === key(benefit.measure ?? ''))?.isolation;
    return isolation === undefined ? benefit : { ...benefit, isolation };
  });
}

/**
 * Checks a business case for L&D investment (CIPD 7OS02 AC 1.4): whether it answers the four
 * questions senior leaders ask, and whether it claims more than its evidence supports.
 *
 * `missing` lists the {@link seniorLeaderQuestions} the case leaves unanswered (an empty problem,
 * goal list, measure list or cost of inaction); `complete` is `true` when none is. When the case
 * gives both `costs` and `benefits`, {@link phillipsRoi} computes the return (first-year benefits,
 * adjusted for attribution and confidence) and its result and findings are carried into `roi` and
 * `findings`. The rules ({@link businessCaseFindingCodes}):
 *
 * - **Over-claiming**, decided per expected benefit from its evidence: a `claimedEffect` above the
 *   `citedEffect` of the same evidence item (`BUSINESS_CASE_CLAIM_EXCEEDS_EVIDENCE`, risk; equal is
 *   not over-claiming), or a largest claimed effect of at least `largeClaimPercent` (default 20)
 *   when every item behind the benefit is `practitioner-reported`, `consultation` or
 *   `theoretical` (`BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE`). Every expected benefit, monetised
 *   or intangible, should have evidence (`BUSINESS_CASE_BENEFIT_WITHOUT_EVIDENCE`).
 * - **Admitted uncertainty**: a case with no `uncertainties` gets `BUSINESS_CASE_NO_UNCERTAINTY`.
 * - **Silver bullet**: lmdkit decides it from the data, as a case that promises at least
 *   `silverBulletGoalCount` (default 4) distinct goals and admits no uncertainty.
 * - **Start small**: no pilot is advice; a pilot without a comparison is a warning.
 * - **Sponsor**: none, or one below senior-leader level, is advice.
 * - **Measures**: success measures that are all at reaction level or below (Kirkpatrick 1,
 *   Phillips 0–1, LTEM 1–3) are a warning.
 * - **Costs**: none stated is advice; with no benefit at all, a warning.
 *
 * Sources: the 7OS02 seed's advice on business cases (`cipd-7os02-seed`); weighing evidence by
 * its strength (`barends-rousseau-briner-2014`); Phillips & Phillips (`phillips-phillips-2016`)
 * for the ROI and the isolation of effects; Kirkpatrick & Kirkpatrick (`kirkpatrick-kirkpatrick-2016`)
 * and Thalheimer (`thalheimer-2018`) for levels.
 *
 * @param businessCase - the case (not changed); see {@link businessCaseSchema}
 * @param options - `largeClaimPercent` and `silverBulletGoalCount` (see {@link BusinessCaseOptions})
 * @returns completeness, the unanswered questions, findings, a summary table, the ROI and the
 * thresholds applied
 * @throws LmdInputError when the case does not match the schema, two expected benefits share a
 * label, or evidence names a benefit the case does not list
 * @example
 * const check = checkBusinessCase({
 *   problem: 'Junior solicitors leave within two years',
 *   goals: ['retention'],
 *   successMeasures: [{ name: 'Junior turnover', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'before-and-after' }],
 *   costOfInaction: 'We keep paying to replace about ten juniors a year',
 *   intangibles: ['Juniors speak up in partner meetings'],
 *   evidence: [{ benefit: 'Juniors speak up in partner meetings', kind: 'anecdote', strength: 'practitioner-reported', claimedEffect: 40 }],
 * });
 * check.complete //=> true
 * check.findings.map((finding) => finding.code)
 * //=> ['BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE', 'BUSINESS_CASE_NO_UNCERTAINTY', 'BUSINESS_CASE_NO_PILOT', 'BUSINESS_CASE_NO_SENIOR_SPONSOR', 'BUSINESS_CASE_NO_COSTS']
 * check.summary[0] //=> { section: 'Which problem does this investment address?', answer: 'Junior solicitors leave within two years', status: 'answered' }
 * checkBusinessCase({ problem: 'x', goals: ['happiness'], successMeasures: [], costOfInaction: '' } as unknown as BusinessCaseInput)
 * //=> throws LmdInputError
 * @see {@link seniorLeaderQuestions}
 * @see {@link phillipsRoi}
 */
export function checkBusinessCase(businessCase: BusinessCaseInput, options: BusinessCaseOptions = {}): BusinessCaseCheck {
  const parsed = parseInput(businessCaseSchema, businessCase, 'case');
  const { largeClaimPercent, silverBulletGoalCount } = parseInput(businessCaseOptionsSchema, options, 'options');
  const labels = expectedBenefitLabels(parsed);
  assertEvidenceReferences(parsed, labels);
  const missing = unansweredQuestions(parsed);
  const thresholds: BusinessCaseThresholds = {
    largeClaimPercent,
    silverBulletGoalCount,
    weakEvidenceStrengths: weakEvidenceStrengths.slice(),
    seniorSponsorSeniorities: seniorSponsorSeniorities.slice(),
    highestReactionLevel: { ...highestReactionLevel },
  };
  const own = businessCaseRuleFindings(parsed, missing, thresholds);
  const roi =
    parsed.costs !== undefined && parsed.benefits !== undefined
      ? phillipsRoi(
          parsed.intangibles === undefined
            ? { benefits: benefitsWithIsolation(parsed), costs: parsed.costs }
            : { benefits: benefitsWithIsolation(parsed), costs: parsed.costs, intangibles: parsed.intangibles },
        )
      : null;
  const findings: (BusinessCaseFinding | PhillipsRoiFinding)[] = sortFindingsBySeverity(
    (own as (BusinessCaseFinding | PhillipsRoiFinding)[]).concat(roi === null ? [] : roi.findings),
  );
  return {
    complete: missing.length === 0,
    missing,
    findings,
    summary: businessCaseSummary(parsed, missing, own, roi, labels),
    roi,
    thresholds,
  };
}
