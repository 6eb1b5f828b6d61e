// Bad input, for both entry points: every check the issue lists names the row, and every other
// way a caller can get the input wrong is an LmdInputError naming the field, never a crash or a
// quietly odd report.
import { describe, expect, it } from 'vitest';
import {
  interpret360,
  interpret360Cohort,
  LmdInputError,
  type AnonymityPolicyInput,
  type CohortRating360,
  type Rating360,
} from '../../../src/index.js';
import { roundTrip, thrownBy, unsafeJsonPaths } from '../../helpers/json-safety.js';
import { instrument, rater } from './fixtures.js';

const good: Rating360[] = [
  ...rater('me', 'self', [4, 4, 4]),
  ...rater('p1', 'peer', [3, 3, 3]),
  ...rater('p2', 'peer', [4, 4, 4]),
  ...rater('p3', 'peer', [3, 4, 5]),
  ...rater('p4', 'peer', [2, 3, 4]),
];
const asCohort = (rows: readonly unknown[]): CohortRating360[] => rows.map((row) => ({ rateeId: 'm1', ...(row as object) }) as CohortRating360);

/** The issues each entry point raises for the same rows (one ratee, so the row numbers agree). */
function issuesOfBoth(rows: readonly unknown[]): { single: LmdInputError['issues']; cohort: LmdInputError['issues'] } {
  const single = thrownBy(() => interpret360({ instrument, ratings: rows as Rating360[] }));
  const cohort = thrownBy(() => interpret360Cohort({ instrument, ratings: asCohort(rows) }));
  expect(single).toBeInstanceOf(LmdInputError);
  expect(cohort).toBeInstanceOf(LmdInputError);
  return { single: (single as LmdInputError).issues, cohort: (cohort as LmdInputError).issues };
}

describe('the checks the issue lists, for interpret360 and interpret360Cohort alike', () => {
  const row = good.length;
  it.each([
    ['an unknown item', { raterId: 'p9', group: 'peer', itemId: 'Q9', score: 3 }, `ratings[${row}].itemId`, /no item in the instrument has this id/],
    ['a score above the scale', { raterId: 'p9', group: 'peer', itemId: 'L1', score: 6 }, `ratings[${row}].score`, /from 1 to 5/],
    ['a score below the scale', { raterId: 'p9', group: 'peer', itemId: 'L1', score: 0 }, `ratings[${row}].score`, /from 1 to 5/],
    ['a score between points', { raterId: 'p9', group: 'peer', itemId: 'L1', score: 3.5 }, `ratings[${row}].score`, /int|whole/],
    ['a score that is not a number', { raterId: 'p9', group: 'peer', itemId: 'L1', score: '3' }, `ratings[${row}].score`, /number/],
    ['a rater in two groups', { raterId: 'p1', group: 'other', itemId: 'C1', score: 3 }, `ratings[${row}].group`, /already in the peer group/],
    ['two self raters', { raterId: 'me-too', group: 'self', itemId: 'L1', score: 3 }, `ratings[${row}].raterId`, /second self rater/],
    ['a duplicate (rater, item)', { raterId: 'p4', group: 'peer', itemId: 'C1', score: 3 }, `ratings[${row}].itemId`, /already rated this item in ratings\[14\]/],
    ['a duplicate (rater, item) even when the repeat is "not observed"', { raterId: 'p4', group: 'peer', itemId: 'C1', score: null }, `ratings[${row}].itemId`, /already rated/],
  ] as const)('%s is an LmdInputError naming the row', (_name, bad, path, message) => {
    const { single, cohort } = issuesOfBoth([...good, bad]);
    expect(single[0]?.path).toBe(path);
    expect(single[0]?.message).toMatch(message);
    expect(cohort[0]?.path).toBe(path);
    expect(cohort[0]?.message).toMatch(message);
  });

  it('the cohort names the row in the whole cycle, and checks duplicates across interleaved rows', () => {
    const rows = [
      ...asCohort(good),
      { rateeId: 'm2', raterId: 'x', group: 'peer', itemId: 'L1', score: 3 },
      { rateeId: 'm1', raterId: 'p1', group: 'peer', itemId: 'L1', score: 2 },
    ] as CohortRating360[];
    expect((thrownBy(() => interpret360Cohort({ instrument, ratings: rows })) as LmdInputError).issues[0]).toEqual({
      path: `ratings[${good.length + 1}].itemId`,
      keys: ['ratings', good.length + 1, 'itemId'],
      message: 'rater "p1" already rated this item in ratings[3] (received "L1")',
      seeAlso: ['ratings', 3],
    });
  });

  it('the cohort lets one person rate different ratees from different groups (groups are per ratee)', () => {
    const rows: CohortRating360[] = [
      { rateeId: 'm1', raterId: 'x', group: 'manager', itemId: 'L1', score: 3 },
      { rateeId: 'm2', raterId: 'x', group: 'peer', itemId: 'L1', score: 3 },
      { rateeId: 'm2', raterId: 'me', group: 'self', itemId: 'L1', score: 3 },
      { rateeId: 'm1', raterId: 'me', group: 'self', itemId: 'L1', score: 3 },
    ];
    expect(interpret360Cohort({ instrument, ratings: rows }).ratees.map((entry) => entry.rateeId)).toEqual(['m1', 'm2']);
  });
});

describe('other bad input a caller could send', () => {
  const single = (input: unknown) => (thrownBy(() => interpret360(input as never)) as LmdInputError).issues[0]?.path;
  const cohort = (input: unknown) => (thrownBy(() => interpret360Cohort(input as never)) as LmdInputError).issues[0]?.path;

  it('a missing or non-array ratings list, a non-object input and a hole in the ratings', () => {
    for (const ratings of ['rows', undefined, { 0: good[0] }]) {
      expect(single({ instrument, ratings })).toBe('ratings');
      expect(cohort({ instrument, ratings })).toBe('ratings');
    }
    for (const input of [null, 'x', []]) {
      expect(thrownBy(() => interpret360(input as never))).toBeInstanceOf(LmdInputError);
      expect(thrownBy(() => interpret360Cohort(input as never))).toBeInstanceOf(LmdInputError);
    }
    expect(single({ instrument, ratings: [good[0], , good[1]] })).toBe('ratings[1]');
    expect(cohort({ instrument, ratings: [asCohort(good)[0], , asCohort(good)[1]] })).toBe('ratings[1]');
  });

  it('an instrument with no competencies or no items, or a scale that is empty, reversed, fractional or huge', () => {
    const bad: [unknown, string][] = [
      [{ ...instrument, competencies: [] }, 'instrument.competencies'],
      [{ ...instrument, items: [] }, 'instrument.items'],
      [{ ...instrument, scale: { min: 5, max: 5 } }, 'instrument.scale.max'],
      [{ ...instrument, scale: { min: 5, max: 1 } }, 'instrument.scale.max'],
      [{ ...instrument, scale: { min: 1, max: 4.5 } }, 'instrument.scale.max'],
      [{ ...instrument, scale: { min: 1, max: 1_000_000 } }, 'instrument.scale.max'],
      [{ ...instrument, scale: { min: -1e9, max: 5 } }, 'instrument.scale.min'],
      [{ ...instrument, items: [...instrument.items, { id: 'L1', competencyId: 'listening' }] }, 'instrument.items[3].id'],
    ];
    for (const [candidate, path] of bad) {
      expect(single({ instrument: candidate, ratings: good })).toBe(path);
      expect(cohort({ instrument: candidate, ratings: asCohort(good) })).toBe(path);
    }
  });

  it('the widest scale allowed (−100 to 100) works, with the default band a tenth of its 201 points', () => {
    const wide = { ...instrument, scale: { min: -100, max: 100 } };
    const report = interpret360({ instrument: wide, ratings: good });
    expect(report.agreementBand).toEqual({ lower: -20.1, upper: 20.1, othersCutOff: 0 });
    expect(unsafeJsonPaths(report)).toEqual([]);
  });

  it.each<[AnonymityPolicyInput, string]>([
    [{ minGroupSize: 2 }, 'policy.minGroupSize'],
    [{ minGroupSize: 11 }, 'policy.minGroupSize'],
    [{ minGroupSize: 3.5 }, 'policy.minGroupSize'],
    [{ exemptGroups: [] }, 'policy.exemptGroups'],
    [{ exemptGroups: ['manager'] }, 'policy.exemptGroups'],
    [{ exemptGroups: ['self', 'self'] }, 'policy.exemptGroups'],
    [{ exemptGroups: ['self', 'peer' as 'manager'] }, 'policy.exemptGroups[1]'],
    [{ minOthersSize: 0 }, 'policy.minOthersSize'],
    [{ minOthersSize: 51 }, 'policy.minOthersSize'],
    [{ smallGroupStrategy: 'drop' as 'omit' }, 'policy.smallGroupStrategy'],
    [{ minGroupsize: 5 } as AnonymityPolicyInput, 'policy.minGroupsize'],
  ])('policy %j is refused by both entry points', (policy, path) => {
    expect(single({ instrument, ratings: good, policy })).toBe(path);
    expect(cohort({ instrument, ratings: asCohort(good), policy })).toBe(path);
  });

  it('policy edges 3 and 10 are accepted and echoed', () => {
    for (const minGroupSize of [3, 10]) {
      expect(interpret360({ instrument, ratings: good, policy: { minGroupSize } }).policy.minGroupSize).toBe(minGroupSize);
      expect(interpret360Cohort({ instrument, ratings: asCohort(good), policy: { minGroupSize } }).policy.minGroupSize).toBe(minGroupSize);
    }
  });

  it('a bad agreement rule, options, or an unknown top-level key', () => {
    expect(single({ instrument, ratings: good, agreementRule: { kind: 'scale-fraction', fraction: 0.1 } })).toBe('agreementRule.scalePoints');
    expect(cohort({ instrument, ratings: asCohort(good), agreementRule: { kind: 'cohort-referenced', k: -1 } })).toBe('agreementRule.k');
    expect(single({ instrument, ratings: good, agreementRule: { kind: 'cohort-referenced' } })).toBe('agreementRule.kind');
    expect(single({ instrument, ratings: good, options: { extremeItems: -1 } })).toBe('options.extremeItems');
    expect(cohort({ instrument, ratings: asCohort(good), options: { disagreementSpread: 0 } })).toBe('options.disagreementSpread');
    expect(single({ instrument, ratings: good, polcy: {} })).toBe('polcy');
    expect(cohort({ instrument, ratings: asCohort(good), polcy: {} })).toBe('polcy');
  });

  it('empty ratings are not an error: a report with nothing shown, and an empty cohort', () => {
    const report = interpret360({ instrument, ratings: [] });
    expect(report.shownGroups).toEqual([]);
    expect(report.items.every((item) => item.self === null && item.others === null && item.groups.length === 0)).toBe(true);
    expect(report.agreement).toBeNull();
    expect(unsafeJsonPaths(report)).toEqual([]);
    const empty = interpret360Cohort({ instrument, ratings: [] });
    expect(empty.ratees).toEqual([]);
    expect(empty.differences).toBeNull();
    expect(roundTrip(empty)).toEqual(empty);
  });
});

describe('interpret360Cohort: ratee ids that are names of Object.prototype members', () => {
  const rows = (rateeId: string): CohortRating360[] => asCohort(good).map((row) => ({ ...row, rateeId }));
  // Readiness was once looked up as `parsed.readiness?.[rateeId]` on a plain object, so a ratee
  // called "constructor" or "toString" inherited a readiness assessment built from
  // Object.prototype's member. The lookup now takes own properties only.
  it('a ratee called "constructor" gets no readiness when readiness is given only for another ratee', () => {
    const cohort = interpret360Cohort({ instrument, ratings: [...rows('m1'), ...rows('constructor')], readiness: { m1: { coaching: true } } });
    expect(cohort.ratees[1]?.report.readiness).toBeNull();
  });
  it('a ratee called "toString" gets no readiness when readiness is given only for another ratee', () => {
    const cohort = interpret360Cohort({ instrument, ratings: [...rows('m1'), ...rows('toString')], readiness: { m1: { coaching: true } } });
    expect(cohort.ratees[1]?.report.readiness).toBeNull();
  });
});
