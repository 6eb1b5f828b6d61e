// The cohort's hand-written row check must accept and reject exactly what cohortRating360Schema
// does, and name the same row; interpret360 must never leak NaN/undefined or mutate its input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortRating360Schema, interpret360, interpret360Cohort, LmdInputError } from '../../../src/index.js';
import { unsafeJsonPaths } from '../../helpers/json-safety.js';
import { instrument, rater } from './fixtures.js';

const wild = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('L1'),
  fc.constant('peer'),
  fc.constant('self'),
  fc.integer({ min: -2, max: 8 }),
  fc.double({ noDefaultInfinity: false }),
  fc.constant(3.5),
  fc.boolean(),
  fc.string({ maxLength: 3 }),
  fc.constant([]),
);
const row = fc.record(
  {
    rateeId: fc.oneof(fc.constant('m1'), wild),
    raterId: fc.oneof(fc.constant('r1'), wild),
    group: fc.oneof(fc.constantFrom('self', 'manager', 'peer', 'direct-report', 'other'), wild),
    itemId: fc.oneof(fc.constant('L1'), wild),
    score: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null), wild),
    extra: wild,
  },
  { requiredKeys: [] },
);

describe('interpret360Cohort row checks agree with cohortRating360Schema', () => {
  it('accepts a shape exactly when the schema does, naming the same row (on-scale items and scores aside)', () => {
    fc.assert(
      fc.property(row, (candidate) => {
        const zodOk = cohortRating360Schema.safeParse(candidate).success;
        let error: unknown;
        try {
          interpret360Cohort({ instrument, ratings: [candidate as never] });
        } catch (caught) {
          error = caught;
        }
        if (zodOk) {
          // Shape is fine; only instrument checks (unknown item, off-scale score) may still fail.
          if (error !== undefined) expect((error as LmdInputError).issues[0]?.path).toMatch(/^ratings\[0\]\.(itemId|score)$/);
        } else {
          expect(error).toBeInstanceOf(LmdInputError);
          expect((error as LmdInputError).issues[0]?.path).toMatch(/^ratings\[0\]/);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('interpret360 invariants', () => {
  const scores = fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)), { minLength: 3, maxLength: 3 });
  const config = fc.record({
    self: fc.option(scores, { nil: undefined }),
    manager: fc.option(scores, { nil: undefined }),
    peers: fc.array(scores, { maxLength: 6 }),
    reports: fc.array(scores, { maxLength: 6 }),
    strategy: fc.constantFrom('omit' as const, 'merge' as const),
  });
  it('never returns NaN, Infinity or undefined, and never changes its input', () => {
    fc.assert(
      fc.property(config, (c) => {
        const ratings = [
          ...(c.self === undefined ? [] : rater('me', 'self', c.self)),
          ...(c.manager === undefined ? [] : rater('boss', 'manager', c.manager)),
          ...c.peers.flatMap((s, n) => rater(`p${n}`, 'peer', s)),
          ...c.reports.flatMap((s, n) => rater(`d${n}`, 'direct-report', s)),
        ];
        const input = { instrument, ratings, policy: { smallGroupStrategy: c.strategy } };
        const before = JSON.stringify(input);
        const report = interpret360(input);
        expect(unsafeJsonPaths(report)).toEqual([]);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 1_000 },
    );
  });
});
