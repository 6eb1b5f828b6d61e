import { describe, expect, it } from 'vitest';
import {
  evaluationLevelReferenceSchema,
  evaluationMeasureSchema,
  isolationMethods,
  levelRanges,
  levelledEvaluationModels,
} from '../../src/evaluation/index.js';

describe('evaluationLevelReferenceSchema', () => {
  // Ranges: Kirkpatrick & Kirkpatrick (2016) levels 1–4; Phillips & Phillips (2016) levels 0–5;
  // Thalheimer (2018) LTEM tiers 1–8.
  it.each(levelledEvaluationModels)('accepts exactly the whole levels of %s in levelRanges', (model) => {
    const { lowest, highest } = levelRanges[model];
    for (let level = lowest - 2; level <= highest + 2; level += 1) {
      const accepted = evaluationLevelReferenceSchema.safeParse({ model, level }).success;
      expect(accepted, `${model} ${level}`).toBe(level >= lowest && level <= highest);
    }
    expect(evaluationLevelReferenceSchema.safeParse({ model, level: lowest + 0.5 }).success).toBe(false);
  });

  it('rejects unknown models and extra keys', () => {
    expect(evaluationLevelReferenceSchema.safeParse({ model: 'hamblin', level: 1 }).success).toBe(false);
    expect(evaluationLevelReferenceSchema.safeParse({ model: 'ltem', level: 1, tier: 1 }).success).toBe(false);
  });

  it('reads Phillips level −0 as 0', () => {
    expect(Object.is(evaluationLevelReferenceSchema.parse({ model: 'phillips', level: -0 }).level, 0)).toBe(true);
  });

  it('has frozen ranges', () => {
    expect(Object.isFrozen(levelRanges)).toBe(true);
    expect(Object.isFrozen(levelRanges.ltem)).toBe(true);
  });
});

describe('evaluationMeasureSchema', () => {
  const measure = {
    name: '  Absence rate ',
    level: { model: 'kirkpatrick', level: 4 },
    kind: 'quantitative',
    timing: 'before-and-after',
    isolation: 'comparison-group',
    source: 'HR system',
  };

  it('trims the name and keeps the rest', () => {
    expect(evaluationMeasureSchema.parse(measure)).toEqual({ ...measure, name: 'Absence rate' });
  });

  it('names the path of a bad field', () => {
    const result = evaluationMeasureSchema.safeParse({ ...measure, level: { model: 'phillips', level: 6 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['level', 'level']);
    expect(evaluationMeasureSchema.safeParse({ ...measure, isolation: 'hope' }).success).toBe(false);
    expect(evaluationMeasureSchema.safeParse({ ...measure, timing: 'during' }).success).toBe(false);
    expect(evaluationMeasureSchema.safeParse({ ...measure, name: '   ' }).success).toBe(false);
    expect(evaluationMeasureSchema.safeParse({ ...measure, unit: '%' }).success).toBe(false);
  });

  it('lists Phillips’ isolation methods and none', () => {
    expect(isolationMethods).toEqual(['comparison-group', 'trend-line', 'forecast', 'participant-estimate', 'manager-estimate', 'expert-estimate', 'none']);
  });
});

describe('the reaction-level rule shared by checkBusinessCase and checkEvaluationPlan', () => {
  it('agrees with mapLevel for every level of every levelled model', async () => {
    const { isReactionLevel } = await import('../../src/evaluation/_internal/reaction-level.js');
    const { mapLevel } = await import('../../src/evaluation/index.js');
    for (const model of levelledEvaluationModels) {
      for (let level: number = levelRanges[model].lowest; level <= levelRanges[model].highest; level += 1) {
        const reference = evaluationLevelReferenceSchema.parse({ model, level });
        const mapped = mapLevel(level, model, 'kirkpatrick').levels.map((target) => Number(target.level));
        const roi = model === 'phillips' && level === 5;
        expect(isReactionLevel(reference), `${model} ${level}`).toBe(!roi && mapped.every((target) => target <= 1));
      }
    }
  });
});
