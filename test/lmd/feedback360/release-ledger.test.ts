// The release ledger: the attack across two cycles, reissues, the ledger's format, the
// per-ratee entry point, merging shards, and the input checks.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkRateeRelease360,
  emptyReleaseLedger,
  feedback360ReportSchema,
  interpret360,
  interpret360Cohort,
  LmdInputError,
  mergeReleaseLedgers,
  releaseLedgerSchema,
  type CohortRating360,
  type Feedback360Report,
  type Rating360,
  type ReleaseLedger,
} from '../../../src/index.js';
import { anonymityPolicySchema, feedback360OptionsSchema } from '../../../src/index.js';
import { openReleaseRun } from '../../../src/lmd/feedback360/anonymity/check-release.js';
import { rowSource, runRatees } from '../../../src/lmd/feedback360/interpret-ratees.js';

const key = 'a secret key that never goes into the ledger';
const pseudonymise = (raterId: string): string => createHmac('sha256', key).update(raterId).digest('hex');
const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'c', name: 'Coaching' }],
  items: [{ id: 'i', competencyId: 'c' }],
};
const peers = (scores: Record<string, number>): Rating360[] => Object.entries(scores).map(([raterId, score]) => ({ raterId, group: 'peer', itemId: 'i', score }));

describe('the issue 18 attack across two cycles', () => {
  const cycle1 = peers({ A: 3, B: 3, C: 3 });
  const cycle2 = peers({ A: 3, B: 3, C: 3, D: 1 });
  const policy = { minOthersSize: 3 };

  it('recovers D without the ledger: 4 × 2.5 − 3 × 3 = 1', () => {
    const first = interpret360({ instrument, ratings: cycle1, policy });
    const second = interpret360({ instrument, ratings: cycle2, policy });
    const before = first.items[0]?.groups[0];
    const after = second.items[0]?.groups[0];
    expect(before).toMatchObject({ groups: ['peer'], n: 3, mean: 3 });
    expect(after).toMatchObject({ groups: ['peer'], n: 4, mean: 2.5 });
    expect((after?.n ?? 0) * (after?.mean ?? 0) - (before?.n ?? 0) * (before?.mean ?? 0)).toBe(1);
    expect(second.items[0]?.others).toMatchObject({ n: 4, mean: 2.5 });
  });

  it('with the ledger, the second cycle publishes nothing that differs from the first by D alone', () => {
    const first = interpret360({ instrument, ratings: cycle1, policy, releases: { ledger: emptyReleaseLedger, releaseId: '2025', rateeId: 'M07', pseudonymise } });
    expect(first.items[0]?.groups[0]).toMatchObject({ n: 3, mean: 3 });
    expect(first.release?.releaseId).toBe('2025');
    const ledger = first.release?.ledger as ReleaseLedger;
    expect(JSON.stringify(ledger)).not.toMatch(/"[ABCD]"/);
    const second = interpret360({ instrument, ratings: cycle2, policy, releases: { ledger, releaseId: '2026', rateeId: 'M07', pseudonymise } });
    const item = second.items[0];
    expect(item?.groups).toEqual([]);
    expect(item?.others).toBeNull();
    // The peers' figure is withheld, so all-others has nobody left to pool.
    expect(item?.withheld).toEqual([
      { groups: ['peer'], reason: 'differs-little-from-earlier-release' },
      { groups: ['peer'], reason: 'others-below-minimum' },
    ]);
    expect(second.competencies[0]?.groups).toEqual([]);
    expect(second.competencies[0]?.others).toBeNull();
    expect(second.findings.map((finding) => finding.code)).toContain('FB360_WITHHELD_SINCE_EARLIER_RELEASE');
    expect(feedback360ReportSchema.safeParse(second).success).toBe(true);
  });

  it('the same raters published again pass (a republished report), and three joiners pass', () => {
    const first = interpret360({ instrument, ratings: cycle1, policy, releases: { ledger: emptyReleaseLedger, releaseId: '2025', rateeId: 'M07', pseudonymise } });
    const ledger = first.release?.ledger as ReleaseLedger;
    const again = interpret360({ instrument, ratings: peers({ A: 4, B: 3, C: 3 }), policy, releases: { ledger, releaseId: '2026', rateeId: 'M07', pseudonymise } });
    expect(again.items[0]?.groups[0]).toMatchObject({ n: 3 });
    const grown = interpret360({ instrument, ratings: peers({ A: 3, B: 3, C: 3, D: 1, E: 2, F: 5 }), policy, releases: { ledger, releaseId: '2026', rateeId: 'M07', pseudonymise } });
    expect(grown.items[0]?.groups[0]).toMatchObject({ n: 6 });
  });

  it('a reissue with one late rater is withheld; CCL asks for two, the ledger for minGroupSize', () => {
    const run = (ratings: Rating360[], ledger: ReleaseLedger, releaseId: string) =>
      interpret360({ instrument, ratings, policy, releases: { ledger, releaseId, rateeId: 'M07', pseudonymise } });
    const first = run(peers({ A: 3, B: 4, C: 2, D: 5 }), emptyReleaseLedger, '2025');
    const late1 = run(peers({ A: 3, B: 4, C: 2, D: 5, E: 1 }), first.release?.ledger as ReleaseLedger, '2025');
    expect(late1.items[0]?.groups).toEqual([]);
    const late2 = run(peers({ A: 3, B: 4, C: 2, D: 5, E: 1, F: 2 }), first.release?.ledger as ReleaseLedger, '2025');
    expect(late2.items[0]?.groups).toEqual([]);
    const late3 = run(peers({ A: 3, B: 4, C: 2, D: 5, E: 1, F: 2, G: 4 }), first.release?.ledger as ReleaseLedger, '2025-reissue');
    expect(late3.items[0]?.groups[0]).toMatchObject({ n: 7 });
  });

  it('through interpret360Cohort, the cycle returns one ledger and the second cycle withholds the figure', () => {
    const rows = (ratings: Rating360[]): CohortRating360[] => ratings.map((rating) => ({ rateeId: 'M07', ...rating }));
    const first = interpret360Cohort({ instrument, ratings: rows(cycle1), policy, releases: { ledger: emptyReleaseLedger, releaseId: '2025', pseudonymise } });
    expect(first.ledger?.ratees.map((ratee) => ratee.rateeId)).toEqual(['M07']);
    const second = interpret360Cohort({ instrument, ratings: rows(cycle2), policy, releases: { ledger: first.ledger as ReleaseLedger, releaseId: '2026', pseudonymise } });
    expect(second.ratees[0]?.report.items[0]?.groups).toEqual([]);
    expect(second.ledger?.releases).toEqual(['2025', '2026']);
  });
});

describe('the release ledger', () => {
  const first = checkRateeRelease360({
    ledger: emptyReleaseLedger,
    releaseId: '2025',
    rateeId: 'M07',
    figures: [
      { scope: 'item:i', groups: ['manager'], allOthers: false, identifiable: true, raterIds: ['boss'] },
      { scope: 'item:i', groups: ['peer'], allOthers: false, identifiable: false, raterIds: ['a', 'b', 'c'] },
      { scope: 'item:i', groups: ['manager', 'peer'], allOthers: true, identifiable: false, raterIds: ['boss', 'a', 'b', 'c'] },
    ],
    pseudonymise,
  });

  it('holds pseudonyms, never ids, and validates against its schema', () => {
    expect(first.published).toEqual([true, true, true]);
    expect(releaseLedgerSchema.safeParse(first.ledger).success).toBe(true);
    expect(first.ledger.ratees[0]?.raters).toEqual(['boss', 'a', 'b', 'c'].map(pseudonymise));
    expect(first.ledger.ratees[0]?.figures).toEqual([
      { release: 0, scopes: '1', groups: ['manager'], allOthers: false, identifiable: true, n: 1, raters: '1' },
      { release: 0, scopes: '1', groups: ['peer'], allOthers: false, identifiable: false, n: 3, raters: 'e' },
      { release: 0, scopes: '1', groups: ['manager', 'peer'], allOthers: true, identifiable: false, n: 4, raters: 'f' },
    ]);
  });

  it('a manager who was a peer before cannot be shown alone: that would single out the other two peers', () => {
    const next = checkRateeRelease360({
      ledger: first.ledger,
      releaseId: '2026',
      rateeId: 'M07',
      figures: [{ scope: 'item:i', groups: ['manager'], allOthers: false, identifiable: true, raterIds: ['a'] }],
      pseudonymise,
    });
    expect(next.published).toEqual([false]);
  });

  it('catches a leak that only three releases together give (no two differ by fewer than three raters)', () => {
    const release = (ledger: ReleaseLedger, releaseId: string, raterIds: string[]) =>
      checkRateeRelease360({ ledger, releaseId, rateeId: 'M07', figures: [{ scope: 'item:i', groups: ['peer'], allOthers: false, identifiable: false, raterIds }], pseudonymise });
    const one = release(emptyReleaseLedger, '1', ['a', 'b', 'c']);
    const two = release(one.ledger, '2', ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(two.published).toEqual([true]);
    // {d, e, f} is the difference of the first two; {d, e, f, g} would give g alone.
    expect(release(two.ledger, '3', ['d', 'e', 'f', 'g']).published).toEqual([false]);
    // One leaver and one joiner: the two figures' difference is a − g, which gives both away
    // when it is 4 on a five-point scale, so it is withheld (joiners plus leavers: 2 < 3).
    expect(release(two.ledger, '3', ['b', 'c', 'd', 'e', 'f', 'g']).published).toEqual([false]);
    // Three newcomers with the second release's last three: the atoms {a, b, c}, {d, e, f},
    // {g, h, i} each hold three raters, so nothing smaller can be separated.
    expect(release(two.ledger, '3', ['d', 'e', 'f', 'g', 'h', 'i']).published).toEqual([true]);
  });

  it('merges shards by ratee and is a union', () => {
    const other = checkRateeRelease360({
      ledger: emptyReleaseLedger,
      releaseId: '2025',
      rateeId: 'M08',
      figures: [{ scope: 'overall', groups: ['peer'], allOthers: true, identifiable: false, raterIds: ['x', 'y', 'z'] }],
      pseudonymise,
    });
    const merged = mergeReleaseLedgers([first.ledger, other.ledger]);
    expect(merged.ratees.map((ratee) => ratee.rateeId)).toEqual(['M07', 'M08']);
    expect(merged.scopes).toEqual(['item:i', 'overall']);
    expect(merged.ratees[1]?.figures[0]?.scopes).toBe('2');
    expect(mergeReleaseLedgers([merged, first.ledger, other.ledger])).toEqual(merged);
  });

  it('checks the keyed hash and the ledger', () => {
    const input = { ledger: emptyReleaseLedger, releaseId: '2025', rateeId: 'M07', figures: [{ scope: 'item:i', groups: ['peer' as const], allOthers: false, identifiable: false, raterIds: ['a-rater-id', 'b', 'c'] }] };
    expect(() => checkRateeRelease360({ ...input, pseudonymise: (id) => id })).toThrow(LmdInputError);
    expect(() => checkRateeRelease360({ ...input, pseudonymise: () => 'same-for-everyone' })).toThrow(/different pseudonyms/);
    const throwing = (): string => {
      throw new Error('no key loaded');
    };
    expect(() => checkRateeRelease360({ ...input, pseudonymise: throwing })).toThrow(LmdInputError);
    expect(() => checkRateeRelease360({ ...input, pseudonymise: throwing })).toThrow(/it threw: no key loaded/);
    expect(() => checkRateeRelease360({ ...input, pseudonymise: 'hmac' as never })).toThrow(/pseudonymise/);
    const broken = { ...first.ledger, ratees: [{ ...first.ledger.ratees[0], figures: [{ ...first.ledger.ratees[0]?.figures[1], n: 2 }] }] };
    expect(releaseLedgerSchema.safeParse(broken).success).toBe(false);
    expect(() => interpret360({ instrument, ratings: peers({ A: 3, B: 3, C: 3 }), releases: { ledger: broken as never, releaseId: 'r', rateeId: 'M07', pseudonymise } })).toThrow(LmdInputError);
  });

  it('does not change the ledger it is given, and keeps no pseudonym of a rater behind withheld figures only', () => {
    const before = JSON.stringify(first.ledger);
    const next = checkRateeRelease360({ ledger: first.ledger, releaseId: '2026', rateeId: 'M07', figures: [{ scope: 'item:i', groups: ['peer'], allOthers: false, identifiable: false, raterIds: ['a', 'b', 'c', 'd'] }], pseudonymise });
    expect(next.published).toEqual([false]);
    expect(JSON.stringify(first.ledger)).toBe(before);
    expect(next.ledger.ratees[0]?.raters).toEqual(first.ledger.ratees[0]?.raters);
    expect(next.ledger.releases).toEqual(['2025', '2026']);
  });
});

describe('the ledger on the streaming path', () => {
  // runRatees without keeping aggregates (interpret360Stream's way under a cohort-referenced
  // rule) aggregates each ratee twice, and so checks it twice: the reports and the ledger must be
  // those of the path that keeps them.
  const rows = (cycle: Record<string, Record<string, number>>): CohortRating360[] =>
    Object.entries(cycle).flatMap(([rateeId, scores]) => [
      { rateeId, raterId: `${rateeId}-self`, group: 'self' as const, itemId: 'i', score: 4 },
      ...peers(scores).map((rating) => ({ rateeId, ...rating })),
    ]);
  const first = rows({ ann: { A: 3, B: 4, C: 2 }, bo: { D: 5, E: 4, F: 4 }, cy: { G: 2, H: 3, I: 3 } });
  const second = rows({ ann: { A: 3, B: 4, C: 2, J: 1 }, bo: { D: 5, E: 4, F: 4 }, cy: { G: 2, H: 3, I: 3, K: 5, L: 4, M: 4 } });
  const settings = { instrument, policy: anonymityPolicySchema.parse({ minOthersSize: 3 }), agreementRule: { kind: 'cohort-referenced' as const, k: 0.5 }, options: feedback360OptionsSchema.parse({}) };

  it('gives the same reports and ledger when each ratee is aggregated twice', () => {
    const ledger = interpret360Cohort({ ...settings, ratings: first, releases: { ledger: emptyReleaseLedger, releaseId: '2025', pseudonymise } }).ledger as ReleaseLedger;
    const kept = interpret360Cohort({ ...settings, ratings: second, releases: { ledger, releaseId: '2026', pseudonymise } });
    const grouping = { ids: ['ann', 'bo', 'cy'], order: null, starts: Int32Array.of(0, 5, 9, 16) };
    const run = openReleaseRun({ ledger, releaseId: '2026', pseudonymise }, instrument, 3, null);
    const streamed: { rateeId: string; report: Feedback360Report }[] = [];
    runRatees(settings, rowSource(second, grouping, true), () => null, (rateeId, report) => streamed.push({ rateeId, report }), false, undefined, run);
    expect(streamed).toEqual(kept.ratees);
    expect(run.ledger()).toEqual(kept.ledger);
    expect(kept.ratees.map(({ report }) => report.items[0]?.groups.length)).toEqual([0, 1, 1]);
  });
});
