// Roll-ups by unit across releases, as a security property: over random multi-release histories
// of an organisation (people joining, leaving and moving between units, units appearing and
// emptying, reissues with late ratees, figures missing for some people), an attacker who holds
// every roll-up published with the release ledger cannot work out anything about fewer than
// minRatees ratees.
//
// The attacker. Every published unit figure gives one equation: the unit's count × its mean = the
// sum of one value per ratee over the unit's ratees with that figure (checked against the
// published count and mean). The attacker assumes what makes differencing work: a ratee's value is
// the same in every release, so each ratee is one unknown per scope across releases; different
// scopes are different unknowns. A set T of ratees is given away when some non-zero combination of
// the equations depends on T's values alone, that is when deleting T's columns lowers the rank;
// ranks are computed exactly (BigInt), and every set T of fewer than minRatees is tried (as
// unions of ratees no equation tells apart). Nothing here knows how the library decides. Negative
// controls show the same attacker finds leaks in the same histories without the ledger.
import fc from 'fast-check';
import { exactRank as rank } from './exact-rank.js';
import { describe, expect, it } from 'vitest';
import { emptyReleaseLedger, releaseLedgerSchema, summariseUnits360, type Feedback360Cohort, type ReleaseLedger, type Units360Summary } from '../../../src/index.js';
import { seededRandom } from '../../../src/core/_internal/seeded-random.js';

const nodePaths: readonly (readonly string[])[] = [['Org'], ['Org', 'D1'], ['Org', 'D1', 'T1'], ['Org', 'D1', 'T2'], ['Org', 'D2'], ['Org', 'D2', 'T3'], ['Org', 'D2', 'T4']];

const history = fc.record({
  releases: fc.integer({ min: 2, max: 4 }),
  people: fc.integer({ min: 6, max: 22 }),
  minRatees: fc.integer({ min: 3, max: 5 }),
  stay: fc.constantFrom(0.6, 0.85, 0.95),
  move: fc.constantFrom(0, 0.1, 0.3),
  missing: fc.constantFrom(0, 0.1, 0.3),
  reissue: fc.constantFrom(0, 0.3),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});
type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

/** One person in one release: where they sit and which figures they have (values never change). */
interface Member {
  readonly id: string;
  readonly path: readonly string[];
  readonly has: readonly [boolean, boolean, boolean, boolean, boolean];
}

/** Per person, fixed values: others on c0 and c1, the gap on c0, others on items i0 and i1. */
function valuesOf(config: History): Map<string, readonly number[]> {
  const next = seededRandom(config.seed ^ 0x5bd1e995);
  return new Map(Array.from({ length: config.people }, (_, index) => [`R${index}`, [1 + Math.floor(next() * 5), 1 + Math.floor(next() * 5), Math.floor(next() * 5) - 2, 1 + Math.floor(next() * 5), 1 + Math.floor(next() * 5)]]));
}

function releasesOf(config: History): { releaseId: string; members: Member[] }[] {
  const next = seededRandom(config.seed);
  const pickPath = (): readonly string[] => nodePaths[Math.floor(next() * nodePaths.length)] as readonly string[];
  let present = new Map<string, readonly string[]>();
  const releases: { releaseId: string; members: Member[] }[] = [];
  for (let release = 0; release < config.releases; release += 1) {
    const now = new Map<string, readonly string[]>();
    for (let index = 0; index < config.people; index += 1) {
      const id = `R${index}`;
      const before = present.get(id);
      if (before !== undefined && next() < config.stay) now.set(id, next() < config.move ? pickPath() : before);
      else if (before === undefined && next() < 0.7) now.set(id, pickPath());
    }
    present = now;
    const draw = (paths: Map<string, readonly string[]>): Member[] =>
      [...paths].map(([id, path]) => ({ id, path, has: [next() >= config.missing, next() >= config.missing, next() >= config.missing, next() >= config.missing, next() >= config.missing] as const }));
    if (present.size > 0) releases.push({ releaseId: `r${release}`, members: draw(present) });
    if (next() < config.reissue) {
      const late = new Map(present);
      for (let index = 0; index < config.people && late.size < present.size + 2; index += 1) if (!late.has(`R${index}`)) late.set(`R${index}`, pickPath());
      if (late.size > present.size) releases.push({ releaseId: `r${release}`, members: draw(late) });
    }
  }
  return releases;
}

function cohortOf(members: readonly Member[], values: Map<string, readonly number[]>): Feedback360Cohort {
  return {
    ratees: members.map((member) => {
      const [c0, c1, gap, i0, i1] = values.get(member.id) as [number, number, number, number, number];
      const [hasC0, hasC1, hasGap, hasI0, hasI1] = member.has;
      return {
        rateeId: member.id,
        report: {
          competencies: [
            { competencyId: 'c0', name: 'C0', others: hasC0 ? { mean: c0 } : null, gap: hasC0 && hasGap ? gap : null },
            { competencyId: 'c1', name: 'C1', others: hasC1 ? { mean: c1 } : null, gap: null },
          ],
          items: [
            { itemId: 'i0', others: hasI0 ? { mean: i0 } : null },
            { itemId: 'i1', others: hasI1 ? { mean: i1 } : null },
          ],
          agreement: null,
        },
      };
    }),
  } as unknown as Feedback360Cohort;
}

/** Each scope's published equations as (ratee ids) sets, checked against the truth on the way. */
function publishedSets(summary: Units360Summary, members: readonly Member[], values: Map<string, readonly number[]>): Map<string, string[][]> {
  const inUnit = (path: readonly string[], rateePath: readonly string[]) => path.every((name, depth) => rateePath[depth] === name);
  const sets = new Map<string, string[][]>();
  const add = (scope: string, set: string[]) => sets.set(scope, (sets.get(scope) ?? []).concat([set]));
  for (const unit of summary.units) {
    if (unit.figures === null) continue;
    const inside = members.filter((member) => inUnit(unit.path, member.path));
    add('unit', inside.map((member) => member.id));
    const check = (scope: string, mean: number | null, value: (member: Member) => number | null, count: number | null) => {
      if (mean === null) return;
      const with_ = inside.filter((member) => value(member) !== null);
      if (count !== null) expect(with_.length).toBe(count);
      expect(with_.length).toBeGreaterThanOrEqual(summary.minRatees);
      expect(mean).toBeCloseTo(with_.reduce((sum, member) => sum + (value(member) as number), 0) / with_.length, 9);
      add(scope, with_.map((member) => member.id));
    };
    const of = (member: Member, position: number) => (values.get(member.id) as readonly number[])[position] as number;
    const [c0, c1] = unit.figures.competencies;
    check('competency:c0', c0?.othersMean ?? null, (member) => (member.has[0] ? of(member, 0) : null), c0?.ratees ?? null);
    check('competency:c1', c1?.othersMean ?? null, (member) => (member.has[1] ? of(member, 1) : null), c1?.ratees ?? null);
    check('gap:c0', c0?.meanGap ?? null, (member) => (member.has[0] && member.has[2] ? of(member, 2) : null), null);
    for (const [position, itemId] of [[3, 'i0'], [4, 'i1']] as const) {
      const item = unit.figures.highestItems.concat(unit.figures.lowestItems).find((entry) => entry.itemId === itemId);
      check(`item:${itemId}`, item?.othersMean ?? null, (member) => (member.has[position] ? of(member, position) : null), item?.ratees ?? null);
    }
  }
  return sets;
}


/**
 * A set of fewer than `minimum` ratees that some non-zero combination of the sets depends on
 * alone, or null. Ratees that every set holds or lacks together are one column group: a
 * combination takes the same value on all of them, so only unions of whole groups need trying.
 */
export function givenAwayRatees(sets: readonly (readonly string[])[], minimum: number): string[] | null {
  const ratees = [...new Set(sets.flat())].sort();
  if (ratees.length === 0) return null;
  const matrix = sets.map((set) => ratees.map((ratee) => (set.includes(ratee) ? 1n : 0n)));
  const groups = new Map<string, number[]>();
  ratees.forEach((_, column) => {
    const key = matrix.map((row) => String(row[column])).join('');
    groups.set(key, (groups.get(key) ?? []).concat([column]));
  });
  const byGroup = [...groups.values()];
  const full = rank(matrix);
  let found: string[] | null = null;
  const search = (from: number, chosen: number[]): void => {
    if (found !== null) return;
    if (chosen.length > 0) {
      const keep = ratees.map((_, column) => column).filter((column) => !chosen.includes(column));
      if (rank(matrix.map((row) => keep.map((column) => row[column] as bigint))) < full) {
        found = chosen.map((column) => ratees[column] as string);
        return;
      }
    }
    for (let group = from; group < byGroup.length; group += 1) {
      const next = chosen.concat(byGroup[group] as number[]);
      if (next.length < minimum) search(group + 1, next);
    }
  };
  search(0, []);
  return found;
}

/** Runs a history with or without the ledger; returns a scope and the ratees given away, or null. */
function attackHistory(config: History, withLedger: boolean): { scope: string; ratees: string[] } | null {
  const values = valuesOf(config);
  let ledger: ReleaseLedger = emptyReleaseLedger;
  const published = new Map<string, string[][]>();
  for (const { releaseId, members } of releasesOf(config)) {
    const cohort = cohortOf(members, values);
    const units = members.map((member) => ({ rateeId: member.id, path: member.path }));
    const summary = withLedger
      ? summariseUnits360(cohort, units, { minRatees: config.minRatees, releases: { ledger, releaseId } })
      : summariseUnits360(cohort, units, { minRatees: config.minRatees });
    if (withLedger) ledger = releaseLedgerSchema.parse(summary.ledger);
    for (const [scope, sets] of publishedSets(summary, members, values)) published.set(scope, (published.get(scope) ?? []).concat(sets));
  }
  for (const [scope, sets] of published) {
    const ratees = givenAwayRatees(sets, config.minRatees);
    if (ratees !== null) return { scope, ratees };
  }
  return null;
}

describe('roll-ups by unit with the release ledger: no differencing across releases', () => {
  it('no combination of unit figures published over several releases gives away fewer than minRatees ratees (2,000 histories)', () => {
    fc.assert(
      fc.property(history, (config) => {
        expect(attackHistory(config, true)).toBeNull();
      }),
      { numRuns: 2_000 },
    );
  }, 240_000);

  it('on a first release, the ledger changes nothing the roll-up publishes', () => {
    fc.assert(
      fc.property(history, (config) => {
        const values = valuesOf(config);
        const first = releasesOf(config)[0];
        if (first === undefined) return;
        const cohort = cohortOf(first.members, values);
        const units = first.members.map((member) => ({ rateeId: member.id, path: member.path }));
        const plain = summariseUnits360(cohort, units, { minRatees: config.minRatees });
        const { ledger, ...checked } = summariseUnits360(cohort, units, { minRatees: config.minRatees, releases: { ledger: emptyReleaseLedger, releaseId: first.releaseId } });
        expect(checked).toEqual(plain);
        expect(ledger?.releases).toEqual([first.releaseId]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the same attacker finds leaks in roll-ups without the ledger (negative controls)', () => {
  it('recovers a joiner: a team of five, then the same five and one more', () => {
    expect(givenAwayRatees([['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd', 'e', 'f']], 5)).toEqual(['f']);
    // Two teams published one year and their union with one more the next.
    expect(givenAwayRatees([['a', 'b', 'c', 'd', 'e'], ['f', 'g', 'h', 'i', 'j'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']], 5)).toEqual(['k']);
    // Five joiners are enough.
    expect(givenAwayRatees([['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']], 5)).toBeNull();
  });

  it('finds a leak in random histories run without the ledger', () => {
    let leaks = 0;
    for (const config of fc.sample(history, { numRuns: 300, seed: 18 })) if (attackHistory(config, false) !== null) leaks += 1;
    expect(leaks).toBeGreaterThan(20);
  });
});
