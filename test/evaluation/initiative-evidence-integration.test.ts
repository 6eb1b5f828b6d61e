// Integration of the issue-6 parts: the measurement plans recommendMeasures gives for the CIPD
// 7OS02 seed's two initiatives pass checkEvaluationPlan cleanly (New World Kirkpatrick,
// Kirkpatrick & Kirkpatrick 2016), and a recommended plan carries an evidence chain; chain levels
// from different models are placed on Kirkpatrick's scale by mapLevel.
import { describe, expect, it } from 'vitest';
import {
  buildEvidenceChain,
  checkEvaluationPlan,
  initiativeTemplateIds,
  mapLevel,
  recommendMeasures,
  type EvaluationMeasureInput,
} from '../../src/index.js';
import { roundTrip, unsafeJsonPaths } from '../helpers/json-safety.js';

describe('recommendMeasures plans pass checkEvaluationPlan', () => {
  for (const template of initiativeTemplateIds) {
    for (const comparisonGroup of [true, false]) {
      for (const claimsRoi of [false, true]) {
        it(`${template}, comparisonGroup ${String(comparisonGroup)}, claimsRoi ${String(claimsRoi)}: no warning or risk`, () => {
          const plan = recommendMeasures({ template }, { comparisonGroup });
          const check = checkEvaluationPlan({ measures: plan.measures, claimsRoi });
          expect(check.findings.filter((finding) => finding.severity === 'warning' || finding.severity === 'risk')).toEqual([]);
          // The plan reaches behaviour and results, the levels the check asks for.
          expect(check.levelsCovered.levels).toEqual(expect.arrayContaining([3, 4]));
        });
      }
    }
  }
});

describe('an evidence chain built from a recommended plan', () => {
  const plan = recommendMeasures({ template: 'on-the-job-coaching' });
  const chain = buildEvidenceChain({
    initiative: { id: 'line-manager-coaching', name: 'On-the-job coaching by middle managers' },
    measures: plan.measures,
    quantitative: [
      { measure: 'Three-question monthly pulse on support for development', before: 3.1, after: 3.5, direction: 'higher-is-better' },
      { measure: 'learning conversations recorded in supervision notes', before: 1.2, after: 2.0, direction: 'higher-is-better' },
    ],
    qualitative: ['s1', 's2', 's3'].map((source) => ({
      text: `My manager asks what I would try first (${source}).`,
      source,
      themes: ['Feeling heard'],
      sentiment: 'positive' as const,
      measure: 'Anonymous comments in the monthly pulse',
    })),
  });

  it('places every recommended measure on its level, behaviour then results', () => {
    expect(chain.levels.map((level) => [level.level, level.kirkpatrickLevels, level.measures.length])).toEqual([
      [{ model: 'kirkpatrick', level: 3 }, [3], 5],
      [{ model: 'kirkpatrick', level: 4 }, [4], 1],
    ]);
    expect(chain.levels[0]?.support).toBe('numbers-and-stories');
    expect(chain.levels[0]?.numbersVerdict).toBe('improved');
    expect(chain.levels[0]?.storiesVerdict).toBe('mostly-positive');
    expect(chain.levels[0]?.stories.themes[0]?.quotes.map((quote) => quote.source)).toEqual(['s1', 's2']);
  });

  it('names each planned measure still without a result', () => {
    expect(chain.findings.filter((finding) => finding.code === 'EVIDENCE_MEASURE_WITHOUT_RESULT').map((finding) => finding.measure)).toEqual([
      'Upward feedback on managers’ coaching',
      'Short interviews with managers and their staff',
      'Staff turnover in coached managers’ teams',
    ]);
    expect(chain.resultsNotInPlan).toEqual([]);
    expect(unsafeJsonPaths(chain)).toEqual([]);
    expect(roundTrip(chain)).toEqual(chain);
  });
});

describe('evidence chain levels on Kirkpatrick’s scale', () => {
  const measure = (name: string, level: EvaluationMeasureInput['level']): EvaluationMeasureInput => ({ name, level, kind: 'quantitative', timing: 'ongoing' });
  const chain = buildEvidenceChain({
    initiative: { id: 'mixed', name: 'A plan mixing models' },
    measures: [
      measure('Attendance', { model: 'ltem', level: 1 }),
      measure('Knowledge check', { model: 'ltem', level: 4 }),
      measure('Performance in the job', { model: 'ltem', level: 7 }),
      measure('Transfer effects', { model: 'ltem', level: 8 }),
      measure('Inputs', { model: 'phillips', level: 0 }),
      measure('Application', { model: 'phillips', level: 3 }),
      measure('ROI', { model: 'phillips', level: 5 }),
      measure('Behaviour', { model: 'kirkpatrick', level: 3 }),
    ],
  });

  it('gives each level its Kirkpatrick levels and correspondence from mapLevel', () => {
    expect(chain.levels.map((level) => [level.level.model, level.level.level, level.kirkpatrickLevels, level.kirkpatrickCorrespondence])).toEqual([
      ['kirkpatrick', 3, [3], 'exact'],
      ['phillips', 0, [], 'none'],
      ['phillips', 3, [3], 'exact'],
      ['phillips', 5, [], 'none'],
      ['ltem', 1, [], 'none'],
      ['ltem', 4, [2], 'partial'],
      ['ltem', 7, [3], 'exact'],
      ['ltem', 8, [4], 'partial'],
    ]);
    for (const level of chain.levels) {
      const mapped = mapLevel(level.level.level, level.level.model, 'kirkpatrick');
      expect(level.kirkpatrickLevels).toEqual(mapped.levels.map((target) => target.level));
      expect(level.kirkpatrickCorrespondence).toBe(mapped.correspondence);
    }
  });
});
