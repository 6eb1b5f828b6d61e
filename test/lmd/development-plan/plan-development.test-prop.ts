// Properties of planDevelopment over random reports and choices: the report is never changed, the
// plan is plain JSON (no NaN, Infinity or undefined) that round-trips, priorities come highest
// score first and only from the development quadrants, and the same input gives the same plan.
// planEvaluation and developmentCycleEvidence are checked for the same promises.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessLmModel,
  checkEvaluationPlan,
  developmentCycleEvidence,
  interpret360,
  participantView360,
  planDevelopment,
  planEvaluation,
  type DevelopmentCycleFacts,
  type Instrument360,
  type PlanDevelopmentOptions,
  type Rating360,
} from '../../../src/index.js';
import { roundTrip, unsafeJsonPaths } from '../../helpers/json-safety.js';

const instrumentArb: fc.Arbitrary<Instrument360> = fc
  .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 2, max: 9 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }))
  .map(([min, width, counts]) => ({
    scale: { min, max: min + width },
    competencies: counts.map((_, c) => ({ id: `c${c}`, name: `Competency ${c}` })),
    items: counts.flatMap((count, c) => Array.from({ length: count }, (_, i) => ({ id: `c${c}-i${i}`, competencyId: `c${c}` }))),
  }));

const groupArb = fc.constantFrom('manager' as const, 'peer' as const, 'direct-report' as const, 'other' as const);

function ratingsFor(instrument: Instrument360): fc.Arbitrary<Rating360[]> {
  const { min, max } = instrument.scale;
  const scores = fc.array(fc.option(fc.integer({ min, max }), { nil: null, freq: 6 }), { minLength: instrument.items.length, maxLength: instrument.items.length });
  return fc.tuple(fc.option(scores, { nil: undefined }), fc.array(fc.tuple(groupArb, scores), { maxLength: 12 })).map(([self, others]) => {
    const rows = (raterId: string, group: Rating360['group'], row: (number | null)[]): Rating360[] =>
      row.map((score, i) => ({ raterId, group, itemId: instrument.items[i]?.id as string, score }));
    return [...(self === undefined ? [] : rows('self', 'self', self)), ...others.flatMap(([group, row], n) => rows(`r${n}`, group, row))];
  });
}

function optionsFor(instrument: Instrument360): fc.Arbitrary<PlanDevelopmentOptions> {
  const ids = instrument.competencies.map((competency) => competency.id);
  return fc.record(
    {
      importance: fc.dictionary(fc.constantFrom(...ids), fc.double({ min: 0, max: 100, noNaN: true })),
      priorities: fc.integer({ min: 1, max: 5 }),
      othersCutOff: fc.double({ min: -10, max: 20, noNaN: true }),
      reference: fc.tuple(
        ...ids.map((competencyId) =>
          fc.record({
            competencyId: fc.constant(competencyId),
            mean: fc.double({ min: -10, max: 20, noNaN: true }),
            sd: fc.oneof(fc.constant(0), fc.constant(null), fc.double({ min: 0.01, max: 5, noNaN: true })),
          }),
        ),
      ),
      gapBand: fc.record({ lower: fc.double({ min: -3, max: 0, noNaN: true }), upper: fc.double({ min: 0, max: 3, noNaN: true }) }),
      focus: fc.subarray(['leader', 'leadership'] as const, { minLength: 1 }),
      minimumEvidence: fc.constantFrom('meta-analysis' as const, 'case-based' as const, 'theoretical' as const),
      interventionsPerPriority: fc.integer({ min: 1, max: 10 }),
      resources: fc.record(
        { coach: fc.boolean(), mentor: fc.boolean(), sponsor: fc.boolean(), 'peer-group': fc.boolean() },
        { requiredKeys: [] },
      ),
      coachingInPlace: fc.boolean(),
      feedbackDate: fc.constantFrom('2026-01-31', '2026-02-28', '2027-12-31'),
      remeasurement: fc.record(
        {
          intervalMonths: fc.integer({ min: 1, max: 60 }),
          targetReliability: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
          singleRaterReliability: fc.record({ peer: fc.double({ min: 0.01, max: 1, noNaN: true }), other: fc.double({ min: 0.01, max: 1, noNaN: true }) }, { requiredKeys: [] }),
          referenceSd: fc.double({ min: 0.01, max: 5, noNaN: true }),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  );
}

const caseArb = instrumentArb.chain((instrument) =>
  fc.tuple(fc.constant(instrument), ratingsFor(instrument), optionsFor(instrument)),
);

describe('planDevelopment properties', () => {
  it('never changes the report, gives plain JSON, orders priorities and is deterministic', () => {
    fc.assert(
      fc.property(caseArb, ([instrument, ratings, options]) => {
        const report = interpret360({ instrument, ratings });
        const before = JSON.stringify(report);
        const optionsBefore = JSON.stringify(options);
        const plan = planDevelopment(report, options);
        expect(JSON.stringify(report)).toBe(before);
        expect(JSON.stringify(options)).toBe(optionsBefore);
        expect(unsafeJsonPaths(plan)).toEqual([]);
        expect(roundTrip(plan)).toEqual(plan);
        expect(JSON.stringify(planDevelopment(report, options))).toBe(JSON.stringify(plan));
        // Priorities: in the development quadrants, importance above 0, highest score first, ranked 1…n.
        expect(plan.priorities.length).toBeLessThanOrEqual(options.priorities ?? 2);
        plan.priorities.forEach((priority, index) => {
          expect(priority.rank).toBe(index + 1);
          expect(['development-priority', 'blind-spot-to-explore']).toContain(priority.quadrant);
          if (index > 0) expect(priority.score).toBeLessThanOrEqual(plan.priorities[index - 1]?.score as number);
          expect(priority.interventions.length).toBeLessThanOrEqual(options.interventionsPerPriority ?? 3);
        });
        // Every score is in [0, importance × 2]; every need and overestimate in [0, 1].
        for (const row of plan.grid) {
          expect(row.need).toBeGreaterThanOrEqual(0);
          expect(row.need).toBeLessThanOrEqual(1);
          expect(row.overestimate).toBeGreaterThanOrEqual(0);
          expect(row.overestimate).toBeLessThanOrEqual(1);
          expect(row.score).toBeLessThanOrEqual(row.importance * 2 + 1e-9);
        }
        // A competency left unprioritised never outranks one that was chosen from the same quadrants.
        const lowest = plan.priorities.at(-1)?.score;
        if (lowest !== undefined && plan.priorities.length === (options.priorities ?? 2)) {
          const chosen = new Set(plan.priorities.map((priority) => priority.competencyId));
          for (const row of plan.grid) {
            if (!chosen.has(row.competencyId) && row.importance > 0 && (row.quadrant === 'development-priority' || row.quadrant === 'blind-spot-to-explore')) {
              expect(row.score).toBeLessThanOrEqual(lowest);
            }
          }
        }
        for (const finding of plan.findings) expect(finding.audience).toBe('coach');
        // The participant's view plans alike (the band given, as it does not carry the report's).
        const band = { ...options, gapBand: options.gapBand ?? { lower: report.agreementBand.lower, upper: report.agreementBand.upper } };
        expect(planDevelopment(participantView360(report), band)).toEqual(planDevelopment(report, band));
        // Its plans make an evaluation plan that checkEvaluationPlan accepts.
        expect(() => checkEvaluationPlan(planEvaluation([plan]).plan)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});

const factsArb: fc.Arbitrary<DevelopmentCycleFacts> = fc
  .record({
    leaders: fc.integer({ min: 1, max: 500 }),
    shares: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
    reRated: fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { nil: undefined }),
    regular: fc.boolean(),
    instrumentMatchesRequirements: fc.boolean(),
    improvements: fc.array(fc.constantFrom('Earlier coaching', 'Shorter questionnaire'), { maxLength: 2 }),
  })
  .map(({ leaders, shares: [received, coached, goals, followUp], reRated, regular, instrumentMatchesRequirements, improvements }) => {
    const receivedFeedback = Math.floor(received * leaders);
    const facts: DevelopmentCycleFacts = {
      leaders,
      receivedFeedback,
      coached: Math.floor(coached * receivedFeedback),
      goalsSet: Math.floor(goals * receivedFeedback),
      followUpDone: Math.floor(followUp * receivedFeedback),
      regular,
      instrumentMatchesRequirements,
      improvements,
    };
    if (reRated === undefined) return facts;
    const n = Math.floor(reRated[0] * receivedFeedback);
    const improved = Math.floor(reRated[1] * n);
    return { ...facts, evaluation: { reRated: n, improvedReliably: improved, declinedReliably: Math.floor(reRated[2] * (n - improved)) } };
  });

describe('developmentCycleEvidence properties', () => {
  it('gives items assessLmModel accepts, claims coaching only with coaching, and never changes the facts', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const before = JSON.stringify(facts);
        const result = developmentCycleEvidence(facts);
        expect(JSON.stringify(facts)).toBe(before);
        expect(unsafeJsonPaths(result)).toEqual([]);
        expect(() => assessLmModel(result.evidence)).not.toThrow();
        const claimed = result.evidence.map((item) => item.requirementId);
        if (facts.coached === 0) expect(claimed).not.toContain('LM7.3');
        if (facts.goalsSet === 0) expect(claimed).not.toContain('LM7.2');
        // With no one given feedback, only changes made to the approach afterwards can be claimed.
        if (facts.receivedFeedback === 0) expect(claimed.filter((id) => id !== 'LM9.1')).toEqual([]);
        // Every requirement the cycle bears on is either claimed or said not to be, never both.
        expect([...claimed, ...result.notClaimed.map((entry) => entry.requirementId)].sort()).toEqual(['LM6.1', 'LM7.2', 'LM7.3', 'LM8.1', 'LM9.1']);
      }),
      { numRuns: 300 },
    );
  });
});
