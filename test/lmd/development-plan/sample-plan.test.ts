// The sample organisation's manager M07 (an over-estimator whose two peers are hidden): the cycle
// is read from examples/data as plainly as the brief describes (header, then lines split by
// commas), interpreted with interpret360Cohort, and M07's plan made with the choices in
// 360-plan-choices.json. The plan must be sensible: the priorities are where others rate M07
// lowest and M07 rates themself far higher; the peers, hidden last time, are asked for again.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessLmModel,
  checkEvaluationPlan,
  competencySpread360,
  developmentCycleEvidence,
  interpret360Cohort,
  participantView360,
  planDevelopment,
  planEvaluation,
  type CohortRating360,
  type Instrument360,
  type PlanDevelopmentOptions,
} from '../../../src/index.js';
import { unsafeJsonPaths } from '../../helpers/json-safety.js';

const data = resolve(import.meta.dirname, '../../../examples/data');
const ratings = readFileSync(resolve(data, '360-ratings.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line): CohortRating360 => {
    const [rateeId, raterId, group, itemId, score] = line.split(',') as [string, string, CohortRating360['group'], string, string];
    return { rateeId, raterId, group, itemId, score: score === '' ? null : Number(score) };
  });
const { scale, competencies, items } = JSON.parse(readFileSync(resolve(data, '360-instrument.json'), 'utf8')) as Instrument360;
const settings = JSON.parse(readFileSync(resolve(data, '360-settings.json'), 'utf8')) as { policy: Record<string, unknown> };
const choices = JSON.parse(readFileSync(resolve(data, '360-plan-choices.json'), 'utf8')) as PlanDevelopmentOptions;

const cohort = interpret360Cohort({ instrument: { scale, competencies, items }, ratings, policy: settings.policy });
const reports = cohort.ratees.map((ratee) => ratee.report);
const reference = competencySpread360(reports);
const m07 = cohort.ratees.find((ratee) => ratee.rateeId === 'M07')?.report;
if (m07 === undefined) throw new Error('the sample has no M07');

describe('the sample organisation: M07’s plan', () => {
  // As the command would call it: the choices file, the cycle's spread, and the items' wording.
  const itemText = Object.fromEntries(items.flatMap((item) => (item.text === undefined ? [] : [[item.id, item.text] as const])));
  const plan = planDevelopment(m07, { ...choices, reference, itemText });

  it('reads the cycle: 20 managers, each competency’s spread over them', () => {
    expect(cohort.ratees).toHaveLength(20);
    expect(reference.map((row) => [row.competencyId, row.n])).toEqual(competencies.map((competency) => [competency.id, 20]));
    for (const row of reference) expect(row.sd).toBeGreaterThan(0.3);
  });

  it('puts Develops people first and Builds trust second: others rate them lowest against the cycle, and M07 far higher', () => {
    expect(plan.priorities.map((priority) => [priority.competencyId, priority.quadrant])).toEqual([
      ['people', 'blind-spot-to-explore'],
      ['trust', 'blind-spot-to-explore'],
    ]);
    const people = plan.grid.find((row) => row.competencyId === 'people');
    // Others 2.5 against the cycle's 3.31; self 4.67; importance 3.
    expect(people?.others).toBe(2.5);
    expect(people?.gap).toBeCloseTo(2.1667, 4);
    expect(people?.importance).toBe(3);
    // The grid's others' means agree with the report's own.
    for (const row of plan.grid) expect(row.others).toBe(m07.competencies.find((competency) => competency.competencyId === row.competencyId)?.others?.mean);
  });

  it('suggests individual interventions for people (coach and sponsor available: coaching, meta-analytic evidence, first) and collective ones for trust', () => {
    expect(plan.priorities[0]?.interventions.map((entry) => [entry.interventionId, entry.focus])).toEqual([
      ['coaching', 'leader'],
      ['executive-education', 'leader'],
      ['job-assignment', 'leader'],
    ]);
    expect(plan.priorities[1]?.interventions.map((entry) => [entry.interventionId, entry.focus])).toEqual([
      ['action-learning-set', 'leadership'],
      ['community-of-practice', 'leadership'],
      ['cross-functional-project', 'leadership'],
    ]);
    // No mentor: mentoring is left out, and the coach is told.
    expect(JSON.stringify(plan.priorities)).not.toContain('"mentoring"');
    expect(plan.findings.find((finding) => finding.code === 'DEVPLAN_INTERVENTIONS_NEED_RESOURCES')?.message).toContain('Mentoring');
  });

  it('keeps M07’s goal for people as written, leaves trust’s to write, and says so', () => {
    expect(plan.priorities[0]?.goal.specific).toBe(choices.goals?.['people']?.specific);
    expect(plan.priorities[0]?.goal.measurable.items.map((item) => item.itemId)).toEqual(['P1', 'P2', 'P3']);
    expect(plan.priorities[0]?.goal.measurable.items.map((item) => item.text)).toEqual(items.filter((item) => item.competencyId === 'people').map((item) => item.text));
    expect(plan.priorities[0]?.goal.measurable.items.every((item) => typeof item.text === 'string')).toBe(true);
    expect(plan.priorities[1]?.goal).toMatchObject({ specific: '', achievable: '', relevant: '', timeBound: null });
    expect(plan.findings.map((finding) => finding.code)).toEqual(['DEVPLAN_GOALS_NOT_SET', 'DEVPLAN_TOO_FEW_RATERS_LAST_TIME', 'DEVPLAN_INTERVENTIONS_NEED_RESOURCES']);
  });

  it('re-rates six items a year after the feedback, asking for 4 peers (hidden last time) and 6 direct reports', () => {
    expect(plan.remeasurement.items).toEqual(['P1', 'P2', 'P3', 'T1', 'T2', 'T3']);
    expect(plan.remeasurement.reRatingDate).toBe('2027-11-16');
    expect(plan.remeasurement.groups.map((group) => [group.group, group.lastTime, group.ratersNeeded])).toEqual([
      ['manager', 'shown', 3],
      ['peer', 'hidden', 4],
      ['direct-report', 'shown', 6],
    ]);
    // A reliable change on people: 1.518 × the cycle's sd of 0.4236 = 0.643 points, so a target of 3.14.
    expect(plan.priorities[0]?.reliableChange.scalePoints).toBeCloseTo(0.6431, 4);
    expect(plan.priorities[0]?.goal.measurable.target).toBeCloseTo(3.1431, 4);
  });

  it('is plain JSON and plans the same from the participant’s view', () => {
    expect(unsafeJsonPaths(plan)).toEqual([]);
    const band = { gapBand: m07.agreementBand.lower === -0.5 ? { lower: -0.5, upper: 0.5 } : { lower: m07.agreementBand.lower, upper: m07.agreementBand.upper } };
    expect(planDevelopment(participantView360(m07), { ...choices, reference, itemText, ...band })).toEqual(planDevelopment(m07, { ...choices, reference, itemText, ...band }));
  });
});

describe('the sample cycle into evaluation and IIP evidence', () => {
  const plans = cohort.ratees.map(({ report }) => planDevelopment(report, { reference, results: ['Voluntary staff turnover'] }));

  it('gives an evaluation plan checkEvaluationPlan accepts, at all four levels, with a baseline', () => {
    const evaluation = planEvaluation(plans);
    const check = checkEvaluationPlan(evaluation.plan);
    expect(check.levelsCovered.levels).toEqual([1, 2, 3, 4]);
    const codes = check.findings.map((finding) => finding.code);
    for (const code of ['EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE', 'EVALUATION_PLAN_NO_BASELINE', 'EVALUATION_PLAN_REACTION_ONLY', 'EVALUATION_PLAN_DUPLICATE_MEASURE']) expect(codes).not.toContain(code);
    expect(evaluation.plans).toBe(20);
    expect(evaluation.priorities.reduce((total, row) => total + row.plans, 0)).toBe(plans.reduce((total, plan) => total + plan.priorities.length, 0));
  });

  it('gives evidence assessLmModel accepts', () => {
    const cycle = developmentCycleEvidence({ leaders: 20, receivedFeedback: 20, coached: 2, goalsSet: 1, followUpDone: 0 });
    expect(assessLmModel(cycle.evidence).counts.evidenceItems).toBe(3);
  });
});
