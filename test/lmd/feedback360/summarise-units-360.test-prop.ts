// Roll-ups by unit as a security property (issue 18 part 3): over random hierarchies, ratee
// counts and missing figures, no combination of the published unit figures determines the sum of
// the values of fewer than the minimum number of ratees — no withheld unit, and no group of
// withheld units and ratees sitting directly in a unit, can be worked back from a parent and its
// shown children, at any level or across levels. The attacker (units-attack.ts) knows every
// published unit's count and figure and the hierarchy, and solves the linear system exactly.
// Negative control: with the threshold alone (no complementary suppression) it recovers a set.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseUnits360, type Feedback360Cohort, type Units360Summary } from '../../../src/index.js';
import { suppressUnits } from '../../../src/lmd/feedback360/anonymity/_internal/complementary-suppression.js';
import { countsPerUnit, unitTree } from '../../../src/lmd/feedback360/_internal/unit-tree.js';
import { findRecoveredSmallSet } from './units-attack.js';

/**
 * A random hierarchy: up to 15 units (the organisation, two departments, two teams in each, two
 * sub-teams in each team), each with 0 to 7 ratees sitting directly in it (a unit with none in or
 * under it does not exist). Each ratee has all-others means on two competencies and a gap on the
 * first, and all-others means on two items, each possibly missing (no published figure), so that
 * each figure has its own ratees. (With two items, a unit ranks one as highest and one as lowest.)
 */
const nodePaths: readonly (readonly string[])[] = [['Org']].concat(
  ['D1', 'D2'].flatMap((department) => [['Org', department]].concat(['T1', 'T2'].flatMap((team) => [['Org', department, team], ['Org', department, team, 'S1'], ['Org', department, team, 'S2']]))),
);
const figures = fc.record({
  others: fc.tuple(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 }), fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 })),
  gap: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null, freq: 3 }),
  items: fc.tuple(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 }), fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 })),
});
const scenario = fc
  .record({
    minRatees: fc.integer({ min: 3, max: 5 }),
    direct: fc.array(fc.constantFrom(0, 0, 0, 1, 2, 3, 4, 5, 6, 7), { minLength: nodePaths.length, maxLength: nodePaths.length }),
  })
  .filter(({ direct }) => direct.some((count) => count > 0))
  .chain(({ minRatees, direct }) => {
    const paths = direct.flatMap((count, node) => Array.from({ length: count }, () => nodePaths[node] as readonly string[]));
    return fc.array(figures, { minLength: paths.length, maxLength: paths.length }).map((values) => ({ minRatees, ratees: values.map((value, index) => ({ path: paths[index] as readonly string[], ...value })) }));
  });
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function fakeCohort(rows: Scenario['ratees']): Feedback360Cohort {
  return {
    ratees: rows.map((row, index) => ({
      rateeId: `R${index}`,
      report: {
        competencies: row.others.map((mean, position) => ({
          competencyId: `c${position}`,
          name: `C${position}`,
          self: null,
          groups: [],
          others: mean === null ? null : { groups: ['peer'], n: 4, mean, items: 1, identifiable: false },
          gap: position === 0 && mean !== null ? row.gap : null,
          othersPercentile: null,
        })),
        items: row.items.map((mean, position) => ({ itemId: `i${position}`, competencyId: 'c0', self: null, groups: [], others: mean === null ? null : { groups: ['peer'], n: 4, mean, identifiable: false } })),
        agreement: null,
      },
    })),
    agreement: {},
  } as unknown as Feedback360Cohort;
}

const unitsOf = (rows: Scenario['ratees']) => rows.map((row, index) => ({ rateeId: `R${index}`, path: row.path }));
const inUnit = (path: readonly string[], rateePath: readonly string[]): boolean => path.every((name, depth) => rateePath[depth] === name);

/**
 * The published figures of one kind as (ratee set, published sum) pairs, checked on the way
 * against the ground truth: the unit's count of ratees with a value and their mean are exactly
 * what the documented rule says, so the attacker's equations are the library's figures.
 */
function publishedSets(summary: Units360Summary, rows: Scenario['ratees'], pick: (figures: NonNullable<Units360Summary['units'][number]['figures']>) => { ratees: number | null; mean: number | null } | null, value: (row: Scenario['ratees'][number]) => number | null): number[][] {
  const sets: number[][] = [];
  for (const unit of summary.units) {
    if (unit.figures === null) continue;
    const figure = pick(unit.figures);
    if (figure === null || figure.mean === null) continue;
    const members = rows.flatMap((row, index) => (inUnit(unit.path, row.path) && value(row) !== null ? [index] : []));
    const total = members.reduce((sum, index) => sum + (value(rows[index] as Scenario['ratees'][number]) as number), 0);
    if (figure.ratees !== null) expect(members.length).toBe(figure.ratees);
    else expect(members.length).toBeGreaterThanOrEqual(summary.minRatees);
    expect(figure.mean).toBeCloseTo(total / members.length, 9);
    sets.push(members);
  }
  return sets;
}

function checkNoRecovery({ minRatees, ratees: rows }: Scenario): void {
  const summary = summariseUnits360(fakeCohort(rows), unitsOf(rows), { minRatees });
  // Whole units (agreement and priority counts are sums of one value per ratee over the unit).
  const wholeSets = summary.units.filter((unit) => unit.shown).map((unit) => rows.flatMap((row, index) => (inUnit(unit.path, row.path) ? [index] : [])));
  for (const unit of summary.units) expect(unit.ratees).toBe(rows.filter((row) => inUnit(unit.path, row.path)).length);
  expect(findRecoveredSmallSet(wholeSets, rows.length, minRatees)).toBeNull();
  for (const position of [0, 1]) {
    const others = publishedSets(summary, rows, (figures) => {
      const competency = figures.competencies[position];
      return competency === undefined ? null : { ratees: competency.ratees, mean: competency.othersMean };
    }, (row) => row.others[position] ?? null);
    expect(findRecoveredSmallSet(others, rows.length, minRatees)).toBeNull();
  }
  const gapValue = (row: Scenario['ratees'][number]) => (row.others[0] === null ? null : row.gap);
  const gaps = publishedSets(summary, rows, (figures) => {
    const competency = figures.competencies[0];
    // The summary gives no count for the mean gap; the attacker counts the ratees with a gap.
    return competency === undefined ? null : { ratees: null, mean: competency.meanGap };
  }, gapValue);
  expect(findRecoveredSmallSet(gaps, rows.length, minRatees)).toBeNull();
  // Items: a unit publishes an item's figure when it ranks it among its highest or lowest.
  for (const position of [0, 1]) {
    const items = publishedSets(summary, rows, (figures) => {
      const item = figures.highestItems.concat(figures.lowestItems).find((entry) => entry.itemId === `i${position}`);
      return item === undefined ? null : { ratees: item.ratees, mean: item.othersMean };
    }, (row) => row.items[position] ?? null);
    expect(findRecoveredSmallSet(items, rows.length, minRatees)).toBeNull();
  }
}

describe('summariseUnits360: no withheld unit can be worked back from its parent and siblings', () => {
  it('over 400 random hierarchies, no published figures determine the sum of fewer than the minimum of ratees', () => {
    fc.assert(fc.property(scenario, (generated) => checkNoRecovery(generated)), { numRuns: 400 });
  });

  it('with the threshold alone (no complementary suppression), the same attacker recovers a small set', () => {
    let recovered = 0;
    for (const { minRatees, ratees: rows } of fc.sample(scenario, { numRuns: 300, seed: 18 })) {
      const tree = unitTree(rows.map((row) => row.path));
      const counts = countsPerUnit(tree, () => true);
      const { withheld } = suppressUnits(tree, counts, minRatees, [], false);
      const sets = tree.paths.flatMap((path, unit) => (withheld[unit] === null ? [rows.flatMap((row, index) => (inUnit(path, row.path) ? [index] : []))] : []));
      if (findRecoveredSmallSet(sets, rows.length, minRatees) !== null) recovered += 1;
    }
    expect(recovered).toBeGreaterThan(0);
  });

  it('recovers a lone team member exactly in a hand-made case without complementary suppression, and not with it', () => {
    // Org (12) = Operations (12) = North (6) + South (5) + one manager directly in Operations.
    const paths = [...Array.from({ length: 6 }, () => ['Org', 'Operations', 'North']), ...Array.from({ length: 5 }, () => ['Org', 'Operations', 'South']), ['Org', 'Operations']];
    const tree = unitTree(paths);
    const counts = countsPerUnit(tree, () => true);
    const setsOf = (withheld: readonly (string | null)[]) => tree.paths.flatMap((path, unit) => (withheld[unit] === null ? [paths.flatMap((rateePath, index) => (inUnit(path, rateePath) ? [index] : []))] : []));
    expect(findRecoveredSmallSet(setsOf(suppressUnits(tree, counts, 5, [], false).withheld), paths.length, 5)).toEqual([11]);
    expect(findRecoveredSmallSet(setsOf(suppressUnits(tree, counts, 5).withheld), paths.length, 5)).toBeNull();
  });

  it('an all-small hierarchy publishes nothing but the organisation, and that only with at least the minimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5 }), fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), { minLength: 1, maxLength: 24 }), (minRatees, teams) => {
        // Each team gets fewer than the minimum by construction: keep only the first minRatees − 1 of each.
        const kept = teams.filter((team, index) => teams.slice(0, index).filter((earlier) => earlier === team).length < minRatees - 1);
        const rows = kept.map((team) => ({ path: ['Org', team], others: [3, 3] as [number, number], gap: null, items: [null, null] as [null, null] }));
        const summary = summariseUnits360(fakeCohort(rows), unitsOf(rows), { minRatees });
        const shown = summary.units.filter((unit) => unit.shown).map((unit) => unit.path.join(' / '));
        expect(shown.filter((path) => path !== 'Org')).toEqual([]);
        expect(shown.includes('Org')).toBe(kept.length >= minRatees);
      }),
      { numRuns: 200 },
    );
  });
});
