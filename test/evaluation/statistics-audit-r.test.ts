import { describe, expect, it } from 'vitest';
import {
  cohensDConfidenceInterval,
  cohensDFromSummary,
  differenceInDifferences,
  hedgesG,
  hedgesGFromSummary,
  hedgesGConfidenceInterval,
  hedgesJ,
  hedgesJApprox,
  pairedEffectSize,
  wilcoxonSignedRank,
  type AlternativeHypothesis,
} from '../../src/index.js';
import fixture from '../fixtures/r/evaluation-audit.json' with { type: 'json' };

// Independent computation added by the issue 4 audit: base R by the explicit published formulas
// (Lakens 2013 for d_z, d_av, d_rm, g_av; Hedges 1981 for the exact J via lgamma; Steiger & Fouladi
// 1997 for the noncentral-t interval, inverted with uniroot; Morris 2008 for d_ppc2;
// Welch–Satterthwaite for difference in differences), effectsize 0.8.3 where it has the statistic,
// and wilcox.test(exact = TRUE). Script: test/fixtures/r/evaluation-audit.R; regenerate with
// `Rscript test/fixtures/r/evaluation-audit.R > test/fixtures/r/evaluation-audit.json`.
// Closed forms agree to 1e-12 relative; interval bounds from a root search to 1e-9 (R's uniroot
// runs to 1e-13; the worst case observed when written was below 1e-11), effectsize's own intervals
// to 1e-6 (its root search tolerance).
const relative = (actual: number, expected: number): number =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
const numbers = (values: readonly string[]): number[] => values.map(Number);

describe('hedgesJ: the exact gamma-function J agrees with R (Hedges 1981)', () => {
  it.each(fixture.hedgesJ)('J($df)', ({ df, value, approx }) => {
    expect(relative(hedgesJ(Number(df)), Number(value))).toBeLessThanOrEqual(1e-12);
    expect(relative(hedgesJApprox(Number(df)), Number(approx))).toBeLessThanOrEqual(1e-15);
  });
});

describe('pairedEffectSize agrees with Lakens (2013) formulas computed in R', () => {
  it('reproduces Lakens (2013) published film example: d_z 1.50, d_av 1.13, d_rm 1.11, g_av 1.08', () => {
    const row = fixture.paired[0] as (typeof fixture.paired)[number];
    const effect = pairedEffectSize(numbers(row.before), numbers(row.after));
    expect([effect.dz, effect.dav, effect.drm, effect.gav].map((value) => value?.toFixed(2))).toEqual(['1.50', '1.13', '1.11', '1.08']);
  });

  it.each(fixture.paired)('$name', (row) => {
    const effect = pairedEffectSize(numbers(row.before), numbers(row.after));
    expect(relative(effect.meanDifference, Number(row.meanDifference))).toBeLessThanOrEqual(1e-12);
    expect(relative(effect.correlation as number, Number(row.r))).toBeLessThanOrEqual(1e-12);
    expect(relative(effect.dz as number, Number(row.dz))).toBeLessThanOrEqual(1e-12);
    expect(relative(effect.dz as number, Number(row.dzEffectsize))).toBeLessThanOrEqual(1e-12);
    expect(relative(effect.dav as number, Number(row.dav))).toBeLessThanOrEqual(1e-12);
    expect(relative(effect.drm as number, Number(row.drm))).toBeLessThanOrEqual(1e-12);
    expect(relative(effect.gav as number, Number(row.gav))).toBeLessThanOrEqual(1e-12);
  });
});

describe('summary-statistics variants agree with effectsize on the raw data', () => {
  it.each(fixture.summary)('$name', (row) => {
    const summary = {
      n1: Number(row.n1),
      mean1: Number(row.mean1),
      sd1: Number(row.sd1),
      n2: Number(row.n2),
      mean2: Number(row.mean2),
      sd2: Number(row.sd2),
    };
    expect(relative(cohensDFromSummary(summary) as number, Number(row.d))).toBeLessThanOrEqual(1e-12);
    expect(relative(hedgesGFromSummary(summary) as number, Number(row.g))).toBeLessThanOrEqual(1e-12);
  });
});

describe('cohensDConfidenceInterval agrees with the noncentral-t inversion in R (Steiger & Fouladi 1997)', () => {
  it.each(fixture.dInterval)('d = $d, n1 = $n1, n2 = $n2, level $level', (row) => {
    const interval = cohensDConfidenceInterval({ d: Number(row.d), n1: Number(row.n1), n2: Number(row.n2), confidenceLevel: Number(row.level) });
    expect(Math.abs(interval.lower - Number(row.lower))).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(interval.upper - Number(row.upper))).toBeLessThanOrEqual(1e-9);
  });

  it.each(fixture.dzInterval)('d_z = $d, n = $n, level $level', (row) => {
    const interval = cohensDConfidenceInterval({ d: Number(row.d), n: Number(row.n), measure: 'dz', confidenceLevel: Number(row.level) });
    expect(Math.abs(interval.lower - Number(row.lower))).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(interval.upper - Number(row.upper))).toBeLessThanOrEqual(1e-9);
  });

  it('Hedges’ g with a 90% interval: the d interval times J(df), as effectsize::hedges_g(ci = 0.9)', () => {
    const row = fixture.hedgesG90;
    const [a, b] = [numbers(row.a), numbers(row.b)];
    const g = hedgesG(a, b) as number;
    expect(relative(g, Number(row.g))).toBeLessThanOrEqual(1e-12);
    const j = hedgesJ(a.length + b.length - 2);
    const interval = cohensDConfidenceInterval({ d: g / j, n1: a.length, n2: b.length, confidenceLevel: 0.9 });
    expect(Math.abs(interval.lower * j - Number(row.lower))).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(interval.upper * j - Number(row.upper))).toBeLessThanOrEqual(1e-6);
    // hedgesGConfidenceInterval does the same in one call.
    const direct = hedgesGConfidenceInterval({ g, n1: a.length, n2: b.length, confidenceLevel: 0.9 });
    expect(Math.abs(direct.lower - Number(row.lower))).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(direct.upper - Number(row.upper))).toBeLessThanOrEqual(1e-6);
    expect(direct.level).toBe(0.9);
  });
});

describe('wilcoxonSignedRank: exact p agrees with wilcox.test(exact = TRUE) for n = 1 to 60', () => {
  it.each(fixture.wilcoxonExact)('n = $n, $alternative', (row) => {
    const result = wilcoxonSignedRank(numbers(row.x), { alternative: row.alternative as AlternativeHypothesis, exact: true });
    expect(result.exact).toBe(true);
    expect(result.wPlus).toBe(Number(row.V));
    expect(relative(result.p, Number(row.p))).toBeLessThanOrEqual(1e-12);
  });

  it('n ≤ 5 cannot reach p < .05 two-sided: the smallest p is 2 / 2ⁿ (Wilcoxon 1945)', () => {
    for (const n of [1, 2, 3, 4, 5]) {
      const allPositive = Array.from({ length: n }, (_, index) => index + 1);
      const result = wilcoxonSignedRank(allPositive);
      expect(result.p).toBe(Math.min(1, 2 / 2 ** n));
      expect(result.findings.map((finding) => finding.code)).toContain('WILCOXON_CANNOT_REACH_05');
    }
    expect(wilcoxonSignedRank([1, 2, 3, 4, 5, 6]).p).toBe(2 / 64);
  });
});

describe('differenceInDifferences agrees with R (Welch–Satterthwaite; t.test on change scores; Morris 2008 d_ppc2)', () => {
  const row = fixture.differenceInDifferences;

  it('independent samples: estimate, standard error, df, 95% interval, baseline sd and d_ppc2', () => {
    const result = differenceInDifferences({
      treatedBefore: numbers(row.treatedBefore),
      treatedAfter: numbers(row.treatedAfter),
      comparisonBefore: numbers(row.comparisonBefore),
      comparisonAfter: numbers(row.comparisonAfter),
    });
    expect(relative(result.estimate, Number(row.estimate))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.standardError as number, Number(row.standardError))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.df as number, Number(row.df))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.confidenceInterval?.lower as number, Number(row.lower))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.confidenceInterval?.upper as number, Number(row.upper))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.baselineSd as number, Number(row.baselineSd))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.dppc2 as number, Number(row.dppc2))).toBeLessThanOrEqual(1e-12);
  });

  it('paired design: the same as t.test(treated changes, comparison changes)', () => {
    const result = differenceInDifferences(
      {
        treatedBefore: numbers(row.pairedTreatedBefore),
        treatedAfter: numbers(row.pairedTreatedAfter),
        comparisonBefore: numbers(row.comparisonBefore),
        comparisonAfter: numbers(row.comparisonAfter),
      },
      { design: 'paired' },
    );
    expect(relative(result.estimate, Number(row.pairedEstimate))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.standardError as number, Number(row.pairedStandardError))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.df as number, Number(row.pairedDf))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.confidenceInterval?.lower as number, Number(row.pairedLower))).toBeLessThanOrEqual(1e-12);
    expect(relative(result.confidenceInterval?.upper as number, Number(row.pairedUpper))).toBeLessThanOrEqual(1e-12);
  });
});
