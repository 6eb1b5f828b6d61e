// Invariants of checkInitiativeDesign and recommendMeasures over every design fast-check can build:
// one finding per unmet condition and none for a met one, codes from the published list, plain
// JSON, deterministic, inputs untouched (7OS02 AC 2.3, ../shared/seeds/001_…txt).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  checkInitiativeDesign,
  circleFacilitationStyles,
  circleHosts,
  circleMeetingFrequencies,
  circleThemeStyles,
  evaluationMeasureSchema,
  initiativeDesignFindingCodes,
  recommendMeasures,
  type InitiativeDesign,
  type InitiativeDesignOptions,
} from '../../src/index.js';
import { frozen, unsafeJsonPaths } from '../helpers/json-safety.js';

const circles: fc.Arbitrary<InitiativeDesign> = fc.record({
  template: fc.constant('peer-learning-circles' as const),
  protectedTime: fc.boolean(),
  host: fc.constantFrom(...circleHosts),
  facilitation: fc.constantFrom(...circleFacilitationStyles),
  psychologicalSafety: fc.boolean(),
  themes: fc.constantFrom(...circleThemeStyles),
  groupSize: fc.integer({ min: 1, max: 60 }),
  frequency: fc.constantFrom(...circleMeetingFrequencies),
  seniorBacking: fc.boolean(),
});
const coaching: fc.Arbitrary<InitiativeDesign> = fc.record({
  template: fc.constant('on-the-job-coaching' as const),
  sessionMinutes: fc.double({ min: 1, max: 2400, noNaN: true }),
  practiceBased: fc.boolean(),
  peerObservation: fc.boolean(),
  workloadRelief: fc.boolean(),
  framedAsHelpingManagers: fc.boolean(),
  seniorBacking: fc.boolean(),
});
const design = fc.oneof(circles, coaching);
const options: fc.Arbitrary<InitiativeDesignOptions> = fc
  .record({
    minimumGroupSize: fc.integer({ min: 1, max: 20 }),
    maximumGroupSize: fc.integer({ min: 1, max: 40 }),
    maximumSessionMinutes: fc.integer({ min: 10, max: 600 }),
  })
  .filter((value) => value.minimumGroupSize <= value.maximumGroupSize);

describe('checkInitiativeDesign properties', () => {
  test.prop([design, options])('a condition is unmet exactly when a finding names it, at most one finding per condition', (input, settings) => {
    const result = checkInitiativeDesign(frozen(input), frozen(settings));
    const named = result.findings.map((finding) => finding.conditionId);
    expect(new Set(named).size).toBe(named.length);
    for (const condition of result.conditions) expect(condition.met).toBe(!named.includes(condition.id));
    for (const finding of result.findings) expect(initiativeDesignFindingCodes).toContain(finding.code);
    for (const risk of result.risks) expect(typeof risk.heightened).toBe('boolean');
    expect(unsafeJsonPaths(result)).toEqual([]);
  });

  test.prop([design])('has no findings exactly when every condition is met', (input) => {
    const result = checkInitiativeDesign(input);
    expect(result.findings.length === 0).toBe(result.conditions.every((condition) => condition.met));
  });

  test.prop([design])('is deterministic and leaves the input unchanged', (input) => {
    const copy = frozen(structuredClone(input));
    expect(JSON.stringify(checkInitiativeDesign(copy))).toBe(JSON.stringify(checkInitiativeDesign(copy)));
    expect(copy).toEqual(input);
  });
});

describe('recommendMeasures properties', () => {
  test.prop([design, fc.boolean()])('gives valid contract measures for any valid design, the same as for its template', (input, comparisonGroup) => {
    const plan = recommendMeasures(frozen(input), { comparisonGroup });
    for (const measure of plan.measures) expect(evaluationMeasureSchema.parse(measure)).toEqual(measure);
    expect(plan).toEqual(recommendMeasures({ template: input.template }, { comparisonGroup }));
    expect(unsafeJsonPaths(plan)).toEqual([]);
  });
});
