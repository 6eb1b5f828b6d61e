import type { EvidenceStrength } from '../../core/evidence-strength.js';
import type { Finding } from '../../core/finding.js';
import { joinWithAnd } from '../../core/_internal/join-with-and.js';
import type { BusinessCase, SponsorSeniority } from './business-case-schema.js';
import type { BusinessCaseEvidence } from './business-case-evidence.js';
import { goalLabel } from './business-goals.js';
import { isReactionLevel } from '../_internal/reaction-level.js';
import { seniorLeaderQuestions, type SeniorLeaderQuestionId } from './senior-leader-questions.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * What each finding {@link checkBusinessCase} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link businessCaseFindingCodes} lists the codes.
 * The ROI the case carries adds its own findings, from {@link phillipsRoiFindings}.
 *
 * @example
 * businessCaseFindings.BUSINESS_CASE_QUESTIONS_UNANSWERED.severity //=> 'warning'
 * @see {@link checkBusinessCase}
 */
export const businessCaseFindings = /* @__PURE__ */ deepFreeze({
  BUSINESS_CASE_QUESTIONS_UNANSWERED: { severity: 'warning', meaning: 'One or more of the four questions senior leaders ask has no answer.' },
  BUSINESS_CASE_CLAIM_EXCEEDS_EVIDENCE: { severity: 'risk', meaning: 'Over-claiming: for an expected benefit, a claimed effect is above the effect the evidence it rests on reports.' },
  BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE: { severity: 'warning', meaning: 'Over-claiming: a large claimed effect rests only on practitioner-reported, consultation or theoretical evidence.' },
  BUSINESS_CASE_BENEFIT_WITHOUT_EVIDENCE: { severity: 'warning', meaning: 'An expected benefit (monetised or intangible) has no evidence behind it.' },
  BUSINESS_CASE_NO_EXPECTED_BENEFITS: { severity: 'warning', meaning: 'The case states no benefit at all.' },
  BUSINESS_CASE_NO_UNCERTAINTY: { severity: 'warning', meaning: 'The case admits no uncertainty, assumption or risk.' },
  BUSINESS_CASE_SILVER_BULLET: { severity: 'warning', meaning: 'The case promises many distinct goals and admits no uncertainty, framing learning and development as a cure for everything.' },
  BUSINESS_CASE_NO_PILOT: { severity: 'advice', meaning: 'The case proposes no pilot; start small.' },
  BUSINESS_CASE_PILOT_WITHOUT_COMPARISON: { severity: 'warning', meaning: 'The pilot has nothing to compare its results with.' },
  BUSINESS_CASE_NO_SENIOR_SPONSOR: { severity: 'advice', meaning: 'The case has no sponsor, or one below senior-leader level.' },
  BUSINESS_CASE_REACTION_ONLY_MEASURES: { severity: 'warning', meaning: 'Every success measure is at reaction level or below.' },
  BUSINESS_CASE_NO_COSTS: { severity: 'advice', meaning: 'The case states no costs.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link checkBusinessCase} can return, in the order of {@link businessCaseFindings},
 * which says what each means.
 *
 * @example
 * businessCaseFindingCodes.length //=> 12
 * @see {@link BusinessCaseFinding}
 */
export const businessCaseFindingCodes = /* @__PURE__ */ findingCodesOf(businessCaseFindings);

/**
 * One of {@link businessCaseFindingCodes}.
 * @see {@link businessCaseFindingCodes}
 */
export type BusinessCaseFindingCode = (typeof businessCaseFindingCodes)[number];

/**
 * A finding of {@link checkBusinessCase}; `benefit` names the expected benefit a finding about
 * one benefit concerns.
 * @see {@link businessCaseFindingCodes}
 */
export interface BusinessCaseFinding extends Finding<BusinessCaseFindingCode> {
  /** The expected benefit concerned, by its label. */
  readonly benefit?: string;
}

/** The thresholds the rules apply. @internal */
export interface BusinessCaseRuleSettings {
  readonly largeClaimPercent: number;
  readonly silverBulletGoalCount: number;
  readonly weakEvidenceStrengths: readonly EvidenceStrength[];
  readonly seniorSponsorSeniorities: readonly SponsorSeniority[];
}

/** The ids of the senior-leader questions a case leaves unanswered, in the catalogue's order. @internal */
export function unansweredQuestions(parsed: BusinessCase): SeniorLeaderQuestionId[] {
  return seniorLeaderQuestions
    .filter((question) => {
      const answer = parsed[question.answeredBy];
      return answer.length === 0;
    })
    .map((question) => question.id);
}

/** The labels of the expected benefits, monetised first, trimmed. @internal */
export function expectedBenefitLabels(parsed: BusinessCase): string[] {
  return (parsed.benefits ?? []).map((benefit) => benefit.label.trim()).concat(parsed.intangibles ?? []);
}

/** The number of distinct goals (an `other` goal by its label, ignoring case). @internal */
export function distinctGoalCount(parsed: BusinessCase): number {
  return new Set(parsed.goals.map((goal) => (typeof goal === 'string' ? goal : `other:${goal.other.toLowerCase()}`))).size;
}

const evidenceBasis = ['cipd-7os02-seed', 'barends-rousseau-briner-2014'] as const;

/** The over-claiming and missing-evidence findings for one expected benefit. */
function evidenceFindings(
  label: string,
  items: readonly BusinessCaseEvidence[],
  settings: BusinessCaseRuleSettings,
): BusinessCaseFinding[] {
  if (items.length === 0) {
    return [
      {
        code: 'BUSINESS_CASE_BENEFIT_WITHOUT_EVIDENCE',
        severity: businessCaseFindings.BUSINESS_CASE_BENEFIT_WITHOUT_EVIDENCE.severity,
        message: `No evidence is given for the expected benefit “${label}”; cite an example, internal data or research, with its strength.`,
        basis: evidenceBasis,
        benefit: label,
      },
    ];
  }
  const findings: BusinessCaseFinding[] = [];
  let widest: { claimed: number; cited: number } | null = null;
  for (const item of items) {
    if (item.claimedEffect === undefined || item.citedEffect === undefined || item.claimedEffect <= item.citedEffect) continue;
    if (widest === null || item.claimedEffect - item.citedEffect > widest.claimed - widest.cited) {
      widest = { claimed: item.claimedEffect, cited: item.citedEffect };
    }
  }
  if (widest !== null) {
    findings.push({
      code: 'BUSINESS_CASE_CLAIM_EXCEEDS_EVIDENCE',
      severity: businessCaseFindings.BUSINESS_CASE_CLAIM_EXCEEDS_EVIDENCE.severity,
      message: `The case expects “${label}” to improve by ${widest.claimed}%, more than the ${widest.cited}% its evidence reports; claim no more than the evidence shows.`,
      basis: evidenceBasis,
      benefit: label,
    });
  }
  const claims = items.flatMap((item) => (item.claimedEffect === undefined ? [] : [item.claimedEffect]));
  const largest = claims.length === 0 ? null : Math.max(...claims);
  if (
    largest !== null &&
    largest >= settings.largeClaimPercent &&
    items.every((item) => settings.weakEvidenceStrengths.includes(item.strength))
  ) {
    const strengths = joinWithAnd([...new Set(items.map((item) => item.strength))]);
    findings.push({
      code: 'BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE',
      severity: businessCaseFindings.BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE.severity,
      message: `An improvement of ${largest}% in “${label}” rests only on ${strengths} evidence, too weak to carry a claim that large; present it as something to test.`,
      basis: evidenceBasis,
      benefit: label,
    });
  }
  return findings;
}

/**
 * Applies every business-case rule except the ROI's own, in a fixed order: completeness, evidence
 * per benefit, uncertainty and framing, pilot, sponsor, measures, costs.
 *
 * @internal
 */
export function businessCaseRuleFindings(
  parsed: BusinessCase,
  missing: readonly SeniorLeaderQuestionId[],
  settings: BusinessCaseRuleSettings,
): BusinessCaseFinding[] {
  const findings: BusinessCaseFinding[] = [];
  if (missing.length > 0) {
    findings.push({
      code: 'BUSINESS_CASE_QUESTIONS_UNANSWERED',
      severity: businessCaseFindings.BUSINESS_CASE_QUESTIONS_UNANSWERED.severity,
      message: `The case does not yet answer ${missing.length} of the four questions senior leaders ask (${joinWithAnd(missing.map((id) => id.replaceAll('-', ' ')))}).`,
      basis: ['cipd-7os02-seed'],
    });
  }
  const labels = expectedBenefitLabels(parsed);
  const evidence = parsed.evidence ?? [];
  for (const label of labels) {
    findings.push(...evidenceFindings(label, evidence.filter((item) => item.benefit === label), settings));
  }
  if (labels.length === 0) {
    findings.push({
      code: 'BUSINESS_CASE_NO_EXPECTED_BENEFITS',
      severity: businessCaseFindings.BUSINESS_CASE_NO_EXPECTED_BENEFITS.severity,
      message: 'The case names no expected benefit, with or without a money value, so there is nothing to weigh against its cost.',
      basis: ['cipd-7os02-seed', 'phillips-phillips-2016'],
    });
  }
  const admitsUncertainty = (parsed.uncertainties ?? []).length > 0;
  if (!admitsUncertainty) {
    findings.push({
      code: 'BUSINESS_CASE_NO_UNCERTAINTY',
      severity: businessCaseFindings.BUSINESS_CASE_NO_UNCERTAINTY.severity,
      message: 'The case admits no uncertainty, assumption or risk; saying what may not work makes it more credible, not less.',
      basis: ['cipd-7os02-seed'],
    });
    const goalCount = distinctGoalCount(parsed);
    if (goalCount >= settings.silverBulletGoalCount) {
      findings.push({
        code: 'BUSINESS_CASE_SILVER_BULLET',
        severity: businessCaseFindings.BUSINESS_CASE_SILVER_BULLET.severity,
        message: `The case promises ${goalCount} goals at once (${joinWithAnd(parsed.goals.map(goalLabel))}) and admits no risk, which reads as a cure for everything and loses sceptical readers.`,
        basis: ['cipd-7os02-seed'],
      });
    }
  }
  if (parsed.pilot === undefined) {
    findings.push({
      code: 'BUSINESS_CASE_NO_PILOT',
      severity: businessCaseFindings.BUSINESS_CASE_NO_PILOT.severity,
      message: 'The case proposes no pilot; starting with one team or department lowers the risk and shows what actually helps.',
      basis: ['cipd-7os02-seed'],
    });
  } else if (parsed.pilot.comparison === undefined) {
    findings.push({
      code: 'BUSINESS_CASE_PILOT_WITHOUT_COMPARISON',
      severity: businessCaseFindings.BUSINESS_CASE_PILOT_WITHOUT_COMPARISON.severity,
      message: 'The pilot has no comparison group or baseline trend, so a change in its results cannot be told apart from what would have happened anyway.',
      basis: ['phillips-phillips-2016', 'cipd-7os02-seed'],
    });
  }
  if (parsed.sponsor === undefined || !settings.seniorSponsorSeniorities.includes(parsed.sponsor.seniority)) {
    findings.push({
      code: 'BUSINESS_CASE_NO_SENIOR_SPONSOR',
      severity: businessCaseFindings.BUSINESS_CASE_NO_SENIOR_SPONSOR.severity,
      message:
        parsed.sponsor === undefined
          ? 'The case has no sponsor; asking a senior leader to sponsor it, or to join a session, tends to turn them into an advocate.'
          : 'The sponsor is not a senior leader; a sponsor at board or senior-leader level carries the case further.',
      basis: ['cipd-7os02-seed'],
    });
  }
  if (parsed.successMeasures.length > 0 && parsed.successMeasures.every((measure) => isReactionLevel(measure.level))) {
    findings.push({
      code: 'BUSINESS_CASE_REACTION_ONLY_MEASURES',
      severity: businessCaseFindings.BUSINESS_CASE_REACTION_ONLY_MEASURES.severity,
      message: 'Every success measure is at reaction level or below, so the case could show that people liked the learning but not that anything changed at work.',
      basis: ['kirkpatrick-kirkpatrick-2016', 'thalheimer-2018'],
    });
  }
  if (parsed.costs === undefined) {
    findings.push({
      code: 'BUSINESS_CASE_NO_COSTS',
      severity: businessCaseFindings.BUSINESS_CASE_NO_COSTS.severity,
      message: 'The case states no costs; senior leaders weigh cost first, and without it no return can be shown.',
      basis: ['phillips-phillips-2016', 'cipd-7os02-seed'],
    });
  }
  return findings;
}
