import { describe, expect, it } from 'vitest';
import { interpret360Cohort, interpret360Stream, LmdInputError, ratingColumns360, type CohortRating360, type RatingColumns360 } from '../../../src/index.js';
import { smallInstrument } from '../../helpers/random-cohort-360.js';

const rows: CohortRating360[] = [
  { rateeId: 'ann', raterId: 'ann', group: 'self' as const, itemId: 'i1', score: 5 },
  { rateeId: 'ann', raterId: 'p1', group: 'peer' as const, itemId: 'i1', score: 3 },
  { rateeId: 'ann', raterId: 'p2', group: 'peer' as const, itemId: 'i1', score: 3 },
  { rateeId: 'ann', raterId: 'p3', group: 'peer' as const, itemId: 'i1', score: 4 },
];

function columns(input = rows): RatingColumns360 {
  const builder = ratingColumns360(smallInstrument);
  input.forEach((row) => builder.add(row));
  return builder.finish();
}

function issueOf(run: () => unknown): { path: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LmdInputError);
    const issue = (error as LmdInputError).issues[0] as { path: string; message: string };
    return issue;
  }
  throw new Error('expected an LmdInputError');
}

describe('ratingColumns360', () => {
  it('holds each rating in its columns, ids interned in order of appearance', () => {
    const built = columns();
    expect(built.length).toBe(4);
    expect(built.responses).toBe(4);
    expect(built.rateeIds).toStrictEqual(['ann']);
    expect(built.raterIds).toStrictEqual(['ann', 'p1', 'p2', 'p3']);
    expect([...built.responseGroup]).toStrictEqual([0, 2, 2, 2]);
    expect([...built.responseStart]).toStrictEqual([0, 1, 2, 3, 4]);
    expect([...built.score]).toStrictEqual([5, 3, 3, 4]);
  });

  it('refuses a malformed row, an unknown item and use after finishing, naming the rating', () => {
    const builder = ratingColumns360(smallInstrument);
    builder.add(rows[0]);
    expect(issueOf(() => builder.add({ ...(rows[1] as CohortRating360), group: 'boss' })).path).toBe('ratings[1].group');
    expect(issueOf(() => builder.add({ ...(rows[1] as CohortRating360), itemId: 'zz' })).path).toBe('ratings[1].itemId');
    builder.finish();
    expect(issueOf(() => builder.add(rows[1])).message).toMatch(/already finished/);
  });
});

describe('interpret360Stream', () => {
  it('names the same rating as interpret360Cohort when a check fails', () => {
    const bad = [...rows, { rateeId: 'ann', raterId: 'p1', group: 'peer' as const, itemId: 'i1', score: 2 }];
    const fromRows = issueOf(() => interpret360Cohort({ instrument: smallInstrument, ratings: bad }));
    const fromColumns = issueOf(() => interpret360Stream({ instrument: smallInstrument, ratings: columns(bad) }, () => undefined));
    expect(fromColumns).toStrictEqual(fromRows);
    expect(fromColumns.path).toBe('ratings[4].itemId');
    const offScale = [...rows.slice(0, 3), { ...(rows[3] as CohortRating360), score: 9 }];
    expect(issueOf(() => interpret360Stream({ instrument: smallInstrument, ratings: columns(offScale) }, () => undefined))).toStrictEqual(
      issueOf(() => interpret360Cohort({ instrument: smallInstrument, ratings: offScale })),
    );
  });

  it('refuses columns that do not fit together, a ratee it does not know and a missing callback', () => {
    const good = columns();
    expect(issueOf(() => interpret360Stream({ instrument: smallInstrument, ratings: { ...good, item: new Uint16Array([0, 0, 0, 7]) } }, () => undefined)).path).toBe('ratings.item[3]');
    expect(issueOf(() => interpret360Stream({ instrument: smallInstrument, ratings: { ...good, responseStart: new Int32Array([0, 2, 1, 3, 4]) } }, () => undefined)).path).toBe('ratings.responseStart[2]');
    expect(issueOf(() => interpret360Stream({ instrument: smallInstrument, ratings: { ...good, score: new Int32Array(2) } }, () => undefined)).path).toBe('ratings.score');
    expect(issueOf(() => interpret360Stream({ instrument: smallInstrument, ratings: { ...good, responseRater: new Int32Array([0, 1, 2, 9]) } }, () => undefined)).path).toBe('ratings.responseRater[3]');
    expect(issueOf(() => interpret360Stream({ instrument: smallInstrument, ratings: good, ratees: ['bo'] }, () => undefined)).path).toBe('ratees[0]');
    expect(issueOf(() => interpret360Stream({ instrument: smallInstrument, ratings: good }, undefined as never)).path).toBe('onReport');
  });

  it('leaves its columns alone', () => {
    const good = columns();
    const before = [...good.score];
    expect(issueOf(() => ratingColumns360(smallInstrument).add({ ...(rows[0] as CohortRating360), score: 2 ** 40 })).message).toMatch(/expected a whole scale point from 1 to 5/);
    interpret360Stream({ instrument: smallInstrument, ratings: good }, () => undefined);
    expect([...good.score]).toStrictEqual(before);
  });
});

describe('interpret360Stream with a release ledger', () => {
  it('withholds and records what interpret360Cohort withholds and records, release after release', async () => {
    const { createHmac } = await import('node:crypto');
    const { emptyReleaseLedger } = await import('../../../src/index.js');
    const pseudonymise = (raterId: string): string => createHmac('sha256', 'key').update(raterId).digest('hex');
    const cycle = (peers: Record<string, number>): CohortRating360[] =>
      ['ann', 'bo'].flatMap((rateeId) => Object.entries(peers).map(([raterId, score]) => ({ rateeId, raterId: `${rateeId}-${raterId}`, group: 'peer' as const, itemId: 'i1', score })));
    const policy = { minOthersSize: 3 };
    let fromRows = emptyReleaseLedger;
    let fromColumns = emptyReleaseLedger;
    for (const [releaseId, peers] of [['2025', { A: 3, B: 3, C: 3 }], ['2026', { A: 3, B: 3, C: 3, D: 1 }]] as const) {
      const ratings = cycle(peers);
      const cohort = interpret360Cohort({ instrument: smallInstrument, ratings, policy, releases: { ledger: fromRows, releaseId, pseudonymise } });
      const handed: unknown[] = [];
      const totals = interpret360Stream({ instrument: smallInstrument, ratings: columns(ratings), policy, releases: { ledger: fromColumns, releaseId, pseudonymise } }, (rateeId, report) => handed.push({ rateeId, report }));
      expect(handed).toStrictEqual(cohort.ratees);
      expect(totals.ledger).toStrictEqual(cohort.ledger);
      if (releaseId === '2026') expect(JSON.stringify(handed)).toContain('differs-little-from-earlier-release');
      fromRows = cohort.ledger as typeof fromRows;
      fromColumns = totals.ledger as typeof fromColumns;
    }
    // The second release: D's joining would show D's rating, so the peers' figure is withheld for both ratees.
    expect(JSON.stringify(fromColumns)).not.toMatch(/ann-D|bo-D/);
  });
});
