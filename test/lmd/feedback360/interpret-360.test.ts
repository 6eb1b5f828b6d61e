import { describe, expect, it } from 'vitest';
import { interpret360, LmdInputError, percentileRank, type Interpret360Input } from '../../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../../helpers/json-safety.js';
import { instrument, rater } from './fixtures.js';

// A ratee with a self-rating, a manager, three peers and two direct reports (below the default
// minimum of 3, so hidden). Expected values are worked by hand below each assertion.
const base: Interpret360Input = {
  instrument,
  ratings: [
    ...rater('me', 'self', [5, 5, 3]),
    ...rater('boss', 'manager', [3, 4, 3]),
    ...rater('p1', 'peer', [3, 3, 4]),
    ...rater('p2', 'peer', [4, 3, 4]),
    ...rater('p3', 'peer', [2, 3, 5]),
    ...rater('d1', 'direct-report', [4, 4, 1]),
    ...rater('d2', 'direct-report', [5, 4, 1]),
  ],
};

const codes = (report: ReturnType<typeof interpret360>): string[] => report.findings.map((finding) => finding.code);

describe('interpret360: a worked example', () => {
  const report = interpret360(base);

  it('shows self, the manager and peers, and hides the two direct reports without a count', () => {
    expect(report.shownGroups).toEqual([
      { groups: ['self'], raters: 1, identifiable: true, merged: false },
      { groups: ['manager'], raters: 1, identifiable: true, merged: false },
      { groups: ['peer'], raters: 3, identifiable: false, merged: false },
    ]);
    expect(report.hiddenGroups).toEqual([{ groups: ['direct-report'], reason: 'below-minimum-group-size' }]);
    expect(JSON.stringify(report)).not.toContain('direct-report"],"n"');
  });

  it('item L1: peers 3, 4, 2 → mean 3, sd 1; all others (manager 3 + peers) → mean 3, sd √(2/3); gap 5 − 3 = 2', () => {
    const item = report.items[0];
    expect(item?.groups).toEqual([
      { groups: ['manager'], n: 1, mean: 3, sd: null, identifiable: true, raterDisagreement: false },
      { groups: ['peer'], n: 3, mean: 3, sd: 1, identifiable: false, raterDisagreement: false },
    ]);
    expect(item?.others?.groups).toEqual(['manager', 'peer']);
    expect(item?.others?.n).toBe(4);
    expect(item?.others?.mean).toBe(3);
    expect(item?.others?.sd).toBeCloseTo(Math.sqrt(2 / 3), 15);
    expect(item?.gap).toBe(2);
    expect(item?.flag).toBe('blind-spot');
  });

  it('competency listening: peers (3 + 3) / 2 = 3 over 2 items; all others (3 + 3.25) / 2 = 3.125', () => {
    const listening = report.competencies[0];
    expect(listening?.self).toEqual({ groups: ['self'], n: 1, mean: 5, items: 2, identifiable: true });
    expect(listening?.groups[1]).toEqual({ groups: ['peer'], n: 3, mean: 3, items: 2, identifiable: false });
    expect(listening?.others).toEqual({ groups: ['manager', 'peer'], n: 4, mean: 3.125, items: 2, identifiable: false });
    expect(listening?.gap).toBe(1.875);
  });

  it('overall: self (5 + 5 + 3) / 3 vs others (3 + 3.25 + 4) / 3 → over-estimator beyond the default ±0.5 band', () => {
    expect(report.agreement?.self).toBeCloseTo(13 / 3, 14);
    expect(report.agreement?.others).toBeCloseTo(10.25 / 3, 14);
    expect(report.agreement?.category).toBe('over-estimator');
    expect(report.agreement?.sixWay).toBe('over-estimator-good');
    expect(report.agreement?.othersGroups).toEqual(['manager', 'peer']);
    expect(report.agreement?.othersN).toBe(4);
    expect(report.agreementBand).toEqual({ lower: -0.5, upper: 0.5, othersCutOff: 3 });
  });

  it('lists blind spots, hidden strengths and the extremes (at most half the rated items each)', () => {
    expect(report.blindSpots).toEqual(['L1', 'L2']);
    expect(report.hiddenStrengths).toEqual(['C1']);
    expect(report.highestRatedItems).toEqual([{ itemId: 'C1', groups: ['manager', 'peer'], n: 4, mean: 4 }]);
    expect(report.lowestRatedItems).toEqual([{ itemId: 'L1', groups: ['manager', 'peer'], n: 4, mean: 3 }]);
  });

  it('reports the hidden group, the identifiable manager, over-estimation, blind spots and hidden strengths', () => {
    expect(codes(report)).toEqual([
      'FB360_OVER_ESTIMATOR',
      'FB360_BLIND_SPOTS',
      'FB360_GROUP_HIDDEN',
      'FB360_MANAGER_IDENTIFIABLE',
      'FB360_HIDDEN_STRENGTHS',
    ]);
    expect(report.findings.find((finding) => finding.code === 'FB360_OVER_ESTIMATOR')?.basis).toContain('atwater-waldman-1998');
  });

  it('echoes the defaults it applied', () => {
    expect(report.policy).toEqual({ minGroupSize: 3, exemptGroups: ['self', 'manager'], minOthersSize: 4, smallGroupStrategy: 'omit' });
    expect(report.options).toEqual({ extremeItems: 5, disagreementSpread: 3, blindSpotGap: 1, maxFlaggedItems: 3 });
  });

  it('is JSON-safe, round-trips unchanged and leaves a frozen input alone', () => {
    expect(unsafeJsonPaths(report)).toEqual([]);
    expect(roundTrip(report)).toEqual(report);
    expect(interpret360(frozen(structuredClone(base)))).toEqual(report);
  });
});

describe('interpret360: anonymity rules case by case', () => {
  it('merge: two peers are pooled with the smallest other group (three others, not four direct reports), and the pool is shown', () => {
    const report = interpret360({
      instrument,
      policy: { smallGroupStrategy: 'merge' },
      ratings: [
        ...rater('p1', 'peer', [3, 3, 3]),
        ...rater('p2', 'peer', [4, 4, 4]),
        ...rater('d1', 'direct-report', [2, 2, 2]),
        ...rater('d2', 'direct-report', [2, 2, 2]),
        ...rater('d3', 'direct-report', [2, 2, 2]),
        ...rater('d4', 'direct-report', [5, 5, 5]),
        ...rater('o1', 'other', [1, 1, 1]),
        ...rater('o2', 'other', [1, 1, 1]),
        ...rater('o3', 'other', [1, 1, 1]),
      ],
    });
    // Smallest small group: peers (2). Smallest other unit: others (3) before direct reports (4).
    expect(report.shownGroups.map((unit) => [unit.groups, unit.raters, unit.merged])).toEqual([
      [['peer', 'other'], 5, true],
      [['direct-report'], 4, false],
    ]);
    expect(report.items[0]?.groups[0]).toMatchObject({ groups: ['peer', 'other'], n: 5, mean: 2 });
    expect(codes(report)).toContain('FB360_GROUPS_MERGED');
    expect(report.hiddenGroups).toEqual([]);
  });

  it('merge: a pool that is still below the minimum with nothing left to join is hidden', () => {
    const report = interpret360({
      instrument,
      policy: { smallGroupStrategy: 'merge' },
      ratings: [...rater('me', 'self', [4, 4, 4]), ...rater('p1', 'peer', [3, 3, 3]), ...rater('o1', 'other', [2, 2, 2])],
    });
    expect(report.hiddenGroups).toEqual([{ groups: ['peer', 'other'], reason: 'below-minimum-group-size' }]);
    expect(report.items.every((item) => item.groups.length === 0 && item.others === null)).toBe(true);
    expect(report.agreement).toBeNull();
  });

  it('omit: a group at exactly the minimum is shown; one below it is hidden', () => {
    const three = interpret360({ instrument, ratings: [...rater('p1', 'peer', [3, 3, 3]), ...rater('p2', 'peer', [3, 3, 3]), ...rater('p3', 'peer', [3, 3, 3])] });
    expect(three.shownGroups.map((unit) => unit.groups)).toEqual([['peer']]);
    const five = interpret360({
      instrument,
      policy: { minGroupSize: 5 },
      ratings: [1, 2, 3, 4].flatMap((n) => rater(`p${n}`, 'peer', [3, 3, 3])),
    });
    expect(five.hiddenGroups).toEqual([{ groups: ['peer'], reason: 'below-minimum-group-size' }]);
  });

  it('"2 of 3 peers answered this item" is not published: the item figure is withheld without a count and left out of all others', () => {
    const report = interpret360({
      instrument,
      policy: { minOthersSize: 1 },
      ratings: [
        ...rater('boss', 'manager', [4, 4, 4]),
        ...rater('p1', 'peer', [3, null, 3]),
        ...rater('p2', 'peer', [3, 2, 3]),
        ...rater('p3', 'peer', [3, 5, 3]),
      ],
    });
    const l2 = report.items[1];
    expect(l2?.groups.map((figure) => figure.groups)).toEqual([['manager']]);
    expect(l2?.withheld).toEqual([{ groups: ['peer'], reason: 'below-minimum-on-item' }]);
    expect(l2?.others).toEqual({ groups: ['manager'], n: 1, mean: 4, sd: null, identifiable: true, raterDisagreement: false });
    expect(report.competencies[0]?.groups[1]).toEqual({ groups: ['peer'], n: 3, mean: 3, items: 1, identifiable: false });
    expect(codes(report)).toContain('FB360_FIGURES_WITHHELD_ON_ITEMS');
  });

  it('a rater who answered every item "not observed" does not count towards the minimum', () => {
    const report = interpret360({
      instrument,
      ratings: [...rater('p1', 'peer', [3, 3, 3]), ...rater('p2', 'peer', [4, 4, 4]), ...rater('p3', 'peer', [null, null, null])],
    });
    expect(report.hiddenGroups).toEqual([{ groups: ['peer'], reason: 'below-minimum-group-size' }]);
  });

  it('all others below minOthersSize (default 4) is withheld, with a warning', () => {
    const report = interpret360({ instrument, ratings: [...rater('me', 'self', [3, 3, 3]), ...[1, 2, 3].flatMap((n) => rater(`p${n}`, 'peer', [3, 3, 3]))] });
    expect(report.items[0]?.others).toBeNull();
    expect(report.items[0]?.withheld).toEqual([{ groups: ['peer'], reason: 'others-below-minimum' }]);
    expect(report.agreement).toBeNull();
    expect(codes(report)).toContain('FB360_OTHERS_WITHHELD');
  });

  it("with exemptGroups ['self'] a lone manager is held to the minimum like any group", () => {
    const report = interpret360({
      instrument,
      policy: { exemptGroups: ['self'] },
      ratings: [...rater('boss', 'manager', [2, 2, 2]), ...[1, 2, 3].flatMap((n) => rater(`p${n}`, 'peer', [4, 4, 4]))],
    });
    expect(report.hiddenGroups).toEqual([{ groups: ['manager'], reason: 'below-minimum-group-size' }]);
    expect(codes(report)).not.toContain('FB360_MANAGER_IDENTIFIABLE');
  });
});

describe('interpret360: flags and boundaries', () => {
  const peers = (scores: [number, number, number]) => scores.flatMap((score, n) => rater(`p${n}`, 'peer', [score, 3, 3]));

  it('rater disagreement: a spread of exactly 3 points (1 and 4) is flagged; 2 points is not', () => {
    expect(interpret360({ instrument, ratings: peers([1, 2, 4]) }).items[0]?.groups[0]?.raterDisagreement).toBe(true);
    expect(interpret360({ instrument, ratings: peers([2, 3, 4]) }).items[0]?.groups[0]?.raterDisagreement).toBe(false);
    expect(codes(interpret360({ instrument, ratings: peers([1, 2, 4]) }))).toContain('FB360_RATER_DISAGREEMENT');
  });

  it('a gap exactly on the ±0.5 band edge (self 4 or 3 vs others 3.5) is neither flag; beyond it, blind spot or hidden strength', () => {
    const ratings = (self: number) => [
      ...rater('me', 'self', [self, 3, 3]),
      ...[3, 4, 3, 4].flatMap((score, n) => rater(`p${n}`, 'peer', [score, 3, 3])),
    ];
    expect(interpret360({ instrument, ratings: ratings(4) }).items[0]?.flag).toBeNull();
    expect(interpret360({ instrument, ratings: ratings(5) }).items[0]?.flag).toBe('blind-spot');
    expect(interpret360({ instrument, ratings: ratings(3) }).items[0]?.flag).toBeNull();
    expect(interpret360({ instrument, ratings: ratings(2) }).items[0]?.flag).toBe('hidden-strength');
  });

  it('without a self-rating there is no agreement and a finding says why', () => {
    const report = interpret360({ instrument, ratings: [1, 2, 3, 4].flatMap((n) => rater(`p${n}`, 'peer', [3, 3, 3])) });
    expect(report.agreement).toBeNull();
    expect(report.items[0]?.gap).toBeNull();
    expect(codes(report)).toContain('FB360_NO_SELF_RATING');
  });

  it('readiness is judged with the ratee’s agreement category: an over-estimator without coaching is a risk', () => {
    const report = interpret360({ ...base, readiness: { coaching: false, embeddedInDevelopmentProcess: true, goalsSet: true } });
    expect(report.readiness?.band).toBe('moderate');
    expect(report.findings[0]?.code).toBe('FB360_OVER_ESTIMATOR_UNSUPPORTED');
  });

  it('norms give others’ percentile by item and competency, as percentileRank would', () => {
    const sample = [2.5, 3, 3, 3.25, 4, 4.5];
    const report = interpret360({ ...base, norms: { method: 'mid-rank', items: { L2: sample }, competencies: { listening: sample } } });
    expect(report.items[1]?.othersPercentile).toBe(percentileRank(3.25, sample, 'mid-rank'));
    expect(report.items[0]?.othersPercentile).toBeNull();
    expect(report.competencies[0]?.othersPercentile).toBe(percentileRank(3.125, sample, 'mid-rank'));
  });
});

describe('interpret360: bad input names the row', () => {
  const withRow = (row: unknown): Interpret360Input => ({ ...base, ratings: [...base.ratings, row] as Interpret360Input['ratings'] });
  const issue = (input: unknown) => {
    const error = thrownBy(() => interpret360(input as Interpret360Input));
    expect(error).toBeInstanceOf(LmdInputError);
    return (error as LmdInputError).issues[0];
  };
  const row = base.ratings.length;

  it('an unknown item', () => {
    expect(issue(withRow({ raterId: 'p9', group: 'peer', itemId: 'Q9', score: 3 }))).toEqual({
      path: `ratings[${row}].itemId`,
      keys: ['ratings', row, 'itemId'],
      message: 'no item in the instrument has this id (received "Q9")',
    });
  });
  it('a score off the scale, and one that is not a whole point', () => {
    expect(issue(withRow({ raterId: 'p9', group: 'peer', itemId: 'L1', score: 6 }))?.path).toBe(`ratings[${row}].score`);
    expect(issue(withRow({ raterId: 'p9', group: 'peer', itemId: 'L1', score: 3.5 }))?.path).toBe(`ratings[${row}].score`);
    expect(issue(withRow({ raterId: 'p9', group: 'peer', itemId: 'L1', score: 0 }))?.message).toBe('expected a whole scale point from 1 to 5, or null (received 0)');
  });
  it('a rater in two groups', () => {
    expect(issue(withRow({ raterId: 'p1', group: 'direct-report', itemId: 'C1', score: 3 }))).toEqual({
      path: `ratings[${row}].group`,
      keys: ['ratings', row, 'group'],
      message: 'rater "p1" is already in the peer group; a rater belongs to one group (received "direct-report")',
    });
  });
  it('two self raters', () => {
    expect(issue(withRow({ raterId: 'me-too', group: 'self', itemId: 'L1', score: 3 }))?.path).toBe(`ratings[${row}].raterId`);
  });
  it('a duplicate (rater, item) names both rows', () => {
    expect(issue(withRow({ raterId: 'p2', group: 'peer', itemId: 'L2', score: 3 }))).toEqual({
      path: `ratings[${row}].itemId`,
      keys: ['ratings', row, 'itemId'],
      message: 'rater "p2" already rated this item in ratings[10] (received "L2")',
      seeAlso: ['ratings', 10],
    });
  });
  it('a misspelt key, a bad group and a bad policy', () => {
    expect(issue(withRow({ raterId: 'p9', group: 'peer', itemId: 'L1', scroe: 3 }))?.path).toMatch(new RegExp(`ratings\\[${row}\\]`));
    expect(issue(withRow({ raterId: 'p9', group: 'boss', itemId: 'L1', score: 3 }))?.path).toBe(`ratings[${row}].group`);
    expect(issue({ ...base, policy: { minGroupSize: 2 } })?.path).toBe('policy.minGroupSize');
    expect(issue({ ...base, policy: { exemptGroups: ['manager'] } })?.path).toBe('policy.exemptGroups');
    expect(issue({ ...base, norms: { method: 'mid-rank', items: { Q9: [1] } } })?.path).toBe('norms.items.Q9');
  });
  it('an instrument whose item names a missing competency', () => {
    expect(issue({ ...base, instrument: { ...instrument, items: [{ id: 'L1', competencyId: 'nope' }] } })?.path).toBe('instrument.items[0].competencyId');
  });
});

describe('interpret360: a group whose raters answered nothing', () => {
  it('is hidden, not merged into another group’s figures, under the merge strategy', () => {
    const report = interpret360({
      instrument,
      policy: { smallGroupStrategy: 'merge' },
      ratings: [
        ...rater('p1', 'peer', [3, 3, 3]),
        ...rater('p2', 'peer', [4, 4, 4]),
        ...[1, 2, 3, 4].flatMap((n) => rater(`d${n}`, 'direct-report', [2, 2, 2])),
        ...rater('o1', 'other', [null, null, null]),
      ],
    });
    expect(report.shownGroups.map((unit) => unit.groups)).toEqual([['peer', 'direct-report']]);
    expect(report.hiddenGroups).toEqual([{ groups: ['other'], reason: 'below-minimum-group-size' }]);
    expect(report.items[0]?.groups[0]).toMatchObject({ groups: ['peer', 'direct-report'], n: 6 });
  });
});

describe('interpret360: the agreement rule must fit the instrument', () => {
  it('a scale-fraction rule for a 7-point scale on a 5-point instrument is an error naming agreementRule.scalePoints', () => {
    expect(() => interpret360({ ...base, agreementRule: { kind: 'scale-fraction', fraction: 0.1, scalePoints: 7 } })).toThrow(
      /^agreementRule\.scalePoints: must match the instrument's scale, which has 5 points from 1 to 5 \(received 7\)/,
    );
  });
});

describe('interpret360: competency names label charts, so they must be unique', () => {
  it('two competencies with the same name are an error naming the second', () => {
    const twins = { ...instrument, competencies: [{ id: 'listening', name: 'Listening' }, { id: 'clarity', name: 'Listening' }] };
    expect(() => interpret360({ ...base, instrument: twins })).toThrow(/^instrument\.competencies\[1\]\.name: another competency has this name/);
  });
});
