import { describe, expect, it } from 'vitest';
import { checkEvaluationPlan, getEvaluationModel, levelMappingTable, mapLevel } from '../../src/index.js';

// Keeps the "Evaluation models and plans" section of docs/evaluation.md honest: every claim and
// result its examples quote. Sources: Kirkpatrick & Kirkpatrick (2016), Phillips & Phillips (2016),
// Thalheimer (2018), Kaufman & Keller (1994), Hamblin (1974); the circles are the 7OS02 seed's.
describe('the evaluation models and plans guide', () => {
  it('the models table', () => {
    expect(getEvaluationModel('phillips').levels.map((level) => level.name).join(', ')).toBe(
      'Inputs and Indicators, Reaction and Planned Action, Learning, Application and Implementation, Business Impact, ROI',
    );
    expect(getEvaluationModel('kaufman').levels.map((level) => level.label)).toEqual(['1a', '1b', '2', '3', '4', '5']);
    expect(['kirkpatrick', 'phillips', 'ltem', 'success-case', 'kaufman', 'hamblin'].map((id) => getEvaluationModel(id as 'ltem').evidence)).toEqual([
      'theoretical',
      'practitioner-reported',
      'theoretical',
      'practitioner-reported',
      'theoretical',
      'theoretical',
    ]);
  });

  it('mapLevel', () => {
    expect(levelMappingTable.length).toBe(57);
    const impact = mapLevel(4, 'kirkpatrick', 'phillips');
    expect([impact.levels[0]?.name, impact.correspondence]).toEqual(['Business Impact', 'exact']);
    const learning = mapLevel(2, 'kirkpatrick', 'ltem');
    expect([learning.levels.map((level) => level.level), learning.correspondence]).toEqual([[4, 5, 6], 'partial']);
    const effects = mapLevel(8, 'ltem', 'kirkpatrick');
    expect([effects.levels[0]?.name, effects.correspondence]).toEqual(['Results', 'partial']);
    expect(mapLevel(1, 'ltem', 'kirkpatrick').correspondence).toBe('none');
    expect(mapLevel(5, 'phillips', 'kirkpatrick').correspondence).toBe('none');
    const reaction = mapLevel('1b', 'kaufman', 'kirkpatrick');
    expect([reaction.levels[0]?.name, reaction.correspondence]).toEqual(['Reaction', 'exact']);
  });

  it('the first draft of the circles plan', () => {
    const draft = checkEvaluationPlan({
      measures: [
        { name: 'Circle feedback form', level: { model: 'kirkpatrick', level: 1 }, kind: 'quantitative', timing: 'after' },
        { name: 'Attendance at circles', level: { model: 'ltem', level: 1 }, kind: 'quantitative', timing: 'ongoing' },
        { name: 'Staff turnover', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'after' },
      ],
      claimsRoi: true,
    });
    expect(draft.levelsCovered).toEqual({ model: 'kirkpatrick', levels: [1, 4] });
    expect(draft.findings.map((finding) => [finding.code, finding.severity, finding.measureIndex])).toEqual([
      ['EVALUATION_PLAN_ROI_WITHOUT_ISOLATION', 'risk', undefined],
      ['EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE', 'warning', undefined],
      ['EVALUATION_PLAN_NO_BASELINE', 'warning', undefined],
      ['EVALUATION_PLAN_RESULTS_WITHOUT_COMPARISON', 'warning', 2],
      ['EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE', 'advice', undefined],
    ]);
  });

  it('the revised plan', () => {
    const revised = checkEvaluationPlan({
      measures: [
        { name: 'Staff turnover in teams with circles', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'ongoing', isolation: 'comparison-group', source: 'HR system' },
        { name: 'Absence rate', level: { model: 'phillips', level: 4 }, kind: 'quantitative', timing: 'before-and-after', isolation: 'trend-line' },
        { name: 'Practice tried after a circle', level: { model: 'ltem', level: 7 }, kind: 'quantitative', timing: 'ongoing', source: 'Three-question monthly pulse' },
        { name: 'Circle feedback form', level: { model: 'kirkpatrick', level: 1 }, kind: 'quantitative', timing: 'after' },
        { name: 'Short interviews with staff', level: { model: 'kirkpatrick', level: 3 }, kind: 'qualitative', timing: 'after', source: 'Interviews' },
      ],
    });
    expect(revised.levelsCovered.levels).toEqual([1, 3, 4]);
    expect(revised.measures.every((measure) => measure.correspondence === 'exact')).toBe(true);
    expect(revised.findings).toEqual([]);
  });
});
