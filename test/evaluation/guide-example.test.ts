import { describe, expect, it } from 'vitest';
import {
  cohensDConfidenceInterval,
  compareToBenchmarks,
  differenceInDifferences,
  hedgesJ,
  pairedEffectSize,
  wilcoxonSignedRank,
} from '../../src/index.js';

// Keeps docs/evaluation-statistics.md honest: every number its worked example quotes.
const pilotBefore = [6, 9, 4, 7, 11, 5, 8, 6];
const pilotAfter = [4, 6, 4, 5, 7, 3, 6, 5];
const comparisonBefore = [7, 5, 8, 10, 6, 4, 9, 6, 7];
const comparisonAfter = [6, 5, 8, 9, 7, 4, 8, 5, 7];
const input = { treatedBefore: pilotBefore, treatedAfter: pilotAfter, comparisonBefore, comparisonAfter };

describe('the guide’s pilot absence example', () => {
  it('difference in differences, paired and independent', () => {
    const did = differenceInDifferences(input, { design: 'paired' });
    expect(did.treatedChange).toBe(-2);
    expect(did.comparisonChange.toFixed(3)).toBe('-0.333');
    expect(did.estimate.toFixed(3)).toBe('-1.667');
    expect(did.confidenceInterval?.lower?.toFixed(2)).toBe('-2.73');
    expect(did.confidenceInterval?.upper?.toFixed(2)).toBe('-0.60');
    expect(did.df?.toFixed(2)).toBe('11.09');
    expect(did.dppc2?.toFixed(2)).toBe('-0.76');
    expect(did.baselineSd?.toFixed(2)).toBe('2.08');
    const independent = differenceInDifferences(input);
    expect(independent.confidenceInterval?.lower?.toFixed(2)).toBe('-4.24');
    expect(independent.confidenceInterval?.upper?.toFixed(2)).toBe('0.91');
    // The rough standardised interval: the estimate's bounds ÷ baseline SD × J(15).
    const scale = hedgesJ(15) / (did.baselineSd as number);
    expect(hedgesJ(15).toFixed(3)).toBe('0.949');
    expect((-(did.confidenceInterval?.upper as number) * scale).toFixed(2)).toBe('0.28');
    expect((-(did.confidenceInterval?.lower as number) * scale).toFixed(2)).toBe('1.25');
  });

  it('the pilot team alone', () => {
    const effect = pairedEffectSize(pilotBefore, pilotAfter);
    expect([effect.dz, effect.dav, effect.drm, effect.gav].map((value) => value?.toFixed(2))).toEqual(['-1.67', '-1.12', '-0.69', '-1.06']);
    expect(effect.correlation?.toFixed(2)).toBe('0.91');
    const wilcoxon = wilcoxonSignedRank(pilotAfter.map((value, index) => value - (pilotBefore[index] as number)));
    expect(wilcoxon.exact).toBe(false);
    expect(wilcoxon.p.toFixed(3)).toBe('0.020');
    expect(wilcoxon.findings.map((finding) => finding.code)).toEqual(['WILCOXON_ZEROS_DROPPED']);
  });

  it('the benchmark table', () => {
    const rows = compareToBenchmarks(0.76, { lower: 0.28, upper: 1.25 });
    expect(rows.map((row) => row.difference.toFixed(2))).toEqual(['0.13', '0.03', '-0.06', '0.04', '0.16']);
    expect(rows.every((row) => row.benchmarkInInterval)).toBe(true);
  });

  it('interval widths quoted under "What n can a pilot support?"', () => {
    const bounds = [10, 50, 200].map((n) => {
      const interval = cohensDConfidenceInterval({ d: 0.5, n1: n, n2: n });
      return [interval.lower.toFixed(2), interval.upper.toFixed(2)];
    });
    expect(bounds).toEqual([['-0.40', '1.38'], ['0.10', '0.90'], ['0.30', '0.70']]);
    const films = cohensDConfidenceInterval({ d: 1.126, n1: 10, n2: 10 });
    expect([films.lower.toFixed(2), films.upper.toFixed(2)]).toEqual(['0.16', '2.06']);
  });
});
