import * as z from 'zod';
import type { Finding } from '../core/finding.js';
import { joinWithAnd } from '../core/_internal/join-with-and.js';
import { parseInput } from '../core/parse-input.js';
import { lmAudienceIds, lmAudiences, type LmAudience } from './audiences.js';
import { lmEvidenceSchema, lmEvidenceSources, type LmEvidenceItem } from './lm-evidence.js';
import { lmModel, type LmIndicatorId, type LmRequirementId } from './lm-model.js';
import { combineLmStatuses, type LmStatus } from './lm-status.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../core/finding-catalogue.js';

/**
 * The zod schema for the options of {@link assessLmModel}; every field is optional and its default
 * is stated in {@link LmAssessmentOptions}.
 *
 * @example
 * lmAssessmentOptionsSchema.parse({}).partlyWeight //=> 0.5
 * @see {@link assessLmModel}
 */
export const lmAssessmentOptionsSchema = /* @__PURE__ */ z.strictObject({
  audienceRule: /* @__PURE__ */ z.enum(['all', 'any']).default('all'),
  partlyWeight: /* @__PURE__ */ z.number().min(0).max(1).default(0.5),
  minimumSupporting: /* @__PURE__ */ z.int().min(1).max(1000).default(1),
  contraryTolerance: /* @__PURE__ */ z.number().min(0).max(1).default(1),
});

/**
 * The rule {@link assessLmModel} applies, all fields optional.
 *
 * - `audienceRule` (default `'all'`): a requirement is met when **every** audience it needs is met
 *   (`'all'`, as the model reads), or when **any** one of them is (`'any'`, a lenient screen).
 * - `partlyWeight` (default `0.5`, 0–1): how much a `partly` item counts towards an audience's support.
 * - `minimumSupporting` (default `1`): how many fully supporting (`yes`) items an audience needs.
 * - `contraryTolerance` (default `1`, 0–1): contrary items may reach this fraction of the support
 *   and the audience is still met. `1` means "contrary evidence does not outweigh support"; `0`
 *   means any contrary item stops the audience being met.
 * @see {@link assessLmModel}
 */
export type LmAssessmentOptions = z.input<typeof lmAssessmentOptionsSchema>;

/**
 * The rule as applied, every default filled in (echoed in each result).
 *
 * @example
 * const rule: LmAssessmentRule = assessLmModel([]).rule;
 * rule.audienceRule //=> 'all'
 * @see {@link LmAssessmentOptions}
 */
export type LmAssessmentRule = z.output<typeof lmAssessmentOptionsSchema>;

/**
 * What each finding {@link assessLmModel} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link lmAssessmentFindingCodes} lists the codes.
 *
 * @example
 * lmAssessmentFindings.LM_REQUIREMENT_NOT_ASSESSED.severity //=> 'warning'
 * @see {@link assessLmModel}
 */
export const lmAssessmentFindings = /* @__PURE__ */ deepFreeze({
  LM_REQUIREMENT_NOT_ASSESSED: { severity: 'warning', meaning: 'There is no evidence from any audience the requirement needs.' },
  LM_AUDIENCE_MISSING: { severity: 'warning', meaning: 'There is evidence from some audiences the requirement needs but none from this one.' },
  LM_CONTRARY_OUTWEIGHS: { severity: 'risk', meaning: 'An audience’s contrary evidence outweighs its support.' },
  LM_CONTRARY_EVIDENCE: { severity: 'warning', meaning: 'An audience gave contrary evidence that does not outweigh its support.' },
  LM_INSUFFICIENT_SUPPORT: { severity: 'advice', meaning: 'An audience gave fewer fully supporting items than the rule asks for.' },
  LM_UNREQUIRED_AUDIENCE: { severity: 'info', meaning: 'There is evidence from an audience the requirement does not need; it is kept as context, not counted.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link assessLmModel} can return, in the order of {@link lmAssessmentFindings},
 * which says what each means.
 *
 * @example
 * lmAssessmentFindingCodes.length //=> 6
 * @see {@link LmAssessmentFinding}
 */
export const lmAssessmentFindingCodes = /* @__PURE__ */ findingCodesOf(lmAssessmentFindings);

/**
 * A finding of {@link assessLmModel}, located by indicator, requirement and (where it concerns
 * one) audience.
 *
 * @example
 * const finding: LmAssessmentFinding | undefined = assessLmModel([]).findings[0];
 * finding?.code //=> 'LM_REQUIREMENT_NOT_ASSESSED'
 * finding?.requirementId //=> 'LM1.1'
 * @see {@link lmAssessmentFindingCodes}
 */
export interface LmAssessmentFinding extends Finding<(typeof lmAssessmentFindingCodes)[number]> {
  /** The indicator concerned. */
  readonly indicatorId: LmIndicatorId;
  /** The requirement concerned. */
  readonly requirementId: LmRequirementId;
  /** The audience concerned, when the finding is about one. */
  readonly audience?: LmAudience;
}

/**
 * How one audience's evidence for one requirement was judged.
 *
 * @example
 * const row: LmAudienceResult | undefined = assessLmModel([
 *   { requirementId: 'LM1.1', audience: 'top-managers', source: 'interview', supports: 'yes' },
 * ]).indicators[0]?.requirements[0]?.audiences[0];
 * row?.status //=> 'met'
 * @see {@link assessLmModel}
 */
export interface LmAudienceResult {
  /** The audience. */
  readonly audience: LmAudience;
  /** `met`, `partly-met`, `not-met`, or `not-assessed` when it gave no evidence. */
  readonly status: LmStatus;
  /** How many items fully support the requirement. */
  readonly supporting: number;
  /** How many items partly support it. */
  readonly partlySupporting: number;
  /** How many items run against it. */
  readonly contrary: number;
  /** The weighted support: `supporting + partlyWeight × partlySupporting`. */
  readonly support: number;
  /** The kinds of source the items came from, in a fixed order. */
  readonly sources: readonly (typeof lmEvidenceSources)[number][];
}

/**
 * The judgement on one requirement.
 *
 * @example
 * const requirement: LmRequirementResult | undefined = assessLmModel([]).indicators[3]?.requirements[1];
 * requirement?.audiencesMissing //=> ['leaders-and-managers', 'potential-leaders-and-managers']
 * @see {@link assessLmModel}
 */
export interface LmRequirementResult {
  /** The requirement. */
  readonly id: LmRequirementId;
  /** Its status under the rule. */
  readonly status: LmStatus;
  /** Needed audiences that gave any evidence, in the model's order. */
  readonly audiencesCovered: readonly LmAudience[];
  /** Needed audiences that gave none. */
  readonly audiencesMissing: readonly LmAudience[];
  /** One row per needed audience. */
  readonly audiences: readonly LmAudienceResult[];
  /** Audiences the requirement does not need that gave evidence anyway (not counted). */
  readonly supplementaryAudiences: readonly LmAudience[];
}

/**
 * The judgement on one indicator: met only when all its requirements are met.
 *
 * @example
 * const indicator: LmIndicatorResult | undefined = assessLmModel([]).indicators[0];
 * indicator?.status //=> 'not-assessed'
 * @see {@link assessLmModel}
 */
export interface LmIndicatorResult {
  /** The indicator. */
  readonly id: LmIndicatorId;
  /** Its short name. */
  readonly name: string;
  /** Its status. */
  readonly status: LmStatus;
  /** Its requirements' results, in the model's order. */
  readonly requirements: readonly LmRequirementResult[];
}

/**
 * How many indicators or requirements have each status.
 *
 * @example
 * const tally: LmStatusCounts = assessLmModel([]).counts.indicators;
 * tally.notAssessed //=> 9
 * @see {@link assessLmModel}
 */
export interface LmStatusCounts {
  /** How many are met. */
  readonly met: number;
  /** How many are partly met. */
  readonly partlyMet: number;
  /** How many are not met. */
  readonly notMet: number;
  /** How many had no evidence. */
  readonly notAssessed: number;
  /** How many there are in all (9 indicators, 23 requirements). */
  readonly total: number;
}

/**
 * A suggested next step for an indicator that is not met. `gather-evidence` steps ask for missing
 * audiences' evidence; `strengthen-practice` steps point to what meeting the indicator involves,
 * for requirements the evidence shows are not (fully) met.
 *
 * @example
 * const action: LmNextAction | undefined = assessLmModel([]).nextActions[0];
 * action?.kind //=> 'gather-evidence'
 * @see {@link assessLmModel}
 */
export type LmNextAction =
  | {
      readonly kind: 'gather-evidence';
      readonly indicatorId: LmIndicatorId;
      readonly requirementIds: readonly LmRequirementId[];
      readonly audiences: readonly LmAudience[];
      readonly action: string;
    }
  | {
      readonly kind: 'strengthen-practice';
      readonly indicatorId: LmIndicatorId;
      readonly requirementIds: readonly LmRequirementId[];
      readonly action: string;
      readonly guidance: readonly string[];
    };

/**
 * The result of {@link assessLmModel}.
 *
 * @example
 * const result: LmAssessment = assessLmModel([]);
 * result.meetsModel //=> false
 * @see {@link assessLmModel}
 */
export interface LmAssessment {
  /** Whether all nine indicators are met. */
  readonly meetsModel: boolean;
  /** Tallies of statuses, and how many evidence items were read. */
  readonly counts: {
    readonly evidenceItems: number;
    readonly indicators: LmStatusCounts;
    readonly requirements: LmStatusCounts;
  };
  /** One entry per indicator, LM1 to LM9. */
  readonly indicators: readonly LmIndicatorResult[];
  /** Findings in model order (requirement by requirement). */
  readonly findings: readonly LmAssessmentFinding[];
  /** Next steps for indicators not met, in model order. */
  readonly nextActions: readonly LmNextAction[];
  /** The rule applied, with defaults filled in. */
  readonly rule: LmAssessmentRule;
}

interface Tally {
  yes: number;
  partly: number;
  no: number;
  sources: number; // bit set over lmEvidenceSources
}

const BASIS = ['iip-lm-model-2003'] as const;

/**
 * Assesses a body of evidence against the IIP Leadership & Management Model and says, for each of
 * the 23 requirements and 9 indicators, whether it is met.
 *
 * For each requirement, each audience it needs is judged on its own evidence items: with `Y` fully
 * supporting, `P` partly supporting and `N` contrary items, the support is `S = Y + partlyWeight × P`;
 * the audience is **met** when `Y ≥ minimumSupporting` and `N ≤ contraryTolerance × S`; **not met**
 * when it gave only contrary items or `N > S` (contrary evidence outweighs support); **partly met**
 * otherwise; **not assessed** when it gave no evidence. A requirement is met when every needed
 * audience is met (or any one, with `audienceRule: 'any'`), not assessed when none gave evidence,
 * not met when no audience is met or partly met, and partly met otherwise. An indicator combines
 * its requirements the same way and is met only when all are met; the model is met only when all
 * nine indicators are. Evidence from audiences a requirement does not need is reported but not
 * counted.
 *
 * @param evidence - evidence items (not changed); an empty array is allowed
 * @param options - the rule; see {@link LmAssessmentOptions} for the defaults
 * @returns statuses per indicator, requirement and audience, counts, findings and next actions
 * @throws LmdInputError when an item names an unknown requirement, audience, source or support
 * value, or an option is out of range
 * @example
 * const result = assessLmModel([
 *   { requirementId: 'LM2.1', audience: 'top-managers', source: 'interview', supports: 'yes' },
 *   { requirementId: 'LM2.2', audience: 'leaders-and-managers', source: 'survey', supports: 'yes' },
 *   { requirementId: 'LM2.2', audience: 'leaders-and-managers', source: 'interview', supports: 'no' },
 * ]);
 * result.indicators[1]?.status //=> 'met'
 * result.indicators[0]?.status //=> 'not-assessed'
 * result.findings.filter((finding) => finding.code === 'LM_CONTRARY_EVIDENCE').length //=> 1
 * assessLmModel([{ requirementId: 'LM10.1' as LmRequirementId, audience: 'people', source: 'survey', supports: 'yes' }]) //=> throws LmdInputError
 * @see {@link lmModel}
 * @see Investors in People UK (2003), the Leadership and Management Model
 */
export function assessLmModel(evidence: readonly LmEvidenceItem[], options: LmAssessmentOptions = {}): LmAssessment {
  const items = parseInput(lmEvidenceSchema, evidence, 'evidence');
  const rule = parseInput(lmAssessmentOptionsSchema, options, 'options');

  const tallies = new Map<string, Tally>();
  for (const item of items) {
    const key = `${item.requirementId}|${item.audience}`;
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = { yes: 0, partly: 0, no: 0, sources: 0 };
      tallies.set(key, tally);
    }
    tally[item.supports] += 1;
    tally.sources |= 1 << lmEvidenceSources.indexOf(item.source);
  }

  const findings: LmAssessmentFinding[] = [];
  const nextActions: LmNextAction[] = [];
  const indicators: LmIndicatorResult[] = [];

  for (const indicator of lmModel.indicators) {
    const requirements: LmRequirementResult[] = [];
    for (const requirement of indicator.requirements) {
      const locate = { indicatorId: indicator.id, requirementId: requirement.id } as const;
      const audiences = requirement.evidenceFrom.map((audience) =>
        judgeAudience(audience, tallies.get(`${requirement.id}|${audience}`), rule),
      );
      const status = combineLmStatuses(
        audiences.map((row) => row.status),
        rule.audienceRule,
      );
      const audiencesCovered = audiences.filter((row) => row.status !== 'not-assessed').map((row) => row.audience);
      const audiencesMissing = audiences.filter((row) => row.status === 'not-assessed').map((row) => row.audience);
      const supplementaryAudiences = lmAudienceIds.filter(
        (audience) =>
          !(requirement.evidenceFrom as readonly LmAudience[]).includes(audience) &&
          tallies.has(`${requirement.id}|${audience}`),
      );

      if (status === 'not-assessed') {
        findings.push({
          code: 'LM_REQUIREMENT_NOT_ASSESSED',
          severity: lmAssessmentFindings.LM_REQUIREMENT_NOT_ASSESSED.severity,
          message: `No evidence was recorded for ${requirement.id} from ${listAudiences(requirement.evidenceFrom)}, so it cannot be judged.`,
          basis: BASIS,
          ...locate,
        });
      } else {
        for (const audience of audiencesMissing) {
          findings.push({
            code: 'LM_AUDIENCE_MISSING',
            severity: lmAssessmentFindings.LM_AUDIENCE_MISSING.severity,
            message: `${requirement.id} needs evidence from ${audienceName(audience).toLowerCase()}, and none was recorded.`,
            basis: BASIS,
            ...locate,
            audience,
          });
        }
      }
      for (const row of audiences) findings.push(...audienceFindings(row, rule, locate));
      for (const audience of supplementaryAudiences) {
        findings.push({
          code: 'LM_UNREQUIRED_AUDIENCE',
          severity: lmAssessmentFindings.LM_UNREQUIRED_AUDIENCE.severity,
          message: `Evidence from ${audienceName(audience).toLowerCase()} was recorded for ${requirement.id}; it is kept as context but does not count towards the requirement.`,
          basis: BASIS,
          ...locate,
          audience,
        });
      }

      requirements.push({
        id: requirement.id,
        status,
        audiencesCovered,
        audiencesMissing,
        audiences,
        supplementaryAudiences,
      });
    }

    const status = combineLmStatuses(
      requirements.map((row) => row.status),
      'all',
    );
    indicators.push({ id: indicator.id, name: indicator.name, status, requirements });
    if (status !== 'met') nextActions.push(...nextActionsFor(indicator.id, indicator.toMeet, requirements));
  }

  const allRequirements = indicators.flatMap((indicator) => indicator.requirements);
  return {
    meetsModel: indicators.every((indicator) => indicator.status === 'met'),
    counts: {
      evidenceItems: items.length,
      indicators: countStatuses(indicators),
      requirements: countStatuses(allRequirements),
    },
    indicators,
    findings,
    nextActions,
    rule,
  };
}

function judgeAudience(audience: LmAudience, tally: Tally | undefined, rule: LmAssessmentRule): LmAudienceResult {
  if (tally === undefined) {
    return { audience, status: 'not-assessed', supporting: 0, partlySupporting: 0, contrary: 0, support: 0, sources: [] };
  }
  const support = tally.yes + rule.partlyWeight * tally.partly;
  let status: LmStatus;
  if (tally.yes >= rule.minimumSupporting && tally.no <= rule.contraryTolerance * support) status = 'met';
  else if (tally.yes + tally.partly === 0 || tally.no > support) status = 'not-met';
  else status = 'partly-met';
  return {
    audience,
    status,
    supporting: tally.yes,
    partlySupporting: tally.partly,
    contrary: tally.no,
    support,
    sources: lmEvidenceSources.filter((_, bit) => (tally.sources & (1 << bit)) !== 0),
  };
}

function audienceFindings(
  row: LmAudienceResult,
  rule: LmAssessmentRule,
  locate: { readonly indicatorId: LmIndicatorId; readonly requirementId: LmRequirementId },
): LmAssessmentFinding[] {
  if (row.status === 'not-assessed') return [];
  const who = audienceName(row.audience).toLowerCase();
  const found: LmAssessmentFinding[] = [];
  if (row.contrary > 0) {
    const outweighs = row.status === 'not-met';
    const code = outweighs ? 'LM_CONTRARY_OUTWEIGHS' : 'LM_CONTRARY_EVIDENCE';
    found.push({
      code,
      severity: lmAssessmentFindings[code].severity,
      message: outweighs
        ? `For ${locate.requirementId}, evidence from ${who} runs against the requirement more than it supports it (${row.contrary} contrary against a support of ${row.support}).`
        : `For ${locate.requirementId}, ${row.contrary} item${row.contrary === 1 ? '' : 's'} from ${who} ran against the requirement; it did not outweigh the support of ${row.support}, but is worth following up.`,
      basis: BASIS,
      ...locate,
      audience: row.audience,
    });
  }
  if (row.status !== 'not-met' && row.supporting < rule.minimumSupporting) {
    found.push({
      code: 'LM_INSUFFICIENT_SUPPORT',
      severity: lmAssessmentFindings.LM_INSUFFICIENT_SUPPORT.severity,
      message: `For ${locate.requirementId}, ${who} gave ${row.supporting} fully supporting item${row.supporting === 1 ? '' : 's'}; the rule asks for at least ${rule.minimumSupporting}.`,
      basis: BASIS,
      ...locate,
      audience: row.audience,
    });
  }
  return found;
}

function nextActionsFor(
  indicatorId: LmIndicatorId,
  toMeet: readonly string[],
  requirements: readonly LmRequirementResult[],
): LmNextAction[] {
  const actions: LmNextAction[] = [];
  const weak = requirements.filter((row) => row.status === 'not-met' || row.status === 'partly-met');
  const weakWithEvidence = weak.filter((row) =>
    row.audiences.some((audience) => audience.status === 'not-met' || audience.status === 'partly-met'),
  );
  if (weakWithEvidence.length > 0) {
    const ids = weakWithEvidence.map((row) => row.id);
    actions.push({
      kind: 'strengthen-practice',
      indicatorId,
      requirementIds: ids,
      action: `Strengthen practice for ${ids.join(', ')}, where the evidence falls short; what meeting ${indicatorId} involves is listed in the guidance.`,
      guidance: toMeet,
    });
  }
  for (const row of requirements) {
    if (row.audiencesMissing.length === 0) continue;
    actions.push({
      kind: 'gather-evidence',
      indicatorId,
      requirementIds: [row.id],
      audiences: row.audiencesMissing,
      action: `Gather evidence for ${row.id} from ${listAudiences(row.audiencesMissing)}.`,
    });
  }
  return actions;
}

function countStatuses(rows: readonly { readonly status: LmStatus }[]): LmStatusCounts {
  const count = (status: LmStatus): number => rows.filter((row) => row.status === status).length;
  return {
    met: count('met'),
    partlyMet: count('partly-met'),
    notMet: count('not-met'),
    notAssessed: count('not-assessed'),
    total: rows.length,
  };
}

function audienceName(audience: LmAudience): string {
  return lmAudiences.find((entry) => entry.id === audience)?.name ?? audience;
}

function listAudiences(audiences: readonly LmAudience[]): string {
  return joinWithAnd(audiences.map((audience) => audienceName(audience).toLowerCase()));
}
