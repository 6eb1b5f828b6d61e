// interpret360Stream hands on, ratee by ratee, exactly what interpret360Cohort keeps: the same
// reports in the same order and the same cohort figures, over random cohorts, interleaved rows,
// both small-group strategies and the cohort-referenced rule (whose band needs a second pass).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpret360Cohort, interpret360Stream, LmdInputError, ratingColumns360, type Feedback360Report } from '../../../src/index.js';
import { randomCohort360, randomCohortRows, smallInstrument } from '../../helpers/random-cohort-360.js';

function columnsOf(rows: ReturnType<typeof randomCohortRows>) {
  const builder = ratingColumns360(smallInstrument);
  for (const row of rows) builder.add(row);
  return builder.finish();
}

describe('interpret360Stream', () => {
  it('gives the reports and cohort figures interpret360Cohort gives, in the same order', () => {
    fc.assert(
      fc.property(randomCohort360(5), fc.boolean(), fc.boolean(), ({ ratees, policy }, interleave, cohortReferenced) => {
        let rows = randomCohortRows(ratees);
        if (interleave) rows = rows.map((row, n) => ({ row, key: (n * 7919) % 13 })).sort((a, b) => a.key - b.key).map((entry) => entry.row);
        if (rows.length === 0) return;
        const settings = { instrument: smallInstrument, policy, ...(cohortReferenced ? { agreementRule: { kind: 'cohort-referenced' as const } } : {}) };
        let cohort: ReturnType<typeof interpret360Cohort>;
        try {
          cohort = interpret360Cohort({ ...settings, ratings: rows });
        } catch (error) {
          expect(cohortReferenced).toBe(true);
          expect(() => interpret360Stream({ ...settings, ratings: columnsOf(rows) }, () => undefined)).toThrow(LmdInputError);
          void error;
          return;
        }
        const handed: { rateeId: string; report: Feedback360Report }[] = [];
        const totals = interpret360Stream({ ...settings, ratings: columnsOf(rows) }, (rateeId, report) => handed.push({ rateeId, report }));
        expect(handed).toStrictEqual(cohort.ratees);
        const { ratees: kept, ...figures } = cohort;
        expect(totals).toStrictEqual({ ...figures, reported: kept.length, rateeCount: kept.length });
      }),
      { numRuns: 200, seed: 20261203 },
    );
  });

  it('reports only the ratees asked for, with the same reports', () => {
    fc.assert(
      fc.property(randomCohort360(4), ({ ratees, policy }) => {
        const rows = randomCohortRows(ratees);
        if (rows.length === 0) return;
        const cohort = interpret360Cohort({ instrument: smallInstrument, policy, ratings: rows });
        const last = cohort.ratees[cohort.ratees.length - 1];
        if (last === undefined) return;
        const handed: string[] = [];
        const totals = interpret360Stream({ instrument: smallInstrument, policy, ratings: columnsOf(rows), ratees: [last.rateeId] }, (rateeId, report) => {
          handed.push(rateeId);
          expect(report).toStrictEqual(last.report);
        });
        expect(handed).toStrictEqual([last.rateeId]);
        expect(totals.differences).toStrictEqual(cohort.differences);
        expect(totals.rateeCount).toBe(cohort.ratees.length);
      }),
      { numRuns: 100, seed: 20261204 },
    );
  });
});
