import { describe, expect, it } from 'vitest';
import { LmdInputError, references } from '../../src/core/index.js';
import {
  leadershipIndex,
  leadershipIndexFindingCodes,
  leadershipIndexMeasureIds,
  leadershipIndexMeasures,
  type LeadershipIndexComponent,
} from '../../src/evaluation/index.js';
import { frozen, isDeeplyFrozen, negativeZeroPaths, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';
import fixture from '../fixtures/r/leadership-index.json' with { type: 'json' };

// The R script's cases, rebuilt as lmdkit components (same values, bounds, benchmarks, weights).
const cases: Record<string, { components: LeadershipIndexComponent[]; peers: number[] }> = {
  'guide-example': {
    components: [
      { name: '360', value: 4, min: 1, max: 5, higherIsBetter: true, weight: 2 },
      { name: 'Absence', value: 3, min: 0, max: 10, higherIsBetter: false, weight: 1 },
      { name: 'Stability', value: 85, benchmark: { mean: 80, standardDeviation: 5 }, higherIsBetter: true, weight: 1 },
    ],
    peers: [52, 58, 63, 66, 71, 74, 77, 80, 84, 90],
  },
  'seven-measures': {
    components: [
      { name: '360', value: 3.72, min: 1, max: 5, higherIsBetter: true, weight: 3 },
      { name: 'Engagement', value: 68, min: 0, max: 100, higherIsBetter: true, weight: 2 },
      { name: 'Appraisal', value: 81, min: 0, max: 100, higherIsBetter: true, weight: 1 },
      { name: 'Retention', value: 88.5, benchmark: { mean: 84, standardDeviation: 6.5 }, higherIsBetter: true, weight: 2 },
      { name: 'Absence', value: 4.1, min: 0, max: 12, higherIsBetter: false, weight: 1.5 },
      { name: 'Promotions', value: 35, min: 0, max: 100, higherIsBetter: true, weight: 1 },
      { name: 'Ideas', value: 12, benchmark: { mean: 9.5, standardDeviation: 4 }, higherIsBetter: true, weight: 0.5 },
    ],
    peers: [41.2, 48.9, 55.5, 57, 61.3, 64.8, 66.1, 70.2, 73.9, 79.4, 83.1, 88],
  },
  'equal-weights-missing-and-clamped': {
    components: [
      { name: '360', value: 5.6, min: 1, max: 5, higherIsBetter: true },
      { name: 'Engagement', value: null, min: 0, max: 100, higherIsBetter: true },
      { name: 'Absence', value: 2, min: 0, max: 10, higherIsBetter: false },
      { name: 'Promotions', value: 40, min: 0, max: 100, higherIsBetter: true },
    ],
    peers: [50, 70, 70, 90],
  },
  'lower-is-better-z': {
    components: [
      { name: 'Absence', value: 6.2, benchmark: { mean: 5, standardDeviation: 1.1 }, higherIsBetter: false, weight: 1 },
      { name: 'Grievances', value: 14, benchmark: { mean: 12, standardDeviation: 3 }, higherIsBetter: false, weight: 3 },
    ],
    peers: [10, 20, 30],
  },
  'tie-with-peers': {
    components: [
      { name: 'Engagement', value: 70, min: 0, max: 100, higherIsBetter: true, weight: 1 },
      { name: 'Absence', value: 30, min: 0, max: 100, higherIsBetter: false, weight: 1 },
    ],
    peers: [50, 70, 70, 90],
  },
};

const close = (actual: number | null | undefined, expected: string | null) => {
  if (expected === null) return expect(actual).toBeNull();
  return expect(actual).toBeCloseTo(Number(expected), 12);
};

describe('leadershipIndex against an independent R computation (test/fixtures/r/leadership-index.R)', () => {
  it('covers every R case', () => {
    expect(fixture.cases.map((row) => row.id).sort()).toEqual(Object.keys(cases).sort());
  });
  for (const row of fixture.cases) {
    it(`agrees on ${row.id}`, () => {
      const input = cases[row.id];
      if (input === undefined) throw new Error(`no case ${row.id}`);
      const methods = [
        ['below', row.below],
        ['at-or-below', row.atOrBelow],
        ['mid-rank', row.midRank],
      ] as const;
      for (const [method, expected] of methods) {
        const result = leadershipIndex(input.components, { peers: input.peers, percentileMethod: method });
        close(result.index, row.index);
        close(result.benchmark?.percentile, expected);
        result.contributions.forEach((contribution, index) => {
          close(contribution.normalised, row.scores[index] ?? null);
          close(contribution.share, row.shares[index] ?? null);
        });
      }
    });
  }
});

describe('leadershipIndex rules, case by case', () => {
  const stated: LeadershipIndexComponent[] = [
    { name: '360', value: 4, min: 1, max: 5, higherIsBetter: true, weight: 1 },
    { name: 'Engagement', value: 65, min: 0, max: 100, higherIsBetter: true, weight: 1 },
    { name: 'Absence', value: 3, min: 0, max: 10, higherIsBetter: false, weight: 1 },
  ];
  const codes = (components: LeadershipIndexComponent[], options = {}) =>
    leadershipIndex(components, options).findings.map((finding) => finding.code);

  it('a well-formed index with stated weights and enough peers carries only the standing caveat', () => {
    expect(codes(stated, { peers: [40, 45, 50, 55, 60, 65, 70, 75, 80, 85] })).toEqual([
      'LEADERSHIP_INDEX_NOT_EVERYTHING_MEASURABLE',
    ]);
  });

  it('warns when no weights are stated and uses equal weights (seed 002: a transparent composite)', () => {
    const unweighted = stated.map(({ weight: _weight, ...rest }) => rest);
    const result = leadershipIndex(unweighted);
    expect(result.weighting).toBe('equal');
    expect(result.findings[0]?.code).toBe('LEADERSHIP_INDEX_WEIGHTS_NOT_STATED');
    expect(result.contributions.map((row) => row.weight)).toEqual([1, 1, 1]);
    expect(result.index).toBeCloseTo((75 + 65 + 70) / 3, 12);
  });

  it('reports a missing component and shares its weight out', () => {
    const withGap = stated.concat([{ name: 'Promotions', value: null, min: 0, max: 100, higherIsBetter: true, weight: 1 }]);
    const result = leadershipIndex(withGap);
    const missing = result.findings.filter((finding) => finding.code === 'LEADERSHIP_INDEX_COMPONENT_MISSING');
    expect(missing.map((finding) => finding.component)).toEqual(['Promotions']);
    expect(result.contributions[3]).toMatchObject({ normalised: null, share: 0, points: 0, value: null });
    expect(result.index).toBeCloseTo(leadershipIndex(stated).index, 12);
  });

  it('reports an expected component that was not supplied', () => {
    const result = leadershipIndex(stated, { expectedComponents: ['360', ' engagement ', 'Innovative ideas'] });
    expect(
      result.findings.filter((finding) => finding.code === 'LEADERSHIP_INDEX_COMPONENT_MISSING').map((f) => f.component),
    ).toEqual(['Innovative ideas']);
  });

  it('clamps a value outside its bounds and says so', () => {
    const result = leadershipIndex([{ ...stated[0]!, value: 5.4 }, stated[1]!, stated[2]!]);
    expect(result.contributions[0]).toMatchObject({ normalised: 100, clamped: true });
    expect(result.findings.map((f) => f.code)).toContain('LEADERSHIP_INDEX_VALUE_OUTSIDE_BOUNDS');
    const low = leadershipIndex([{ ...stated[2]!, value: 12 }, stated[0]!, stated[1]!]);
    expect(low.contributions[0]).toMatchObject({ normalised: 0, clamped: true });
  });

  it('advises when one component carries more than half the weight, not at exactly half', () => {
    const heavy = [{ ...stated[0]!, weight: 2.01 }, stated[1]!, stated[2]!];
    expect(codes(heavy)).toContain('LEADERSHIP_INDEX_DOMINANT_COMPONENT');
    const half = [{ ...stated[0]!, weight: 2 }, stated[1]!, stated[2]!];
    expect(codes(half)).not.toContain('LEADERSHIP_INDEX_DOMINANT_COMPONENT');
    expect(codes(heavy, { dominantShare: 0.6 })).not.toContain('LEADERSHIP_INDEX_DOMINANT_COMPONENT');
  });

  it('does not call a lone component dominant, but advises adding more', () => {
    const result = codes([stated[0]!]);
    expect(result).not.toContain('LEADERSHIP_INDEX_DOMINANT_COMPONENT');
    expect(result).toContain('LEADERSHIP_INDEX_FEW_COMPONENTS');
    expect(codes(stated.slice(0, 2))).toContain('LEADERSHIP_INDEX_FEW_COMPONENTS');
    expect(codes(stated)).not.toContain('LEADERSHIP_INDEX_FEW_COMPONENTS');
    expect(codes(stated.slice(0, 2), { minimumComponents: 2 })).not.toContain('LEADERSHIP_INDEX_FEW_COMPONENTS');
  });

  it('advises that a benchmark on few peers is rough, with the step size', () => {
    const result = leadershipIndex(stated, { peers: [50, 60, 75, 80] });
    const finding = result.findings.find((f) => f.code === 'LEADERSHIP_INDEX_FEW_PEERS');
    expect(finding?.message).toContain('25 points');
    expect(result.benchmark).toEqual({ percentile: 50, peers: 4, method: 'mid-rank' });
    expect(codes(stated)).not.toContain('LEADERSHIP_INDEX_FEW_PEERS');
    expect(leadershipIndex(stated).benchmark).toBeNull();
  });

  it('always says that integrity and authenticity are not in the figures (seed 002)', () => {
    for (const components of [stated, [stated[0]!]]) {
      const last = leadershipIndex(components).findings.at(-1);
      expect(last).toMatchObject({ code: 'LEADERSHIP_INDEX_NOT_EVERYTHING_MEASURABLE', severity: 'info' });
      expect(last?.basis).toEqual(['iip-lm-consultation-2010']);
    }
  });

  it('reaches every finding code', () => {
    const reached = new Set<string>();
    const everything = [
      { name: 'A', value: 9, min: 0, max: 5, higherIsBetter: true },
      { name: 'B', value: null, min: 0, max: 5, higherIsBetter: true },
    ];
    for (const finding of leadershipIndex(everything, { peers: [1] }).findings) reached.add(finding.code);
    for (const finding of leadershipIndex([{ ...stated[0]!, weight: 5 }, stated[1]!, stated[2]!]).findings) reached.add(finding.code);
    expect([...reached].sort()).toEqual([...leadershipIndexFindingCodes].sort());
  });

  it('echoes the defaults it applied', () => {
    expect(leadershipIndex(stated).options).toEqual({
      percentileMethod: 'mid-rank',
      minimumPeers: 10,
      minimumComponents: 3,
      dominantShare: 0.5,
    });
  });

  it('cites only works in the bibliography', () => {
    const result = leadershipIndex(cases['equal-weights-missing-and-clamped']!.components, { peers: [1, 2] });
    for (const finding of result.findings) for (const id of finding.basis) expect(references).toHaveProperty(id);
  });
});

describe('leadershipIndex input errors', () => {
  const base: LeadershipIndexComponent = { name: 'A', value: 3, min: 1, max: 5, higherIsBetter: true };
  const error = (components: unknown, options?: unknown) => {
    const thrown = thrownBy(() => leadershipIndex(components as LeadershipIndexComponent[], options as object));
    expect(thrown).toBeInstanceOf(LmdInputError);
    return (thrown as LmdInputError).issues[0];
  };

  it.each([
    ['no components', [], undefined, 'components'],
    ['not an array', 'x', undefined, 'components'],
    ['NaN value', [{ ...base, value: Number.NaN }], undefined, 'components[0].value'],
    ['infinite value', [{ ...base, value: Number.POSITIVE_INFINITY }], undefined, 'components[0].value'],
    ['min above max', [{ ...base, min: 5, max: 1 }], undefined, 'components[0].max'],
    ['min equal to max', [{ ...base, min: 2, max: 2 }], undefined, 'components[0].max'],
    ['only min', [{ name: 'A', value: 3, min: 1, higherIsBetter: true }], undefined, 'components[0].max'],
    ['no normalisation', [{ name: 'A', value: 3, higherIsBetter: true }], undefined, 'components[0].min'],
    ['both normalisations', [{ ...base, benchmark: { mean: 1, standardDeviation: 1 } }], undefined, 'components[0].benchmark'],
    ['zero deviation', [{ name: 'A', value: 3, benchmark: { mean: 1, standardDeviation: 0 }, higherIsBetter: true }], undefined, 'components[0].benchmark.standardDeviation'],
    ['negative weight', [{ ...base, weight: -1 }], undefined, 'components[0].weight'],
    ['some weights only', [{ ...base, weight: 1 }, { ...base, name: 'B' }], undefined, 'components[1].weight'],
    ['duplicate names', [base, { ...base, name: ' A ' }], undefined, 'components[1].name'],
    ['names differing only in case', [base, { ...base, name: 'a' }], undefined, 'components[1].name'],
    ['unknown key', [{ ...base, wieght: 1 }], undefined, 'components[0].wieght'],
    ['unknown measure', [{ ...base, measureId: 'happiness' }], undefined, 'components[0].measureId'],
    ['huge bounds', [{ ...base, min: -1e308, max: 1e308 }], undefined, 'components[0].max'],
    ['all missing', [{ ...base, value: null }], undefined, 'components'],
    ['zero total weight', [{ ...base, weight: 0 }], undefined, 'components'],
    ['peer above 100', [base], { peers: [50, 101] }, 'options.peers[1]'],
    ['empty peers', [base], { peers: [] }, 'options.peers'],
    ['bad method', [base], { percentileMethod: 'median' }, 'options.percentileMethod'],
    ['bad dominant share', [base], { dominantShare: 0 }, 'options.dominantShare'],
  ])('rejects %s, naming %s', (_label, components, options, path) => {
    expect(error(components, options)?.path).toBe(path);
  });

  it('names the value it rejected', () => {
    expect(thrownBy(() => leadershipIndex([{ ...base, value: Number.NaN }]))).toHaveProperty(
      'message',
      expect.stringContaining('NaN'),
    );
  });
});

describe('leadershipIndex results', () => {
  it('never mutates its input and round-trips through JSON', () => {
    const input = frozen(cases['seven-measures']!.components);
    const before = structuredClone(input);
    const result = leadershipIndex(input, frozen({ peers: [10, 20] }));
    expect(input).toEqual(before);
    expect(roundTrip(result)).toEqual(result);
    expect(unsafeJsonPaths(result)).toEqual([]);
  });

  it('keeps the shares of tiny weights beside a missing component with a huge weight', () => {
    const result = leadershipIndex([
      { name: 'Missing', value: null, min: 0, max: 1, higherIsBetter: true, weight: 1e308 },
      { name: 'A', value: 1, min: 0, max: 1, higherIsBetter: true, weight: 1e-320 },
      { name: 'B', value: 0, min: 0, max: 1, higherIsBetter: true, weight: 1e-320 },
    ]);
    expect(result.contributions.map((row) => row.share)).toEqual([0, 0.5, 0.5]);
    expect(result.index).toBe(50);
  });

  it('keeps z finite for differences beyond the double range', () => {
    const result = leadershipIndex([
      { name: 'Far', value: 1e308, benchmark: { mean: -1e308, standardDeviation: 1e-300 }, higherIsBetter: true },
    ]);
    expect(result.index).toBe(100);
    expect(unsafeJsonPaths(result)).toEqual([]);
  });
});

describe('leadershipIndexMeasures', () => {
  it('lists the measures the 2010 consultation named, in id order, frozen and sourced', () => {
    expect(leadershipIndexMeasures.map((measure) => measure.id)).toEqual([...leadershipIndexMeasureIds]);
    expect(isDeeplyFrozen(leadershipIndexMeasures)).toBe(true);
    for (const measure of leadershipIndexMeasures) {
      expect(measure.basis).toContain('iip-lm-consultation-2010');
      for (const id of measure.basis) expect(references).toHaveProperty(id);
    }
    expect(leadershipIndexMeasures.filter((measure) => !measure.higherIsBetter).map((m) => m.id)).toEqual(['absence']);
    expect(roundTrip(leadershipIndexMeasures)).toEqual(leadershipIndexMeasures);
  });
});

describe('leadershipIndex at the edges of the number range (audit)', () => {
  it('writes no −0 anywhere, even when values, weights and bounds are −0', () => {
    const result = leadershipIndex(
      frozen([
        { name: 'Engagement', value: -0, min: -1, max: 1, higherIsBetter: true, weight: -0 },
        { name: 'Absence', value: -0, min: -0, max: 10, higherIsBetter: false, weight: 1 },
        { name: 'Stability', value: -0, benchmark: { mean: -0, standardDeviation: 1 }, higherIsBetter: false, weight: 1 },
      ]),
      { peers: [-0, 50, 100] },
    );
    expect(negativeZeroPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
    expect(result.contributions.map((row) => [row.value, row.weight, row.share])).toEqual([
      [0, 0, 0],
      [0, 1, 0.5],
      [0, 1, 0.5],
    ]);
  });

  it('keeps the shares of huge weights: weights are relative, so 10³⁰⁸ each is an equal split, not an index of 0', () => {
    const huge = leadershipIndex([
      { name: 'Engagement', value: 80, min: 0, max: 100, higherIsBetter: true, weight: 1e308 },
      { name: 'Absence', value: 2, min: 0, max: 10, higherIsBetter: false, weight: 1e308 },
    ]);
    expect(huge.contributions.map((row) => row.share)).toEqual([0.5, 0.5]);
    expect(huge.index).toBe(80);
    const tiny = leadershipIndex([
      { name: 'Engagement', value: 80, min: 0, max: 100, higherIsBetter: true, weight: 5e-324 },
      { name: 'Absence', value: 2, min: 0, max: 10, higherIsBetter: false, weight: 1e-323 },
    ]);
    expect(tiny.contributions.map((row) => row.share)).toEqual([1 / 3, 2 / 3]);
    expect(unsafeJsonPaths([huge, tiny])).toEqual([]);
  });
});
