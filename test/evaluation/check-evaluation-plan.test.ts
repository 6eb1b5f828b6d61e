// checkEvaluationPlan, rule by rule. Cases come from the 7OS02 seed (../shared/seeds/001_…txt):
// the retail lunch-and-learn judged on manager feedback, the legal firm's junior turnover "down by
// around 30%", the peer learning circles and line-manager coaching measured by engagement,
// absence, supervision notes, a monthly pulse and short interviews. Rules: New World Kirkpatrick
// (Kirkpatrick & Kirkpatrick, 2016), Alliger et al. (1997), Phillips & Phillips (2016), Thalheimer (2018).
import { describe, expect, it } from 'vitest';
import {
  checkEvaluationPlan,
  evaluationPlanFindingCodes,
  LmdInputError,
  references,
  type EvaluationMeasureInput,
  type EvaluationPlanFinding,
  type EvaluationPlanFindingCode,
  type EvaluationPlanInput,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const codes = (findings: readonly EvaluationPlanFinding[]): EvaluationPlanFindingCode[] => findings.map((finding) => finding.code);
const codesOf = (plan: EvaluationPlanInput): EvaluationPlanFindingCode[] => codes(checkEvaluationPlan(plan).findings);

// The peer learning circles, measured as the seed suggests: a plan that raises no finding.
const turnover: EvaluationMeasureInput = {
  name: 'Staff turnover in teams with circles',
  level: { model: 'kirkpatrick', level: 4 },
  kind: 'quantitative',
  timing: 'ongoing',
  isolation: 'comparison-group',
  source: 'HR system',
};
const absence: EvaluationMeasureInput = {
  name: 'Absence rate',
  level: { model: 'phillips', level: 4 },
  kind: 'quantitative',
  timing: 'before-and-after',
  isolation: 'trend-line',
};
const supervisionNotes: EvaluationMeasureInput = {
  name: 'Learning conversations recorded in supervision notes',
  level: { model: 'kirkpatrick', level: 3 },
  kind: 'quantitative',
  timing: 'ongoing',
};
const pulse: EvaluationMeasureInput = {
  name: 'Three-question monthly pulse',
  level: { model: 'kirkpatrick', level: 1 },
  kind: 'quantitative',
  timing: 'ongoing',
};
const interviews: EvaluationMeasureInput = {
  name: 'Short interviews with staff',
  level: { model: 'ltem', level: 7 },
  kind: 'qualitative',
  timing: 'after',
  source: 'Interviews',
};
const good: EvaluationPlanInput = { measures: [turnover, absence, supervisionNotes, pulse, interviews] };
const managerFeedback: EvaluationMeasureInput = {
  name: 'Manager feedback on the sessions',
  level: { model: 'kirkpatrick', level: 1 },
  kind: 'qualitative',
  timing: 'after',
};
const without = (...names: string[]): EvaluationMeasureInput[] =>
  (good.measures as EvaluationMeasureInput[]).filter((measure) => !names.includes(measure.name));

describe('checkEvaluationPlan', () => {
  it('raises nothing on the peer learning circles measured as the seed suggests, and places every measure', () => {
    const result = checkEvaluationPlan(good);
    expect(result.findings).toEqual([]);
    expect(result.levelsCovered).toEqual({ model: 'kirkpatrick', levels: [1, 3, 4] });
    expect(result.measures.map((measure) => [measure.kirkpatrickLevels, measure.correspondence])).toEqual([
      [[4], 'exact'],
      [[4], 'exact'],
      [[3], 'exact'],
      [[1], 'exact'],
      [[3], 'exact'],
    ]);
    expect(result.claimsRoi).toBe(false);
    expect(result.criteria).toEqual({
      baselineTimings: ['before', 'before-and-after', 'ongoing'],
      roiIsolationMethods: ['comparison-group', 'trend-line', 'forecast', 'participant-estimate', 'manager-estimate', 'expert-estimate'],
      comparisonIsolationMethods: ['comparison-group', 'trend-line', 'forecast'],
      trendTimings: ['ongoing'],
    });
  });

  it('EVALUATION_PLAN_REACTION_ONLY (risk): the retail lunch-and-learn judged on manager feedback alone', () => {
    const result = checkEvaluationPlan({ measures: [managerFeedback] });
    expect(result.levelsCovered.levels).toEqual([1]);
    expect(result.findings[0]?.code).toBe('EVALUATION_PLAN_REACTION_ONLY');
    expect(result.findings[0]?.severity).toBe('risk');
    expect(result.findings[0]?.basis).toContain('alliger-1997');
    // Attendance and activity (LTEM 1–2) and Phillips 0 are no better than reactions.
    const attendance: EvaluationMeasureInput = { name: 'Attendance', level: { model: 'ltem', level: 1 }, kind: 'quantitative', timing: 'ongoing' };
    const inputs: EvaluationMeasureInput = { name: 'Hours of learning', level: { model: 'phillips', level: 0 }, kind: 'quantitative', timing: 'ongoing' };
    const perceptions: EvaluationMeasureInput = { name: 'Perceived usefulness', level: { model: 'ltem', level: 3 }, kind: 'quantitative', timing: 'after' };
    expect(codesOf({ measures: [attendance, inputs, perceptions] })).toContain('EVALUATION_PLAN_REACTION_ONLY');
    expect(checkEvaluationPlan({ measures: [attendance, inputs] }).levelsCovered.levels).toEqual([]);
    // One learning measure is enough to lift it.
    const knowledge: EvaluationMeasureInput = { name: 'Knowledge check', level: { model: 'ltem', level: 4 }, kind: 'quantitative', timing: 'after' };
    expect(codesOf({ measures: [managerFeedback, knowledge] })).not.toContain('EVALUATION_PLAN_REACTION_ONLY');
    expect(codesOf(good)).not.toContain('EVALUATION_PLAN_REACTION_ONLY');
  });

  it('EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE (warning): nothing at Kirkpatrick 3, Phillips 3 or LTEM 7', () => {
    const result = checkEvaluationPlan({ measures: without(supervisionNotes.name, interviews.name) });
    expect(codes(result.findings)).toEqual(['EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE', 'EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE']);
    expect(result.findings[0]?.severity).toBe('warning');
    const application: EvaluationMeasureInput = { ...supervisionNotes, level: { model: 'phillips', level: 3 } };
    expect(codesOf({ measures: without(supervisionNotes.name).concat(application) })).not.toContain('EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE');
    expect(codesOf({ measures: [managerFeedback] })).toContain('EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE');
  });

  it('EVALUATION_PLAN_NO_BASELINE (warning): no measure of learning, behaviour or results taken before or as a series', () => {
    const afterOnly: EvaluationMeasureInput[] = (good.measures as EvaluationMeasureInput[]).map((measure) => ({ ...measure, timing: 'after' }));
    const result = checkEvaluationPlan({ measures: afterOnly });
    expect(codes(result.findings)).toContain('EVALUATION_PLAN_NO_BASELINE');
    // An ongoing series of reactions or attendance is no baseline for learning, behaviour or results.
    const attendance: EvaluationMeasureInput = { name: 'Attendance', level: { model: 'ltem', level: 1 }, kind: 'quantitative', timing: 'ongoing' };
    const reactions: EvaluationMeasureInput = { ...pulse, timing: 'before-and-after' };
    expect(codesOf({ measures: afterOnly.concat(attendance, reactions) })).toContain('EVALUATION_PLAN_NO_BASELINE');
    for (const timing of ['before', 'before-and-after', 'ongoing'] as const) {
      const withBaseline = afterOnly.map((measure, index) => (index === 2 ? { ...measure, timing } : measure));
      expect(codesOf({ measures: withBaseline }), timing).not.toContain('EVALUATION_PLAN_NO_BASELINE');
    }
  });

  it('EVALUATION_PLAN_ROI_WITHOUT_ISOLATION (risk): an ROI claim, or a Phillips level 5 measure, with no isolation method', () => {
    const noIsolation = (good.measures as EvaluationMeasureInput[]).map((measure) => ({ ...measure, isolation: 'none' as const }));
    const claimed = checkEvaluationPlan({ measures: noIsolation, claimsRoi: true });
    expect(codes(claimed.findings)[0]).toBe('EVALUATION_PLAN_ROI_WITHOUT_ISOLATION');
    expect(claimed.findings[0]?.severity).toBe('risk');
    expect(claimed.claimsRoi).toBe(true);
    const roiMeasure: EvaluationMeasureInput = { name: 'ROI of the programme', level: { model: 'phillips', level: 5 }, kind: 'quantitative', timing: 'after' };
    const implied = checkEvaluationPlan({ measures: [managerFeedback, roiMeasure] });
    expect(codes(implied.findings)).toContain('EVALUATION_PLAN_ROI_WITHOUT_ISOLATION');
    expect(implied.claimsRoi).toBe(true);
    // Absent isolation counts as none; a participant estimate is an isolation method.
    expect(codesOf({ measures: [supervisionNotes], claimsRoi: true })).toContain('EVALUATION_PLAN_ROI_WITHOUT_ISOLATION');
    const estimated = { ...supervisionNotes, isolation: 'participant-estimate' as const };
    expect(codesOf({ measures: [estimated], claimsRoi: true })).not.toContain('EVALUATION_PLAN_ROI_WITHOUT_ISOLATION');
    expect(codesOf({ ...good, claimsRoi: true })).toEqual([]);
    // Claiming ROI with no measures at all is still flagged.
    expect(codesOf({ measures: [], claimsRoi: true })).toEqual(['EVALUATION_PLAN_ROI_WITHOUT_ISOLATION', 'EVALUATION_PLAN_EMPTY']);
  });

  it('EVALUATION_PLAN_RESULTS_WITHOUT_COMPARISON (warning): the legal firm’s turnover "dropped by around 30%" with no comparison or trend', () => {
    const juniorTurnover: EvaluationMeasureInput = {
      name: 'Junior solicitor turnover',
      level: { model: 'kirkpatrick', level: 4 },
      kind: 'quantitative',
      timing: 'before-and-after',
    };
    const result = checkEvaluationPlan({ measures: [supervisionNotes, interviews, juniorTurnover] });
    expect(codes(result.findings)).toEqual(['EVALUATION_PLAN_RESULTS_WITHOUT_COMPARISON']);
    expect(result.findings[0]).toMatchObject({ severity: 'warning', measureIndex: 2 });
    expect(result.findings[0]?.message).toContain('Junior solicitor turnover');
    // A participant estimate or "none" is not a comparison; LTEM 8 and Phillips 5 are results measures too.
    for (const isolation of ['none', 'participant-estimate'] as const) {
      expect(codesOf({ measures: [supervisionNotes, interviews, { ...juniorTurnover, isolation }] })).toContain('EVALUATION_PLAN_RESULTS_WITHOUT_COMPARISON');
    }
    const effects: EvaluationMeasureInput = { ...juniorTurnover, level: { model: 'ltem', level: 8 } };
    expect(checkEvaluationPlan({ measures: [supervisionNotes, interviews, effects] }).findings[0]?.measureIndex).toBe(2);
    const roi: EvaluationMeasureInput = { ...juniorTurnover, level: { model: 'phillips', level: 5 }, isolation: 'participant-estimate' };
    expect(codesOf({ measures: [supervisionNotes, interviews, roi] })).toEqual(['EVALUATION_PLAN_RESULTS_WITHOUT_COMPARISON']);
    // A comparison group, trend line, forecast or an ongoing series clears it.
    for (const isolation of ['comparison-group', 'trend-line', 'forecast'] as const) {
      expect(codesOf({ measures: [supervisionNotes, interviews, { ...juniorTurnover, isolation }] })).toEqual([]);
    }
    expect(codesOf({ measures: [supervisionNotes, interviews, { ...juniorTurnover, timing: 'ongoing' }] })).toEqual([]);
  });

  it('EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE (advice): the seed’s point that stories matter', () => {
    const result = checkEvaluationPlan({ measures: without(interviews.name) });
    expect(codes(result.findings)).toEqual(['EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE']);
    expect(result.findings[0]?.severity).toBe('advice');
    expect(result.findings[0]?.basis).toContain('cipd-7os02-seed');
    expect(codesOf(good)).not.toContain('EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE');
  });

  it('EVALUATION_PLAN_START_FROM_RESULTS (advice): no results measure defined, so plan backwards from the results wanted (New World Kirkpatrick)', () => {
    const result = checkEvaluationPlan({ measures: without(turnover.name, absence.name) });
    expect(codes(result.findings)).toEqual(['EVALUATION_PLAN_START_FROM_RESULTS']);
    expect(result.findings[0]?.basis).toEqual(['kirkpatrick-kirkpatrick-2016']);
    expect(codesOf({ measures: without(turnover.name) })).not.toContain('EVALUATION_PLAN_START_FROM_RESULTS');
  });

  it('EVALUATION_PLAN_DUPLICATE_MEASURE (advice): the same name twice, ignoring case and spaces', () => {
    const repeat = { ...pulse, name: '  three-question MONTHLY pulse ' };
    const result = checkEvaluationPlan({ measures: (good.measures as EvaluationMeasureInput[]).concat(repeat) });
    expect(codes(result.findings)).toEqual(['EVALUATION_PLAN_DUPLICATE_MEASURE']);
    expect(result.findings[0]).toMatchObject({ severity: 'advice', measureIndex: 5, basis: [] });
  });

  it('EVALUATION_PLAN_DUPLICATE_MEASURE: also through inner spacing and either encoding of an accented letter, but not for different names', () => {
    const composed = { ...managerFeedback, name: 'Caf\u00e9 conversations' };
    const decomposed = { ...managerFeedback, name: 'CAFE\u0301  conversations' };
    const result = checkEvaluationPlan({ measures: [composed, decomposed] });
    expect(result.findings.filter((finding) => finding.code === 'EVALUATION_PLAN_DUPLICATE_MEASURE')).toMatchObject([{ measureIndex: 1 }]);
    expect(codesOf({ measures: [composed, { ...managerFeedback, name: 'Cafe conversations' }] })).not.toContain(
      'EVALUATION_PLAN_DUPLICATE_MEASURE',
    );
  });

  it('EVALUATION_PLAN_REACTION_ONLY is not raised for an ROI (Phillips 5) measure, which is not reaction level', () => {
    const roiMeasure: EvaluationMeasureInput = { name: 'ROI', level: { model: 'phillips', level: 5 }, kind: 'quantitative', timing: 'after' };
    expect(codesOf({ measures: [roiMeasure] })).not.toContain('EVALUATION_PLAN_REACTION_ONLY');
    expect(codesOf({ measures: [{ ...roiMeasure, level: { model: 'phillips', level: 1 } }] })).toContain('EVALUATION_PLAN_REACTION_ONLY');
  });

  it('EVALUATION_PLAN_EMPTY (warning): an empty plan is a finding, not an error, and raises nothing else', () => {
    const result = checkEvaluationPlan({ measures: [] });
    expect(codes(result.findings)).toEqual(['EVALUATION_PLAN_EMPTY']);
    expect(result.levelsCovered).toEqual({ model: 'kirkpatrick', levels: [] });
    expect(result.measures).toEqual([]);
  });

  it('can reach every code in evaluationPlanFindingCodes, and every finding is sourced', () => {
    const roiMeasure: EvaluationMeasureInput = { name: 'ROI', level: { model: 'phillips', level: 5 }, kind: 'quantitative', timing: 'after' };
    const plans: EvaluationPlanInput[] = [
      { measures: [] },
      { measures: [managerFeedback, managerFeedback, roiMeasure] },
      { measures: [pulse] },
    ];
    const seen = new Set(plans.flatMap((plan) => codesOf(plan)));
    expect([...seen].sort()).toEqual([...evaluationPlanFindingCodes].sort());
    for (const plan of plans) {
      for (const finding of checkEvaluationPlan(plan).findings) {
        for (const id of finding.basis) expect(Object.hasOwn(references, id)).toBe(true);
        expect(finding.message).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('orders findings most severe first', () => {
    const severities = checkEvaluationPlan({ measures: [managerFeedback], claimsRoi: true }).findings.map((finding) => finding.severity);
    expect(severities).toEqual(['risk', 'risk', 'warning', 'warning', 'advice']);
  });

  it('never changes its input and returns plain JSON', () => {
    const plan = frozen(structuredClone(good));
    const copy = structuredClone(plan);
    const result = checkEvaluationPlan(plan);
    expect(plan).toEqual(copy);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
    expect(result.measures[0]?.level).not.toBe(plan.measures[0]?.level);
  });

  it('reads a level typed as -0 as level 0, so no -0 reaches the result', () => {
    const result = checkEvaluationPlan({ measures: [{ ...pulse, level: { model: 'phillips', level: -0 } }] });
    expect(Object.is(result.measures[0]?.level.level, 0)).toBe(true);
    expect(roundTrip(result)).toEqual(result);
  });

  it('rejects malformed plans with LmdInputError naming the path', () => {
    const cases: [unknown, string][] = [
      [undefined, 'plan'],
      [{}, 'plan.measures'],
      [{ measures: [{ ...pulse, level: { model: 'kirkpatrick', level: 5 } }] }, 'plan.measures[0].level.level'],
      [{ measures: [{ ...pulse, level: { model: 'hamblin', level: 1 } }] }, 'plan.measures[0].level.model'],
      [{ measures: [{ ...pulse, name: '   ' }] }, 'plan.measures[0].name'],
      [{ measures: [pulse], claimsRoi: 'yes' }, 'plan.claimsRoi'],
      [{ measures: [pulse], claimsROI: true }, 'plan.claimsROI'],
      [[pulse], 'plan'],
      [{ measures: { 0: pulse } }, 'plan.measures'],
      [{ measures: [{ ...pulse, level: { model: 'kirkpatrick', level: Number.NaN } }] }, 'plan.measures[0].level.level'],
      [{ measures: [{ ...pulse, level: { model: 'ltem', level: 1e308 } }] }, 'plan.measures[0].level.level'],
      [{ measures: [{ ...pulse, level: { model: 'ltem', level: 2.5 } }] }, 'plan.measures[0].level.level'],
      [{ measures: [{ ...pulse, colour: 'blue' }] }, 'plan.measures[0].colour'],
    ];
    for (const [plan, path] of cases) {
      const error = thrownBy(() => checkEvaluationPlan(plan as EvaluationPlanInput));
      expect(error).toBeInstanceOf(LmdInputError);
      expect((error as LmdInputError).issues.map((issue) => issue.path)).toContain(path);
    }
  });
});
