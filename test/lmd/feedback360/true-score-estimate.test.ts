import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/_internal/seeded-random.js';
import {
  cohortRaterReliability,
  iccOneWay,
  LmdInputError,
  publishedRaterReliabilities,
  spearmanBrown,
  trueScoreEstimate,
} from '../../../src/index.js';

describe('trueScoreEstimate (Kelley 1947)', () => {
  it('three peers at the published .37: by hand', () => {
    const result = trueScoreEstimate({ observedMean: 4.5, raters: 3, referenceMean: 3.8, referenceSd: 0.8, raterGroup: 'peer' });
    // ρ3 = 3(.37) / (1 + 2(.37)) = 1.11 / 1.74.
    const rhoK = 1.11 / 1.74;
    expect(result.groupReliability).toBeCloseTo(rhoK, 15);
    expect(result.estimate).toBeCloseTo(3.8 + rhoK * 0.7, 14);
    expect(result.standardError).toBeCloseTo(0.8 * Math.sqrt(0.37 * (1 - rhoK)), 15);
    expect(result.upper - result.estimate).toBeCloseTo(1.959963984540054 * result.standardError, 14);
    expect(result).toMatchObject({ reliabilitySource: 'published', verified: false, singleRaterReliability: 0.37, raters: 3 });
    expect(result.basis).toContain('conway-huffcutt-1997');
  });

  it("equals Kelley's classic form σ_mean √(ρ(1 − ρ)) with σ_mean the SD of k-rater means", () => {
    const rho1 = 0.3;
    const k = 4;
    const sd = 0.9;
    const result = trueScoreEstimate({ observedMean: 3.1, raters: k, referenceMean: 3.6, referenceSd: sd, singleRaterReliability: rho1 });
    const rhoK = spearmanBrown(rho1, k);
    // Var(mean of k) = τ² + σ²_e / k with τ² = ρ1 sd² and σ²_e = (1 − ρ1) sd².
    const sdOfMeans = Math.sqrt(rho1 * sd ** 2 + ((1 - rho1) * sd ** 2) / k);
    expect(result.standardError).toBeCloseTo(sdOfMeans * Math.sqrt(rhoK * (1 - rhoK)), 14);
    expect(result.reliabilitySource).toBe('caller');
    expect(result.verified).toBe(true);
  });

  it('more raters shrink less and narrow the interval; thirty peers are nearly the observed mean', () => {
    const at = (raters: number) => trueScoreEstimate({ observedMean: 4.5, raters, referenceMean: 3.8, referenceSd: 0.8, raterGroup: 'peer' });
    expect(at(3).standardError).toBeGreaterThan(at(10).standardError);
    expect(at(30).estimate).toBeGreaterThan(4.4);
    expect(at(1).groupReliability).toBe(0.37);
  });

  it('covers the true score at the nominal rate under its model (seeded simulation)', () => {
    const uniform = seededRandom(2019);
    const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    const rho1 = 0.37;
    const sd = 1;
    let covered = 0;
    const replications = 4000;
    for (let i = 0; i < replications; i += 1) {
      const truth = 3.8 + Math.sqrt(rho1) * sd * normal();
      const ratings = [0, 1, 2].map(() => truth + Math.sqrt(1 - rho1) * sd * normal());
      const observedMean = (ratings[0]! + ratings[1]! + ratings[2]!) / 3;
      const result = trueScoreEstimate({ observedMean, raters: 3, referenceMean: 3.8, referenceSd: sd, singleRaterReliability: rho1 });
      if (result.lower <= truth && truth <= result.upper) covered += 1;
    }
    expect(covered / replications).toBeGreaterThan(0.94);
    expect(covered / replications).toBeLessThan(0.96);
  });

  it('needs exactly one source of the single-rater reliability', () => {
    const base = { observedMean: 4, raters: 3, referenceMean: 3.8, referenceSd: 0.8 };
    expect(() => trueScoreEstimate(base)).toThrow(/^input\.singleRaterReliability: expected exactly one .* \(received neither\)/);
    expect(() => trueScoreEstimate({ ...base, singleRaterReliability: 0.4, raterGroup: 'peer' })).toThrow(/received both/);
    expect(() => trueScoreEstimate({ ...base, singleRaterReliability: 1 })).toThrow(LmdInputError);
    expect(() => trueScoreEstimate({ ...base, raters: 0, raterGroup: 'peer' })).toThrow(LmdInputError);
  });
});

describe('cohortRaterReliability and publishedRaterReliabilities', () => {
  it('is iccOneWay ICC(1), refusing a value not above 0', () => {
    const groups = [[4, 5, 4], [2, 3, 2], [5, 4, 5], [3, 3, 4]];
    expect(cohortRaterReliability(groups)).toEqual({ singleRaterReliability: iccOneWay(groups).icc1, ratees: 4, ratings: 12 });
    expect(() => cohortRaterReliability([[1, 5], [5, 1]])).toThrow(/use a published value/);
  });

  it('carries the Conway & Huffcutt (1997) values, unverified', () => {
    expect(Object.values(publishedRaterReliabilities).map((entry) => [entry.group, entry.singleRaterReliability, entry.verified])).toEqual([
      ['manager', 0.5, false],
      ['peer', 0.37, false],
      ['direct-report', 0.3, false],
    ]);
  });
});
