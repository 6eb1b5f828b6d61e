// Invariants of checkEvaluationPlan and mapLevel: purity, no mutation, JSON safety, order
// independence of coverage, and coverage consistent with the findings it implies.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  checkEvaluationPlan,
  evaluationModelIds,
  getEvaluationModel,
  isolationMethods,
  levelRanges,
  mapLevel,
  measureKinds,
  measureTimings,
  type EvaluationMeasureInput,
} from '../../src/index.js';
import { frozen, roundTrip, unsafeJsonPaths } from '../helpers/json-safety.js';

const level = fc.oneof(
  fc.integer({ min: levelRanges.kirkpatrick.lowest, max: levelRanges.kirkpatrick.highest }).map((n) => ({ model: 'kirkpatrick' as const, level: n })),
  fc.integer({ min: levelRanges.phillips.lowest, max: levelRanges.phillips.highest }).map((n) => ({ model: 'phillips' as const, level: n })),
  fc.integer({ min: levelRanges.ltem.lowest, max: levelRanges.ltem.highest }).map((n) => ({ model: 'ltem' as const, level: n })),
);
const measure: fc.Arbitrary<EvaluationMeasureInput> = fc.record(
  {
    name: fc.constantFrom('Absence', 'Turnover', 'Pulse', 'Interviews', 'Feedback form', 'Supervision notes'),
    level,
    kind: fc.constantFrom(...measureKinds),
    timing: fc.constantFrom(...measureTimings),
    isolation: fc.constantFrom(...isolationMethods),
    source: fc.constantFrom('HR system', 'Survey'),
  },
  { requiredKeys: ['name', 'level', 'kind', 'timing'] },
);
const plan = fc.record({ measures: fc.array(measure, { maxLength: 8 }), claimsRoi: fc.boolean() });
const has = (codes: readonly string[], code: string): boolean => codes.includes(code);

describe('checkEvaluationPlan properties', () => {
  test.prop([plan])('is deterministic, JSON-safe and leaves its input unchanged', (input) => {
    const copy = frozen(structuredClone(input));
    const result = checkEvaluationPlan(copy);
    expect(JSON.stringify(checkEvaluationPlan(copy))).toBe(JSON.stringify(result));
    expect(copy).toEqual(input);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });

  test.prop([plan, fc.nat()])('covers the same levels whatever the order of the measures', (input, shift) => {
    const k = input.measures.length === 0 ? 0 : shift % input.measures.length;
    const rotated = input.measures.slice(k).concat(input.measures.slice(0, k));
    const a = checkEvaluationPlan(input);
    const b = checkEvaluationPlan({ ...input, measures: rotated });
    expect(b.levelsCovered).toEqual(a.levelsCovered);
    expect(new Set(b.findings.map((finding) => finding.code))).toEqual(new Set(a.findings.map((finding) => finding.code)));
  });

  test.prop([plan])('coverage agrees with the findings it implies', (input) => {
    const result = checkEvaluationPlan(input);
    const codes = result.findings.map((finding) => finding.code);
    const levels = result.levelsCovered.levels;
    expect([...levels].sort((x, y) => x - y)).toEqual(levels);
    for (const covered of levels) expect([1, 2, 3, 4]).toContain(covered);
    if (input.measures.length === 0) {
      expect(codes.filter((code) => code !== 'EVALUATION_PLAN_ROI_WITHOUT_ISOLATION')).toEqual(['EVALUATION_PLAN_EMPTY']);
      return;
    }
    expect(has(codes, 'EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE')).toBe(!levels.includes(3));
    if (levels.some((covered) => covered >= 2)) expect(has(codes, 'EVALUATION_PLAN_REACTION_ONLY')).toBe(false);
    expect(has(codes, 'EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE')).toBe(input.measures.every((entry) => entry.kind === 'quantitative'));
    if (levels.includes(4)) expect(has(codes, 'EVALUATION_PLAN_START_FROM_RESULTS')).toBe(false);
    if (input.claimsRoi) {
      const isolated = input.measures.some((entry) => entry.isolation !== undefined && entry.isolation !== 'none');
      expect(has(codes, 'EVALUATION_PLAN_ROI_WITHOUT_ISOLATION')).toBe(!isolated);
    }
  });
});

describe('mapLevel properties', () => {
  const place = fc
    .constantFrom(...evaluationModelIds)
    .chain((model) => fc.constantFrom(...getEvaluationModel(model).levels.map((entry) => entry.label)).map((label) => ({ model, label })));

  test.prop([place, fc.constantFrom(...evaluationModelIds)])('is consistent: a level found one way finds its source the other way', (from, to) => {
    const there = mapLevel(from.label, from.model, to);
    expect(there.correspondence === 'none').toBe(there.levels.length === 0);
    for (const target of there.levels) {
      const back = mapLevel(target.label, to, from.model);
      expect(back.levels.map((entry) => entry.label)).toContain(from.label);
    }
    expect(unsafeJsonPaths(there)).toEqual([]);
  });
});
