import * as z from 'zod';
import { evaluationLevelReferenceSchema } from './evaluation-level-reference.js';

/**
 * Whether a measure yields numbers (`quantitative`: rates, scores, counts) or words
 * (`qualitative`: interviews, comments, stories).
 *
 * @example
 * measureKinds //=> ['quantitative', 'qualitative']
 * @see {@link evaluationMeasureSchema}
 */
export const measureKinds = /* @__PURE__ */ Object.freeze(['quantitative', 'qualitative'] as const);

/**
 * When a measure is taken relative to the initiative: only `before` it (a baseline), only
 * `after` it, `before-and-after`, or `ongoing` (a series collected routinely, such as monthly
 * absence, which gives both a baseline and a trend).
 *
 * @example
 * measureTimings.includes('before-and-after') //=> true
 * @see {@link evaluationMeasureSchema}
 */
export const measureTimings = /* @__PURE__ */ Object.freeze(['before', 'after', 'before-and-after', 'ongoing'] as const);

/**
 * How a measure separates the initiative's effect from everything else that changed at the same
 * time (Phillips' isolation step): a `comparison-group` that did not take part, a `trend-line`
 * projected from before, a `forecast` from a model, an estimate of how much of the change the
 * initiative caused by participants (`participant-estimate`), their managers (`manager-estimate`)
 * or experts (`expert-estimate`), each adjusted for the estimator's confidence, or `none`.
 *
 * The first three isolate the effect from the data themselves ({@link directIsolationMethods}); the
 * estimates are used when no comparison group or trend is available
 * ({@link estimateIsolationMethods}), and only they take an attribution and confidence adjustment.
 *
 * Source: phillips-phillips-2016.
 *
 * @example
 * isolationMethods.length //=> 7
 * @see {@link evaluationMeasureSchema}
 */
export const isolationMethods = /* @__PURE__ */ Object.freeze([
  'comparison-group',
  'trend-line',
  'forecast',
  'participant-estimate',
  'manager-estimate',
  'expert-estimate',
  'none',
] as const);

/**
 * One of {@link isolationMethods}.
 * @see {@link isolationMethods}
 */
export type IsolationMethod = (typeof isolationMethods)[number];

/**
 * Each {@link isolationMethods} value in plain words, for people reading a report.
 *
 * @example
 * isolationMethodLabels['comparison-group'] //=> 'comparison group'
 * @see {@link isolationMethods}
 */
export const isolationMethodLabels = /* @__PURE__ */ Object.freeze({
  'comparison-group': 'comparison group',
  'trend-line': 'trend line',
  forecast: 'forecast',
  'participant-estimate': 'participants’ estimate',
  'manager-estimate': 'managers’ estimate',
  'expert-estimate': 'experts’ estimate',
  none: 'not isolated',
} as const satisfies Record<IsolationMethod, string>);

/**
 * The isolation methods that separate the effect from the data themselves: a comparison group, a
 * trend line or a forecast. A benefit isolated this way is already the programme's share, so no
 * attribution or confidence adjustment applies to it (applying one would discount it twice).
 *
 * Source: phillips-phillips-2016.
 *
 * @example
 * directIsolationMethods //=> ['comparison-group', 'trend-line', 'forecast']
 * @see {@link estimateIsolationMethods}
 */
export const directIsolationMethods = /* @__PURE__ */ Object.freeze(['comparison-group', 'trend-line', 'forecast'] as const);

/**
 * The isolation methods that rest on someone's estimate (participants, managers or experts): the
 * estimate is the attribution, and it is adjusted for the estimator's confidence.
 *
 * Source: phillips-phillips-2016.
 *
 * @example
 * estimateIsolationMethods //=> ['participant-estimate', 'manager-estimate', 'expert-estimate']
 * @see {@link directIsolationMethods}
 */
export const estimateIsolationMethods = /* @__PURE__ */ Object.freeze(['participant-estimate', 'manager-estimate', 'expert-estimate'] as const);

/**
 * Schema for one measure in an evaluation plan:
 * `{ name, level, kind, timing, isolation?, source? }`.
 *
 * - `name`: what is measured, non-empty (surrounding spaces are trimmed);
 * - `level`: its place in Kirkpatrick, Phillips or LTEM ({@link evaluationLevelReferenceSchema});
 * - `kind`: one of {@link measureKinds}; `timing`: one of {@link measureTimings};
 * - `isolation` (optional): one of {@link isolationMethods}; absent means not stated;
 * - `source` (optional): where the data comes from (an HR system, a pulse survey, interviews).
 *
 * Unknown keys are rejected, so a misspelt field is an error rather than silently ignored.
 *
 * @example
 * const measure = evaluationMeasureSchema.parse({
 *   name: 'Absence rate',
 *   level: { model: 'kirkpatrick', level: 4 },
 *   kind: 'quantitative',
 *   timing: 'ongoing',
 *   isolation: 'comparison-group',
 *   source: 'HR system',
 * });
 * measure.level //=> { model: 'kirkpatrick', level: 4 }
 * evaluationMeasureSchema.safeParse({ name: '', level: { model: 'ltem', level: 1 }, kind: 'qualitative', timing: 'after' }).success //=> false
 * @see {@link EvaluationMeasure}
 */
export const evaluationMeasureSchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ z.string().trim().min(1, 'expected a non-empty name'),
  level: evaluationLevelReferenceSchema,
  kind: /* @__PURE__ */ z.enum(measureKinds),
  timing: /* @__PURE__ */ z.enum(measureTimings),
  isolation: /* @__PURE__ */ z.enum(isolationMethods).optional(),
  source: /* @__PURE__ */ z.string().trim().min(1, 'expected a non-empty source').optional(),
});

/**
 * One measure in an evaluation plan, business case or initiative's measurement plan (after
 * validation by {@link evaluationMeasureSchema}).
 * @see {@link evaluationMeasureSchema}
 */
export type EvaluationMeasure = z.infer<typeof evaluationMeasureSchema>;

/**
 * What {@link evaluationMeasureSchema} accepts before trimming (the same shape as
 * {@link EvaluationMeasure}).
 *
 * @example
 * const input: EvaluationMeasureInput = { name: ' eNPS ', level: { model: 'phillips', level: 1 }, kind: 'quantitative', timing: 'after' };
 * evaluationMeasureSchema.parse(input).name //=> 'eNPS'
 * @see {@link evaluationMeasureSchema}
 */
export type EvaluationMeasureInput = z.input<typeof evaluationMeasureSchema>;
