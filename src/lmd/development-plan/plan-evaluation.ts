import * as z from 'zod';
import { parseInput } from '../../core/parse-input.js';
import { isolationMethods, measureTimings, type EvaluationMeasureInput } from '../../evaluation/models/evaluation-measure.js';
import type { EvaluationPlanInput } from '../../evaluation/models/check-evaluation-plan.js';
import type { DevelopmentPlan } from './plan-development.js';

const count = /* @__PURE__ */ z.int().min(0);

/**
 * The zod schema of the plans {@link planEvaluation} reads: the fields of a {@link DevelopmentPlan}
 * it uses (priorities, their interventions and items, the re-measurement interval, the results
 * named, whether coaching is in place). Other keys are dropped.
 *
 * @example
 * developmentPlansSchema.safeParse([]).success //=> false
 * @see {@link planEvaluation}
 */
export const developmentPlansSchema = /* @__PURE__ */ z
  .array(
    /* @__PURE__ */ z.object({
      priorities: /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.object({
          competencyId: /* @__PURE__ */ z.string().min(1),
          name: /* @__PURE__ */ z.string().min(1),
          interventions: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ interventionId: /* @__PURE__ */ z.string(), name: /* @__PURE__ */ z.string() })),
          goal: /* @__PURE__ */ z.object({
            measurable: /* @__PURE__ */ z.object({ items: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ itemId: /* @__PURE__ */ z.string() })) }),
          }),
        }),
      ),
      remeasurement: /* @__PURE__ */ z.object({ intervalMonths: /* @__PURE__ */ z.int().min(1), items: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()) }),
      results: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().trim().min(1)),
      coachingInPlace: /* @__PURE__ */ z.boolean().nullable(),
    }),
  )
  .min(1, 'expected at least one development plan');

/**
 * The zod schema for the options of {@link planEvaluation}: how the results measures are taken
 * (`resultsTiming`, default `ongoing`, since results such as turnover and absence are routine
 * series) and how each measure's effect is separated from other causes (`resultsIsolation` and
 * `behaviourIsolation`, not stated by default: lmdkit does not assume a comparison group).
 *
 * @example
 * planEvaluationOptionsSchema.parse({}).resultsTiming //=> 'ongoing'
 * planEvaluationOptionsSchema.safeParse({ resultsIsolation: 'guess' }).success //=> false
 * @see {@link planEvaluation}
 */
export const planEvaluationOptionsSchema = /* @__PURE__ */ z.strictObject({
  resultsTiming: /* @__PURE__ */ z.enum(measureTimings).default('ongoing'),
  resultsIsolation: /* @__PURE__ */ z.enum(isolationMethods).optional(),
  behaviourIsolation: /* @__PURE__ */ z.enum(isolationMethods).optional(),
});

/**
 * The options of {@link planEvaluation} (see {@link planEvaluationOptionsSchema}).
 * @see {@link planEvaluationOptionsSchema}
 */
export type PlanEvaluationOptions = z.input<typeof planEvaluationOptionsSchema>;


/**
 * The result of {@link planEvaluation}: an evaluation plan {@link checkEvaluationPlan} accepts, and
 * what it was built from.
 * @see {@link planEvaluation}
 */
export interface DevelopmentEvaluationPlan {
  /** The evaluation plan: reaction, learning, behaviour (the 360 re-rating) and results measures. */
  readonly plan: EvaluationPlanInput & { readonly measures: readonly EvaluationMeasureInput[]; readonly claimsRoi: false };
  /** How many development plans it covers. */
  readonly plans: number;
  /** How many of them have coaching in place. */
  readonly withCoaching: number;
  /** The priorities across the plans, by competency, most frequent first (ties in order met). */
  readonly priorities: readonly { readonly competencyId: string; readonly name: string; readonly plans: number }[];
  /** The interventions chosen across the plans, most frequent first (ties in order met). */
  readonly interventions: readonly { readonly interventionId: string; readonly name: string; readonly plans: number }[];
  /** The longest re-rating interval among the plans, in months: when the behaviour measure is complete. */
  readonly reRatingMonths: number;
}

function tally<T extends { key: string }>(entries: readonly T[]): (T & { plans: number })[] {
  const seen = new Map<string, T & { plans: number }>();
  for (const entry of entries) {
    const known = seen.get(entry.key);
    if (known === undefined) seen.set(entry.key, { ...entry, plans: 1 });
    else known.plans += 1;
  }
  const order = [...seen.keys()];
  return [...seen.values()].sort((a, b) => b.plans - a.plans || order.indexOf(a.key) - order.indexOf(b.key));
}

/** Names compared as checkEvaluationPlan compares them: case, surrounding and repeated spaces aside. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Turns a cohort's development plans into an evaluation plan that {@link checkEvaluationPlan}
 * accepts, one measure per level of Kirkpatrick's model:
 *
 * - **reaction** (level 1): participants' reactions to their feedback and its debrief, after it;
 * - **learning** (level 2): what participants say they have learnt about their priorities, from
 *   the follow-up reviews (qualitative);
 * - **behaviour** (level 3): one measure per priority competency, the 360 re-rating of its items
 *   after the plans' interval, with the first 360 as the baseline (`before-and-after`), and the
 *   raters' comments at the re-rating (qualitative);
 * - **results** (level 4): each organisational result the plans name, once (`resultsTiming`,
 *   default `ongoing`).
 *
 * Nothing is claimed about isolating the effect unless the options say how (a comparison group,
 * a trend line): the evaluation plan's own checks then say what is missing. No return on
 * investment is claimed. The counts of priorities and interventions describe the cohort, not any
 * one person.
 *
 * @param plans - development plans from {@link planDevelopment}, at least one; not changed
 * @param options - how results are measured and isolated ({@link PlanEvaluationOptions})
 * @returns the evaluation plan and what it covers
 * @throws LmdInputError when `plans` is empty or malformed, or an option is unknown
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: ['p1', 'p2', 'p3', 'p4'].map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'i', score: 3 })),
 * });
 * const plan = planDevelopment(report, { othersCutOff: 4, results: ['Staff turnover'] });
 * const evaluation = planEvaluation([plan]);
 * evaluation.plan.measures.map((measure) => measure.level.level) //=> [1, 2, 3, 3, 4]
 * checkEvaluationPlan(evaluation.plan).levelsCovered.levels //=> [1, 2, 3, 4]
 * planEvaluation([]) //=> throws LmdInputError
 * @see {@link checkEvaluationPlan}
 * @see Kirkpatrick & Kirkpatrick (2016) `kirkpatrick-kirkpatrick-2016`; Smither, London & Reilly
 *   (2005) `smither-london-reilly-2005` on re-rating after feedback.
 */
export function planEvaluation(plans: readonly DevelopmentPlan[], options: PlanEvaluationOptions = {}): DevelopmentEvaluationPlan {
  const parsed = parseInput(developmentPlansSchema, plans, 'plans');
  const chosen = parseInput(planEvaluationOptionsSchema, options, 'options');
  const reRatingMonths = Math.max(...parsed.map((plan) => plan.remeasurement.intervalMonths));
  const priorities = tally(parsed.flatMap((plan) => plan.priorities.map((priority) => ({ key: priority.competencyId, competencyId: priority.competencyId, name: priority.name }))));
  const interventions = tally(
    parsed.flatMap((plan) => {
      const ids = new Map(plan.priorities.flatMap((priority) => priority.interventions.map((entry) => [entry.interventionId, entry.name] as const)));
      return [...ids].map(([interventionId, name]) => ({ key: interventionId, interventionId, name }));
    }),
  );
  const itemsOf = new Map<string, Set<string>>();
  for (const plan of parsed) {
    for (const priority of plan.priorities) {
      const items = itemsOf.get(priority.competencyId) ?? new Set<string>();
      for (const item of priority.goal.measurable.items) items.add(item.itemId);
      itemsOf.set(priority.competencyId, items);
    }
  }
  const behaviourIsolation = chosen.behaviourIsolation === undefined ? {} : { isolation: chosen.behaviourIsolation };
  const resultsIsolation = chosen.resultsIsolation === undefined ? {} : { isolation: chosen.resultsIsolation };
  const results = new Map<string, string>();
  for (const plan of parsed) for (const result of plan.results) if (!results.has(nameKey(result))) results.set(nameKey(result), result);

  const measures: EvaluationMeasureInput[] = [
    {
      name: 'Participants’ reactions to their feedback and its debrief',
      level: { model: 'kirkpatrick', level: 1 },
      kind: 'quantitative',
      timing: 'after',
      source: 'A short questionnaire after each feedback conversation',
    },
    {
      name: 'What participants have learnt about their development priorities',
      level: { model: 'kirkpatrick', level: 2 },
      kind: 'qualitative',
      timing: 'after',
      source: 'Notes of the follow-up reviews',
    },
    ...priorities.map(
      (priority): EvaluationMeasureInput => ({
        name: `360 re-rating: ${priority.name} (${[...(itemsOf.get(priority.competencyId) ?? [])].join(', ')})`,
        level: { model: 'kirkpatrick', level: 3 },
        kind: 'quantitative',
        timing: 'before-and-after',
        ...behaviourIsolation,
        source: `Others rate the same items ${reRatingMonths} months after the feedback; the first 360 is the baseline`,
      }),
    ),
    {
      name: 'Raters’ comments at the re-rating',
      level: { model: 'kirkpatrick', level: 3 },
      kind: 'qualitative',
      timing: 'after',
      source: 'Open questions of the re-rating survey',
    },
    ...[...results.values()].map(
      (result): EvaluationMeasureInput => ({
        name: result,
        level: { model: 'kirkpatrick', level: 4 },
        kind: 'quantitative',
        timing: chosen.resultsTiming,
        ...resultsIsolation,
        source: 'Named as a result to move in the development plans',
      }),
    ),
  ];
  return {
    plan: { measures, claimsRoi: false },
    plans: parsed.length,
    withCoaching: parsed.filter((plan) => plan.coachingInPlace === true).length,
    priorities: priorities.map(({ competencyId, name, plans: n }) => ({ competencyId, name, plans: n })),
    interventions: interventions.map(({ interventionId, name, plans: n }) => ({ interventionId, name, plans: n })),
    reRatingMonths,
  };
}
