// recommendMeasures: the measurement plans the 7OS02 seed suggests for its two initiatives
// (../shared/seeds/001_…txt, AC 2.3); rule tests quote the seed in their names. The plan-check
// properties (baseline, behaviour, results with comparison or trend, qualitative evidence) follow
// issue 6's checkEvaluationPlan and New World Kirkpatrick (Kirkpatrick & Kirkpatrick, 2016).
import { describe, expect, it } from 'vitest';
import {
  evaluationMeasureSchema,
  initiativeTemplateIds,
  LmdInputError,
  recommendMeasures,
  references,
  type EvaluationMeasure,
  type InitiativeDesign,
  type InitiativeReference,
  type MeasurementPlan,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const plans: readonly (readonly [string, MeasurementPlan])[] = initiativeTemplateIds.flatMap((template) =>
  [true, false].map(
    (comparisonGroup) => [`${template}, comparisonGroup ${comparisonGroup}`, recommendMeasures({ template }, { comparisonGroup })] as const,
  ),
);
const isKirkpatrick = (measure: EvaluationMeasure, level: number): boolean =>
  measure.level.model === 'kirkpatrick' && measure.level.level === level;

describe('recommendMeasures: properties a plan check looks for', () => {
  it.each(plans)('%s: every measure passes evaluationMeasureSchema unchanged (no extra fields)', (_name, plan) => {
    for (const measure of plan.measures) expect(evaluationMeasureSchema.parse(measure)).toEqual(measure);
    for (const measure of plan.measures) expect(Object.keys(measure).every((key) => ['name', 'level', 'kind', 'timing', 'isolation', 'source'].includes(key))).toBe(true);
  });

  it.each(plans)('%s: the rows carry the same measures plus id, why and basis', (_name, plan) => {
    expect(plan.recommendations.map(({ id: _id, why: _why, basis: _basis, ...measure }) => measure)).toEqual(plan.measures);
    const ids = plan.recommendations.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of plan.recommendations) {
      expect(row.why.length).toBeGreaterThan(40);
      expect(row.basis.length).toBeGreaterThan(0);
      for (const id of row.basis) expect(Object.hasOwn(references, id), id).toBe(true);
    }
  });

  it.each(plans)('%s: has a baseline (before, before-and-after, or ongoing from before)', (_name, plan) => {
    expect(plan.measures.some((measure) => ['before', 'before-and-after', 'ongoing'].includes(measure.timing))).toBe(true);
    expect(plan.measures.some((measure) => measure.timing === 'before-and-after')).toBe(true);
  });

  it.each(plans)('%s: has a behaviour-level measure (Kirkpatrick 3)', (_name, plan) => {
    expect(plan.measures.some((measure) => isKirkpatrick(measure, 3))).toBe(true);
  });

  it.each(plans)('%s: has a results measure (Kirkpatrick 4) with a comparison group or a trend line', (_name, plan) => {
    const results = plan.measures.filter((measure) => isKirkpatrick(measure, 4));
    expect(results.length).toBeGreaterThan(0);
    for (const measure of results) expect(['comparison-group', 'trend-line']).toContain(measure.isolation);
  });

  it.each(plans)('%s: has qualitative evidence and is mostly quantitative, quantitative first', (_name, plan) => {
    const kinds = plan.measures.map((measure) => measure.kind);
    expect(kinds).toContain('qualitative');
    expect(kinds.indexOf('qualitative')).toBeGreaterThan(kinds.lastIndexOf('quantitative'));
    for (const measure of plan.measures) {
      if (measure.kind === 'qualitative') expect(measure.isolation).toBeUndefined();
      else expect(measure.isolation).toBe(plan.options.comparisonGroup ? 'comparison-group' : 'trend-line');
    }
  });

  it.each(plans)('%s: is JSON-safe', (_name, plan) => {
    expect(unsafeJsonPaths(plan)).toEqual([]);
    expect(roundTrip(plan)).toEqual(plan);
  });
});

describe('recommendMeasures: the seed’s measures per initiative', () => {
  it('"has staff engagement changed in those areas? Has absenteeism dropped?" … "less staff turnover" … "fewer complaints from service users" … "short interviews or anonymous feedback" → the circles’ plan', () => {
    const plan = recommendMeasures({ template: 'peer-learning-circles' });
    expect(plan.recommendations.map((row) => [row.id, row.kind, row.level.level, row.timing])).toEqual([
      ['engagement', 'quantitative', 4, 'before-and-after'],
      ['absence', 'quantitative', 4, 'ongoing'],
      ['turnover', 'quantitative', 4, 'ongoing'],
      ['service-user-complaints', 'quantitative', 4, 'ongoing'],
      ['short-interviews', 'qualitative', 3, 'after'],
      ['anonymous-comments', 'qualitative', 1, 'ongoing'],
    ]);
    expect(plan.isolationNote).toMatch(/without circles/);
    expect(plan.options).toEqual({ comparisonGroup: true });
  });

  it('"track the number of learning conversations reported in supervision notes" … "upward feedback" … "a monthly pulse survey with three questions" → the coaching plan, with turnover added as its result', () => {
    const plan = recommendMeasures({ template: 'on-the-job-coaching' });
    expect(plan.recommendations.map((row) => [row.id, row.kind, row.level.level, row.timing])).toEqual([
      ['learning-conversations', 'quantitative', 3, 'ongoing'],
      ['monthly-pulse', 'quantitative', 3, 'ongoing'],
      ['upward-feedback', 'quantitative', 3, 'before-and-after'],
      ['turnover', 'quantitative', 4, 'ongoing'],
      ['short-interviews', 'qualitative', 3, 'after'],
      ['anonymous-comments', 'qualitative', 3, 'ongoing'],
    ]);
    expect(plan.recommendations.find((row) => row.id === 'turnover')?.basis).not.toContain('cipd-7os02-seed');
    expect(plan.recommendations.find((row) => row.id === 'upward-feedback')?.basis).toContain('walker-smither-1999');
  });

  it('with no comparison group, isolates by trend line and says so', () => {
    const plan = recommendMeasures({ template: 'peer-learning-circles' }, { comparisonGroup: false });
    expect(plan.isolationNote).toMatch(/trend/);
    expect(plan.options).toEqual({ comparisonGroup: false });
    expect(plan.measures.filter((measure) => measure.isolation === 'comparison-group')).toEqual([]);
  });

  it('accepts a full design and gives the same plan as its template', () => {
    const design: InitiativeDesign = {
      template: 'on-the-job-coaching',
      sessionMinutes: 90,
      practiceBased: true,
      peerObservation: false,
      workloadRelief: true,
      framedAsHelpingManagers: true,
      seniorBacking: true,
    };
    expect(recommendMeasures(design)).toEqual(recommendMeasures({ template: 'on-the-job-coaching' }));
  });

  it.each([
    ['an unknown template', { template: 'away-day' }, 'initiative.template'],
    ['a design with a bad field', { template: 'peer-learning-circles', groupSize: 8 }, 'initiative.protectedTime'],
    ['a misspelt key beside the template', { template: 'on-the-job-coaching', comparison: true }, 'initiative.sessionMinutes'],
  ])('rejects %s with LmdInputError naming the path', (_name, initiative, path) => {
    const error = thrownBy(() => recommendMeasures(initiative as InitiativeReference));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).issues.map((issue) => issue.path)).toContain(path);
  });

  it('rejects non-objects and bad options', () => {
    for (const value of [null, undefined, 'circles', [], {}]) {
      expect(() => recommendMeasures(value as unknown as InitiativeReference)).toThrow(LmdInputError);
    }
    expect(() => recommendMeasures({ template: 'peer-learning-circles' }, { comparisonGroup: 'yes' } as never)).toThrow(LmdInputError);
    expect(() => recommendMeasures({ template: 'peer-learning-circles' }, { comparison: true } as never)).toThrow(LmdInputError);
  });

  it('does not mutate its input, and each call returns fresh objects', () => {
    const input = frozen({ template: 'peer-learning-circles' as const });
    const first = recommendMeasures(input);
    expect(input).toEqual({ template: 'peer-learning-circles' });
    (first.measures[0]?.level as { level: number }).level = 1;
    (first.recommendations[0]?.basis as string[]).push('day-2000');
    const second = recommendMeasures(input);
    expect(second.measures[0]?.level).toEqual({ model: 'kirkpatrick', level: 4 });
    expect(second.recommendations[0]?.basis).toEqual(['cipd-7os02-seed', 'kirkpatrick-kirkpatrick-2016']);
    expect(first.recommendations[0]?.level).toEqual({ model: 'kirkpatrick', level: 4 });
  });
});
