// The guarantee across releases, as a security property: over 10,000 random multi-release
// histories of one ratee (people joining and leaving, changing group, a manager who was a peer,
// reissues with late raters, items added and dropped, answers left blank, both small-group
// strategies), an attacker who holds every report published with the release ledger cannot work
// out anything about fewer than minGroupSize raters.
//
// The attacker. Every published item figure gives one equation: n × mean = the sum of its raters'
// ratings of the item, where the raters are those the documented rule names (the groups the figure
// pools, who answered; checked against the published n). Competency figures, the overall agreement
// and the ranked lists are checked to be averages of the same report's published item figures, so
// they are combinations of those equations and add nothing. The attacker assumes what makes the
// attack of issue 18 work: a rater rates an item the same in every release, so each rater × item
// is one unknown across releases; ratings of different items are different unknowns, so the system
// splits item by item. Raters behind identifiable figures (exempt groups,
// shown whatever their size) are known. A set T of other raters is given away when some non-zero
// combination of the equations depends on T's ratings alone, that is when deleting T's columns
// lowers the rank of the system; ranks are computed exactly (BigInt). The property: no T of 1 to
// minGroupSize − 1 raters is given away. The negative controls show the same attacker finds the
// issue's example, and leaks in random histories, when the ledger is off.
import { seededRandom } from '../../../src/core/_internal/seeded-random.js';
import fc from 'fast-check';
import { exactRank as rank } from './exact-rank.js';
import { describe, expect, it } from 'vitest';
import { emptyReleaseLedger, interpret360, type Feedback360Report, type RaterGroup, type ReleaseLedger } from '../../../src/index.js';

interface Rating {
  readonly raterId: string;
  readonly group: RaterGroup;
  readonly itemId: string;
  readonly score: number | null;
}

/** One published figure: its scope, its raters, and whether they are identifiable. */
interface Published {
  readonly scope: string;
  readonly raters: readonly string[];
  readonly identifiable: boolean;
}

const itemUniverse = [
  { id: 'i0', competencyId: 'c0' },
  { id: 'i1', competencyId: 'c0' },
  { id: 'i2', competencyId: 'c1' },
];

const history = fc.record({
  releases: fc.integer({ min: 2, max: 4 }),
  people: fc.integer({ min: 4, max: 9 }),
  policy: fc.record({
    minGroupSize: fc.integer({ min: 3, max: 4 }),
    minOthersSize: fc.integer({ min: 1, max: 5 }),
    smallGroupStrategy: fc.constantFrom('omit' as const, 'merge' as const),
    exemptGroups: fc.constantFrom<('self' | 'manager')[]>(['self', 'manager'], ['self']),
  }),
  stay: fc.constantFrom(0.5, 0.75, 0.9),
  reissue: fc.constantFrom(0, 0.3),
  blank: fc.constantFrom(0, 0.1, 0.3),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});

type History = typeof history extends fc.Arbitrary<infer T> ? T : never;


const groupsToDraw: readonly RaterGroup[] = ['peer', 'peer', 'direct-report', 'direct-report', 'other', 'manager'];

/** The releases of one history: each a rating set over the items in use then. */
function releasesOf(config: History): { releaseId: string; items: typeof itemUniverse; ratings: Rating[] }[] {
  const next = seededRandom(config.seed);
  // Each person's score on each item, the same in every release (the attacker's assumption holds).
  const score = new Map<string, number>();
  const people = Array.from({ length: config.people }, (_, index) => `p${index}`);
  for (const person of people.concat(['me'])) for (const item of itemUniverse) score.set(`${person}|${item.id}`, 1 + Math.floor(next() * 5));
  let group = new Map<string, RaterGroup>();
  const releases: { releaseId: string; items: typeof itemUniverse; ratings: Rating[] }[] = [];
  for (let release = 0; release < config.releases; release += 1) {
    const nextGroup = new Map<string, RaterGroup>();
    for (const person of people) {
      const before = group.get(person);
      if (before !== undefined && next() < config.stay) nextGroup.set(person, before);
      else if (next() < 0.6) nextGroup.set(person, groupsToDraw[Math.floor(next() * groupsToDraw.length)] as RaterGroup);
    }
    group = nextGroup;
    let items = itemUniverse.filter(() => next() < 0.8);
    if (items.length === 0) items = [itemUniverse[0] as (typeof itemUniverse)[number]];
    const withSelf = next() < 0.8;
    const rate = (members: Map<string, RaterGroup>): Rating[] => {
      const ratings: Rating[] = [];
      const raters: [string, RaterGroup][] = [...members];
      if (withSelf) raters.unshift(['me', 'self']);
      for (const [raterId, raterGroup] of raters) {
        for (const item of items) ratings.push({ raterId, group: raterGroup, itemId: item.id, score: next() < config.blank ? null : (score.get(`${raterId}|${item.id}`) as number) });
      }
      return ratings;
    };
    releases.push({ releaseId: `r${release}`, items, ratings: rate(group) });
    if (next() < config.reissue) {
      // A reissue: the same release with one or two late raters.
      const late = new Map(group);
      for (const person of people.filter((person) => !group.has(person)).slice(0, 1 + Math.floor(next() * 2))) late.set(person, next() < 0.5 ? 'peer' : 'direct-report');
      if (late.size > group.size) releases.push({ releaseId: `r${release}`, items, ratings: rate(late) });
    }
  }
  return releases;
}

/** The figures a report publishes, with the raters the documented rule puts behind each. */
function publishedFigures(report: Feedback360Report, ratings: readonly Rating[], items: typeof itemUniverse): Published[] {
  const figures: Published[] = [];
  const answered = (itemId: string, groups: readonly RaterGroup[]): string[] =>
    ratings.filter((rating) => rating.itemId === itemId && rating.score !== null && groups.includes(rating.group)).map((rating) => rating.raterId);
  const check = (raters: readonly string[], n: number, label: string): void => {
    if (raters.length !== n) throw new Error(`${label}: published n ${n}, the rule gives ${raters.length}`);
  };
  const itemSets = new Map<string, string[]>();
  for (const item of report.items) {
    for (const figure of (item.self === null ? [] : [item.self]).concat(item.groups)) {
      const raters = answered(item.itemId, figure.groups);
      check(raters, figure.n, `item ${item.itemId} ${figure.groups.join('+')}`);
      itemSets.set(`${figure.groups.join('+')}|${item.itemId}`, raters);
      figures.push({ scope: `item:${item.itemId}`, raters, identifiable: figure.identifiable });
    }
    if (item.others !== null) {
      const raters = answered(item.itemId, item.others.groups);
      check(raters, item.others.n, `item ${item.itemId} all others`);
      itemSets.set(`others|${item.itemId}`, raters);
      figures.push({ scope: `item:${item.itemId}`, raters, identifiable: item.others.identifiable });
    }
  }
  // Competency and overall figures: each must be the average of published item figures of this
  // report (so it is a combination of equations the attacker already has and adds nothing), and
  // its n the number of distinct raters behind them.
  const union = (keys: readonly string[]): string[] => [...new Set(keys.flatMap((key) => itemSets.get(key) ?? []))];
  const itemMean = (itemId: string, pooled: string): number | undefined => {
    const item = report.items.find((entry) => entry.itemId === itemId);
    if (pooled === 'others') return item?.others?.mean;
    return (item?.self === null || item?.self.groups.join('+') !== pooled ? item?.groups.find((figure) => figure.groups.join('+') === pooled) : item.self)?.mean;
  };
  const averageOf = (itemIds: readonly string[], pooled: string, mean: number, count: number, n: number, label: string): void => {
    const means = itemIds.map((itemId) => itemMean(itemId, pooled)).filter((value): value is number => value !== undefined);
    if (means.length !== count) throw new Error(`${label}: averages ${count} items, ${means.length} are published`);
    if (Math.abs(means.reduce((total, value) => total + value, 0) / means.length - mean) > 1e-9) throw new Error(`${label}: not the average of its published item figures`);
    check(union(itemIds.map((itemId) => `${pooled}|${itemId}`)), n, label);
  };
  for (const competency of report.competencies) {
    const itemIds = items.filter((item) => item.competencyId === competency.competencyId).map((item) => item.id);
    for (const figure of (competency.self === null ? [] : [competency.self]).concat(competency.groups)) {
      averageOf(itemIds, figure.groups.join('+'), figure.mean, figure.items, figure.n, `competency ${competency.competencyId} ${figure.groups.join('+')}`);
    }
    if (competency.others !== null) averageOf(itemIds, 'others', competency.others.mean, competency.others.items, competency.others.n, `competency ${competency.competencyId} all others`);
  }
  if (report.agreement !== null) {
    const both = report.items.filter((item) => item.self !== null && item.others !== null).map((item) => item.itemId);
    averageOf(both, 'others', report.agreement.others, report.agreement.items, report.agreement.othersN, 'overall others');
    averageOf(both, 'self', report.agreement.self, report.agreement.items, 1, 'overall self');
  }
  for (const ranked of [...report.highestRatedItems, ...report.lowestRatedItems]) {
    if (itemMean(ranked.itemId, 'others') !== ranked.mean) throw new Error(`ranked item ${ranked.itemId}: not a published all-others figure`);
  }
  return figures;
}


function* subsets<T>(items: readonly T[], size: number, start = 0, chosen: T[] = []): Generator<T[]> {
  if (chosen.length === size) {
    yield chosen.slice();
    return;
  }
  for (let k = start; k < items.length; k += 1) {
    chosen.push(items[k] as T);
    yield* subsets(items, size, k + 1, chosen);
    chosen.pop();
  }
}

/** A set of fewer than `minimum` unknown raters that some combination of one scope's figures gives away, or null. */
function givenAway(figures: readonly Published[], minimum: number): string[] | null {
  const known = new Set(figures.filter((figure) => figure.identifiable).flatMap((figure) => figure.raters));
  const rows = new Map<string, string[]>();
  for (const figure of figures) {
    if (figure.identifiable) continue;
    const unknown = figure.raters.filter((rater) => !known.has(rater)).sort();
    if (unknown.length > 0) rows.set(unknown.join(','), unknown);
  }
  const raters = [...new Set([...rows.values()].flat())].sort();
  if (raters.length === 0) return null;
  const matrix = [...rows.values()].map((set) => raters.map((rater) => (set.includes(rater) ? 1n : 0n)));
  const full = rank(matrix);
  // Any set smaller than the minimum lies inside one of the largest such sets (or is all raters).
  const size = Math.min(minimum - 1, raters.length);
  for (const chosen of subsets(raters, size)) {
    const keep = raters.map((rater, column) => (chosen.includes(rater) ? -1 : column)).filter((column) => column >= 0);
    if (rank(matrix.map((row) => keep.map((column) => row[column] as bigint))) < full) return chosen;
  }
  return null;
}

/** Runs a history, with or without the ledger, and returns what the attacker can give away. */
function attackHistory(config: History, withLedger: boolean): { scope: string; raters: string[] } | null {
  const policy = config.policy;
  let ledger: ReleaseLedger = emptyReleaseLedger;
  const published: Published[] = [];
  for (const { releaseId, items, ratings } of releasesOf(config)) {
    const instrument = { scale: { min: 1, max: 5 }, competencies: [{ id: 'c0', name: 'c0' }, { id: 'c1', name: 'c1' }].filter((competency) => items.some((item) => item.competencyId === competency.id)), items };
    const pseudonymise = (raterId: string): string => `pseudonym-${raterId}`;
    const report = withLedger
      ? interpret360({ instrument, ratings, policy, releases: { ledger, releaseId, rateeId: 'ratee', pseudonymise } })
      : interpret360({ instrument, ratings, policy });
    if (withLedger) ledger = report.release?.ledger as ReleaseLedger;
    published.push(...publishedFigures(report, ratings, items));
  }
  const scopes = new Set(published.map((figure) => figure.scope));
  for (const scope of scopes) {
    const raters = givenAway(
      published.filter((figure) => figure.scope === scope),
      policy.minGroupSize,
    );
    if (raters !== null) return { scope, raters };
  }
  return null;
}

describe('the release ledger: no differencing attack across releases', () => {
  it('no combination of figures published over several releases gives away fewer than minGroupSize raters (10,000 histories)', () => {
    fc.assert(
      fc.property(history, (config) => {
        expect(attackHistory(config, true)).toBeNull();
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('on a first release, the ledger changes nothing the report publishes', () => {
    fc.assert(
      fc.property(history, (config) => {
        const [{ releaseId, items, ratings }] = releasesOf(config) as [ReturnType<typeof releasesOf>[number]];
        const instrument = { scale: { min: 1, max: 5 }, competencies: [{ id: 'c0', name: 'c0' }, { id: 'c1', name: 'c1' }].filter((competency) => items.some((item) => item.competencyId === competency.id)), items };
        const plain = interpret360({ instrument, ratings, policy: config.policy });
        const { release, ...checked } = interpret360({ instrument, ratings, policy: config.policy, releases: { ledger: emptyReleaseLedger, releaseId, rateeId: 'ratee', pseudonymise: (id) => `pseudonym-${id}` } });
        expect(checked).toEqual(plain);
        expect(release?.releaseId).toBe(releaseId);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('the same attacker finds leaks without the ledger (negative controls)', () => {
  it("recovers D in the issue's example: A, B, C (mean 3, n = 3), then A, B, C, D (mean 2.5, n = 4)", () => {
    const peers = (ids: string[]): Published => ({ scope: 'item:i', raters: ids, identifiable: false });
    expect(givenAway([peers(['A', 'B', 'C']), peers(['A', 'B', 'C', 'D'])], 3)).toEqual(['A', 'D']);
    // (the set found is one of the largest sets below the minimum that holds D: D's rating alone is
    // determined, so every such set is given away)
    expect(givenAway([peers(['A', 'B', 'C']), peers(['A', 'B', 'C', 'D', 'E', 'F'])], 3)).toBeNull();
  });

  it("finds D through interpret360's own reports of the two cycles without the ledger, and nothing with it", () => {
    const instrument = { scale: { min: 1, max: 5 }, competencies: [{ id: 'c0', name: 'c0' }], items: [{ id: 'i0', competencyId: 'c0' }] };
    const items = instrument.items;
    const cycles = [{ A: 3, B: 3, C: 3 }, { A: 3, B: 3, C: 3, D: 1 }].map((scores) =>
      Object.entries(scores).map(([raterId, score]): Rating => ({ raterId, group: 'peer', itemId: 'i0', score })),
    );
    const policy = { minOthersSize: 3 };
    const without = cycles.flatMap((ratings) => publishedFigures(interpret360({ instrument, ratings, policy }), ratings, items));
    expect(givenAway(without, 3)).toContain('D');
    let ledger: ReleaseLedger = emptyReleaseLedger;
    const withLedger = cycles.flatMap((ratings, cycle) => {
      const report = interpret360({ instrument, ratings, policy, releases: { ledger, releaseId: `c${cycle}`, rateeId: 'ratee', pseudonymise: (id) => `pseudonym-${id}` } });
      ledger = report.release?.ledger as ReleaseLedger;
      return publishedFigures(report, ratings, items);
    });
    expect(givenAway(withLedger, 3)).toBeNull();
  });

  it('finds a leak in random histories run without the ledger', () => {
    let leaks = 0;
    fc.assert(
      fc.property(history, (config) => {
        if (attackHistory(config, false) !== null) leaks += 1;
      }),
      { numRuns: 300, seed: 18 },
    );
    expect(leaks).toBeGreaterThan(10);
  });
});
