// planEvaluation: a cohort's plans become an evaluation plan checkEvaluationPlan accepts, with a
// measure at each Kirkpatrick level, the 360 re-rating as the behaviour measure with its baseline,
// and each result the plans name once.
import { describe, expect, it } from 'vitest';
import { checkEvaluationPlan, evaluationPlanSchema, interpret360, LmdInputError, planDevelopment, planEvaluation, type Rating360 } from '../../../src/index.js';
import { thrownBy } from '../../helpers/json-safety.js';

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'A', name: 'Listens' },
    { id: 'B', name: 'Plans' },
  ],
  items: [
    { id: 'A1', competencyId: 'A' },
    { id: 'A2', competencyId: 'A' },
    { id: 'B1', competencyId: 'B' },
  ],
};
const reportOf = (others: readonly number[]) =>
  interpret360({
    instrument,
    ratings: ['p1', 'p2', 'p3', 'p4'].flatMap((raterId) => others.map((score, index): Rating360 => ({ raterId, group: 'peer', itemId: instrument.items[index]?.id as string, score }))),
  });

const first = planDevelopment(reportOf([2, 2, 4]), { priorities: 1, coachingInPlace: true, results: ['Staff turnover', 'Team absence'], resources: { coach: true } });
const second = planDevelopment(reportOf([4, 4, 2]), { priorities: 1, results: ['staff  TURNOVER'], remeasurement: { intervalMonths: 18 } });

describe('planEvaluation', () => {
  const evaluation = planEvaluation([first, second]);

  it('has reaction, learning, behaviour (re-rating and comments) and results measures, each result once', () => {
    expect(evaluation.plan.measures.map((measure) => [measure.name, measure.level.level, measure.kind, measure.timing])).toEqual([
      ['Participants’ reactions to their feedback and its debrief', 1, 'quantitative', 'after'],
      ['What participants have learnt about their development priorities', 2, 'qualitative', 'after'],
      ['360 re-rating: Listens (A1, A2)', 3, 'quantitative', 'before-and-after'],
      ['360 re-rating: Plans (B1)', 3, 'quantitative', 'before-and-after'],
      ['Raters’ comments at the re-rating', 3, 'qualitative', 'after'],
      ['Staff turnover', 4, 'quantitative', 'ongoing'],
      ['Team absence', 4, 'quantitative', 'ongoing'],
    ]);
    expect(evaluation.plan.claimsRoi).toBe(false);
  });

  it('is accepted by checkEvaluationPlan, covering all four levels with a baseline and no duplicate', () => {
    expect(evaluationPlanSchema.safeParse(evaluation.plan).success).toBe(true);
    const check = checkEvaluationPlan(evaluation.plan);
    expect(check.levelsCovered.levels).toEqual([1, 2, 3, 4]);
    expect(check.findings).toEqual([]);
  });

  it('dates the re-rating by the longest interval and counts what the cohort chose', () => {
    expect(evaluation.reRatingMonths).toBe(18);
    expect(evaluation.priorities).toEqual([
      { competencyId: 'A', name: 'Listens', plans: 1 },
      { competencyId: 'B', name: 'Plans', plans: 1 },
    ]);
    expect(evaluation.withCoaching).toBe(1);
    // Those both plans suggest come first; coaching (a coach is available only to the first) once.
    expect(evaluation.interventions[0]).toEqual({ interventionId: 'line-manager-coaching', name: 'On-the-job coaching by line managers', plans: 2 });
    expect(evaluation.interventions).toContainEqual({ interventionId: 'coaching', name: 'Coaching', plans: 1 });
  });

  it('states isolation only when asked, and then checkEvaluationPlan sees it', () => {
    const trend = planEvaluation([first], { resultsTiming: 'before-and-after', resultsIsolation: 'comparison-group' });
    expect(trend.plan.measures.at(-1)).toMatchObject({ timing: 'before-and-after', isolation: 'comparison-group' });
    const unisolated = planEvaluation([first], { resultsTiming: 'after' });
    expect(checkEvaluationPlan(unisolated.plan).findings.map((finding) => finding.code)).toContain('EVALUATION_PLAN_RESULTS_WITHOUT_COMPARISON');
  });

  it('without results named, checkEvaluationPlan still accepts it and asks for results', () => {
    const plan = planDevelopment(reportOf([2, 2, 4]));
    expect(checkEvaluationPlan(planEvaluation([plan]).plan).findings.map((finding) => finding.code)).toEqual(['EVALUATION_PLAN_START_FROM_RESULTS']);
  });

  it('does not change the plans, and refuses none or a malformed one', () => {
    const before = JSON.stringify([first, second]);
    planEvaluation([first, second]);
    expect(JSON.stringify([first, second])).toBe(before);
    expect(thrownBy(() => planEvaluation([]))).toBeInstanceOf(LmdInputError);
    expect((thrownBy(() => planEvaluation([{ ...first, priorities: 'none' } as never])) as LmdInputError).issues[0]?.keys).toEqual(['plans', 0, 'priorities']);
    expect((thrownBy(() => planEvaluation([first], { resultsTiming: 'yearly' } as never)) as LmdInputError).issues[0]?.keys).toEqual(['options', 'resultsTiming']);
  });
});
