import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  averageHeadcount,
  benefitCostRatio,
  bradfordFactor,
  bradfordFactorFromAbsences,
  enps,
  enpsBreakdown,
  favourability,
  frequencyRate,
  LmdInputError,
  lostTimeRate,
  percentageChange,
  phillipsCostCategories,
  phillipsRoi,
  roi,
  stabilityIndex,
  turnoverRate,
  turnoverRateInputSchema,
} from '../../src/index.js';
import { frozen, roundTrip, unsafeJsonPaths } from '../helpers/json-safety.js';

/** A permutation of a list, drawn by fast-check. */
const withShuffle = <T>(items: fc.Arbitrary<T[]>) =>
  items.chain((list) =>
    fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }).map((shuffled) => [list, shuffled] as const),
  );

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 });
const money = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
const proportion = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });

describe('HR metric properties', () => {
  test.prop([withShuffle(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 60 }))])(
    'averageHeadcount does not depend on the order of the counts, and lies between their extremes',
    ([counts, shuffled]) => {
      const average = averageHeadcount(frozen([...counts]));
      expect(averageHeadcount(shuffled)).toBeCloseTo(average, 6);
      expect(average).toBeGreaterThanOrEqual(Math.min(...counts) - 1e-9);
      expect(average).toBeLessThanOrEqual(Math.max(...counts) + 1e-9);
    },
  );

  test.prop([withShuffle(scores)])('enps does not depend on the order of the scores and lies in [−100, 100]', ([list, shuffled]) => {
    const value = enps(frozen([...list]));
    expect(enps(shuffled)).toBe(value);
    expect(value).toBeGreaterThanOrEqual(-100);
    expect(value).toBeLessThanOrEqual(100);
    const split = enpsBreakdown(list);
    expect(split.promoters + split.passives + split.detractors).toBe(list.length);
    expect(unsafeJsonPaths(split)).toEqual([]);
    expect(roundTrip(split)).toEqual(split);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 })])(
    'favourability shares add up to 100 and leave the input alone',
    (responses) => {
      const result = favourability(frozen([...responses]));
      expect(result.favourablePercent + result.neutralPercent + result.unfavourablePercent).toBeCloseTo(100, 9);
      expect(unsafeJsonPaths(result)).toEqual([]);
    },
  );

  test.prop([fc.nat(10_000), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 1000 })])(
    'turnoverRate is unchanged when leavers and headcount are scaled together',
    (leavers, headcount, factor) => {
      expect(turnoverRate({ leavers: leavers * factor, averageHeadcount: headcount * factor })).toBeCloseTo(
        turnoverRate({ leavers, averageHeadcount: headcount }),
        6,
      );
    },
  );

  test.prop([fc.record({ leavers: fc.anything(), averageHeadcount: fc.anything() }, { requiredKeys: [] })])(
    'turnoverRate accepts exactly what its exported schema accepts, and returns a finite number or throws LmdInputError',
    (input) => {
      const accepted = turnoverRateInputSchema.safeParse(input).success;
      let result: unknown;
      let threw: unknown = null;
      try {
        result = turnoverRate(input as never);
      } catch (error) {
        threw = error;
      }
      if (threw === null) {
        expect(accepted).toBe(true);
        expect(Number.isFinite(result)).toBe(true);
      } else {
        expect(threw).toBeInstanceOf(LmdInputError);
        // The only thing the schema cannot see is a percentage too large to represent.
        if (accepted) expect((threw as LmdInputError).issues[0]?.message).toMatch(/too small/);
      }
    },
  );

  test.prop([fc.nat(1000), fc.nat(1000)])('stabilityIndex and lostTimeRate stay in [0, 100]', (a, b) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    if (high === 0) return;
    for (const value of [
      stabilityIndex({ withOneYearService: low, headcountOneYearAgo: high }),
      lostTimeRate({ hoursLost: low, hoursAvailable: high }),
    ]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
    }
    expect(frequencyRate({ spells: high, averageWorkers: high })).toBe(100);
  });

  test.prop([fc.integer({ min: 1, max: 50 }), fc.double({ min: 0.5, max: 200, noNaN: true })])(
    'bradfordFactor grows with the square of the spells for the same days',
    (spells, days) => {
      expect(bradfordFactor({ spells: spells * 2, days })).toBeCloseTo(4 * bradfordFactor({ spells, days }), 6);
    },
  );

  test.prop([
    fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { maxLength: 30 }),
    fc.integer({ min: 1, max: 400 }),
  ])('bradfordFactorFromAbsences does not depend on the order of the absences', (offsets, windowDays) => {
    const day = (offset: number): string => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const absences = offsets.map((offset) => ({ start: day(offset), days: 1 }));
    const forward = bradfordFactorFromAbsences(frozen({ absences: [...absences], windowEnd: '2025-06-30', windowDays }));
    const backward = bradfordFactorFromAbsences({ absences: [...absences].reverse(), windowEnd: '2025-06-30', windowDays });
    expect([backward.spells, backward.days, backward.score]).toEqual([forward.spells, forward.days, forward.score]);
    expect(forward.score).toBe(forward.spells ** 2 * forward.days);
  });

  test.prop([money, fc.double({ min: 1, max: 1e9, noNaN: true })])('roi and benefitCostRatio are finite and consistent', (benefits, costs) => {
    const value = roi({ benefits, costs });
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(-100);
    expect(benefitCostRatio({ benefits, costs })).toBeCloseTo(1 + value / 100, 6);
  });

  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true })])(
    'percentageChange is finite or null, and its sign follows the direction of change',
    (before, after) => {
      const change = percentageChange({ before, after });
      if (change === null) {
        // Not defined from a baseline of 0, or too large to represent from a subnormal one.
        expect(before === 0 || !Number.isFinite(((after - before) * 100) / Math.abs(before))).toBe(true);
        return;
      }
      expect(Number.isFinite(change)).toBe(true);
      expect(Math.sign(change) || 0).toBe(Math.sign(after - before) || 0);
    },
  );

  test.prop([
    fc.array(
      fc.record(
        { label: fc.constant('benefit'), annualValue: money, attribution: proportion, confidence: proportion },
        { requiredKeys: ['label', 'annualValue'] },
      ),
      { maxLength: 8 },
    ),
    fc.array(
      fc.record({ label: fc.constant('cost'), amount: fc.double({ min: 1, max: 1e8, noNaN: true }), category: fc.constantFrom(...phillipsCostCategories) }),
      { minLength: 1, maxLength: 8 },
    ),
    fc.integer({ min: 1, max: 10 }),
  ])('phillipsRoi is JSON-safe, leaves its input alone and never counts more than was claimed', (benefits, costs, horizonYears) => {
    const input = frozen({ benefits, costs, horizonYears });
    const result = phillipsRoi(input);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
    const claimed = benefits.reduce((total, benefit) => total + benefit.annualValue, 0);
    expect(result.adjustedAnnualBenefits).toBeLessThanOrEqual(claimed * (1 + 1e-12) + 1e-9);
    expect(result.roiPercent).toBeGreaterThanOrEqual(-100);
    expect(JSON.stringify(phillipsRoi(input))).toBe(JSON.stringify(result));
  });
});
