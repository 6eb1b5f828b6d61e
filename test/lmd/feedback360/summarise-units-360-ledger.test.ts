// Roll-ups by unit checked against the release ledger, case by case (the property over random
// histories is in units-release-ledger.test-prop.ts).
import { describe, expect, it } from 'vitest';
import {
  emptyReleaseLedger,
  interpret360Cohort,
  LmdInputError,
  mergeReleaseLedgers,
  releaseLedgerSchema,
  releaseLedgerUnitsSchema,
  summariseUnits360,
  type ReleaseLedger,
} from '../../../src/index.js';
import { render360UnitsHtml, render360UnitsMarkdown } from '../../../src/report/index.js';

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'listening', name: 'Listening' }],
  items: [{ id: 'L1', competencyId: 'listening' }],
};

/** A cycle: per manager, how many peers rated them (4 gives a figure; 2 is too few for one). */
function cycle(managers: readonly (readonly [string, number])[]) {
  return interpret360Cohort({
    instrument,
    ratings: managers.flatMap(([rateeId, peers], index) =>
      Array.from({ length: peers }, (_, rater) => ({ rateeId, raterId: `${rateeId}-p${rater}`, group: 'peer' as const, itemId: 'L1', score: 1 + ((index + rater) % 5) })),
    ),
  });
}
const team = (count: number, from = 1) => Array.from({ length: count }, (_, index) => `M${from + index}`);
const placed = (ids: readonly string[], path: readonly string[]) => ids.map((rateeId) => ({ rateeId, path }));
const withFigures = (ids: readonly string[]) => ids.map((id) => [id, 4] as const);
const byPath = (summary: ReturnType<typeof summariseUnits360>) => Object.fromEntries(summary.units.map((unit) => [unit.path.join(' / '), unit.withheld]));

/** Two releases of one organisation: the first checked against an empty ledger, the second against its ledger. */
function twoReleases(first: readonly string[], second: readonly string[], path: readonly string[] = ['Org']) {
  const one = summariseUnits360(cycle(withFigures(first)), placed(first, path), { releases: { ledger: emptyReleaseLedger, releaseId: '2026' } });
  const two = summariseUnits360(cycle(withFigures(second)), placed(second, path), { releases: { ledger: one.ledger as ReleaseLedger, releaseId: '2027' } });
  return { one, two };
}

describe('summariseUnits360 with the release ledger', () => {
  it('withholds a unit whose ratees differ from an earlier release by fewer than minRatees, and shows it when they differ by enough', () => {
    // One joiner gives the joiner away; one leaver and one joiner give their difference away.
    expect(byPath(twoReleases(team(6), team(7)).two)).toEqual({ Org: 'differs-little-from-earlier-release' });
    expect(byPath(twoReleases(team(6), team(6, 2)).two)).toEqual({ Org: 'differs-little-from-earlier-release' });
    expect(byPath(twoReleases(team(6), team(5)).two)).toEqual({ Org: 'differs-little-from-earlier-release' });
    // The same people again add nothing; five joiners, or three leavers and two joiners, are enough.
    expect(byPath(twoReleases(team(6), team(6)).two)).toEqual({ Org: null });
    expect(byPath(twoReleases(team(6), team(11)).two)).toEqual({ Org: null });
    expect(byPath(twoReleases(team(6), team(5, 4)).two)).toEqual({ Org: null });
  });

  it('catches a leak that needs two earlier units: two teams shown one year, one unit holding both and one more the next', () => {
    const first = [...placed(team(5), ['Org', 'A']), ...placed(team(5, 6), ['Org', 'B'])];
    const one = summariseUnits360(cycle(withFigures(team(10))), first, { releases: { ledger: emptyReleaseLedger, releaseId: '2026' } });
    expect(byPath(one)).toEqual({ Org: null, 'Org / A': null, 'Org / B': null });
    const second = placed(team(11), ['Org', 'C']);
    const two = summariseUnits360(cycle(withFigures(team(11))), second, { releases: { ledger: one.ledger as ReleaseLedger, releaseId: '2027' } });
    // C, like the organisation, is A + B + M11: both are withheld, and nothing of M11 is published.
    expect(byPath(two)).toEqual({ Org: 'differs-little-from-earlier-release', 'Org / C': 'differs-little-from-earlier-release' });
    expect(two.units.every((unit) => unit.figures === null)).toBe(true);
  });

  it('decides each figure on its own ratees: a unit shown, one figure withheld because one person no longer has it', () => {
    const ids = team(7);
    const one = summariseUnits360(cycle(withFigures(ids)), placed(ids, ['Org']), { releases: { ledger: emptyReleaseLedger, releaseId: '2026' } });
    // In 2027 M7 has only two peers, so no figure on Listening: the unit's Listening mean would rest on six of the seven.
    const later = cycle([...withFigures(team(6)), ['M7', 2] as const]);
    const two = summariseUnits360(later, placed(ids, ['Org']), { releases: { ledger: one.ledger as ReleaseLedger, releaseId: '2027' } });
    const unit = two.units[0];
    expect(unit?.shown).toBe(true);
    expect(unit?.figures?.competencies[0]).toMatchObject({ othersMean: null, othersWithheld: 'differs-little-from-earlier-release', ratees: 6 });
  });

  it('hands a withheld team to the unit above it, which stays shown when the whole is safe', () => {
    // 2026: North (6) and South (6) in Operations. 2027: North gains one person; South is unchanged.
    const north = team(6);
    const south = team(6, 7);
    const first = [...placed(north, ['Org', 'Ops', 'North']), ...placed(south, ['Org', 'Ops', 'South'])];
    const one = summariseUnits360(cycle(withFigures([...north, ...south])), first, { releases: { ledger: emptyReleaseLedger, releaseId: '2026' } });
    const second = [...first, ...placed(['M13'], ['Org', 'Ops', 'North'])];
    const two = summariseUnits360(cycle(withFigures([...north, ...south, 'M13'])), second, { releases: { ledger: one.ledger as ReleaseLedger, releaseId: '2027' } });
    expect(byPath(two)).toEqual({
      Org: 'differs-little-from-earlier-release',
      'Org / Ops': 'differs-little-from-earlier-release',
      'Org / Ops / North': 'differs-little-from-earlier-release',
      'Org / Ops / South': null,
    });
  });

  it('on a first release changes nothing the roll-up shows, and records blocks that name no rater', () => {
    const ids = team(12);
    const units = [...placed(ids.slice(0, 6), ['Org', 'North']), ...placed(ids.slice(6), ['Org', 'South'])];
    const cohort = cycle(withFigures(ids));
    const { ledger, ...checked } = summariseUnits360(cohort, units, { releases: { ledger: emptyReleaseLedger, releaseId: '2026' } });
    expect(checked).toEqual(summariseUnits360(cohort, units));
    const parsed = releaseLedgerSchema.parse(ledger);
    expect(parsed.units?.scopes).toEqual(['unit', 'competency:listening', 'gap:listening', 'item:L1']);
    expect(parsed.units?.blocks.map((block) => block.n)).toEqual([6, 6]);
    expect(JSON.stringify(parsed)).not.toMatch(/-p\d/);
  });

  it('keeps the roll-up part when the same ledger checks the people reports, and merges it', () => {
    const ids = team(6);
    const one = summariseUnits360(cycle(withFigures(ids)), placed(ids, ['Org']), { releases: { ledger: emptyReleaseLedger, releaseId: '2026' } });
    const ledger = one.ledger as ReleaseLedger;
    const people = interpret360Cohort({
      instrument,
      ratings: withFigures(ids).flatMap(([rateeId, peers]) => Array.from({ length: peers }, (_, rater) => ({ rateeId, raterId: `${rateeId}-p${rater}`, group: 'peer' as const, itemId: 'L1', score: 3 }))),
      releases: { ledger, releaseId: '2027', pseudonymise: (id: string) => `pseudonym-${id}` },
    });
    expect(people.ledger?.units).toEqual(ledger.units);
    expect(mergeReleaseLedgers([ledger, ledger])).toEqual(ledger);
    const merged = mergeReleaseLedgers([emptyReleaseLedger, people.ledger as ReleaseLedger, ledger]);
    expect(merged.units).toEqual(ledger.units);
    expect(merged.ratees).toHaveLength(6);
  });

  it('shows the reason in plain words in the Markdown and HTML pages', () => {
    const { two } = twoReleases(team(6), team(7));
    const markdown = render360UnitsMarkdown(two, { instrument });
    expect(markdown).toContain('with the roll-ups published before, it could be worked back to fewer than 5 people');
    expect(markdown).toContain('checked against the roll-ups published before');
    expect(render360UnitsHtml(two, { instrument })).toContain('with the roll-ups published before, it could be worked back to fewer than 5 people');
    expect(render360UnitsMarkdown(summariseUnits360(cycle(withFigures(team(6))), placed(team(6), ['Org'])), { instrument })).not.toContain('published before');
  });

  it('leaves its inputs alone', () => {
    const first = twoReleases(team(6), team(6)).one.ledger as ReleaseLedger;
    const copy = structuredClone(first);
    summariseUnits360(cycle(withFigures(team(8))), placed(team(8), ['Org']), { releases: { ledger: first, releaseId: '2027' } });
    expect(first).toEqual(copy);
  });

  it('names a bad ledger or release id', () => {
    const cohort = cycle(withFigures(team(6)));
    const units = placed(team(6), ['Org']);
    const error = (releases: unknown) => {
      try {
        summariseUnits360(cohort, units, { releases } as never);
      } catch (caught) {
        if (caught instanceof LmdInputError) return caught.issues.map((issue) => issue.keys.join('.'));
        throw caught;
      }
      throw new Error('expected an LmdInputError');
    };
    expect(error({ ledger: emptyReleaseLedger, releaseId: '' })).toEqual(['options.releases.releaseId']);
    expect(error({ ledger: { ...emptyReleaseLedger, units: { scopes: ['unit'], ratees: ['M1'], blocks: [{ release: 0, scopes: '1', n: 1, ratees: '1' }] } }, releaseId: '2027' })).toEqual([
      'options.releases.ledger.units.blocks.0.release',
    ]);
    expect(releaseLedgerUnitsSchema.safeParse({ scopes: ['team'], ratees: [], blocks: [] }).success).toBe(false);
  });
});
