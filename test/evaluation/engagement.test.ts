import { describe, expect, it } from 'vitest';
import { enps, enpsBreakdown, enpsFromPercentages, favourability, LmdInputError, percentageChange } from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const errorPath = (run: () => unknown): string => {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues[0]?.path ?? '';
};

describe('enps = % promoters (9–10) − % detractors (0–6) (Reichheld 2003, applied to employees)', () => {
  it('classifies each point of the scale as Reichheld does', () => {
    const split = enpsBreakdown([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([split.detractors, split.passives, split.promoters]).toEqual([7, 2, 2]);
    // By hand: (2 − 7) / 11 × 100 = −45.45…
    expect(split.enps).toBeCloseTo((-5 / 11) * 100, 12);
  });

  it('reproduces hand-worked figures', () => {
    // 10 responses: 5 promoters (10, 10, 9, 9, 10), 2 passives (8, 7), 3 detractors (6, 3, 5): 50 − 30 = 20.
    expect(enps([10, 10, 9, 8, 7, 6, 3, 9, 10, 5])).toBe(20);
    expect(enps([10, 9])).toBe(100);
    expect(enps([0, 6])).toBe(-100);
    expect(enps([7, 8])).toBe(0);
  });

  it('gives percentages that add up to 100', () => {
    const split = enpsBreakdown([10, 9, 8, 6, 2, 7]);
    expect(split.promoterPercent + split.passivePercent + split.detractorPercent).toBeCloseTo(100, 12);
    expect(split.respondents).toBe(6);
  });

  it('rejects empty lists and scores off the 0–10 whole-number scale', () => {
    expect(errorPath(() => enps([]))).toBe('scores');
    expect(errorPath(() => enps([5, 11]))).toBe('scores[1]');
    expect(errorPath(() => enps([5, -1]))).toBe('scores[1]');
    expect(errorPath(() => enps([7.5]))).toBe('scores[0]');
    expect(errorPath(() => enps([Number.NaN]))).toBe('scores[0]');
  });

  it('from percentages: promoters − detractors, both 0–100 and together at most 100', () => {
    expect(enpsFromPercentages({ promoters: 45, detractors: 20 })).toBe(25);
    expect(enpsFromPercentages({ promoters: 0, detractors: 100 })).toBe(-100);
    expect(errorPath(() => enpsFromPercentages({ promoters: 70, detractors: 40 }))).toBe('input.detractors');
    expect(errorPath(() => enpsFromPercentages({ promoters: 0.45, detractors: 120 }))).toBe('input.detractors');
  });

  it('agrees between scores and their percentages', () => {
    const scores = [10, 9, 9, 8, 7, 6, 6, 2];
    const split = enpsBreakdown(scores);
    expect(enpsFromPercentages({ promoters: split.promoterPercent, detractors: split.detractorPercent })).toBeCloseTo(enps(scores), 12);
  });
});

describe('favourability (top-two-box convention, rule echoed)', () => {
  it('defaults to a 5-point scale with 4–5 favourable and 1–2 unfavourable', () => {
    const result = favourability(frozen([5, 4, 4, 3, 2, 5, 4, 1]));
    expect(result).toEqual({
      respondents: 8,
      favourable: 5,
      neutral: 1,
      unfavourable: 2,
      favourablePercent: 62.5,
      neutralPercent: 12.5,
      unfavourablePercent: 25,
      scalePoints: 5,
      favourableFrom: 4,
      unfavourableTo: 2,
    });
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });

  it('takes a 7-point scale with the caller’s cut-offs, and a 4-point scale with no neutral point', () => {
    expect(favourability([7, 6, 2, 4], { scalePoints: 7, favourableFrom: 6 })).toMatchObject({ favourable: 2, neutral: 1, unfavourable: 1 });
    expect(favourability([1, 2, 3, 4], { scalePoints: 4 })).toMatchObject({ favourable: 2, neutral: 0, unfavourable: 2 });
  });

  it('rejects off-scale responses, overlapping cut-offs, short scales without cut-offs and empty lists', () => {
    expect(errorPath(() => favourability([6]))).toBe('responses[0]');
    expect(errorPath(() => favourability([0]))).toBe('responses[0]');
    expect(errorPath(() => favourability([]))).toBe('responses');
    expect(errorPath(() => favourability([1, 2, 3], { scalePoints: 3 }))).toBe('options.unfavourableTo');
    expect(favourability([1, 2, 3], { scalePoints: 3, favourableFrom: 3, unfavourableTo: 1 }).neutral).toBe(1);
    expect(errorPath(() => favourability([3], { favourableFrom: 9 }))).toBe('options.favourableFrom');
    expect(errorPath(() => favourability([3], { scale: 5 } as never))).toBe('options.scale');
  });
});

describe('percentageChange = (after − before) ÷ |before| × 100', () => {
  it('reproduces the seed’s kind of claim: turnover falling from 16% to 11.2% is a 30% drop', () => {
    expect(percentageChange({ before: 16, after: 11.2 })).toBeCloseTo(-30, 12);
    expect(percentageChange({ before: 16, after: 12 })).toBe(-25);
    expect(percentageChange({ before: 40, after: 50 })).toBe(25);
  });

  it('keeps the sign pointing the way the value moved for a negative baseline', () => {
    expect(percentageChange({ before: -10, after: 5 })).toBe(150);
    expect(percentageChange({ before: -10, after: -20 })).toBe(-100);
  });

  it('returns null for a change from 0, and 0 for no change from 0', () => {
    expect(percentageChange({ before: 0, after: 3 })).toBeNull();
    expect(percentageChange({ before: 0, after: 0 })).toBe(0);
    expect(percentageChange({ before: 1e-320, after: 1e15 })).toBeNull();
  });

  it('rejects non-finite values', () => {
    expect(errorPath(() => percentageChange({ before: Number.POSITIVE_INFINITY, after: 3 }))).toBe('input.before');
  });
});
