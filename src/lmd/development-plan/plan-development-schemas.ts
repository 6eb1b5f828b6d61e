import * as z from 'zod';
import { evidenceStrengths } from '../../core/evidence-strength.js';
import { developmentFocusIds } from '../development-focus.js';
import type { Feedback360Report } from '../feedback360/feedback360-report.js';
import type { Participant360Report } from '../feedback360/participant-view-360.js';
import { raterGroups } from '../feedback360/rater-group.js';

const finite = /* @__PURE__ */ z.number();
const count = /* @__PURE__ */ z.int().min(0);
const meanOnly = /* @__PURE__ */ z.object({ mean: finite });
const othersFigure = /* @__PURE__ */ z.object({ mean: finite, n: count });
const focusList = /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(developmentFocusIds)).min(1);
const reliability = /* @__PURE__ */ z.number().gt(0).max(1);
const text = /* @__PURE__ */ z.string().trim();

/**
 * The zod schema of the report {@link planDevelopment} reads: the fields a development plan needs
 * from a {@link Feedback360Report} (the coach's report from {@link interpret360}) or a
 * {@link Participant360Report} (from {@link participantView360}), so either can be planned from.
 * Other keys are dropped, not rejected.
 *
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: ['p1', 'p2', 'p3'].map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'i', score: 3 })),
 * });
 * developmentPlanReportSchema.safeParse(report).success //=> true
 * developmentPlanReportSchema.safeParse(participantView360(report)).success //=> true
 * developmentPlanReportSchema.safeParse({ items: [] }).success //=> false
 * @see {@link planDevelopment}
 */
export const developmentPlanReportSchema = /* @__PURE__ */ z.object({
  scale: /* @__PURE__ */ z
    .object({ min: finite, max: finite })
    .refine((scale) => scale.min < scale.max, { message: 'expected min below max' }),
  shownGroups: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({ groups: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(raterGroups)).min(1), raters: count }),
  ),
  hiddenGroups: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.object({ groups: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(raterGroups)).min(1) }))
    .default([]),
  items: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      itemId: /* @__PURE__ */ z.string(),
      competencyId: /* @__PURE__ */ z.string(),
      self: /* @__PURE__ */ meanOnly.nullable(),
      others: /* @__PURE__ */ othersFigure.nullable(),
    }),
  ),
  competencies: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      competencyId: /* @__PURE__ */ z.string(),
      name: /* @__PURE__ */ z.string(),
      self: /* @__PURE__ */ meanOnly.nullable(),
      others: /* @__PURE__ */ othersFigure.nullable(),
    }),
  ),
  agreementBand: /* @__PURE__ */ z.object({ lower: finite, upper: finite }).optional(),
});

/**
 * A report {@link planDevelopment} can plan from: the coach's report or the participant's view
 * (checked with {@link developmentPlanReportSchema}).
 * @see {@link developmentPlanReportSchema}
 */
export type DevelopmentPlanReport = Feedback360Report | Participant360Report;

/**
 * The zod schema for the options of {@link planDevelopment}; every field is optional and its
 * default is stated in {@link PlanDevelopmentOptions}. Unknown keys are rejected, so a misspelt
 * choice is an error, not silently ignored.
 *
 * @example
 * planDevelopmentOptionsSchema.parse({}).priorities //=> 2
 * planDevelopmentOptionsSchema.parse({}).remeasurement.intervalMonths //=> 12
 * planDevelopmentOptionsSchema.safeParse({ priority: 3 }).success //=> false
 * @see {@link planDevelopment}
 */
export const planDevelopmentOptionsSchema = /* @__PURE__ */ z.strictObject({
  importance: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number().min(0).max(100)).optional(),
  priorities: /* @__PURE__ */ z.int().min(1).max(5).default(2),
  othersCutOff: /* @__PURE__ */ finite.optional(),
  reference: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.object({
        competencyId: /* @__PURE__ */ z.string(),
        mean: finite,
        sd: /* @__PURE__ */ z.number().min(0).nullable(),
      }),
    )
    .optional(),
  gapBand: /* @__PURE__ */ z.strictObject({ lower: /* @__PURE__ */ z.number().max(0), upper: /* @__PURE__ */ z.number().min(0) }).optional(),
  focus: /* @__PURE__ */ focusList.default(['leader', 'leadership']),
  focusByCompetency: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), focusList).optional(),
  minimumEvidence: /* @__PURE__ */ z.enum(evidenceStrengths).default('theoretical'),
  interventionsPerPriority: /* @__PURE__ */ z.int().min(1).max(10).default(3),
  resources: /* @__PURE__ */ z
    .strictObject({
      coach: /* @__PURE__ */ z.boolean().optional(),
      mentor: /* @__PURE__ */ z.boolean().optional(),
      sponsor: /* @__PURE__ */ z.boolean().optional(),
      'peer-group': /* @__PURE__ */ z.boolean().optional(),
    })
    .default({}),
  coachingInPlace: /* @__PURE__ */ z.boolean().optional(),
  feedbackDate: /* @__PURE__ */ z.iso.date().optional(),
  followUpDate: /* @__PURE__ */ z.iso.date().optional(),
  goals: /* @__PURE__ */ z
    .record(
      /* @__PURE__ */ z.string(),
      /* @__PURE__ */ z.strictObject({
        specific: /* @__PURE__ */ text.optional(),
        measurable: /* @__PURE__ */ text.optional(),
        target: /* @__PURE__ */ finite.optional(),
        achievable: /* @__PURE__ */ text.optional(),
        relevant: /* @__PURE__ */ text.optional(),
        timeBound: /* @__PURE__ */ z.iso.date().optional(),
      }),
    )
    .optional(),
  results: /* @__PURE__ */ z.array(/* @__PURE__ */ text.min(1, 'expected the name of a result')).optional(),
  itemText: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ text.min(1)).optional(),
  remeasurement: /* @__PURE__ */ z
    .strictObject({
      intervalMonths: /* @__PURE__ */ z.int().min(1).max(60).default(12),
      targetReliability: /* @__PURE__ */ z.number().gt(0).lt(1).default(0.7),
      singleRaterReliability: /* @__PURE__ */ z
        .strictObject({
          manager: /* @__PURE__ */ reliability.optional(),
          peer: /* @__PURE__ */ reliability.optional(),
          'direct-report': /* @__PURE__ */ reliability.optional(),
          other: /* @__PURE__ */ reliability.optional(),
        })
        .optional(),
      referenceSd: /* @__PURE__ */ z
        .union([/* @__PURE__ */ z.number().gt(0), /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number().gt(0))])
        .optional(),
    })
    .default({ intervalMonths: 12, targetReliability: 0.7 }),
});

/**
 * The choices a development plan is made from, all optional:
 *
 * - `importance` (default 1 for every competency): how much each competency matters to the role,
 *   by competency id, from 0 (leave it out of the priorities) to 100; only the ratios matter.
 * - `priorities` (default 2, at most 5): how many priorities the plan names.
 * - `othersCutOff`: the rating at or above which a competency counts as rated high. Default: the
 *   cycle's mean for the competency when `reference` is given (judged against the organisation),
 *   otherwise the mean of others' competency means for this person (judged against their own
 *   profile).
 * - `reference`: the cycle's spread by competency, from {@link competencySpread360}: its means are
 *   the default cut-offs and its sds the default `remeasurement.referenceSd` (an sd of 0 or
 *   `null`, from a cycle whose ratees all got the same mean or from one ratee, gives no spread).
 * - `gapBand` (default: the report's agreement band, or ±0.5 scale points for a participant's
 *   report): self − others beyond `upper` is self rated higher, below `lower` self rated lower.
 * - `focus` (default both `leader` and `leadership`) and `focusByCompetency`: which side of Day's
 *   distinction the interventions may come from.
 * - `minimumEvidence` (default `theoretical`, every grade): the weakest evidence grade accepted.
 * - `interventionsPerPriority` (default 3).
 * - `resources`: whether a `coach`, `mentor`, `sponsor` or `peer-group` is available (`false`
 *   excludes interventions that need it; not given means not recorded).
 * - `coachingInPlace`, `followUpDate`: two of Smither's conditions, checked in the findings.
 * - `feedbackDate`: when the feedback was given, to date the re-rating.
 * - `goals`: SMART goal text the participant has written, by competency id.
 * - `results`: organisational results the plan should move (for {@link planEvaluation}).
 * - `itemText`: item wording by item id (from the instrument), for the goal's measure.
 * - `remeasurement`: `intervalMonths` (default 12), `targetReliability` (default .70),
 *   `singleRaterReliability` by group (default Conway & Huffcutt's published values) and
 *   `referenceSd` (one number or one per competency: the sd of others' competency means across
 *   ratees; default the `reference` sds).
 * @see {@link planDevelopmentOptionsSchema}
 */
export type PlanDevelopmentOptions = z.input<typeof planDevelopmentOptionsSchema>;
