import * as z from 'zod';
import type { Finding } from '../core/finding.js';
import { joinWithAnd } from '../core/_internal/join-with-and.js';
import { parseInput } from '../core/parse-input.js';
import { lmAudienceIds, lmAudiences, type LmAudience } from './audiences.js';
import { countPeople } from './_internal/count-people.js';
import { lmEvidenceSchema, lmEvidenceSourceLabels, lmEvidenceSources, type LmEvidenceItem } from './lm-evidence.js';
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
  sufficiency: /* @__PURE__ */ z
    .strictObject({
      minimumPeople: /* @__PURE__ */ z.int().min(1).max(1000).default(2),
      minimumSources: /* @__PURE__ */ z.int().min(1).max(4).default(2),
      combine: /* @__PURE__ */ z.enum(['either', 'both']).default('either'),
      countsTowardsStatus: /* @__PURE__ */ z.boolean().default(false),
    })
    .prefault({}),
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
 * - `sufficiency`: when an audience's supporting evidence is enough to rest a judgement on. It is
 *   sufficient when it comes from at least `minimumPeople` people (default 2) **or** at least
 *   `minimumSources` kinds of source (default 2; `combine: 'both'` asks for both). lmdkit's reading
 *   of how IIP assessors work (a sample of people, cross-checked between sources and audiences),
 *   not a published threshold: echoed in each result with `verified: false`. With
 *   `countsTowardsStatus: true` (default `false`) an audience that would be met on insufficient
 *   evidence is partly met instead; either way such a requirement draws an `LM_MET_ON_THIN_EVIDENCE`
 *   warning and a `corroborate-evidence` next action.
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
  LM_MET_ON_THIN_EVIDENCE: { severity: 'warning', meaning: 'An audience’s support for a requirement rests on fewer people and kinds of source than the sufficiency rule asks for, such as one interview with one person.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link assessLmModel} can return, in the order of {@link lmAssessmentFindings},
 * which says what each means.
 *
 * @example
 * lmAssessmentFindingCodes.length //=> 7
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
  /** How many people the supporting (full or partial) items rest on ({@link lmEvidencePeopleOf}). */
  readonly people: number;
  /** The kinds of source of the supporting items, in a fixed order. */
  readonly supportingSources: readonly (typeof lmEvidenceSources)[number][];
  /** Whether the supporting evidence meets the sufficiency rule (`false` when there is none). */
  readonly sufficient: boolean;
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
  /** The requirement in the project's own words, from {@link lmModel}. */
  readonly statement: string;
  /**
   * What the judgement rests on: the people and kinds of source behind the supporting evidence of
   * the needed audiences, and the needed audiences that gave supporting evidence.
   */
  readonly restsOn: {
    readonly people: number;
    readonly sources: readonly (typeof lmEvidenceSources)[number][];
    readonly audiences: readonly LmAudience[];
  };
  /** Whether every needed audience's supporting evidence meets the sufficiency rule (any one, with `audienceRule: 'any'`). */
  readonly sufficient: boolean;
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
 * A suggested next step. `gather-evidence` steps ask for missing audiences' evidence and
 * `strengthen-practice` steps point to what meeting the indicator involves, for requirements the
 * evidence shows are not (fully) met (both for indicators not met); `corroborate-evidence` steps
 * ask for more people or kinds of source where a requirement is met on thin evidence. Each action's
 * text names the requirements' statements and what evidence would settle them.
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
      readonly kind: 'corroborate-evidence';
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
  /**
   * The sufficiency rule as applied: lmdkit's own reading of IIP assessment practice, not a
   * published threshold, so `verified: false`.
   */
  readonly sufficiency: LmAssessmentRule['sufficiency'] & { readonly verified: false; readonly note: string };
}

interface Tally {
  yes: number;
  partly: number;
  no: number;
  sources: number; // bit set over lmEvidenceSources
  supportingSources: number; // bit set over lmEvidenceSources, supporting items only
  supporting: LmEvidenceItem[];
}

const SUFFICIENCY_NOTE =
  'IIP assessors rest a judgement on what a sample of people say, cross-checked between sources (interviews, documents, surveys, observation) and audiences; one interview is a lead, not evidence. The numbers are lmdkit’s reading of that practice.';

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
      tally = { yes: 0, partly: 0, no: 0, sources: 0, supportingSources: 0, supporting: [] };
      tallies.set(key, tally);
    }
    tally[item.supports] += 1;
    tally.sources |= 1 << lmEvidenceSources.indexOf(item.source);
    if (item.supports !== 'no') {
      tally.supportingSources |= 1 << lmEvidenceSources.indexOf(item.source);
      tally.supporting.push(item);
    }
  }

  const findings: LmAssessmentFinding[] = [];
  const nextActions: LmNextAction[] = [];
  const indicators: LmIndicatorResult[] = [];

  for (const indicator of lmModel.indicators) {
    const requirements: LmRequirementResult[] = [];
    for (const requirement of indicator.requirements) {
      const locate = { indicatorId: indicator.id, requirementId: requirement.id } as const;
      const judged = requirement.evidenceFrom.map((audience) => judgeAudience(audience, tallies.get(`${requirement.id}|${audience}`), rule));
      const audiences = judged.map((entry) => entry.row);
      const thinAudiences = judged.filter((entry) => entry.thin).map((entry) => entry.row);
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
      for (const row of audiences) findings.push(...audienceFindings(row, rule, locate, thinAudiences.includes(row)));
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

      const supported = audiences.filter((row) => row.supporting + row.partlySupporting > 0);
      const sufficiencies = audiences.map((row) => row.sufficient);
      requirements.push({
        id: requirement.id,
        status,
        audiencesCovered,
        audiencesMissing,
        audiences,
        supplementaryAudiences,
        statement: requirement.statement,
        restsOn: {
          people: supported.reduce((total, row) => total + row.people, 0),
          sources: lmEvidenceSources.filter((source) => supported.some((row) => row.supportingSources.includes(source))),
          audiences: supported.map((row) => row.audience),
        },
        sufficient: rule.audienceRule === 'any' ? sufficiencies.some(Boolean) : sufficiencies.every(Boolean),
      });
      if (thinAudiences.length > 0) nextActions.push(corroborateAction(indicator.id, requirement.id, requirement.statement, thinAudiences, rule));
    }

    const status = combineLmStatuses(
      requirements.map((row) => row.status),
      'all',
    );
    indicators.push({ id: indicator.id, name: indicator.name, status, requirements });
    if (status !== 'met') nextActions.push(...nextActionsFor(indicator.id, indicator.toMeet, requirements, rule));
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
    nextActions: sortNextActions(nextActions),
    rule,
    sufficiency: { ...rule.sufficiency, verified: false, note: SUFFICIENCY_NOTE },
  };
}

/** Next actions in model order: by indicator, each indicator's corroboration steps last. */
function sortNextActions(actions: readonly LmNextAction[]): LmNextAction[] {
  const order = lmModel.indicators.map((indicator) => indicator.id as string);
  return actions
    .map((action, index) => ({ action, index }))
    .sort(
      (a, b) =>
        order.indexOf(a.action.indicatorId) - order.indexOf(b.action.indicatorId) ||
        Number(a.action.kind === 'corroborate-evidence') - Number(b.action.kind === 'corroborate-evidence') ||
        a.index - b.index,
    )
    .map(({ action }) => action);
}

/** What the sufficiency rule asks of one audience, in words: "at least 2 people or 2 kinds of source". */
function sufficiencyWords(rule: LmAssessmentRule): string {
  const { minimumPeople, minimumSources, combine } = rule.sufficiency;
  return `at least ${minimumPeople} ${minimumPeople === 1 ? 'person' : 'people'} ${combine === 'both' ? 'and' : 'or'} ${minimumSources} kind${minimumSources === 1 ? '' : 's'} of source`;
}

/** What one audience's supporting evidence rests on, in words: "1 person and 1 kind of source (interview)". */
function restsOnWords(row: LmAudienceResult): string {
  return `${row.people} ${row.people === 1 ? 'person' : 'people'} and ${row.supportingSources.length} kind${row.supportingSources.length === 1 ? '' : 's'} of source (${joinWithAnd(row.supportingSources.map((source) => lmEvidenceSourceLabels[source]))})`;
}

/** What would settle a requirement for some audiences: more people or another kind of source. */
function settleWords(audiences: readonly LmAudience[], rule: LmAssessmentRule): string {
  const who = listAudiences(audiences);
  const { minimumPeople, minimumSources, combine } = rule.sufficiency;
  const people = `accounts from at least ${minimumPeople} ${minimumPeople === 1 ? 'person' : 'people'} among ${who}`;
  const sources = `${minimumSources === 1 ? 'one kind' : `${minimumSources} kinds`} of source (for example an interview backed by a document, survey or observation)`;
  return combine === 'both' ? `${people}, from ${sources}` : `${people}, or ${sources}`;
}

function corroborateAction(
  indicatorId: LmIndicatorId,
  requirementId: LmRequirementId,
  statement: string,
  thin: readonly LmAudienceResult[],
  rule: LmAssessmentRule,
): LmNextAction {
  const audiences = thin.map((row) => row.audience);
  return {
    kind: 'corroborate-evidence',
    indicatorId,
    requirementIds: [requirementId],
    audiences,
    action: `Corroborate ${requirementId} (“${statement}”): the support from ${listAudiences(audiences)} rests on ${joinWithAnd(thin.map(restsOnWords))}; seek ${settleWords(audiences, rule)}.`,
  };
}

function judgeAudience(audience: LmAudience, tally: Tally | undefined, rule: LmAssessmentRule): { row: LmAudienceResult; thin: boolean } {
  if (tally === undefined) {
    const row: LmAudienceResult = { audience, status: 'not-assessed', supporting: 0, partlySupporting: 0, contrary: 0, support: 0, sources: [], people: 0, supportingSources: [], sufficient: false };
    return { row, thin: false };
  }
  const support = tally.yes + rule.partlyWeight * tally.partly;
  const people = countPeople(tally.supporting);
  const supportingSources = lmEvidenceSources.filter((_, bit) => (tally.supportingSources & (1 << bit)) !== 0);
  const { minimumPeople, minimumSources, combine } = rule.sufficiency;
  const enoughPeople = people >= minimumPeople;
  const enoughSources = supportingSources.length >= minimumSources;
  const sufficient = combine === 'both' ? enoughPeople && enoughSources : enoughPeople || enoughSources;
  const metOnItsItems = tally.yes >= rule.minimumSupporting && tally.no <= rule.contraryTolerance * support;
  let status: LmStatus;
  if (metOnItsItems) status = sufficient || !rule.sufficiency.countsTowardsStatus ? 'met' : 'partly-met';
  else if (tally.yes + tally.partly === 0 || tally.no > support) status = 'not-met';
  else status = 'partly-met';
  return {
    row: {
      audience,
      status,
      supporting: tally.yes,
      partlySupporting: tally.partly,
      contrary: tally.no,
      support,
      sources: lmEvidenceSources.filter((_, bit) => (tally.sources & (1 << bit)) !== 0),
      people,
      supportingSources,
      sufficient,
    },
    thin: metOnItsItems && !sufficient,
  };
}

function audienceFindings(
  row: LmAudienceResult,
  rule: LmAssessmentRule,
  locate: { readonly indicatorId: LmIndicatorId; readonly requirementId: LmRequirementId },
  thin: boolean,
): LmAssessmentFinding[] {
  if (row.status === 'not-assessed') return [];
  const who = audienceName(row.audience).toLowerCase();
  const found: LmAssessmentFinding[] = [];
  if (thin) {
    found.push({
      code: 'LM_MET_ON_THIN_EVIDENCE',
      severity: lmAssessmentFindings.LM_MET_ON_THIN_EVIDENCE.severity,
      message: `For ${locate.requirementId}, the support from ${who} rests on ${restsOnWords(row)}; the sufficiency rule asks for ${sufficiencyWords(rule)}, so treat it as a lead to corroborate${rule.sufficiency.countsTowardsStatus ? ' (counted as partly met)' : ''}.`,
      basis: BASIS,
      ...locate,
      audience: row.audience,
    });
  }
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
  rule: LmAssessmentRule,
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
      action: `Strengthen practice for ${joinWithAnd(weakWithEvidence.map((row) => `${row.id} (“${row.statement}”)`))}, where the evidence falls short; what meeting ${indicatorId} involves is listed in the guidance.`,
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
      action: `Gather evidence for ${row.id} (“${row.statement}”) from ${listAudiences(row.audiencesMissing)}: ${settleWords(row.audiencesMissing, rule)}.`,
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
