// checkBusinessCase invariants over arbitrary cases: never mutates its input, is deterministic,
// returns plain JSON with no NaN, Infinity or undefined, `complete` exactly when nothing is missing,
// and a summary of strings and numbers only.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  businessCaseEvidenceKinds,
  businessCaseFindingCodes,
  businessGoals,
  checkBusinessCase,
  evidenceStrengths,
  phillipsCostCategories,
  phillipsRoiFindingCodes,
  sponsorSeniorities,
  type BusinessCaseInput,
  type EvaluationMeasureInput,
} from '../../src/index.js';
import { frozen, roundTrip, unsafeJsonPaths } from '../helpers/json-safety.js';

const labels = ['Fewer leavers', 'Less absence', 'Fewer grievances'] as const;
const intangibleLabels = ['Managers feel less isolated', 'Juniors speak up'] as const;
const percent = fc.option(fc.double({ min: -100, max: 200, noNaN: true }), { nil: undefined });
const proportion = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });
const text = fc.constantFrom('', '  ', 'Junior staff leave', 'Complaints escalate');

const measure: fc.Arbitrary<EvaluationMeasureInput> = fc.record({
  name: fc.constantFrom('Turnover', 'Happy sheet', 'Pulse survey'),
  level: fc.oneof(
    fc.record({ model: fc.constant('kirkpatrick' as const), level: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ model: fc.constant('phillips' as const), level: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ model: fc.constant('ltem' as const), level: fc.integer({ min: 1, max: 8 }) }),
  ),
  kind: fc.constantFrom('quantitative' as const, 'qualitative' as const),
  timing: fc.constantFrom('before' as const, 'after' as const, 'before-and-after' as const, 'ongoing' as const),
});

const businessCase: fc.Arbitrary<BusinessCaseInput> = fc
  .record(
    {
      problem: text,
      goals: fc.array(fc.oneof(fc.constantFrom(...businessGoals), fc.record({ other: fc.constantFrom('Client care', 'Safety') })), {
        maxLength: 6,
      }),
      successMeasures: fc.array(measure, { maxLength: 3 }),
      costOfInaction: text,
      pilot: fc.record(
        { scope: fc.constant('One team'), durationMonths: fc.double({ min: 0.5, max: 60, noNaN: true }), comparison: fc.constant('A similar team') },
        { requiredKeys: ['scope', 'durationMonths'] },
      ),
      sponsor: fc.record({ role: fc.constant('Director'), seniority: fc.constantFrom(...sponsorSeniorities) }),
      costs: fc.array(
        fc.record({ label: fc.constant('Cost'), amount: fc.double({ min: 1, max: 1e6, noNaN: true }), category: fc.constantFrom(...phillipsCostCategories) }),
        { minLength: 1, maxLength: 3 },
      ),
      benefits: fc.subarray([...labels]).chain((chosen) =>
        fc.tuple(...chosen.map((label) => fc.record({ label: fc.constant(label), annualValue: fc.double({ min: 0, max: 1e6, noNaN: true }), attribution: proportion, confidence: proportion }))),
      ),
      intangibles: fc.subarray([...intangibleLabels]),
      uncertainties: fc.array(fc.constant('It may not work for every team'), { maxLength: 2 }),
    },
    { requiredKeys: ['problem', 'goals', 'successMeasures', 'costOfInaction'] },
  )
  .chain((draft) => {
    const named = (draft.benefits ?? []).map((benefit) => benefit.label as string).concat(draft.intangibles ?? []);
    if (named.length === 0) return fc.constant(draft);
    const evidence = fc.record(
      {
        benefit: fc.constantFrom(...named),
        kind: fc.constantFrom(...businessCaseEvidenceKinds),
        strength: fc.constantFrom(...evidenceStrengths),
        claimedEffect: percent,
        citedEffect: percent,
      },
      { requiredKeys: ['benefit', 'kind', 'strength'] },
    );
    return fc.array(evidence, { maxLength: 4 }).map((items) => ({ ...draft, evidence: items }));
  })
  // fast-check's optional-key records may carry explicit undefined values, which the strict schema rejects.
  .map((draft) => JSON.parse(JSON.stringify(draft)) as BusinessCaseInput);

const knownCodes = new Set<string>([...businessCaseFindingCodes, ...phillipsRoiFindingCodes]);

describe('checkBusinessCase properties', () => {
  test.prop([businessCase])('never mutates its input and is deterministic', (input) => {
    const copy = frozen(structuredClone(input));
    expect(JSON.stringify(checkBusinessCase(copy))).toBe(JSON.stringify(checkBusinessCase(copy)));
    expect(copy).toEqual(input);
  });

  test.prop([businessCase])('returns plain JSON with no NaN, Infinity or undefined, and only known codes', (input) => {
    const result = checkBusinessCase(input);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
    for (const finding of result.findings) expect(knownCodes.has(finding.code)).toBe(true);
  });

  test.prop([businessCase])('is complete exactly when no question is missing, and the summary is strings and numbers', (input) => {
    const result = checkBusinessCase(input);
    expect(result.complete).toBe(result.missing.length === 0);
    expect(result.findings.some((finding) => finding.code === 'BUSINESS_CASE_QUESTIONS_UNANSWERED')).toBe(!result.complete);
    expect(result.summary.slice(0, 4).filter((row) => row.status === 'missing')).toHaveLength(result.missing.length);
    for (const row of result.summary) {
      expect(typeof row.section).toBe('string');
      expect(['string', 'number']).toContain(typeof row.answer);
    }
  });

  test.prop([businessCase])('computes the ROI exactly when costs and benefits are both given', (input) => {
    expect(checkBusinessCase(input).roi === null).toBe(input.costs === undefined || input.benefits === undefined);
  });
});
