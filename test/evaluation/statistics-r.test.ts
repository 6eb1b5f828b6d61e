import { describe, expect, it } from 'vitest';
import {
  cohensD,
  cohensDConfidenceInterval,
  hedgesG,
  hedgesJ,
  pairedEffectSize,
  tTest,
  wilcoxonSignedRank,
  type AlternativeHypothesis,
  type TTestVariant,
} from '../../src/index.js';
import fixture from '../fixtures/r/evaluation-statistics.json' with { type: 'json' };

// Independent computation: base R's t.test and wilcox.test, and effectsize 0.8.3's cohens_d and
// hedges_g with their noncentral-t intervals, on the same data (test/fixtures/r/evaluation-statistics.R;
// regenerate with `Rscript test/fixtures/r/evaluation-statistics.R > test/fixtures/r/evaluation-statistics.json`).
// Closed-form quantities (t, df, p, d, g, exact Wilcoxon p) agree to 1e-12 relative. Interval bounds
// need a root search: t intervals agree to 1e-12; the noncentral-t intervals for d and g to 1e-6,
// the tolerance of effectsize's own root search (observed worst case when written: 1.9e-7).
const relative = (actual: number, expected: number): number =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
const numbers = (values: readonly string[]): number[] => values.map(Number);

describe('tTest agrees with R t.test', () => {
  it.each(fixture.tTest)('$name, $variant, $alternative', (row) => {
    const result = tTest(numbers(row.a), numbers(row.b), {
      variant: row.variant as TTestVariant,
      alternative: row.alternative as AlternativeHypothesis,
      confidenceLevel: Number(row.confidenceLevel),
    });
    expect(relative(result.t, Number(row.t))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.df, Number(row.df))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.p, Number(row.p))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.standardError, Number(row.standardError))).toBeLessThanOrEqual(1e-12);
    if (row.lower === null) expect(result.confidenceInterval.lower).toBeNull();
    else expect(relative(result.confidenceInterval.lower as number, Number(row.lower))).toBeLessThanOrEqual(1e-12);
    if (row.upper === null) expect(result.confidenceInterval.upper).toBeNull();
    else expect(relative(result.confidenceInterval.upper as number, Number(row.upper))).toBeLessThanOrEqual(1e-12);
  });
});

describe('wilcoxonSignedRank agrees with R wilcox.test', () => {
  it.each(fixture.wilcoxon)('$name, $alternative', (row) => {
    const options = {
      alternative: row.alternative as AlternativeHypothesis,
      correct: row.correct,
      ...(row.exact === null ? {} : { exact: row.exact }),
    };
    const result = wilcoxonSignedRank(numbers(row.x), options);
    expect(result.wPlus).toBe(Number(row.V));
    expect(result.exact).toBe(row.method.includes('exact'));
    expect(relative(result.p, Number(row.p))).toBeLessThanOrEqual(1e-12);
  });
});

describe('effect sizes agree with R effectsize', () => {
  it.each(fixture.effectSizes)('$name: cohens_d, hedges_g and their 95% intervals', (row) => {
    const a = numbers(row.a);
    const b = numbers(row.b);
    const d = cohensD(a, b) as number;
    expect(relative(d, Number(row.d))).toBeLessThanOrEqual(1e-12);
    expect(relative(hedgesG(a, b) as number, Number(row.g))).toBeLessThanOrEqual(1e-12);
    const interval = cohensDConfidenceInterval({ d, n1: a.length, n2: b.length });
    expect(Math.abs(interval.lower - Number(row.dLower))).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(interval.upper - Number(row.dUpper))).toBeLessThanOrEqual(1e-6);
    const j = hedgesJ(a.length + b.length - 2);
    expect(Math.abs(interval.lower * j - Number(row.gLower))).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(interval.upper * j - Number(row.gUpper))).toBeLessThanOrEqual(1e-6);
  });

  it('paired d_z and its interval (cohens_d(paired = TRUE)) and the correlation', () => {
    const row = fixture.pairedDz;
    const effect = pairedEffectSize(numbers(row.b), numbers(row.a));
    expect(relative(effect.dz as number, Number(row.dz))).toBeLessThanOrEqual(1e-12);
    expect(relative(effect.correlation as number, Number(row.r))).toBeLessThanOrEqual(1e-12);
    const interval = cohensDConfidenceInterval({ d: effect.dz as number, n: effect.n, measure: 'dz' });
    expect(Math.abs(interval.lower - Number(row.lower))).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(interval.upper - Number(row.upper))).toBeLessThanOrEqual(1e-6);
  });
});
