// Anonymity as a security property: over 10,000 random rater configurations, no combination of
// the figures interpret360 publishes determines the ratings of any set of non-exempt raters
// smaller than the minimum group size (see differencing-attack.ts for the attacker's model).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpret360, raterGroups, type Feedback360Report } from '../../../src/index.js';
import { equationsFromReport, findDeterminedSmallSet, type Equation, type TruthRating } from './differencing-attack.js';

const configuration = fc.record({
  items: fc.integer({ min: 2, max: 3 }),
  competencies: fc.integer({ min: 1, max: 2 }),
  sizes: fc.record({
    self: fc.integer({ min: 0, max: 1 }),
    manager: fc.integer({ min: 0, max: 2 }),
    peer: fc.integer({ min: 0, max: 5 }),
    'direct-report': fc.integer({ min: 0, max: 5 }),
    other: fc.integer({ min: 0, max: 3 }),
  }),
  policy: fc.record({
    minGroupSize: fc.integer({ min: 3, max: 5 }),
    minOthersSize: fc.integer({ min: 1, max: 6 }),
    smallGroupStrategy: fc.constantFrom('omit' as const, 'merge' as const),
    exemptGroups: fc.constantFrom<('self' | 'manager')[]>(['self', 'manager'], ['self']),
  }),
  nullRate: fc.constantFrom(0, 0.15, 0.35),
  seed: fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 60, maxLength: 60 }),
});

type Configuration = typeof configuration extends fc.Arbitrary<infer T> ? T : never;

function build(config: Configuration): { ratings: TruthRating[]; instrument: Parameters<typeof interpret360>[0]['instrument'] } {
  const competencyIds = Array.from({ length: config.competencies }, (_, index) => `c${index}`);
  const items = Array.from({ length: config.items }, (_, index) => ({ id: `i${index}`, competencyId: competencyIds[index % config.competencies] as string }));
  const ratings: TruthRating[] = [];
  let draw = 0;
  const next = (): number => {
    draw += 1;
    return config.seed[draw % config.seed.length] as number;
  };
  for (const group of raterGroups) {
    for (let rater = 0; rater < config.sizes[group]; rater += 1) {
      for (const item of items) {
        const roll = next();
        const score = roll / 1000 < config.nullRate ? null : 1 + ((roll * 7 + draw) % 5);
        ratings.push({ raterId: `${group}-${rater}`, group, itemId: item.id, score });
      }
    }
  }
  return { ratings, instrument: { scale: { min: 1, max: 5 }, competencies: competencyIds.map((id) => ({ id, name: id })), items } };
}

function attack(report: Feedback360Report, ratings: readonly TruthRating[], policy: { minGroupSize: number; exemptGroups: readonly string[] }): string[] | null {
  const exempt = new Set(ratings.filter((rating) => policy.exemptGroups.includes(rating.group)).map((rating) => rating.raterId));
  return findDeterminedSmallSet(equationsFromReport(report, ratings), exempt, policy.minGroupSize);
}

describe('interpret360 anonymity: no differencing attack', () => {
  it('no combination of published figures determines fewer than minGroupSize non-exempt raters (10,000 configurations)', () => {
    fc.assert(
      fc.property(configuration, (config) => {
        const { ratings, instrument } = build(config);
        const report = interpret360({ instrument, ratings, policy: config.policy });
        expect(attack(report, ratings, config.policy)).toBeNull();
      }),
      { numRuns: 10_000 },
    );
  });

  it('hidden groups appear in no published figure and no count is published for them', () => {
    fc.assert(
      fc.property(configuration, (config) => {
        const { ratings, instrument } = build(config);
        const report = interpret360({ instrument, ratings, policy: config.policy });
        const hidden = new Set(report.hiddenGroups.flatMap((entry) => entry.groups));
        const figures = report.items.flatMap((item) => (item.self === null ? [] : [item.self]).concat(item.groups, item.others === null ? [] : [item.others]));
        const competencyFigures = report.competencies.flatMap((c) => (c.self === null ? [] : [c.self]).concat(c.groups, c.others === null ? [] : [c.others]));
        for (const figure of [...figures, ...competencyFigures]) {
          for (const group of figure.groups) expect(hidden.has(group)).toBe(false);
          if (!figure.identifiable) expect(figure.n).toBeGreaterThanOrEqual(config.policy.minGroupSize);
        }
        for (const entry of [...report.hiddenGroups, ...report.items.flatMap((item) => item.withheld)]) {
          expect(Object.keys(entry).sort()).toEqual(['groups', 'reason']);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the differencing attacker can find a leak (negative controls)', () => {
  const truth: TruthRating[] = [
    { raterId: 'p1', group: 'peer', itemId: 'i', score: 2 },
    { raterId: 'p2', group: 'peer', itemId: 'i', score: 5 },
    { raterId: 'd1', group: 'direct-report', itemId: 'i', score: 4 },
    { raterId: 'd2', group: 'direct-report', itemId: 'i', score: 4 },
    { raterId: 'd3', group: 'direct-report', itemId: 'i', score: 3 },
  ];
  const row = (raters: string[]): Map<string, number> => new Map(raters.map((rater) => [`${rater}\u0000i`, 1 / raters.length]));

  it('finds the two hidden peers when all-others includes them and direct reports are published', () => {
    const equations: Equation[] = [
      { weights: row(['p1', 'p2', 'd1', 'd2', 'd3']), value: 3.6, label: 'all others (naive)' },
      { weights: row(['d1', 'd2', 'd3']), value: 11 / 3, label: 'direct reports' },
    ];
    expect(findDeterminedSmallSet(equations, new Set(), 3)).toEqual(['p1', 'p2']);
  });

  it('finds a single rater isolated by two overlapping pooled figures', () => {
    const equations: Equation[] = [
      { weights: row(['d1', 'd2', 'd3']), value: 11 / 3, label: 'direct reports' },
      { weights: row(['d1', 'd2', 'd3', 'p1']), value: 13 / 4, label: 'direct reports and one peer' },
    ];
    expect(findDeterminedSmallSet(equations, new Set(), 3)).not.toBeNull();
  });

  it('finds nothing in a figure of three raters alone', () => {
    expect(findDeterminedSmallSet([{ weights: row(['d1', 'd2', 'd3']), value: 11 / 3, label: 'direct reports' }], new Set(), 3)).toBeNull();
  });

  it('rejects a report whose published n does not follow the documented rule', () => {
    const report = interpret360({
      instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'C' }], items: [{ id: 'i', competencyId: 'c' }] },
      ratings: truth,
    });
    const forged = { ...report, items: report.items.map((item) => ({ ...item, groups: item.groups.map((figure) => ({ ...figure, n: 5 })) })) };
    expect(() => equationsFromReport(forged, truth)).toThrow(/published n 5/);
  });
});
