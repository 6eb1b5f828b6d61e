import { describe, expect, it } from 'vitest';
import {
  averageHeadcount,
  costOfTurnover,
  LmdInputError,
  retentionRate,
  stabilityIndex,
  turnoverRate,
  turnoverRateInputSchema,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

/** The first issue's path of the LmdInputError a call throws. */
const errorPath = (run: () => unknown): string => {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues[0]?.path ?? '';
};

describe('averageHeadcount (CIPD, Acas: the denominator of turnover and absence rates)', () => {
  it('averages monthly counts; computed by hand: (200 + 210 + 220 + 230) / 4 = 215', () => {
    expect(averageHeadcount([200, 210, 220, 230])).toBe(215);
    expect(averageHeadcount([120, 130])).toBe(125);
    expect(averageHeadcount([0, 0])).toBe(0);
    expect(averageHeadcount([37.5, 40.2])).toBeCloseTo(38.85, 12);
  });

  it('rejects an empty list, negative and non-finite counts, naming the position', () => {
    expect(errorPath(() => averageHeadcount([]))).toBe('counts');
    expect(errorPath(() => averageHeadcount([100, -1]))).toBe('counts[1]');
    expect(errorPath(() => averageHeadcount([100, Number.NaN]))).toBe('counts[1]');
    expect(errorPath(() => averageHeadcount([2e15]))).toBe('counts[0]');
    expect(errorPath(() => averageHeadcount('100' as unknown as number[]))).toBe('counts');
  });

  it('does not change its input', () => {
    expect(averageHeadcount(frozen([1, 2, 3]))).toBe(2);
  });
});

describe('turnoverRate = leavers ÷ average headcount × 100 (CIPD, Employee turnover and retention)', () => {
  it('reproduces hand-worked CIPD-formula figures', () => {
    // 18 leavers in a year with an average of 150 employed: 18 / 150 × 100 = 12%.
    expect(turnoverRate({ leavers: 18, averageHeadcount: 150 })).toBe(12);
    // 10 of an average 100: 10%.
    expect(turnoverRate({ leavers: 10, averageHeadcount: 100 })).toBe(10);
    expect(turnoverRate({ leavers: 0, averageHeadcount: 40 })).toBe(0);
  });

  it('agrees with an independent division for awkward figures', () => {
    expect(turnoverRate({ leavers: 7, averageHeadcount: 93.25 })).toBeCloseTo((7 / 93.25) * 100, 12);
  });

  it('allows more leavers than the average headcount (a workforce that turns over more than once)', () => {
    expect(turnoverRate({ leavers: 300, averageHeadcount: 150 })).toBe(200);
  });

  it('rejects zero headcount, negative leavers, unknown keys and non-objects', () => {
    expect(errorPath(() => turnoverRate({ leavers: 3, averageHeadcount: 0 }))).toBe('input.averageHeadcount');
    expect(errorPath(() => turnoverRate({ leavers: -1, averageHeadcount: 10 }))).toBe('input.leavers');
    expect(errorPath(() => turnoverRate({ leavers: 1, averageHeadcount: 10, extra: 1 } as never))).toBe('input.extra');
    expect(errorPath(() => turnoverRate(null as never))).toBe('input');
    const error = thrownBy(() => turnoverRate({ leavers: 3, averageHeadcount: 0 })) as LmdInputError;
    expect(error.message).toBe('input.averageHeadcount: expected a number greater than 0 (received 0)');
  });

  it('never returns Infinity for a denominator close to 0', () => {
    expect(errorPath(() => turnoverRate({ leavers: 1e15, averageHeadcount: 1e-300 }))).toBe('input.averageHeadcount');
  });

  it('has a schema that accepts and rejects what the function does', () => {
    expect(turnoverRateInputSchema.safeParse({ leavers: 18, averageHeadcount: 150 }).success).toBe(true);
    expect(turnoverRateInputSchema.safeParse({ leavers: 18, averageHeadcount: 0 }).success).toBe(false);
    expect(turnoverRateInputSchema.safeParse({ leavers: 18, averageHeadcount: 150, x: 1 }).success).toBe(false);
  });
});

describe('stabilityIndex = staff with a year’s service ÷ headcount a year ago × 100 (CIPD)', () => {
  it('reproduces hand-worked figures', () => {
    expect(stabilityIndex({ withOneYearService: 170, headcountOneYearAgo: 200 })).toBe(85);
    expect(stabilityIndex({ withOneYearService: 200, headcountOneYearAgo: 200 })).toBe(100);
    expect(stabilityIndex({ withOneYearService: 0, headcountOneYearAgo: 5 })).toBe(0);
  });

  it('rejects impossible and degenerate input', () => {
    expect(errorPath(() => stabilityIndex({ withOneYearService: 210, headcountOneYearAgo: 200 }))).toBe('input.withOneYearService');
    expect(errorPath(() => stabilityIndex({ withOneYearService: 0, headcountOneYearAgo: 0 }))).toBe('input.headcountOneYearAgo');
    expect(errorPath(() => stabilityIndex({ withOneYearService: 1.5, headcountOneYearAgo: 10 }))).toBe('input.withOneYearService');
  });
});

describe('retentionRate = (end headcount − hires) ÷ start headcount × 100', () => {
  it('reproduces a hand-worked figure: 200 at the start, 205 at the end of whom 25 were hired, so 180 of 200 stayed (90%)', () => {
    expect(retentionRate({ startHeadcount: 200, endHeadcount: 205, hires: 25 })).toBe(90);
    expect(retentionRate({ startHeadcount: 10, endHeadcount: 0, hires: 0 })).toBe(0);
  });

  it('rejects hires above the end headcount, more retained than started, and zero start', () => {
    expect(errorPath(() => retentionRate({ startHeadcount: 200, endHeadcount: 20, hires: 25 }))).toBe('input.hires');
    expect(errorPath(() => retentionRate({ startHeadcount: 100, endHeadcount: 150, hires: 10 }))).toBe('input.endHeadcount');
    expect(errorPath(() => retentionRate({ startHeadcount: 0, endHeadcount: 5, hires: 5 }))).toBe('input.startHeadcount');
  });
});

describe('costOfTurnover (CIPD cost components; amounts are the caller’s)', () => {
  const input = frozen({
    leavers: 12,
    costsPerLeaver: [
      { label: 'Agency fee', amount: 4_000, category: 'recruitment' as const },
      { label: 'Advert', amount: 500, category: 'recruitment' as const },
      { label: 'Interview time', amount: 600, category: 'selection' as const },
      { label: 'Lost output while learning the job', amount: 6_000, category: 'lost-productivity' as const },
    ],
  });

  it('sums per-leaver amounts and multiplies by leavers; by hand: 11,100 × 12 = 133,200', () => {
    const result = costOfTurnover(input);
    expect(result.costPerLeaver).toBe(11_100);
    expect(result.totalCost).toBe(133_200);
    expect(result.items.map((item) => item.total)).toEqual([48_000, 6_000, 7_200, 72_000]);
    expect(result.byCategory).toEqual([
      { category: 'recruitment', amountPerLeaver: 4_500, total: 54_000 },
      { category: 'selection', amountPerLeaver: 600, total: 7_200 },
      { category: 'lost-productivity', amountPerLeaver: 6_000, total: 72_000 },
    ]);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });

  it('costs nothing with no leavers, and rejects bad input by path', () => {
    expect(costOfTurnover({ leavers: 0, costsPerLeaver: input.costsPerLeaver }).totalCost).toBe(0);
    expect(errorPath(() => costOfTurnover({ leavers: 3, costsPerLeaver: [] }))).toBe('input.costsPerLeaver');
    expect(
      errorPath(() => costOfTurnover({ leavers: 3, costsPerLeaver: [{ label: 'x', amount: -5, category: 'recruitment' }] })),
    ).toBe('input.costsPerLeaver[0].amount');
    expect(
      errorPath(() => costOfTurnover({ leavers: 3, costsPerLeaver: [{ label: 'x', amount: 5, category: 'bonus' as never }] })),
    ).toBe('input.costsPerLeaver[0].category');
  });
});
