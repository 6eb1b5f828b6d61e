import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  assessLmModel,
  lmAudienceIds,
  lmEvidenceSources,
  lmEvidenceSupport,
  lmRequirementIds,
  type LmAssessment,
  type LmEvidenceItem,
} from '../../src/index.js';
import { frozen, unsafeJsonPaths } from '../helpers/json-safety.js';

const evidenceItem: fc.Arbitrary<LmEvidenceItem> = fc.record({
  requirementId: fc.constantFrom(...lmRequirementIds),
  audience: fc.constantFrom(...lmAudienceIds),
  source: fc.constantFrom(...lmEvidenceSources),
  supports: fc.constantFrom(...lmEvidenceSupport),
});
const evidence = fc.array(evidenceItem, { maxLength: 120 });
const options = fc.record(
  {
    audienceRule: fc.constantFrom('all' as const, 'any' as const),
    partlyWeight: fc.double({ min: 0, max: 1, noNaN: true }),
    minimumSupporting: fc.integer({ min: 1, max: 4 }),
    contraryTolerance: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: [] },
);

const audienceStatus = (result: LmAssessment, requirementId: string, audience: string): string | undefined =>
  result.indicators
    .flatMap((indicator) => indicator.requirements)
    .find((requirement) => requirement.id === requirementId)
    ?.audiences.find((row) => row.audience === audience)?.status;

describe('assessLmModel properties', () => {
  test.prop([evidence, options])('returns plain JSON with no NaN, Infinity or undefined', (items, rule) => {
    expect(unsafeJsonPaths(assessLmModel(items, rule))).toEqual([]);
  });

  test.prop([evidence, options])('does not mutate its input and is deterministic', (items, rule) => {
    const input = frozen(structuredClone(items));
    const first = JSON.stringify(assessLmModel(input, rule));
    expect(JSON.stringify(assessLmModel(input, rule))).toBe(first);
  });

  test.prop([evidence, options])('meets the model exactly when all nine indicators are met; counts add up', (items, rule) => {
    const result = assessLmModel(items, rule);
    expect(result.meetsModel).toBe(result.indicators.every((indicator) => indicator.status === 'met'));
    for (const counts of [result.counts.indicators, result.counts.requirements]) {
      expect(counts.met + counts.partlyMet + counts.notMet + counts.notAssessed).toBe(counts.total);
    }
    for (const indicator of result.indicators) {
      if (indicator.status === 'met') expect(indicator.requirements.every((requirement) => requirement.status === 'met')).toBe(true);
    }
  });

  test.prop([evidence, options, fc.nat()])('does not depend on the order of the evidence', (items, rule, seed) => {
    const shuffled = [...items];
    let state = seed;
    for (let index = shuffled.length - 1; index > 0; index -= 1) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const other = state % (index + 1);
      [shuffled[index], shuffled[other]] = [shuffled[other] as LmEvidenceItem, shuffled[index] as LmEvidenceItem];
    }
    expect(JSON.stringify(assessLmModel(shuffled, rule))).toBe(JSON.stringify(assessLmModel(items, rule)));
  });

  test.prop([evidence, options, evidenceItem])('adding a supporting item never takes a met audience below met', (items, rule, extra) => {
    const supporting: LmEvidenceItem = { ...extra, supports: 'yes' };
    const before = assessLmModel(items, rule);
    const after = assessLmModel([...items, supporting], rule);
    if (audienceStatus(before, supporting.requirementId, supporting.audience) === 'met') {
      expect(audienceStatus(after, supporting.requirementId, supporting.audience)).toBe('met');
    }
  });
});
