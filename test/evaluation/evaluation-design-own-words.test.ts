// The "own words" rule for the evaluation models, the level mapping, checkEvaluationPlan and
// checkBusinessCase: the seeds are copyrighted pages (seed 001 is the 7OS02 source of the business
// case rules), so nothing these ship (catalogue text, finding messages, summary rows, the guide's
// sections about them) may repeat a run of ten consecutive words from a seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkBusinessCase,
  checkEvaluationPlan,
  evaluationModels,
  levelMappingGaps,
  levelMappingTable,
  mapLevel,
  seniorLeaderQuestions,
  type BusinessCaseInput,
} from '../../src/index.js';
import { legalFirm, retail, warehouse } from '../fixtures/seed-business-cases.js';
import { copiedRuns, seedsAvailable } from '../helpers/copied-runs.js';

const emptyDraft: BusinessCaseInput = { problem: '', goals: [], successMeasures: [], costOfInaction: '' };
const guideSection = (heading: string): string => {
  const guide = readFileSync(new URL('../../docs/evaluation.md', import.meta.url), 'utf8');
  const start = guide.indexOf(`\n## ${heading}\n`);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
};

describe.runIf(seedsAvailable)('paraphrase guard: evaluation models, plans and business cases', () => {
  it('finds the two guide sections it checks', () => {
    expect(guideSection('Evaluation models and plans').length).toBeGreaterThan(1000);
    expect(guideSection('Building a business case').length).toBeGreaterThan(1000);
  });

  it('ships no run of ten words copied from the seeds', () => {
    const copied = copiedRuns({
      evaluationModels,
      levelMappingTable,
      levelMappingGaps,
      seniorLeaderQuestions,
      'mapLevel()': [mapLevel(1, 'success-case', 'kirkpatrick'), mapLevel(8, 'ltem', 'kaufman')],
      'checkEvaluationPlan()': [
        checkEvaluationPlan({ measures: [] }),
        checkEvaluationPlan({
          measures: [
            { name: 'Feedback', level: { model: 'kirkpatrick', level: 1 }, kind: 'quantitative', timing: 'after' },
            { name: 'feedback', level: { model: 'phillips', level: 5 }, kind: 'quantitative', timing: 'after' },
          ],
          claimsRoi: true,
        }),
      ],
      'checkBusinessCase()': [legalFirm, warehouse, retail, emptyDraft].map((example) => checkBusinessCase(example)),
      'docs/evaluation.md': [guideSection('Evaluation models and plans'), guideSection('Building a business case')],
    });
    expect(copied).toEqual([]);
  });
});
