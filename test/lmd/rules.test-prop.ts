import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  checkActionLearningDesign,
  fullRangeScaleIds,
  profileFullRange,
  setAdviserRoles,
  type ActionLearningDesign,
  type FullRangeScores,
} from '../../src/index.js';
import { frozen, unsafeJsonPaths } from '../helpers/json-safety.js';

const design: fc.Arbitrary<ActionLearningDesign> = fc.record({
  setSize: fc.integer({ min: 1, max: 30 }),
  meetings: fc.integer({ min: 1, max: 40 }),
  spanDays: fc.double({ min: 0.01, max: 800, noNaN: true }),
  realProblemsOwned: fc.boolean(),
  adviserRole: fc.constantFrom(...setAdviserRoles),
  organisationalSupport: fc.boolean(),
});

const score = fc.double({ min: 0, max: 4, noNaN: true });
const scores: fc.Arbitrary<FullRangeScores> = fc
  .dictionary(fc.constantFrom(...fullRangeScaleIds), score, { minKeys: 1 })
  .map((entries) => entries as FullRangeScores);

describe('checkActionLearningDesign properties', () => {
  test.prop([design])('is action learning exactly when the span is above one day', (input) => {
    const result = checkActionLearningDesign(frozen(input));
    expect(result.isActionLearning).toBe(input.spanDays > 1);
    expect(result.findings.some((finding) => finding.code === 'ACTION_LEARNING_ONE_DAY_OR_LESS')).toBe(input.spanDays <= 1);
    expect(unsafeJsonPaths(result)).toEqual([]);
  });

  test.prop([design])('is deterministic and leaves the input unchanged', (input) => {
    const copy = frozen(structuredClone(input));
    expect(JSON.stringify(checkActionLearningDesign(copy))).toBe(JSON.stringify(checkActionLearningDesign(copy)));
    expect(copy).toEqual(input);
  });
});

describe('profileFullRange properties', () => {
  test.prop([scores])('group means lie within 0–4 and the result is plain JSON', (input) => {
    const profile = profileFullRange(frozen(input));
    for (const row of profile.groups) {
      if (row.mean !== null) {
        expect(row.mean).toBeGreaterThanOrEqual(0);
        expect(row.mean).toBeLessThanOrEqual(4);
      }
    }
    expect(unsafeJsonPaths(profile)).toEqual([]);
  });

  test.prop([scores])('the dominant group, when there is one, has the highest mean', (input) => {
    const profile = profileFullRange(input);
    const means = profile.groups.flatMap((row) => (row.mean === null ? [] : [row.mean]));
    const dominant = profile.groups.find((row) => row.group === profile.dominantGroup);
    if (dominant !== undefined) expect(dominant.mean).toBe(Math.max(...means));
  });
});
