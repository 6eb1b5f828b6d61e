import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { rankBySupport, supportShare } from '../../src/index.js';
import { frozen } from '../helpers/json-safety.js';

const tally = fc
  .record({ yes: fc.nat(500), no: fc.nat(500), maybe: fc.nat(500) })
  .filter((votes) => votes.yes + votes.no + votes.maybe > 0);

describe('vote properties', () => {
  test.prop([tally])('supportShare lies in [0, 1] and is 1 only when every response is yes', (votes) => {
    const share = supportShare(votes);
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
    expect(share === 1).toBe(votes.no === 0 && votes.maybe === 0);
  });

  test.prop([tally, fc.integer({ min: 2, max: 50 })])('supportShare does not change when every count is scaled', (votes, factor) => {
    const scaled = { yes: votes.yes * factor, no: votes.no * factor, maybe: votes.maybe * factor };
    expect(supportShare(scaled)).toBeCloseTo(supportShare(votes), 14);
  });

  test.prop([fc.array(tally, { maxLength: 30 })])(
    'rankBySupport keeps every record once, orders by share, and leaves the input alone',
    (records) => {
      const input = frozen(records.map((votes, index) => ({ ...votes, index })));
      const ranked = rankBySupport(input);
      expect([...ranked].sort((a, b) => a.index - b.index)).toEqual([...input]);
      for (let position = 1; position < ranked.length; position += 1) {
        expect(supportShare(ranked[position - 1] as (typeof input)[number])).toBeGreaterThanOrEqual(
          supportShare(ranked[position] as (typeof input)[number]),
        );
      }
    },
  );
});
