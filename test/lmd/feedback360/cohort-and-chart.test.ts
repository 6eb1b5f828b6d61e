import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import {
  interpret360,
  interpret360Cohort,
  LmdInputError,
  selfOthersChartSpec,
  type CohortRating360,
  type Rating360,
} from '../../../src/index.js';
import { frozen, roundTrip, unsafeJsonPaths } from '../../helpers/json-safety.js';
import { instrument, rater } from './fixtures.js';

const ratee = (rateeId: string, ratings: readonly Rating360[]): CohortRating360[] => ratings.map((rating) => ({ rateeId, ...rating }));
const peers = (prefix: string, scores: readonly [number, number, number][]): Rating360[] =>
  scores.flatMap((row, n) => rater(`${prefix}-p${n}`, 'peer', row));

const ann = [...rater('ann', 'self', [5, 5, 5]), ...peers('ann', [[3, 3, 3], [3, 3, 3], [3, 4, 3], [4, 3, 3]])];
const bo = [...rater('bo', 'self', [3, 3, 3]), ...peers('bo', [[3, 3, 3], [4, 4, 4], [3, 3, 3], [4, 4, 4]]), ...rater('bo-d1', 'direct-report', [1, 1, 1])];
const cy = [...rater('cy', 'self', [2, 2, 2]), ...peers('cy', [[4, 4, 4], [4, 4, 4], [4, 5, 4], [4, 4, 4]])];
const dee = peers('dee', [[2, 2, 2], [2, 2, 2], [2, 2, 2], [2, 2, 2]]);

describe('interpret360Cohort', () => {
  const rows = [...ratee('ann', ann), ...ratee('bo', bo), ...ratee('cy', cy), ...ratee('dee', dee)];
  const cohort = interpret360Cohort({ instrument, ratings: rows });

  it('gives each ratee the report interpret360 would, in order of first appearance', () => {
    expect(cohort.ratees.map((entry) => entry.rateeId)).toEqual(['ann', 'bo', 'cy', 'dee']);
    expect(cohort.ratees[1]?.report).toEqual(interpret360({ instrument, ratings: bo }));
  });

  it('counts the agreement categories, with ratees lacking a self-rating as not classified', () => {
    expect(cohort.agreement).toEqual({
      'over-estimator': 1,
      'in-agreement-good': 1,
      'in-agreement-poor': 0,
      'under-estimator': 1,
      'not-classified': 1,
    });
  });

  it('does not depend on row order: interleaved rows give the same reports', () => {
    const interleaved = [...rows].sort((a, b) => a.itemId.localeCompare(b.itemId) || a.raterId.localeCompare(b.raterId));
    const again = interpret360Cohort({ instrument, ratings: interleaved });
    const byId = (result: typeof cohort) => Object.fromEntries(result.ratees.map((entry) => [entry.rateeId, entry.report]));
    expect(byId(again)).toEqual(byId(cohort));
  });

  it('cohort-referenced rule: cut-offs at the cohort’s mean difference ± 0.5 sd (differences 5 − 3.1667, 3 − 3.5, 2 − 4.0833)', () => {
    const referenced = interpret360Cohort({ instrument, ratings: rows, agreementRule: { kind: 'cohort-referenced' } });
    const differences = [5 - 38 / 12, 3 - 3.5, 2 - 49 / 12];
    const mean = differences.reduce((a, b) => a + b, 0) / 3;
    const sd = Math.sqrt(differences.reduce((a, b) => a + (b - mean) ** 2, 0) / 2);
    expect(referenced.differences?.n).toBe(3);
    expect(referenced.differences?.mean).toBeCloseTo(mean, 12);
    expect(referenced.differences?.sd).toBeCloseTo(sd, 12);
    expect(referenced.agreementBand.lower).toBeCloseTo(mean - 0.5 * sd, 12);
    expect(referenced.agreementBand.upper).toBeCloseTo(mean + 0.5 * sd, 12);
    expect(referenced.agreementBand.othersCutOff).toBeCloseTo((38 / 12 + 3.5 + 49 / 12) / 3, 12);
    expect(referenced.ratees[0]?.report.agreementBand).toEqual(referenced.agreementBand);
  });

  it('cohort-referenced rule with fewer than two classifiable ratees is an error', () => {
    expect(() => interpret360Cohort({ instrument, ratings: ratee('ann', ann), agreementRule: { kind: 'cohort-referenced' } })).toThrow(/^agreementRule: the cohort-referenced rule needs at least two/);
  });

  it('is JSON-safe, round-trips and leaves frozen input alone', () => {
    expect(unsafeJsonPaths(cohort)).toEqual([]);
    expect(roundTrip(cohort)).toEqual(cohort);
    expect(interpret360Cohort(frozen({ instrument: structuredClone(instrument), ratings: structuredClone(rows) }))).toEqual(cohort);
  });

  it('names the row of a bad rating, counting rows across the whole cycle', () => {
    const bad = [...rows];
    bad[20] = { ...(bad[20] as CohortRating360), score: 9 };
    expect(() => interpret360Cohort({ instrument, ratings: bad })).toThrow(/^ratings\[20\]\.score: expected a whole scale point from 1 to 5/);
    expect(() => interpret360Cohort({ instrument, ratings: [{ raterId: 'x' } as CohortRating360] })).toThrow(/^ratings\[0\]\.rateeId/);
    expect(() => interpret360Cohort({ instrument, ratings: rows, readiness: { zed: { coaching: true } } })).toThrow(/^readiness\.zed/);
    expect(() => interpret360Cohort({ instrument, ratings: 'rows' as never })).toThrow(LmdInputError);
  });
});

describe('selfOthersChartSpec', () => {
  const report = interpret360({ instrument, ratings: bo });
  const spec = selfOthersChartSpec(report);

  it('is a Vega-Lite v5 spec that the vega-lite 5 compiler accepts', () => {
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    const compiled = compile(spec as never);
    expect(compiled.spec.marks?.length).toBeGreaterThan(0);
  });

  it('plots self, each shown group and all others by competency, and never a hidden group', () => {
    const values = (spec['data'] as { values: { competency: string; source: string; mean: number }[] }).values;
    expect(values.filter((row) => row.competency === 'Listening')).toEqual([
      { competency: 'Listening', source: 'Self', mean: 3, n: 1 },
      { competency: 'Listening', source: 'Peers', mean: 3.5, n: 4 },
      { competency: 'Listening', source: 'All others', mean: 3.5, n: 4 },
    ]);
    expect(JSON.stringify(values)).not.toMatch(/Direct reports/);
    expect(spec['description']).toBe('Mean rating by competency: self, each shown rater group and all others. Not shown, to protect anonymity: Direct reports.');
  });

  it('rejects something that is not a report', () => {
    expect(() => selfOthersChartSpec({} as never)).toThrow(LmdInputError);
  });
});
