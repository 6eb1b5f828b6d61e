// "Results never contain NaN/undefined; inputs never mutated; JSON round-trips unchanged", as
// properties over random input for every 360 entry point that builds a result object:
// interpret360 (all rule kinds, policies and options, any scale), interpret360Cohort,
// assessFeedbackReadiness, classifySelfOtherAgreement and selfOthersChartSpec.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessFeedbackReadiness,
  classifySelfOtherAgreement,
  classifySelfOtherAgreementSixWay,
  feedbackReadinessModerators,
  interpret360,
  interpret360Cohort,
  LmdInputError,
  selfOtherAgreementCategories,
  selfOtherAgreementSixWayCategories,
  selfOthersChartSpec,
  type CohortRating360,
  type FeedbackReadinessInput,
  type Instrument360,
  type Interpret360Input,
  type Rating360,
  type SelfOtherAgreementRule,
} from '../../../src/index.js';
import { frozen, isDeeplyFrozen, roundTrip, unsafeJsonPaths } from '../../helpers/json-safety.js';

/** Checks the three promises for one call: the result is plain JSON, and the input is untouched. */
function expectSafe(result: unknown, input: unknown, before: string): void {
  expect(unsafeJsonPaths(result)).toEqual([]);
  expect(roundTrip(result)).toEqual(result);
  expect(JSON.stringify(input)).toBe(before);
}

const scale = fc
  .tuple(fc.integer({ min: -100, max: 99 }), fc.integer({ min: 1, max: 10 }))
  .map(([min, width]) => ({ min, max: Math.min(100, min + width) }));

/** An instrument of 1–3 competencies with 1–3 items each. */
const instrumentArb: fc.Arbitrary<Instrument360> = fc
  .tuple(scale, fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }))
  .map(([range, counts]) => ({
    scale: range,
    competencies: counts.map((_, c) => ({ id: `c${c}`, name: `Competency ${c}` })),
    items: counts.flatMap((count, c) => Array.from({ length: count }, (_, i) => ({ id: `c${c}-i${i}`, competencyId: `c${c}` }))),
  }));

const groupArb = fc.constantFrom('manager' as const, 'peer' as const, 'direct-report' as const, 'other' as const);

/** Ratings for one ratee: maybe a self rater, up to 14 others, each scoring or skipping each item. */
function ratingsFor(instrument: Instrument360): fc.Arbitrary<Rating360[]> {
  const { min, max } = instrument.scale;
  const scores = fc.array(fc.option(fc.integer({ min, max }), { nil: null, freq: 4 }), {
    minLength: instrument.items.length,
    maxLength: instrument.items.length,
  });
  return fc
    .tuple(fc.option(scores, { nil: undefined }), fc.array(fc.tuple(groupArb, scores), { maxLength: 14 }))
    .map(([self, others]) => {
      const rows = (raterId: string, group: Rating360['group'], row: (number | null)[]): Rating360[] =>
        row.map((score, i) => ({ raterId, group, itemId: instrument.items[i]?.id as string, score }));
      return [...(self === undefined ? [] : rows('self', 'self', self)), ...others.flatMap(([group, row], n) => rows(`r${n}`, group, row))];
    });
}

const ruleArb = (points: number): fc.Arbitrary<SelfOtherAgreementRule | undefined> =>
  fc.oneof(
    fc.constant(undefined),
    fc.record({ kind: fc.constant('absolute' as const), points: fc.double({ min: 0, max: 3, noNaN: true }) }),
    fc.record({ kind: fc.constant('scale-fraction' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }), scalePoints: fc.constant(points) }),
    fc.record({
      kind: fc.constant('norm-referenced' as const),
      meanDifference: fc.double({ min: -2, max: 2, noNaN: true }),
      sdDifference: fc.double({ min: 0, max: 2, noNaN: true }),
      k: fc.double({ min: 0, max: 2, noNaN: true }),
      othersCutOff: fc.double({ min: -100, max: 100, noNaN: true }),
    }),
  );

const policyArb = fc.record(
  {
    minGroupSize: fc.integer({ min: 3, max: 10 }),
    exemptGroups: fc.constantFrom<('self' | 'manager')[]>(['self'], ['self', 'manager'], ['manager', 'self']),
    minOthersSize: fc.integer({ min: 1, max: 50 }),
    smallGroupStrategy: fc.constantFrom('omit' as const, 'merge' as const),
  },
  { requiredKeys: [] },
);

const readinessArb: fc.Arbitrary<FeedbackReadinessInput> = fc.record(
  {
    feedbackIndicatesChange: fc.boolean(),
    feedbackOrientation: fc.constantFrom('high' as const, 'moderate' as const, 'low' as const),
    perceivedNeedToChange: fc.boolean(),
    reaction: fc.constantFrom('positive' as const, 'mixed' as const, 'negative' as const),
    changeFeasible: fc.boolean(),
    goalsSet: fc.boolean(),
    actionTaken: fc.boolean(),
    coaching: fc.boolean(),
    embeddedInDevelopmentProcess: fc.boolean(),
    agreementCategory: fc.constantFrom(...selfOtherAgreementCategories),
  },
  { requiredKeys: [] },
);

const inputArb: fc.Arbitrary<Interpret360Input> = instrumentArb.chain((instrument) =>
  fc.record(
    {
      instrument: fc.constant(instrument),
      ratings: ratingsFor(instrument),
      policy: policyArb,
      agreementRule: ruleArb(instrument.scale.max - instrument.scale.min + 1),
      readiness: readinessArb,
      options: fc.record({ extremeItems: fc.integer({ min: 0, max: 50 }), disagreementSpread: fc.integer({ min: 1, max: 200 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: ['instrument', 'ratings'] },
  ),
);

/** Drops keys whose value is undefined (fc.option may produce them for the optional rule). */
const defined = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('interpret360 and selfOthersChartSpec invariants', () => {
  it('the report and its chart are plain JSON that round-trips, and neither call changes its input', () => {
    fc.assert(
      fc.property(inputArb.map(defined), (input) => {
        const before = JSON.stringify(input);
        const report = interpret360(frozen(input));
        expectSafe(report, input, before);
        const reportBefore = JSON.stringify(report);
        const spec = selfOthersChartSpec(report);
        expectSafe(spec, report, reportBefore);
        // The chart shows nothing the report hides: every bar is a published competency figure.
        const bars = (spec['data'] as { values: { n: number }[] }).values.length;
        const published = report.competencies.reduce((total, c) => total + (c.self ? 1 : 0) + c.groups.length + (c.others ? 1 : 0), 0);
        expect(bars).toBe(published);
      }),
      { numRuns: 1_500 },
    );
  });
});

describe('interpret360Cohort invariants', () => {
  const cohortArb = instrumentArb.chain((instrument) =>
    fc.tuple(
      fc.constant(instrument),
      fc.array(ratingsFor(instrument), { minLength: 0, maxLength: 5 }),
      fc.boolean(),
      policyArb,
      fc.boolean(),
    ),
  );
  it('matches interpret360 ratee by ratee, is plain JSON that round-trips, and leaves its input alone', () => {
    fc.assert(
      fc.property(cohortArb, ([instrument, perRatee, interleave, policy, cohortReferenced]) => {
        let rows: CohortRating360[] = perRatee.flatMap((ratings, r) => ratings.map((row) => ({ rateeId: `m${r}`, ...row })));
        if (interleave) rows = rows.map((row, n) => ({ row, key: (n * 7919) % 13 })).sort((a, b) => a.key - b.key).map((entry) => entry.row);
        const input = defined({ instrument, ratings: rows, policy, ...(cohortReferenced ? { agreementRule: { kind: 'cohort-referenced' as const } } : {}) });
        const before = JSON.stringify(input);
        let cohort: ReturnType<typeof interpret360Cohort>;
        try {
          cohort = interpret360Cohort(frozen(input));
        } catch (error) {
          // Only the documented refusal: too few classifiable ratees for a cohort-referenced band.
          expect(cohortReferenced).toBe(true);
          expect((error as LmdInputError).issues[0]?.path).toBe('agreementRule');
          return;
        }
        expectSafe(cohort, input, before);
        const total = Object.values(cohort.agreement).reduce((sum, count) => sum + count, 0);
        expect(total).toBe(cohort.ratees.length);
        if (!cohortReferenced) {
          for (const { rateeId, report } of cohort.ratees) {
            const own = rows.filter((row) => row.rateeId === rateeId).map(({ rateeId: _, ...row }) => row);
            expect(report).toEqual(interpret360({ instrument, ratings: own, policy }));
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('assessFeedbackReadiness invariants', () => {
  it('gives a band, a share in [0, 1] or null, the small-change finding always, plain JSON, and leaves its input alone', () => {
    fc.assert(
      fc.property(readinessArb, (input) => {
        const before = JSON.stringify(input);
        const result = assessFeedbackReadiness(frozen(input));
        expectSafe(result, input, before);
        expect(result.favourable.length + result.unfavourable.length + result.unknown.length).toBeLessThanOrEqual(feedbackReadinessModerators.length);
        if (result.favourableShare !== null) {
          expect(result.favourableShare).toBeGreaterThanOrEqual(0);
          expect(result.favourableShare).toBeLessThanOrEqual(1);
        }
        expect(result.findings.map((finding) => finding.code)).toContain('FB360_EXPECT_SMALL_CHANGE');
        if (input.coaching === false && input.embeddedInDevelopmentProcess === false) expect(result.band).toBe('low');
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('classifySelfOtherAgreement invariants', () => {
  const score = fc.double({ min: -100, max: 100, noNaN: true });
  const ruleWithCutOff = fc.oneof(
    fc.record({ kind: fc.constant('absolute' as const), points: fc.double({ min: 0, max: 5, noNaN: true }), othersCutOff: score }),
    fc.record({ kind: fc.constant('scale-fraction' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }), scalePoints: fc.integer({ min: 2, max: 201 }) }),
    fc.record({
      kind: fc.constant('norm-referenced' as const),
      meanDifference: score,
      sdDifference: fc.double({ min: 0, max: 10, noNaN: true }),
      othersCutOff: score,
    }),
  );
  it('returns one of the categories, agrees with the six-way variant, and leaves the rule alone', () => {
    fc.assert(
      fc.property(score, score, ruleWithCutOff, (self, others, rule) => {
        const frozenRule = frozen(rule);
        const category = classifySelfOtherAgreement(self, others, frozenRule);
        const sixWay = classifySelfOtherAgreementSixWay(self, others, frozenRule);
        expect(selfOtherAgreementCategories).toContain(category);
        expect(selfOtherAgreementSixWayCategories).toContain(sixWay);
        if (category === 'over-estimator' || category === 'under-estimator') expect(sixWay.startsWith(category)).toBe(true);
        else expect(sixWay).toBe(category);
        expect(isDeeplyFrozen(frozenRule)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});
