import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mean, sampleVariance, sum } from '../../src/index.js';
import { frozen } from '../helpers/json-safety.js';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const sample = (minLength: number) => fc.array(finite, { minLength, maxLength: 200 });

describe('numeric helper properties', () => {
  test.prop([sample(0)])('sum is finite, does not mutate, and matches the exactly rounded sum of integers', (values) => {
    const input = frozen([...values]);
    expect(Number.isFinite(sum(input))).toBe(true);
    const integers = values.map((value) => Math.round(value));
    expect(sum(integers)).toBe(integers.reduce((total, value) => total + value, 0)); // exact for small integers
  });

  test.prop([sample(1)])('mean lies between the smallest and largest value', (values) => {
    const centre = mean(values);
    expect(centre).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
    expect(centre).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
  });

  test.prop([sample(2), fc.integer({ min: -1000, max: 1000 })])(
    'sample variance is never negative and does not change when every value is shifted',
    (values, shift) => {
      const variance = sampleVariance(values);
      expect(variance).toBeGreaterThanOrEqual(0);
      const shifted = sampleVariance(values.map((value) => value + shift));
      expect(Math.abs(shifted - variance)).toBeLessThanOrEqual(1e-6 * Math.max(1, variance));
    },
  );

  test.prop([sample(2)])('sample variance does not depend on order', (values) => {
    const reversed = [...values].reverse();
    const variance = sampleVariance(values);
    expect(Math.abs(sampleVariance(reversed) - variance)).toBeLessThanOrEqual(1e-9 * Math.max(1, variance));
  });
});
