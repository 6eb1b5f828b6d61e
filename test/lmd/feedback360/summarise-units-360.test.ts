import { describe, expect, it } from 'vitest';
import { interpret360Cohort, LmdInputError, summariseCohort360, summariseUnits360, type CohortRating360, type Feedback360Cohort } from '../../../src/index.js';
import { instrument360Schema } from '../../../src/lmd/feedback360/instrument-360.js';
import { readSampleRows, sampleTexts } from '../../cli/sample-data.js';

const instrument = instrument360Schema.parse(JSON.parse(sampleTexts.instrument));
const cohort = interpret360Cohort({ instrument, ratings: readSampleRows() as readonly CohortRating360[] });
const ids = cohort.ratees.map(({ rateeId }) => rateeId);

/** Ratee number → path, from a list of [count, path] in ratee order. */
function assign(plan: readonly (readonly [number, readonly string[]])[]): { rateeId: string; path: readonly string[] }[] {
  const paths = plan.flatMap(([count, path]) => Array.from({ length: count }, () => path));
  return ids.map((rateeId, index) => ({ rateeId, path: paths[index] as readonly string[] }));
}

const errorOf = (run: () => unknown): LmdInputError => {
  try {
    run();
  } catch (error) {
    if (error instanceof LmdInputError) return error;
    throw error;
  }
  throw new Error('expected an LmdInputError');
};

describe('summariseUnits360 on the sample cycle', () => {
  // Operations: North 6, South 4, Repairs 3 and one manager in Operations itself (14);
  // Finance: Accounts 6 (6).
  const units = assign([
    [6, ['Larkspur Vale', 'Operations', 'North']],
    [4, ['Larkspur Vale', 'Operations', 'South']],
    [3, ['Larkspur Vale', 'Operations', 'Repairs']],
    [1, ['Larkspur Vale', 'Operations']],
    [6, ['Larkspur Vale', 'Finance', 'Accounts']],
  ]);
  const summary = summariseUnits360(cohort, units);
  const row = (path: string) => summary.units.find((unit) => unit.path.join(' / ') === path);

  it('lists every unit, the organisation first and siblings by name, with its ratees', () => {
    expect(summary.units.map((unit) => [unit.path.join(' / '), unit.ratees, unit.directRatees])).toEqual([
      ['Larkspur Vale', 20, 0],
      ['Larkspur Vale / Finance', 6, 0],
      ['Larkspur Vale / Finance / Accounts', 6, 6],
      ['Larkspur Vale / Operations', 14, 1],
      ['Larkspur Vale / Operations / North', 6, 6],
      ['Larkspur Vale / Operations / Repairs', 3, 3],
      ['Larkspur Vale / Operations / South', 4, 4],
    ]);
    expect(summary).toMatchObject({ ratees: 20, minRatees: 5, basis: ['hundepool-et-al-2012'] });
  });

  it('withholds the small teams and nothing more when what is left over is large enough', () => {
    // Operations (14) less North (6) leaves 8 (South, Repairs and the one in Operations itself),
    // at least 5, so North may be shown; the organisation (20) less Finance (6) and Operations
    // (14) leaves no one.
    expect(row('Larkspur Vale / Operations / North')?.withheld).toBeNull();
    expect(row('Larkspur Vale / Operations / South')?.withheld).toBe('too-few-ratees');
    expect(row('Larkspur Vale / Operations / Repairs')?.withheld).toBe('too-few-ratees');
    expect(row('Larkspur Vale / Operations / South')?.figures).toBeNull();
    // Finance holds exactly Accounts: showing both reveals nothing more.
    expect(row('Larkspur Vale / Finance')?.shown).toBe(true);
    expect(row('Larkspur Vale / Finance / Accounts')?.shown).toBe(true);
  });

  it('gives the organisation the figures of summariseCohort360 over the same cycle', () => {
    const whole = summariseCohort360(cohort);
    const figures = row('Larkspur Vale')?.figures;
    expect(figures?.competencies.map(({ othersWithheld: _o, gapWithheld: _g, ...rest }) => rest)).toEqual(whole.competencies);
    expect(figures?.highestItems).toEqual(whole.highestItems);
    expect(figures?.lowestItems).toEqual(whole.lowestItems);
    expect(figures?.agreement).toEqual(whole.agreement);
  });

  it('gives a unit the figures of its own ratees', () => {
    const accounts = new Set(ids.slice(14));
    const part = { ...cohort, ratees: cohort.ratees.filter(({ rateeId }) => accounts.has(rateeId)) } as Feedback360Cohort;
    const alone = summariseCohort360(part);
    expect(row('Larkspur Vale / Finance / Accounts')?.figures?.competencies.map((competency) => competency.othersMean)).toEqual(alone.competencies.map((competency) => competency.othersMean));
  });

  it('names no ratee', () => {
    expect(JSON.stringify(summary)).not.toMatch(/"M\d\d"/);
  });

  it('withholds a shown team to protect a smaller group, choosing the smallest, and says which unit it protects', () => {
    // Operations (14) less North (6) and South (5) would give the 3 in Repairs, so the smaller
    // of the two shown teams, South, is withheld too; then Operations less North leaves 8.
    const three = summariseUnits360(
      cohort,
      assign([
        [6, ['Larkspur Vale', 'Operations', 'North']],
        [5, ['Larkspur Vale', 'Operations', 'South']],
        [3, ['Larkspur Vale', 'Operations', 'Repairs']],
        [6, ['Larkspur Vale', 'Finance']],
      ]),
    );
    const south = three.units.find((unit) => unit.path.at(-1) === 'South');
    expect(south).toMatchObject({ shown: false, withheld: 'protects-another-unit', protects: ['Larkspur Vale', 'Operations'], figures: null });
    expect(three.units.find((unit) => unit.path.at(-1) === 'North')?.shown).toBe(true);
  });

  it('works across levels: the organisation minus the departments shown minus their teams', () => {
    // A (10) holds Team 1 (8) and 2 people directly: A less Team 1 would give those 2, so Team 1
    // is withheld. B is exactly Team 2, and the organisation exactly A and B: nothing is left over.
    const nested = summariseUnits360(
      cohort,
      assign([
        [8, ['Org', 'A', 'Team 1']],
        [2, ['Org', 'A']],
        [10, ['Org', 'B', 'Team 2']],
      ]),
    );
    expect(nested.units.map((unit) => [unit.path.join(' / '), unit.withheld])).toEqual([
      ['Org', null],
      ['Org / A', null],
      ['Org / A / Team 1', 'protects-another-unit'],
      ['Org / B', null],
      ['Org / B / Team 2', null],
    ]);
  });

  it('publishes nothing but the organisation when every unit is small', () => {
    const small = summariseUnits360(cohort, assign([[4, ['Org', 'A']], [4, ['Org', 'B']], [4, ['Org', 'C']], [4, ['Org', 'D']], [4, ['Org', 'E']]]));
    expect(small.units.filter((unit) => unit.shown).map((unit) => unit.path)).toEqual([['Org']]);
    const tiny = summariseUnits360({ ...cohort, ratees: cohort.ratees.slice(0, 4) } as Feedback360Cohort, units);
    expect(tiny.units.filter((unit) => unit.shown)).toEqual([]);
  });

  it('is the same whatever the order of the units rows, and leaves its inputs alone', () => {
    const before = JSON.stringify(units);
    const again = summariseUnits360(cohort, units.slice().reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(summary));
    expect(JSON.stringify(units)).toBe(before);
  });

  it('ignores rows for people not in the cycle', () => {
    expect(summariseUnits360(cohort, units.concat([{ rateeId: 'M99', path: ['Larkspur Vale', 'Board'] }]))).toEqual(summary);
  });
});

describe('summariseUnits360: bad input is named', () => {
  const units = ids.map((rateeId) => ({ rateeId, path: ['Larkspur Vale', 'Operations'] }));

  it('names a ratee with no unit', () => {
    const error = errorOf(() => summariseUnits360(cohort, units.slice(1)));
    expect(error.issues[0]?.keys).toEqual(['units']);
    expect(error.message).toContain("none for 'M01'");
  });

  it('names a ratee given twice, a second organisation, a unit typed two ways and a bad name', () => {
    expect(errorOf(() => summariseUnits360(cohort, units.concat([{ rateeId: 'M01', path: ['Larkspur Vale'] }]))).issues[0]?.keys).toEqual(['units', 20, 'rateeId']);
    const other = errorOf(() => summariseUnits360(cohort, [{ rateeId: 'M01', path: ['Elsewhere'] }, ...units.slice(1)].reverse()));
    expect(other.issues[0]?.keys).toEqual(['units', 19, 'path', 0]);
    expect(other.message).toContain("'Elsewhere'");
    const cased = units.map((row, index) => (index === 3 ? { ...row, path: ['Larkspur Vale', 'operations'] } : row));
    expect(errorOf(() => summariseUnits360(cohort, cased)).issues[0]?.keys).toEqual(['units', 3, 'path', 1]);
    expect(errorOf(() => summariseUnits360(cohort, [{ rateeId: 'M01', path: ['Larkspur Vale', 'North / South'] }])).issues[0]?.keys).toEqual(['units', 0, 'path', 1]);
    expect(errorOf(() => summariseUnits360(cohort, [{ rateeId: 'M01', path: [' Larkspur Vale'] }])).issues[0]?.keys).toEqual(['units', 0, 'path', 0]);
    expect(errorOf(() => summariseUnits360(cohort, [{ rateeId: 'M01', path: [] }])).issues[0]?.keys).toEqual(['units', 0, 'path']);
  });

  it('names bad options and a value that is not a cohort', () => {
    expect(errorOf(() => summariseUnits360(cohort, units, { minRatees: 2 })).issues[0]?.keys).toEqual(['options', 'minRatees']);
    expect(errorOf(() => summariseUnits360(null as never, units)).message).toMatch(/interpret360Cohort/);
    expect(errorOf(() => summariseUnits360(cohort, 'units' as never)).issues[0]?.keys).toEqual(['units']);
  });
});
