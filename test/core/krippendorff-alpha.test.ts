import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, krippendorffLevels, LmdInputError } from '../../src/index.js';
import fixture from '../fixtures/r/reliability.json' with { type: 'json' };

// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: 4 observers,
// 12 units, missing values. The paper reports α = .743 (nominal), .815 (ordinal), .849 (interval)
// and .797 (ratio). Beyond the paper, independent R code of our own (kalpha in
// test/fixtures/r/reliability.R, written from the paper's definitions) gives the 1e-9 reference.
const paper = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, 3, null, null],
];

describe("krippendorffAlpha reproduces Krippendorff's (2011) worked example", () => {
  it.each([
    ['nominal', '0.743'],
    ['ordinal', '0.815'],
    ['interval', '0.849'],
    ['ratio', '0.797'],
  ] as const)('%s: %s', (level, expected) => {
    const result = krippendorffAlpha(paper, { level });
    expect(result.alpha?.toFixed(3)).toBe(expected);
    // The paper's section C: 11 pairable units, n = 40 pairable values (unit 12 has one value).
    expect(result.pairableUnits).toBe(11);
    expect(result.pairableValues).toBeCloseTo(40, 12);
  });
});

describe('krippendorffAlpha agrees with independent R code to 1e-9', () => {
  for (const row of fixture.krippendorff) {
    it(row.name, () => {
      const units = row.units.map((cells) => cells.map((value) => (value === null ? null : Number(value))));
      for (const level of krippendorffLevels) {
        const alpha = krippendorffAlpha(units, { level }).alpha as number;
        expect(Math.abs(alpha - Number(row[level])), level).toBeLessThanOrEqual(1e-9);
      }
    });
  }
});

describe('krippendorffAlpha: bootstrap and awkward cases', () => {
  it('the seeded bootstrap is deterministic and brackets the estimate', () => {
    const options = { level: 'interval', bootstrap: { replications: 1000, seed: 19 } } as const;
    const first = krippendorffAlpha(paper, options);
    const second = krippendorffAlpha(paper, options);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    expect(first.bootstrap?.lower).toBeLessThan(first.alpha as number);
    expect(first.bootstrap?.upper).toBeGreaterThanOrEqual(first.alpha as number);
    const other = krippendorffAlpha(paper, { ...options, bootstrap: { replications: 1000, seed: 20 } });
    expect(other.bootstrap?.lower).not.toBe(first.bootstrap?.lower);
    expect(krippendorffAlpha(paper, { level: 'nominal' }).bootstrap).toBeNull();
  });

  it('returns null when the values do not vary, and throws for unusable input', () => {
    expect(krippendorffAlpha([[3, 3], [3, 3]], { level: 'interval' }).alpha).toBeNull();
    expect(() => krippendorffAlpha([[1, null], [null, 2]], { level: 'nominal' })).toThrow(/at least one unit with two or more values/);
    expect(() => krippendorffAlpha([[1, -2], [3, 4]], { level: 'ratio' })).toThrow(/ratio data cannot be negative/);
    expect(() => krippendorffAlpha([[1, 2]], { level: 'metric' } as never)).toThrow(LmdInputError);
    expect(() => krippendorffAlpha([[1, 2]], { level: 'nominal', bootstrap: { replications: 10, seed: 1 } })).toThrow(LmdInputError);
  });

  it('does not change its input', () => {
    const copy = JSON.stringify(paper);
    krippendorffAlpha(paper, { level: 'ordinal', bootstrap: { replications: 200, seed: 3 } });
    expect(JSON.stringify(paper)).toBe(copy);
  });
});
