import { describe, expect, it } from 'vitest';
import {
  cohensD,
  cohensDConfidenceInterval,
  cohensDFromSummary,
  compareToBenchmarks,
  differenceInDifferences,
  effectSizeBenchmarks,
  hedgesG,
  hedgesGFromSummary,
  hedgesGConfidenceInterval,
  hedgesJ,
  hedgesJApprox,
  LmdInputError,
  pairedEffectSize,
  references,
  tTest,
  wilcoxonSignedRank,
} from '../../src/index.js';
import { isDeeplyFrozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

// Lakens (2013), Table 1: ten people rate two films. Published: t(9) = 4.74, d_z = 1.50,
// d_s = d_av = 1.13, g_s = g_av = 1.08 (means 8.7 and 7.7, SDs 0.82 and 0.95).
const film1 = [9, 7, 8, 9, 8, 9, 9, 10, 9, 9];
const film2 = [9, 6, 7, 8, 7, 9, 8, 8, 8, 7];

describe('Lakens (2013) worked example', () => {
  it('independent-groups d_s and g_s', () => {
    expect(cohensD(film1, film2)?.toFixed(2)).toBe('1.13');
    expect(hedgesG(film1, film2)?.toFixed(2)).toBe('1.08');
    expect(cohensDFromSummary({ n1: 10, mean1: 8.7, sd1: 0.82, n2: 10, mean2: 7.7, sd2: 0.95 })?.toFixed(2)).toBe('1.13');
    expect(hedgesGFromSummary({ n1: 10, mean1: 8.7, sd1: 0.82, n2: 10, mean2: 7.7, sd2: 0.95 })?.toFixed(2)).toBe('1.08');
  });

  it('paired d_z, d_av, g_av and the paired t', () => {
    const effect = pairedEffectSize(film2, film1);
    expect(effect.dz?.toFixed(2)).toBe('1.50');
    expect(effect.dav?.toFixed(2)).toBe('1.13');
    expect(effect.gav?.toFixed(2)).toBe('1.08');
    // d_rm = d_z √(2(1 − r)) with r = 0.7255 (R: cor(film1, film2)).
    expect(effect.drm).toBeCloseTo(1.5 * Math.sqrt(2 * (1 - 0.7255423196197438)), 12);
    expect(tTest(film1, film2, { variant: 'paired' }).t.toFixed(2)).toBe('4.74');
  });

  it('direction: swapping before and after flips every paired effect size', () => {
    const forward = pairedEffectSize(film2, film1);
    const backward = pairedEffectSize(film1, film2);
    expect(backward.dz).toBeCloseTo(-(forward.dz as number), 14);
    expect(backward.dav).toBeCloseTo(-(forward.dav as number), 14);
    expect(backward.drm).toBeCloseTo(-(forward.drm as number), 14);
  });
});

describe('Hedges’ correction J', () => {
  // Closed forms from the definition J(df) = Γ(df/2) / (√(df/2) Γ((df − 1)/2)) (Hedges 1981):
  // J(2) = 1/√π and J(4) = √(2/π). Other values computed with 40-digit arithmetic (Python mpmath:
  // gamma(df/2) / (sqrt(df/2) * gamma((df-1)/2)) at mp.dps = 40). R's lgamma difference gives
  // J(100) = 0.99247805498141328, 3e-14 low, because ln Γ(50) ≈ 144.6 loses digits on subtraction;
  // lmdkit's Stirling-difference path does not.
  it('matches closed forms and 40-digit values', () => {
    expect(hedgesJ(2)).toBeCloseTo(1 / Math.sqrt(Math.PI), 14);
    expect(hedgesJ(4)).toBeCloseTo(Math.sqrt(2 / Math.PI), 14);
    expect(hedgesJ(10)).toBeCloseTo(0.92274560805308710336, 14);
    expect(hedgesJ(18)).toBeCloseTo(0.95764642702371810467, 14);
    expect(hedgesJ(30)).toBeCloseTo(0.97475437821440200246, 14);
    expect(hedgesJ(100)).toBeCloseTo(0.99247805498144486660, 15);
  });

  it('is accurate for very large df, where 1 − J ≈ 3 / (4 df)', () => {
    expect((1 - hedgesJ(1e6)) / (3 / 4e6)).toBeCloseTo(1, 6);
    expect(hedgesJ(1000)).toBeCloseTo(0.99924978117971636752, 15); // mpmath, 40 digits
    expect(Math.abs(hedgesJ(29.999) - hedgesJ(30))).toBeLessThan(1e-6); // no jump where the method switches
  });

  it('names the approximation separately and keeps it close', () => {
    expect(hedgesJApprox(18)).toBe(1 - 3 / 71);
    for (const df of [2, 5, 10, 40, 200]) expect(hedgesJApprox(df)).toBeGreaterThan(hedgesJ(df));
    expect(hedgesJApprox(100) - hedgesJ(100)).toBeLessThan(4e-6);
  });

  it('rejects degrees of freedom outside its domain', () => {
    for (const df of [1, 0.5, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => hedgesJ(df)).toThrow(LmdInputError);
    expect(() => hedgesJApprox(0)).toThrow(LmdInputError);
  });
});

describe('degenerate input', () => {
  it('d is null (not Infinity) when neither group varies', () => {
    expect(cohensD([3, 3, 3], [2, 2])).toBeNull();
    expect(hedgesG([0.1, 0.1, 0.1], [0.1, 0.1])).toBeNull();
    expect(cohensDFromSummary({ n1: 5, mean1: 2, sd1: 0, n2: 5, mean2: 1, sd2: 0 })).toBeNull();
    const flat = pairedEffectSize([1, 2, 3], [2, 3, 4]);
    expect(flat.dz).toBeNull();
    expect(flat.drm).toBeNull();
    expect(flat.dav).toBe(1);
    expect(unsafeJsonPaths(flat)).toEqual([]);
  });

  it('names the path and value of bad samples', () => {
    const error = thrownBy(() => cohensD([1, 2, Number.NaN], [1, 2])) as LmdInputError;
    expect(error).toBeInstanceOf(LmdInputError);
    expect(error.message).toBe('a[2]: expected a finite number (received NaN)');
    expect((thrownBy(() => hedgesG([1, 2], [5])) as LmdInputError).issues[0]?.path).toBe('b');
    expect((thrownBy(() => pairedEffectSize([1, 2, 3], [1, 2])) as LmdInputError).issues[0]?.path).toBe('after');
    expect((thrownBy(() => cohensDFromSummary({ n1: 2.5, mean1: 1, sd1: 1, n2: 3, mean2: 0, sd2: 1 })) as LmdInputError).issues[0]?.path).toBe('summary.n1');
    expect(() => cohensD([], [])).toThrow(LmdInputError);
  });

  it('t test: constant data and bad options are input errors', () => {
    expect(() => tTest([2, 2, 2], [2, 2, 2], { variant: 'pooled' })).toThrow(LmdInputError);
    expect(() => tTest([1, 2, 3], [4, 5, 6], { variant: 'paired' })).toThrow(LmdInputError); // differences constant
    expect(() => tTest([1, 2, 3], [1, 2], { variant: 'paired' })).toThrow(LmdInputError);
    expect(() => tTest([1, 2, 3], [1, 2, 4], { confidenceLevel: 95 })).toThrow(LmdInputError);
    expect(() => tTest([1, 2, 3], [1, 2, 4], { variant: 'student' as 'pooled' })).toThrow(LmdInputError);
  });

  it('confidence interval input is validated', () => {
    expect(() => cohensDConfidenceInterval({ d: Number.POSITIVE_INFINITY, n1: 5, n2: 5 })).toThrow(LmdInputError);
    expect(() => cohensDConfidenceInterval({ d: 0.5, n: 10, measure: 'dz', confidenceLevel: 1 })).toThrow(LmdInputError);
  });
});

describe('confidence intervals', () => {
  it('a 95% interval for d = 0 with equal groups is symmetric about 0', () => {
    const interval = cohensDConfidenceInterval({ d: 0, n1: 12, n2: 12 });
    expect(interval.lower).toBeCloseTo(-interval.upper, 10);
    expect(interval.level).toBe(0.95);
  });

  it('narrows as the level falls and as the groups grow', () => {
    const wide = cohensDConfidenceInterval({ d: 0.8, n1: 8, n2: 8 });
    const narrow = cohensDConfidenceInterval({ d: 0.8, n1: 8, n2: 8, confidenceLevel: 0.8 });
    const large = cohensDConfidenceInterval({ d: 0.8, n1: 200, n2: 200 });
    expect(narrow.upper - narrow.lower).toBeLessThan(wide.upper - wide.lower);
    expect(large.upper - large.lower).toBeLessThan(narrow.upper - narrow.lower);
    expect(wide.lower).toBeLessThan(0.8);
    expect(wide.upper).toBeGreaterThan(0.8);
  });
});

describe('published t test example', () => {
  // Student (1908): extra hours of sleep under two drugs, ten patients (R's `sleep` data).
  // R: t.test(extra ~ group, data = sleep) gives t = -1.8608, df = 17.776, p = 0.07939;
  // paired, t = -4.0621, df = 9, p = 0.002833, 95% CI -2.4598858 to -0.7001142.
  const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

  it('Welch and paired tests on Student’s sleep data', () => {
    const welch = tTest(drug1, drug2);
    expect([welch.t.toFixed(4), welch.df.toFixed(3), welch.p.toFixed(5)]).toEqual(['-1.8608', '17.776', '0.07939']);
    const paired = tTest(drug1, drug2, { variant: 'paired' });
    expect([paired.t.toFixed(4), paired.df, paired.p.toFixed(6)]).toEqual(['-4.0621', 9, '0.002833']);
    expect(paired.confidenceInterval.lower?.toFixed(7)).toBe('-2.4598858');
    expect(paired.confidenceInterval.upper?.toFixed(7)).toBe('-0.7001142');
  });
});

describe('Wilcoxon signed-rank test', () => {
  // Hollander & Wolfe (1973), pp. 29 f., as reproduced in R's wilcox.test documentation: Hamilton
  // depression scale for nine patients at the first (x) and second (y) visit after a tranquilliser.
  // One-sided (x > y): V = 40, exact p = 10/512 = 0.01953; two-sided p = 0.03906.
  it('Hollander & Wolfe’s depression example', () => {
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const differences = x.map((value, index) => value - (y[index] as number));
    const greater = wilcoxonSignedRank(differences, { alternative: 'greater' });
    expect(greater).toMatchObject({ wPlus: 40, wMinus: 5, exact: true, n: 9 });
    expect(greater.p).toBe(10 / 512);
    expect(wilcoxonSignedRank(differences).p).toBe(20 / 512);
  });

  // A constructed case checked by hand: n = 6 with one small negative difference gives W+ = 20
  // of 21 and exact two-sided p = 2 · 2/64 = 0.0625.
  it('exact p by counting sign patterns', () => {
    const result = wilcoxonSignedRank([1.5, 2, -0.5, 3, 2.5, 4]);
    expect(result).toMatchObject({ wPlus: 20, wMinus: 1, exact: true, n: 6, zeros: 0, ties: false });
    expect(result.p).toBe(0.0625);
  });

  it('cannot reach p < .05 two-sided with five or fewer differences, and says so', () => {
    for (let n = 1; n <= 5; n += 1) {
      const result = wilcoxonSignedRank(Array.from({ length: n }, (_, index) => index + 1));
      expect(result.p).toBeGreaterThan(0.05);
      expect(result.minimumAttainableP).toBe(Math.min(1, 2 / 2 ** n));
      expect(result.findings.map((finding) => finding.code)).toContain('WILCOXON_CANNOT_REACH_05');
    }
    const six = wilcoxonSignedRank([1, 2, 3, 4, 5, 6]);
    expect(six.p).toBe(0.03125);
    expect(six.findings).toEqual([]);
    // One-sided, five differences can reach 1/32 = 0.03125.
    expect(wilcoxonSignedRank([1, 2, 3, 4, 5], { alternative: 'greater' }).p).toBe(0.03125);
  });

  it('drops zeros and falls back to the normal approximation, with findings', () => {
    const result = wilcoxonSignedRank([0, 1, 2, 3, -1, 2], { exact: true });
    expect(result.exact).toBe(false);
    expect(result.zeros).toBe(1);
    expect(result.ties).toBe(true);
    expect(result.findings.map((finding) => finding.code)).toEqual([
      'WILCOXON_CANNOT_REACH_05',
      'WILCOXON_EXACT_UNAVAILABLE',
      'WILCOXON_ZEROS_DROPPED',
    ]);
    expect(() => wilcoxonSignedRank([0, 0, 0])).toThrow(LmdInputError);
    expect(() => wilcoxonSignedRank([1, Number.POSITIVE_INFINITY])).toThrow(LmdInputError);
  });
});

describe('difference in differences', () => {
  it('from means: the estimate only, with its caveats', () => {
    const result = differenceInDifferences({ treatedBefore: 6, treatedAfter: 4, comparisonBefore: 6, comparisonAfter: 5.5 });
    expect(result).toMatchObject({ estimate: -1.5, treatedChange: -2, comparisonChange: -0.5, input: 'means', design: null, dppc2: null });
    expect(result.findings.map((finding) => finding.code)).toEqual(['DID_PARALLEL_TRENDS_ASSUMED', 'DID_MEANS_ONLY']);
  });

  it('from paired samples equals a Welch t test on the change scores', () => {
    const input = {
      treatedBefore: [7, 5, 9, 4, 6, 8],
      treatedAfter: [4, 5, 6, 2, 5, 5],
      comparisonBefore: [6, 8, 5, 7, 6, 9, 4],
      comparisonAfter: [6, 7, 5, 8, 5, 8, 4],
    };
    const result = differenceInDifferences(input, { design: 'paired' });
    const changes = (before: number[], after: number[]) => after.map((value, index) => value - (before[index] as number));
    const welch = tTest(changes(input.treatedBefore, input.treatedAfter), changes(input.comparisonBefore, input.comparisonAfter));
    expect(result.estimate).toBeCloseTo(welch.meanDifference, 12);
    expect(result.standardError).toBeCloseTo(welch.standardError, 12);
    expect(result.df).toBeCloseTo(welch.df, 10);
    expect(result.confidenceInterval?.lower).toBeCloseTo(welch.confidenceInterval.lower as number, 10);
  });

  it('from independent samples: four-cell standard error and Welch–Satterthwaite df', () => {
    const input = { treatedBefore: [7, 5, 9, 4], treatedAfter: [4, 5, 6, 2, 5], comparisonBefore: [6, 8, 5], comparisonAfter: [6, 7, 5, 8] };
    const result = differenceInDifferences(input);
    expect(result.design).toBe('independent');
    // By hand: variances 14.75/3, 2.3, 7/3, 5/3 over n = 4, 5, 3, 4.
    const terms = [14.75 / 3 / 4, 2.3 / 5, 7 / 3 / 3, 5 / 3 / 4];
    const se = Math.sqrt(terms.reduce((total, value) => total + value, 0));
    expect(result.standardError).toBeCloseTo(se, 12);
    const df = se ** 4 / (terms[0]! ** 2 / 3 + terms[1]! ** 2 / 4 + terms[2]! ** 2 / 2 + terms[3]! ** 2 / 3);
    expect(result.df).toBeCloseTo(df, 10);
    // Morris (2008) d_ppc2: J(n_T + n_C − 2) × estimate ÷ pooled SD of the two baselines (7 and 14.75/3 … by hand).
    const estimate = (4.4 - 6.25) - (6.5 - 19 / 3);
    expect(result.estimate).toBeCloseTo(estimate, 12);
    const baselineSd = Math.sqrt((14.75 + 2 * (7 / 3)) / 5);
    expect(result.baselineSd).toBeCloseTo(baselineSd, 12);
    expect(result.dppc2).toBeCloseTo((hedgesJ(5) * estimate) / baselineSd, 12);
    expect(unsafeJsonPaths(result)).toEqual([]);
  });

  it('rejects a mixture of means and samples', () => {
    const error = thrownBy(() =>
      differenceInDifferences({ treatedBefore: [1, 2], treatedAfter: 3, comparisonBefore: [1, 2], comparisonAfter: [2, 3] }),
    ) as LmdInputError;
    expect(error.issues[0]?.path).toBe('input.treatedAfter');
    const nan = thrownBy(() =>
      differenceInDifferences({ treatedBefore: [1, Number.NaN], treatedAfter: [2, 3], comparisonBefore: [1, 2], comparisonAfter: [2, 3] }),
    ) as LmdInputError;
    expect(nan.message).toBe('input.treatedBefore[1]: expected a finite number (received NaN)');
    const text = thrownBy(() =>
      differenceInDifferences({ treatedBefore: 'six' as unknown as number, treatedAfter: 2, comparisonBefore: 1, comparisonAfter: 1 }),
    ) as LmdInputError;
    expect(text.message).toMatch(/^input\.treatedBefore: expected a group mean/);
  });
});

describe('benchmarks', () => {
  it('are frozen, JSON-safe and sourced in the bibliography', () => {
    expect(isDeeplyFrozen(effectSizeBenchmarks)).toBe(true);
    expect(roundTrip(effectSizeBenchmarks)).toEqual(effectSizeBenchmarks);
    for (const benchmark of effectSizeBenchmarks) expect(Object.hasOwn(references, benchmark.source)).toBe(true);
  });

  it('hold Lacerenza et al. (2017) by criterion, as in its abstract', () => {
    const byCriterion = Object.fromEntries(
      effectSizeBenchmarks.filter((benchmark) => benchmark.source === 'lacerenza-2017').map((benchmark) => [benchmark.criterion, benchmark.value]),
    );
    expect(byCriterion).toEqual({ reactions: 0.63, learning: 0.73, transfer: 0.82, results: 0.72 });
  });

  it('compares an estimate, with and without an interval', () => {
    expect(compareToBenchmarks(0.3).every((row) => row.benchmarkInInterval === null)).toBe(true);
    const rows = compareToBenchmarks(0.3, { lower: 0.1, upper: 0.65 });
    expect(rows.map((row) => row.benchmarkInInterval)).toEqual([true, false, false, false, true]);
    expect(() => compareToBenchmarks(0.3, { lower: 1, upper: 0 })).toThrow(LmdInputError);
  });
});

describe('limits of the exact methods', () => {
  it('switches the d interval to the normal approximation beyond |t| = 1000, continuously', () => {
    const exact = cohensDConfidenceInterval({ d: 1.4, n1: 1_000_000, n2: 1_000_000 }); // t ≈ 990
    const approximate = cohensDConfidenceInterval({ d: 1.42, n1: 1_000_000, n2: 1_000_000 }); // t ≈ 1004
    expect(exact.method).toBe('noncentral-t');
    expect(approximate.method).toBe('normal-approximation');
    // Widths differ by well under 1% across the switch.
    const width = (interval: { lower: number; upper: number }) => interval.upper - interval.lower;
    expect(Math.abs(width(approximate) / width(exact) - 1)).toBeLessThan(0.01);
  });

  it('does not count the exact Wilcoxon distribution above 1000 differences', () => {
    const differences = Array.from({ length: 1001 }, (_, index) => (index % 3 === 0 ? -1 : 1) * (index + 1));
    const result = wilcoxonSignedRank(differences, { exact: true });
    expect(result.exact).toBe(false);
    expect(result.findings.map((finding) => finding.code)).toEqual(['WILCOXON_EXACT_UNAVAILABLE']);
  });
});

describe('Welch–Satterthwaite df with vanishing variances (found by the property test)', () => {
  it('a variance of about 1e-324 does not underflow to 0 / 0: df stays finite', () => {
    const result = differenceInDifferences({
      treatedBefore: [0, 0],
      treatedAfter: [0, -3.1434555694052576e-162],
      comparisonBefore: [0, 0],
      comparisonAfter: [0, 0],
    });
    expect(unsafeJsonPaths(result)).toEqual([]);
    // Only one cell varies, so the Welch–Satterthwaite df is that cell's n − 1.
    expect(result.df).toBeCloseTo(1, 12);
  });
});

describe('hedgesGConfidenceInterval', () => {
  it('is the d interval at g ÷ J(df), times J(df), for a paired g (df = n − 1)', () => {
    const j = hedgesJ(9);
    const d = cohensDConfidenceInterval({ d: 1.2 / j, n: 10, measure: 'dz' });
    const g = hedgesGConfidenceInterval({ g: 1.2, n: 10, measure: 'gz' });
    expect(g).toEqual({ ...d, lower: d.lower * j, upper: d.upper * j });
    expect(g.lower).toBeLessThan(1.2);
    expect(g.upper).toBeGreaterThan(1.2);
  });
  it('names the bad field', () => {
    expect(() => hedgesGConfidenceInterval({ g: Number.NaN, n1: 5, n2: 5 })).toThrow(LmdInputError);
    expect(() => hedgesGConfidenceInterval({ g: 0.5, n1: 5, n2: 5, confidenceLevel: 95 })).toThrow(LmdInputError);
  });
});

describe('edge cases found in review', () => {
  it('cohensDFromSummary never returns −0 (mean1 −0, mean2 0)', () => {
    const d = cohensDFromSummary({ n1: 5, mean1: -0, sd1: 1, n2: 5, mean2: 0, sd2: 1 });
    expect(Object.is(d, -0)).toBe(false);
    expect(d).toBe(0);
  });
  it('hedgesGConfidenceInterval names input.n when a paired g has only 2 pairs (J is 0 at df = 1)', () => {
    expect(() => hedgesGConfidenceInterval({ g: 1, n: 2, measure: 'gz' })).toThrow(/^input\.n: a paired g needs at least 3 pairs/);
  });
});
