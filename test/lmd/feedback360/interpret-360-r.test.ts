import { describe, expect, it } from 'vitest';
import {
  icc,
  interpret360,
  rwg,
  type AnonymityPolicyInput,
  type Feedback360Report,
  type Instrument360,
  type Rating360,
  type RaterGroup,
} from '../../../src/index.js';
import { unsafeJsonPaths } from '../../helpers/json-safety.js';
import fixture from '../../fixtures/r/interpret360.json' with { type: 'json' };

// Independent computation: every figure interpret360 publishes, worked out in base R from the
// rules in docs/feedback360.md and interpret360's TSDoc (not from the TypeScript), for ten ratees:
// a plain case, not-observed answers, omit, merge (peers 2 pooled with others 3, direct reports 4
// alone), 2 of 3 peers on an item, all-others below 4, exemptGroups self only, minGroupSize 5, a
// merge cascade and a merge with nothing to join. Alongside: multilevel::rwg (A = 5, σ²_E = 2) for
// every shown non-exempt group on every item, and psych::ICC(lmer = FALSE) on the plain case's
// items × non-self raters matrix. Script and regenerate command: test/fixtures/r/interpret360.R
// (`Rscript test/fixtures/r/interpret360.R > test/fixtures/r/interpret360.json`).
// Numbers must agree to 1e-9 (relative where the value exceeds 1); which groups are published,
// withheld (with reason) and hidden must agree exactly.
// Observed (R 4.2.2, multilevel 2.7, psych 2.2.9): the 516 numbers of the ten reports (n, mean,
// sd, gap, agreement, extremes) to ≤ 2.2e-15 absolute; the 71 rwg cells and six ICCs to ≤ 1.2e-16;
// every published, withheld and hidden group set identical.
const TOLERANCE = 1e-9;

type Num = string;
interface RItemFigure {
  groups: RaterGroup[];
  n: number;
  mean: Num;
  sd: Num | null;
  identifiable: boolean;
  raterDisagreement: boolean;
}
interface RCompetencyFigure {
  groups: RaterGroup[];
  n: number;
  mean: Num;
  items: number;
  identifiable: boolean;
}
interface RWithheld {
  groups: RaterGroup[];
  reason: string;
}
interface RDataset {
  name: string;
  policy: AnonymityPolicyInput;
  raters: { raterId: string; group: RaterGroup; scores: (number | null)[] }[];
  expected: {
    policy: unknown;
    shownGroups: { groups: RaterGroup[]; raters: number; identifiable: boolean; merged: boolean }[];
    hiddenGroups: RWithheld[];
    items: {
      itemId: string;
      competencyId: string;
      self: RItemFigure | null;
      groups: RItemFigure[];
      others: RItemFigure | null;
      gap: Num | null;
      flag: string | null;
      withheld: RWithheld[];
    }[];
    competencies: {
      competencyId: string;
      self: RCompetencyFigure | null;
      groups: RCompetencyFigure[];
      others: RCompetencyFigure | null;
      gap: Num | null;
    }[];
    agreement: { self: Num; others: Num; difference: Num; items: number; category: string; sixWay: string } | null;
    highestRatedItems: { itemId: string; mean: Num }[];
    lowestRatedItems: { itemId: string; mean: Num }[];
  };
  rwg: { itemId: string; groups: RaterGroup[]; scores: Num[]; rwg: Num }[];
}
interface RFixture {
  instrument: Instrument360;
  datasets: RDataset[];
  icc: { matrix: Num[][]; icc1: Num; icc2: Num; icc3: Num; icc1k: Num; icc2k: Num; icc3k: Num };
}
const r = fixture as unknown as RFixture;
const instrument = r.instrument;

function ratingsOf(dataset: RDataset): Rating360[] {
  return dataset.raters.flatMap(({ raterId, group, scores }) =>
    scores.map((score, index) => ({ raterId, group, itemId: instrument.items[index]?.id as string, score })),
  );
}

function expectNumber(actual: unknown, expected: Num | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  const want = Number(expected);
  expect(typeof actual, label).toBe('number');
  expect(Math.abs((actual as number) - want), `${label}: ${String(actual)} vs R ${expected}`).toBeLessThanOrEqual(
    TOLERANCE * Math.max(1, Math.abs(want)),
  );
}

/** Compares a report figure with R's: groups, counts and flags exactly, numbers to the tolerance. */
function expectFigure(actual: object | null | undefined, expected: RItemFigure | RCompetencyFigure | null, label: string): void {
  if (expected === null) {
    expect(actual ?? null, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  const figure = actual as Record<string, unknown>;
  const { mean, ...exact } = expected;
  const { sd, ...rest } = exact as Partial<RItemFigure> & Record<string, unknown>;
  if ('sd' in exact) expectNumber(figure['sd'], sd ?? null, `${label}.sd`);
  expectNumber(figure['mean'], mean, `${label}.mean`);
  expect(Object.keys(figure).sort(), `${label} keys`).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(rest)) expect(figure[key], `${label}.${key}`).toEqual(value);
}

function expectFigures(actual: readonly object[], expected: readonly (RItemFigure | RCompetencyFigure)[], label: string): void {
  expect(
    actual.map((figure) => (figure as { groups: unknown }).groups),
    `${label} groups`,
  ).toEqual(expected.map((figure) => figure.groups));
  expected.forEach((figure, index) => expectFigure(actual[index], figure, `${label}[${figure.groups.join('+')}]`));
}

const byKey = <T,>(entries: readonly T[]): string[] => entries.map((entry) => JSON.stringify(entry)).sort();

function expectReport(report: Feedback360Report, expected: RDataset['expected']): void {
  expect(report.policy, 'policy').toEqual(expected.policy);
  expect(report.shownGroups, 'shown groups').toEqual(expected.shownGroups);
  expect(report.hiddenGroups, 'hidden groups').toEqual(expected.hiddenGroups);
  expect(report.items.map((item) => item.itemId)).toEqual(expected.items.map((item) => item.itemId));
  expected.items.forEach((want, index) => {
    const item = report.items[index];
    const label = want.itemId;
    expect(item?.competencyId, `${label} competency`).toBe(want.competencyId);
    expectFigure(item?.self, want.self, `${label}.self`);
    expectFigures(item?.groups ?? [], want.groups, `${label}.groups`);
    expectFigure(item?.others, want.others, `${label}.others`);
    expectNumber(item?.gap, want.gap, `${label}.gap`);
    expect(item?.flag, `${label}.flag`).toBe(want.flag);
    expect(byKey(item?.withheld ?? []), `${label}.withheld`).toEqual(byKey(want.withheld));
  });
  expect(report.competencies.map((competency) => competency.competencyId)).toEqual(
    expected.competencies.map((competency) => competency.competencyId),
  );
  expected.competencies.forEach((want, index) => {
    const competency = report.competencies[index];
    const label = want.competencyId;
    expectFigure(competency?.self, want.self, `${label}.self`);
    expectFigures(competency?.groups ?? [], want.groups, `${label}.groups`);
    expectFigure(competency?.others, want.others, `${label}.others`);
    expectNumber(competency?.gap, want.gap, `${label}.gap`);
  });
  if (expected.agreement === null) expect(report.agreement).toBeNull();
  else {
    const { self, others, difference, ...exact } = expected.agreement;
    expectNumber(report.agreement?.self, self, 'agreement.self');
    expectNumber(report.agreement?.others, others, 'agreement.others');
    expectNumber(report.agreement?.difference, difference, 'agreement.difference');
    expect(report.agreement, 'agreement').toMatchObject(exact);
  }
  for (const list of ['highestRatedItems', 'lowestRatedItems'] as const) {
    expect(report[list].map((entry) => entry.itemId), list).toEqual(expected[list].map((entry) => entry.itemId));
    expected[list].forEach((entry, index) => expectNumber(report[list][index]?.mean, entry.mean, `${list}[${index}]`));
  }
}

describe('interpret360 agrees with an independent computation in R (test/fixtures/r/interpret360.R)', () => {
  for (const dataset of r.datasets) {
    describe(dataset.name, () => {
      const report = interpret360({ instrument, ratings: ratingsOf(dataset), policy: dataset.policy });

      it('publishes, withholds and hides the same groups, with the same n, mean, sd, gaps and agreement', () => {
        expectReport(report, dataset.expected);
        expect(unsafeJsonPaths(report)).toEqual([]);
      });

      it('rwg of each shown non-exempt group on each item agrees with multilevel::rwg', () => {
        for (const cell of dataset.rwg) {
          const scores = cell.scores.map(Number);
          // The cell is the one the report publishes: same groups, n and mean.
          const figure = report.items
            .find((item) => item.itemId === cell.itemId)
            ?.groups.find((group) => group.groups.join() === cell.groups.join());
          expect(figure?.n, `${cell.itemId} ${cell.groups.join('+')} n`).toBe(scores.length);
          expectNumber(figure?.mean, String(scores.reduce((a, b) => a + b, 0) / scores.length), `${cell.itemId} mean`);
          expectNumber(rwg(scores, { scalePoints: 5 }), cell.rwg, `${cell.itemId} ${cell.groups.join('+')} rwg`);
        }
      });
    });
  }

  // docs/feedback360.md promises the highest- and lowest-rated lists never overlap. With ties they
  // once did: in the omit dataset the others' means are L1 = L2 = L3 = 3.625, C1 = 3.75, C2 = 3,
  // and both lists took L1 (highest [C1, L1], lowest [C2, L1]). The lowest list now skips items
  // already among the highest (lowest [C2, L2]); the R fixture applies the same rule.
  it('the highest- and lowest-rated lists never overlap, as docs/feedback360.md promises, even when items tie', () => {
    const dataset = r.datasets.find((entry) => entry.name.startsWith('omit:')) as RDataset;
    const report = interpret360({ instrument, ratings: ratingsOf(dataset), policy: dataset.policy });
    const highest = new Set(report.highestRatedItems.map((entry) => entry.itemId));
    expect(report.lowestRatedItems.filter((entry) => highest.has(entry.itemId))).toEqual([]);
  });

  it('icc on the plain case (items × non-self raters) agrees with psych::ICC(lmer = FALSE)', () => {
    const result = icc(r.icc.matrix.map((row) => row.map(Number)));
    for (const form of ['icc1', 'icc2', 'icc3', 'icc1k', 'icc2k', 'icc3k'] as const) {
      expectNumber(result[form], r.icc[form], form);
    }
  });
});
