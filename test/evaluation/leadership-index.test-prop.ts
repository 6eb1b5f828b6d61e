import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { leadershipIndex, percentileRank, type LeadershipIndexComponent } from '../../src/index.js';
import { frozen, roundTrip, unsafeJsonPaths } from '../helpers/json-safety.js';

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A min–max or benchmark component with a weight; its name is set by position. */
const component = fc.oneof(
  fc
    .tuple(finite(-1e6, 1e6), finite(1e-3, 1e6), finite(-2, 3), fc.boolean(), finite(0.01, 100))
    .map(([min, width, position, higherIsBetter, weight]) => ({
      value: min + position * width,
      min,
      max: min + width,
      higherIsBetter,
      weight,
    })),
  fc
    .tuple(finite(-1e6, 1e6), finite(1e-3, 1e4), finite(-10, 10), fc.boolean(), finite(0.01, 100))
    .map(([mean, standardDeviation, z, higherIsBetter, weight]) => ({
      value: mean + z * standardDeviation,
      benchmark: { mean, standardDeviation },
      higherIsBetter,
      weight,
    })),
);
const components = fc
  .array(component, { minLength: 1, maxLength: 9 })
  .map((list): LeadershipIndexComponent[] => list.map((entry, index) => ({ name: `C${index}`, ...entry })));
const peers = fc.array(finite(0, 100), { minLength: 1, maxLength: 30 });

describe('leadershipIndex invariants', () => {
  test.prop([components, peers])('stays in 0–100, equals the sum of its points, and shares sum to 1', (input, peerList) => {
    const result = leadershipIndex(frozen(input), { peers: peerList });
    expect(result.index).toBeGreaterThanOrEqual(0);
    expect(result.index).toBeLessThanOrEqual(100);
    const points = result.contributions.reduce((total, row) => total + row.points, 0);
    expect(Math.abs(points - result.index)).toBeLessThan(1e-9);
    const shares = result.contributions.reduce((total, row) => total + row.share, 0);
    expect(Math.abs(shares - 1)).toBeLessThan(1e-12);
    for (const row of result.contributions) {
      expect(row.normalised).not.toBeNull();
      expect(row.normalised!).toBeGreaterThanOrEqual(0);
      expect(row.normalised!).toBeLessThanOrEqual(100);
    }
    expect(result.benchmark?.percentile).toBe(percentileRank(result.index, peerList, 'mid-rank'));
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });

  test.prop([components.chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }).map((shuffled) => [list, shuffled] as const))])(
    'does not depend on the order of the components',
    ([list, shuffled]) => {
      expect(leadershipIndex(shuffled).index).toBeCloseTo(leadershipIndex(list).index, 9);
    },
  );

  test.prop([components, finite(0.01, 1000)])('does not change when every weight is scaled by the same factor', (list, factor) => {
    const scaled = list.map((entry) => ({ ...entry, weight: (entry.weight ?? 1) * factor }));
    expect(leadershipIndex(scaled).index).toBeCloseTo(leadershipIndex(list).index, 9);
  });

  test.prop([components, fc.nat(), finite(0, 1e3)])(
    'never falls when one component moves in its better direction',
    (list, pick, step) => {
      const index = pick % list.length;
      const improved = list.map((entry, position) =>
        position === index ? { ...entry, value: (entry.value as number) + (entry.higherIsBetter ? step : -step) } : entry,
      );
      expect(leadershipIndex(improved).index).toBeGreaterThanOrEqual(leadershipIndex(list).index - 1e-9);
    },
  );

  test.prop([components, fc.nat()])('treats a missing component as if it were left out', (list, pick) => {
    fc.pre(list.length >= 2);
    const index = pick % list.length;
    const withGap = list.map((entry, position) => (position === index ? { ...entry, value: null } : entry));
    const without = list.filter((_entry, position) => position !== index);
    expect(leadershipIndex(withGap).index).toBeCloseTo(leadershipIndex(without).index, 9);
  });
});
