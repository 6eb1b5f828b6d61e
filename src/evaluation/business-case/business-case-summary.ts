import { sum } from '../../core/stats/sum.js';
import type { BusinessCase } from './business-case-schema.js';
import type { BusinessCaseFinding, BusinessCaseFindingCode } from './business-case-findings.js';
import { goalLabel } from './business-goals.js';
import type { EvaluationMeasure } from '../models/evaluation-measure.js';
import type { PhillipsRoi } from '../roi/phillips-roi.js';
import { seniorLeaderQuestions, type SeniorLeaderQuestionId } from './senior-leader-questions.js';

/**
 * The status of one row of a business case's summary: `answered`, `missing`, or
 * `needs attention` (answered, but a finding concerns it).
 *
 * @example
 * businessCaseSummaryStatuses //=> ['answered', 'missing', 'needs attention']
 * @see {@link BusinessCaseSummaryRow}
 */
export const businessCaseSummaryStatuses = /* @__PURE__ */ Object.freeze(['answered', 'missing', 'needs attention'] as const);

/**
 * One row of {@link checkBusinessCase}'s summary table: `{ section, answer, status }`, strings
 * and numbers only, ready for `console.table` or an HTML table.
 * @see {@link checkBusinessCase}
 */
export interface BusinessCaseSummaryRow {
  /** A senior-leader question in lmdkit's words, or the name of a section of the case. */
  readonly section: string;
  /** The case's answer in words, or a number (money, per cent) rounded to 2 decimal places. */
  readonly answer: string | number;
  /** One of {@link businessCaseSummaryStatuses}. */
  readonly status: (typeof businessCaseSummaryStatuses)[number];
}

const modelNames = { kirkpatrick: 'Kirkpatrick level', phillips: 'Phillips level', ltem: 'LTEM tier' } as const;
// `+ 0` keeps a small negative (an ROI of −0.001%) from rounding to -0.
const round2 = (value: number): number => Math.round(value * 100) / 100 + 0;
const measureWords = (measure: EvaluationMeasure): string =>
  `${measure.name} (${modelNames[measure.level.model]} ${measure.level.level})`;

/** The row's status: `missing` when unanswered, `needs attention` when one of `codes` fired. */
function statusOf(
  answered: boolean,
  fired: ReadonlySet<BusinessCaseFindingCode>,
  codes: readonly BusinessCaseFindingCode[],
): BusinessCaseSummaryRow['status'] {
  if (!answered) return 'missing';
  return codes.some((code) => fired.has(code)) ? 'needs attention' : 'answered';
}

/**
 * Builds the summary table: the four senior-leader questions, then pilot, sponsor, total cost,
 * expected benefits, evidence, adjusted benefits, ROI and uncertainties.
 *
 * @internal
 */
export function businessCaseSummary(
  parsed: BusinessCase,
  missing: readonly SeniorLeaderQuestionId[],
  findings: readonly BusinessCaseFinding[],
  roi: PhillipsRoi | null,
  benefitLabels: readonly string[],
): BusinessCaseSummaryRow[] {
  const fired = new Set(findings.map((finding) => finding.code));
  const answers: Record<SeniorLeaderQuestionId, string> = {
    problem: parsed.problem,
    'business-goals': parsed.goals.map(goalLabel).join(', '),
    'success-evidence': parsed.successMeasures.map(measureWords).join('; '),
    'cost-of-inaction': parsed.costOfInaction,
  };
  const rows: BusinessCaseSummaryRow[] = seniorLeaderQuestions.map((question) => ({
    section: question.question,
    answer: answers[question.id],
    status: statusOf(
      !missing.includes(question.id),
      fired,
      question.id === 'success-evidence' ? ['BUSINESS_CASE_REACTION_ONLY_MEASURES'] : [],
    ),
  }));
  const { pilot, sponsor } = parsed;
  rows.push({
    section: 'Pilot',
    answer:
      pilot === undefined
        ? 'none proposed'
        : `${pilot.scope}, ${pilot.durationMonths} months, ${pilot.comparison === undefined ? 'no comparison' : `compared with ${pilot.comparison}`}`,
    status: statusOf(pilot !== undefined, fired, ['BUSINESS_CASE_PILOT_WITHOUT_COMPARISON']),
  });
  rows.push({
    section: 'Sponsor',
    answer:
      sponsor === undefined
        ? 'none named'
        : `${[sponsor.name, sponsor.role].filter((part) => part !== undefined).join(', ')} (${sponsor.seniority.replaceAll('-', ' ')})`,
    status: statusOf(sponsor !== undefined, fired, ['BUSINESS_CASE_NO_SENIOR_SPONSOR']),
  });
  rows.push({
    section: 'Total cost',
    answer: parsed.costs === undefined ? 'not stated' : round2(sum(parsed.costs.map((cost) => cost.amount))),
    status: statusOf(parsed.costs !== undefined, fired, []),
  });
  rows.push({
    section: 'Expected benefits',
    answer: benefitLabels.length === 0 ? 'none stated' : benefitLabels.join('; '),
    status: statusOf(benefitLabels.length > 0, fired, []),
  });
  const evidence = parsed.evidence ?? [];
  const covered = benefitLabels.filter((label) => evidence.some((item) => item.benefit === label)).length;
  rows.push({
    section: 'Evidence',
    answer: `${evidence.length} item${evidence.length === 1 ? '' : 's'} for ${covered} of ${benefitLabels.length} expected benefits`,
    status: statusOf(evidence.length > 0, fired, [
      'BUSINESS_CASE_CLAIM_EXCEEDS_EVIDENCE',
      'BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE',
      'BUSINESS_CASE_BENEFIT_WITHOUT_EVIDENCE',
    ]),
  });
  rows.push({
    section: 'Adjusted first-year benefits',
    answer: roi === null ? 'not computed (needs costs and benefits)' : round2(roi.adjustedBenefits),
    status: roi === null ? 'missing' : roi.findings.some((finding) => finding.severity === 'warning') ? 'needs attention' : 'answered',
  });
  rows.push({
    section: 'Return on investment (%)',
    answer: roi === null ? 'not computed (needs costs and benefits)' : round2(roi.roiPercent),
    status: roi === null ? 'missing' : 'answered',
  });
  const uncertainties = parsed.uncertainties ?? [];
  rows.push({
    section: 'Uncertainties admitted',
    answer: uncertainties.length === 0 ? 'none stated' : uncertainties.join('; '),
    status: statusOf(uncertainties.length > 0, fired, ['BUSINESS_CASE_SILVER_BULLET']),
  });
  return rows;
}
