import * as z from 'zod';
import { deepFreeze } from '../../core/deep-freeze.js';
import { parseInput } from '../../core/parse-input.js';
import type { ReferenceId } from '../../core/references.js';
import type { EvaluationLevelReference } from '../models/evaluation-level-reference.js';
import type { EvaluationMeasure } from '../models/evaluation-measure.js';
import { initiativeDesignSchema, type InitiativeDesign } from './initiative-design.js';
import { initiativeTemplateIds, type InitiativeTemplateId } from './initiative-templates.js';

/**
 * Schema for the input of {@link recommendMeasures} when only the template is known:
 * `{ template }`. A full design ({@link initiativeDesignSchema}) is accepted too.
 *
 * @example
 * initiativeReferenceSchema.parse({ template: 'peer-learning-circles' }) //=> { template: 'peer-learning-circles' }
 * @see {@link recommendMeasures}
 */
export const initiativeReferenceSchema = /* @__PURE__ */ z.strictObject({
  template: /* @__PURE__ */ z.enum(initiativeTemplateIds, {
    error: 'expected one of peer-learning-circles, on-the-job-coaching',
  }),
});

/**
 * The template of an initiative, without its design: `{ template }`.
 *
 * @example
 * const initiative: InitiativeReference = { template: 'on-the-job-coaching' };
 * recommendMeasures(initiative).template //=> 'on-the-job-coaching'
 * @see {@link initiativeReferenceSchema}
 */
export type InitiativeReference = z.input<typeof initiativeReferenceSchema>;

/**
 * Schema for the options of {@link recommendMeasures}:
 *
 * - `comparisonGroup` (default `true`): whether some teams can go without the initiative for a
 *   while (a pilot or a phased roll-out), so results can be set beside theirs. When `false`, the
 *   plan isolates the effect with a trend line projected from before the initiative instead.
 *
 * @example
 * recommendMeasuresOptionsSchema.parse({}) //=> { comparisonGroup: true }
 * @see {@link recommendMeasures}
 */
export const recommendMeasuresOptionsSchema = /* @__PURE__ */ z.strictObject({
  comparisonGroup: /* @__PURE__ */ z.boolean().default(true),
});

/**
 * Options of {@link recommendMeasures}; see {@link recommendMeasuresOptionsSchema}.
 *
 * @example
 * const options: RecommendMeasuresOptions = { comparisonGroup: false };
 * recommendMeasures({ template: 'peer-learning-circles' }, options).options //=> { comparisonGroup: false }
 * @see {@link recommendMeasures}
 */
export type RecommendMeasuresOptions = z.input<typeof recommendMeasuresOptionsSchema>;

/**
 * One recommended measure: the API contract's {@link EvaluationMeasure} fields (`name`, `level`,
 * `kind`, `timing`, `isolation` where one applies, `source` as the data source) plus an `id`, a
 * `why` note and the `basis` (bibliography ids) it rests on.
 *
 * @example
 * const row: RecommendedMeasure | undefined = recommendMeasures({ template: 'on-the-job-coaching' }).recommendations[0];
 * row?.id //=> 'learning-conversations'
 * row?.level //=> { model: 'kirkpatrick', level: 3 }
 * @see {@link recommendMeasures}
 */
export interface RecommendedMeasure extends EvaluationMeasure {
  /** Stable kebab-case id, unique within the plan. */
  readonly id: string;
  /** The data source (always given in a recommendation). */
  readonly source: string;
  /** Why this measure, and how to time and read it, in lmdkit's own words. */
  readonly why: string;
  /** The works it rests on (bibliography ids). */
  readonly basis: readonly ReferenceId[];
}

/**
 * The result of {@link recommendMeasures}: a measurement plan for one initiative.
 *
 * @example
 * const plan: MeasurementPlan = recommendMeasures({ template: 'peer-learning-circles' });
 * plan.measures.length === plan.recommendations.length //=> true
 * @see {@link recommendMeasures}
 */
export interface MeasurementPlan {
  /** The template the plan is for. */
  readonly template: InitiativeTemplateId;
  /** The recommended measures with their notes and sources, quantitative first. */
  readonly recommendations: readonly RecommendedMeasure[];
  /** The same measures as pure {@link EvaluationMeasure}s (no extra fields), ready for a plan check. */
  readonly measures: readonly EvaluationMeasure[];
  /** How the plan separates the initiative's effect from other changes, in one sentence. */
  readonly isolationNote: string;
  /** The options applied (defaults filled in). */
  readonly options: { readonly comparisonGroup: boolean };
}

/** A measure as stored: `isolated` marks those that take the plan's isolation method. */
interface MeasureTemplate {
  readonly id: string;
  readonly name: string;
  readonly level: EvaluationLevelReference;
  readonly kind: EvaluationMeasure['kind'];
  readonly timing: EvaluationMeasure['timing'];
  readonly isolated: boolean;
  readonly source: string;
  readonly why: string;
  readonly basis: readonly ReferenceId[];
}

const behaviour = { model: 'kirkpatrick', level: 3 } as const;
const results = { model: 'kirkpatrick', level: 4 } as const;
const reaction = { model: 'kirkpatrick', level: 1 } as const;

const measureTemplates = /* @__PURE__ */ deepFreeze({
  'peer-learning-circles': [
    {
      id: 'engagement',
      name: 'Staff engagement score in teams with circles',
      level: results,
      kind: 'quantitative',
      timing: 'before-and-after',
      isolated: true,
      source: 'Staff engagement survey',
      why: 'The seed asks first whether engagement has moved where circles run; survey before the first circle and again after six to twelve months, and treat engagement as a leading indicator of the results below.',
      basis: ['cipd-7os02-seed', 'kirkpatrick-kirkpatrick-2016'],
    },
    {
      id: 'absence',
      name: 'Absence rate (time lost)',
      level: results,
      kind: 'quantitative',
      timing: 'ongoing',
      isolated: true,
      source: 'HR absence records',
      why: 'Less isolated staff may take fewer days off; record it monthly from at least six months before the circles start, so there is a baseline and a trend (see lostTimeRate).',
      basis: ['cipd-7os02-seed', 'cipd-absence-measurement'],
    },
    {
      id: 'turnover',
      name: 'Staff turnover rate',
      level: results,
      kind: 'quantitative',
      timing: 'ongoing',
      isolated: true,
      source: 'HR leavers and headcount records',
      why: 'The seed expects fewer leavers where circles are strong; turnover in small teams is slow and noisy, so read it over a year or more (see turnoverRate).',
      basis: ['cipd-7os02-seed', 'cipd-turnover-retention'],
    },
    {
      id: 'service-user-complaints',
      name: 'Complaints from service users',
      level: results,
      kind: 'quantitative',
      timing: 'ongoing',
      isolated: true,
      source: 'Complaints log',
      why: 'Workers who feel surer of their approach may draw fewer complaints; count them per hundred cases so a change in caseload does not pass for an improvement.',
      basis: ['cipd-7os02-seed'],
    },
    {
      id: 'short-interviews',
      name: 'Short interviews with circle members about what they tried at work',
      level: behaviour,
      kind: 'qualitative',
      timing: 'after',
      isolated: false,
      source: 'Interviews of about twenty minutes',
      why: 'Numbers miss what changed in practice; after six months ask some members who gained most and some who gained least what they tried because of a circle and what happened, and analyse the themes.',
      basis: ['cipd-7os02-seed', 'brinkerhoff-2003', 'braun-clarke-2006'],
    },
    {
      id: 'anonymous-comments',
      name: 'Anonymous comments from circle members',
      level: reaction,
      kind: 'qualitative',
      timing: 'ongoing',
      isolated: false,
      source: 'Anonymous comment form after meetings',
      why: 'How the circles feel, such as being less alone with hard cases, shows first in people’s own words; anonymity lets them be candid, and falling numbers of comments are an early sign a circle is fading.',
      basis: ['cipd-7os02-seed', 'braun-clarke-2006'],
    },
  ],
  'on-the-job-coaching': [
    {
      id: 'learning-conversations',
      name: 'Learning conversations recorded in supervision notes',
      level: behaviour,
      kind: 'quantitative',
      timing: 'ongoing',
      isolated: true,
      source: 'Supervision notes',
      why: 'Count them per manager each month from a few months before the workshops to see whether check-ins turn into development conversations; use the pattern, not a target, or counting becomes box-ticking, and agree the use of notes with staff first.',
      basis: ['cipd-7os02-seed'],
    },
    {
      id: 'monthly-pulse',
      name: 'Three-question monthly pulse on support for development',
      level: behaviour,
      kind: 'quantitative',
      timing: 'ongoing',
      isolated: true,
      source: 'Anonymous staff pulse survey',
      why: 'Staff answer three short questions each month on whether their manager helps them grow; start a month or two before the workshops so the first readings are a baseline.',
      basis: ['cipd-7os02-seed'],
    },
    {
      id: 'upward-feedback',
      name: 'Upward feedback on managers’ coaching',
      level: behaviour,
      kind: 'quantitative',
      timing: 'before-and-after',
      isolated: true,
      source: 'Anonymous upward feedback from each manager’s team',
      why: 'Staff rate their manager’s coaching before the workshops and again after about six months; managers who talk their results through with their team tend to improve more.',
      basis: ['cipd-7os02-seed', 'walker-smither-1999'],
    },
    {
      id: 'turnover',
      name: 'Staff turnover in coached managers’ teams',
      level: results,
      kind: 'quantitative',
      timing: 'ongoing',
      isolated: true,
      source: 'HR leavers and headcount records',
      why: 'The seed names no result for coaching; lmdkit adds turnover because people who feel their manager backs their growth are more likely to stay, and a plan built from results backwards needs a result to aim at (see turnoverRate).',
      basis: ['kirkpatrick-kirkpatrick-2016', 'cipd-turnover-retention'],
    },
    {
      id: 'short-interviews',
      name: 'Short interviews with managers and their staff',
      level: behaviour,
      kind: 'qualitative',
      timing: 'after',
      isolated: false,
      source: 'Interviews of about twenty minutes',
      why: 'Small changes, such as a manager pausing before giving advice, rarely show in numbers; after three to six months ask managers and staff for concrete moments that changed, including where it did not work, and analyse the themes.',
      basis: ['cipd-7os02-seed', 'brinkerhoff-2003', 'braun-clarke-2006'],
    },
    {
      id: 'anonymous-comments',
      name: 'Anonymous comments in the monthly pulse',
      level: behaviour,
      kind: 'qualitative',
      timing: 'ongoing',
      isolated: false,
      source: 'Free-text question in the pulse survey',
      why: 'A free-text box beside the three questions lets staff say in their own words whether they feel heard; read the comments for themes rather than counting them.',
      basis: ['cipd-7os02-seed', 'braun-clarke-2006'],
    },
  ],
} as const satisfies Record<InitiativeTemplateId, readonly MeasureTemplate[]>);

const comparisonNotes = {
  'peer-learning-circles': 'Compare teams with circles against similar teams without circles yet (a pilot or a phased start), before and after.',
  'on-the-job-coaching': 'Compare coached managers’ teams against similar teams whose managers have not yet joined, before and after.',
} as const satisfies Record<InitiativeTemplateId, string>;

const trendNote =
  'No team goes without the initiative, so project each quantitative series from its trend before the start and compare what happened with that projection.';

const copyLevel = (level: EvaluationLevelReference): EvaluationLevelReference =>
  ({ model: level.model, level: level.level }) as EvaluationLevelReference;

function parseInitiative(initiative: unknown): InitiativeTemplateId {
  const keys = initiative !== null && typeof initiative === 'object' ? Object.keys(initiative) : [];
  if (keys.length === 1 && keys[0] === 'template') {
    return parseInput(initiativeReferenceSchema, initiative, 'initiative').template;
  }
  return parseInput(initiativeDesignSchema, initiative, 'initiative').template;
}

/**
 * Recommends how to measure one of the {@link initiativeTemplates}: a measurement plan that mixes
 * the quantitative and qualitative measures the CIPD 7OS02 example suggests for it (AC 2.3), each
 * placed at a Kirkpatrick level, with its timing, the isolation method where one applies, a data
 * source, a `why` note and its sources.
 *
 * - Peer learning circles: engagement, absence, turnover and service-user complaints (results),
 *   short interviews (behaviour) and anonymous comments (reaction).
 * - On-the-job coaching: learning conversations recorded in supervision notes, a three-question
 *   monthly pulse and upward feedback (behaviour); turnover (results, added by lmdkit so the plan
 *   reaches results); short interviews and anonymous pulse comments (behaviour).
 *
 * Every plan has a baseline (measures taken before, or ongoing from before, the start), a
 * behaviour-level measure, results measures isolated by a comparison group (default) or, with
 * `comparisonGroup: false`, a trend line, and qualitative evidence. Quantitative measures take the
 * plan's isolation method; qualitative ones carry none. The pure {@link EvaluationMeasure}s are in
 * `measures`, ready for a plan check.
 *
 * @param initiative - `{ template }` or a full design as for {@link checkInitiativeDesign} (not changed)
 * @param options - see {@link RecommendMeasuresOptions}
 * @returns the plan: recommendations, pure measures, an isolation note and the options applied
 * @throws LmdInputError when the template is unknown or a design field is invalid
 * @example
 * const plan = recommendMeasures({ template: 'peer-learning-circles' });
 * plan.recommendations.map((row) => row.id)
 * //=> ['engagement', 'absence', 'turnover', 'service-user-complaints', 'short-interviews', 'anonymous-comments']
 * plan.measures[0] //=> { name: 'Staff engagement score in teams with circles', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'before-and-after', isolation: 'comparison-group', source: 'Staff engagement survey' }
 * recommendMeasures({ template: 'on-the-job-coaching' }, { comparisonGroup: false }).measures[3]?.isolation //=> 'trend-line'
 * recommendMeasures({ template: 'away-day' as InitiativeTemplateId }) //=> throws LmdInputError
 * @see {@link checkInitiativeDesign} and {@link evaluationMeasureSchema}
 * @see Source: cipd-7os02-seed, kirkpatrick-kirkpatrick-2016, brinkerhoff-2003, braun-clarke-2006, walker-smither-1999 in {@link references}.
 */
export function recommendMeasures(
  initiative: InitiativeDesign | InitiativeReference,
  options: RecommendMeasuresOptions = {},
): MeasurementPlan {
  const template = parseInitiative(initiative);
  const { comparisonGroup } = parseInput(recommendMeasuresOptionsSchema, options, 'options');
  const isolation = comparisonGroup ? 'comparison-group' : 'trend-line';
  const recommendations: RecommendedMeasure[] = measureTemplates[template].map((row: MeasureTemplate) => ({
    id: row.id,
    name: row.name,
    level: copyLevel(row.level),
    kind: row.kind,
    timing: row.timing,
    ...(row.isolated ? { isolation } : {}),
    source: row.source,
    why: row.why,
    basis: [...row.basis],
  }));
  const measures: EvaluationMeasure[] = recommendations.map((row) => ({
    name: row.name,
    level: copyLevel(row.level),
    kind: row.kind,
    timing: row.timing,
    ...(row.isolation === undefined ? {} : { isolation: row.isolation }),
    source: row.source,
  }));
  return {
    template,
    recommendations,
    measures,
    isolationNote: comparisonGroup ? comparisonNotes[template] : trendNote,
    options: { comparisonGroup },
  };
}
