import * as z from 'zod';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import { suppressUnits, type UnitSuppression, type UnitWithholding } from './anonymity/_internal/complementary-suppression.js';
import { openUnitLedger, type UnitLedgerRun } from './anonymity/_internal/unit-ledger-check.js';
import { releaseLedgerSchema, type ReleaseLedger } from './anonymity/release-ledger.js';
import { cohortFigures, hasGap, hasItemOthers, othersOf } from './_internal/cohort-figures.js';
import { countsPerUnit, unitTree } from './_internal/unit-tree.js';
import { parseRateeUnits360, type RateeUnits360 } from './ratee-units-360.js';
import type { Cohort360Figures, Cohort360Summary, CohortCompetency360, Report360Figures } from './summarise-cohort-360.js';

/**
 * The zod schema for the options of {@link summariseUnits360}: `minRatees` (default 5, at least
 * 3), the fewest ratees behind any published figure of a unit — and behind any difference between
 * a unit's figure and the figures of the units shown under it; `priorities` (default 2), how many
 * of each ratee's lowest-rated competencies count towards a unit's development priorities.
 *
 * @example
 * summariseUnits360OptionsSchema.parse({}) //=> { minRatees: 5, priorities: 2 }
 * @see {@link summariseUnits360}
 */
export const summariseUnits360OptionsSchema = /* @__PURE__ */ z.strictObject({
  minRatees: /* @__PURE__ */ z.int().min(3).max(1000).default(5),
  priorities: /* @__PURE__ */ z.int().min(1).max(10).default(2),
  releases: /* @__PURE__ */ z
    .strictObject({
      ledger: releaseLedgerSchema,
      releaseId: /* @__PURE__ */ z.string().min(1).max(200),
    })
    .optional(),
});

/**
 * The options of {@link summariseUnits360}, as a caller writes them.
 * @see {@link summariseUnits360OptionsSchema}
 */
export type SummariseUnits360Options = z.input<typeof summariseUnits360OptionsSchema>;

/**
 * Why a unit, or one of its figures, is withheld: `too-few-ratees` (fewer than the minimum behind
 * it), `protects-another-unit` (complementary suppression: shown, it would let a unit's figure,
 * less the figures shown under that unit, be worked back to fewer than the minimum of ratees) or
 * `differs-little-from-earlier-release` (with the release ledger: shown, it could be combined
 * with roll-ups published before into a figure about fewer than the minimum of ratees).
 * @see {@link summariseUnits360}
 */
export type UnitWithheldReason360 = 'too-few-ratees' | 'protects-another-unit' | 'differs-little-from-earlier-release';

/**
 * One competency in a unit: the cohort summary's figures, and why a figure is withheld.
 * @see {@link summariseUnits360}
 */
export interface UnitCompetency360 extends CohortCompetency360 {
  /** Why `othersMean` and `othersSd` are `null`, or `null` when they are shown. */
  readonly othersWithheld: UnitWithheldReason360 | null;
  /** Why `meanGap` is `null`, or `null` when it is shown. */
  readonly gapWithheld: UnitWithheldReason360 | null;
}

/**
 * A published unit's figures: those of {@link summariseCohort360} over the unit's ratees.
 * @see {@link summariseUnits360}
 */
export interface UnitFigures360 extends Pick<Cohort360Summary, 'highestItems' | 'lowestItems' | 'agreement'> {
  /** Per competency, in instrument order. */
  readonly competencies: readonly UnitCompetency360[];
}

/**
 * One unit of the organisation in a roll-up: its place, how many ratees it holds, and its figures
 * or why it is withheld.
 * @see {@link summariseUnits360}
 */
export interface Unit360 {
  /** The unit's path from the organisation down (its last name is the unit's own). */
  readonly path: readonly string[];
  /** The ratees in the unit and in the units under it. */
  readonly ratees: number;
  /** The ratees who sit in the unit itself, in none of the units under it. */
  readonly directRatees: number;
  /** Whether the unit's figures are published. */
  readonly shown: boolean;
  /** Why the unit is withheld, or `null` when it is shown. */
  readonly withheld: UnitWithheldReason360 | null;
  /** For a unit withheld to protect another, that unit's path; otherwise `null`. */
  readonly protects: readonly string[] | null;
  /** The unit's figures, or `null` when it is withheld. */
  readonly figures: UnitFigures360 | null;
}

/**
 * A cycle rolled up by organisation unit (a team, a department, the organisation).
 * @see {@link summariseUnits360}
 */
export interface Units360Summary {
  /** How many ratees the cycle has. */
  readonly ratees: number;
  /** The fewest ratees behind any published figure, and behind any difference of published figures. */
  readonly minRatees: number;
  /** Every unit, the organisation first and each unit before the units under it (siblings by name). */
  readonly units: readonly Unit360[];
  /** The sources of the suppression rules. */
  readonly basis: readonly ['hundepool-et-al-2012'];
  /** With `releases`: the ledger after this release, to keep for the next one; absent otherwise. */
  readonly ledger?: ReleaseLedger;
}

/**
 * Rolls a 360 cycle up by organisation unit, without naming anyone: for each unit (a team, a
 * department, the organisation; any depth) the figures {@link summariseCohort360} gives for a
 * whole cycle, over the unit's ratees and those of the units under it. A unit with fewer than
 * `minRatees` ratees is withheld (`too-few-ratees`), and so is each figure resting on fewer.
 *
 * Complementary suppression: an attacker who knows every published unit's count and figure, and
 * who sits where, can subtract from a unit's figure the figures of the units shown under it. So
 * wherever that would leave between 1 and `minRatees − 1` ratees (in withheld units, or sitting
 * directly in the unit), the smallest unit shown under it is withheld too (`protects-another-unit`),
 * until no such remainder is left — at every level and across levels. This is done for the units
 * as a whole (the counts of agreement categories and priorities) and again for each figure, whose
 * ratees are those with a published figure on it. The organisation's figures are those of
 * `summariseCohort360` over the same cycle.
 *
 * Across releases (with `releases`): a reader who assumes each ratee's figure is the same in
 * every cycle could combine this roll-up with earlier ones (a team of six, then the same team with
 * one joiner, gives the joiner away). So each unit shown, and each figure, is checked against the
 * ledger: a unit is withheld (`differs-little-from-earlier-release`) when some combination of its
 * figure with the figures published before, for the same scope, would rest on at least one and
 * fewer than `minRatees` ratees. Units are checked from the leaves up, so a unit withheld hands
 * its ratees to the unit above it, which stays safe within the release. The ledger records the
 * blocks of ratees the shown units determine (see {@link releaseLedgerUnitsSchema}); where the
 * exact test would be too large to run, the unit is withheld, never shown unchecked.
 *
 * Not covered: differences with slices of `summariseCohort360` published beside the roll-up, and
 * combinations across scopes (a competency's figure with its items').
 *
 * @param cohort - the result of `interpret360Cohort`
 * @param units - per ratee, the path of units from the organisation down ({@link rateeUnits360Schema}); every ratee of the cycle needs one, rows for others are ignored
 * @param options - `minRatees` (default 5), `priorities` (default 2), `releases` (the ledger and this release's id)
 * @returns every unit with its figures or why it is withheld, plain JSON; with `releases`, the ledger after this release
 * @throws LmdInputError when the options or units are invalid, a ratee has no unit, or the cohort is not one
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening' }],
 * };
 * const managers = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8'];
 * const cohort = interpret360Cohort({
 *   instrument,
 *   ratings: managers.flatMap((rateeId, ratee) =>
 *     ['p1', 'p2', 'p3', 'p4'].map((rater) => ({ rateeId, raterId: `${rateeId}-${rater}`, group: 'peer' as const, itemId: 'L1', score: 2 + (ratee % 3) })),
 *   ),
 * });
 * // Five in North, two in South, one directly in Operations.
 * const units = managers.map((rateeId, index) => ({
 *   rateeId,
 *   path: index < 5 ? ['Larkspur Vale', 'Operations', 'North'] : index < 7 ? ['Larkspur Vale', 'Operations', 'South'] : ['Larkspur Vale', 'Operations'],
 * }));
 * const summary = summariseUnits360(cohort, units);
 * summary.units.map((unit) => [unit.path.join(' / '), unit.ratees, unit.withheld])
 * //=> [['Larkspur Vale', 8, null], ['Larkspur Vale / Operations', 8, null], ['Larkspur Vale / Operations / North', 5, 'protects-another-unit'], ['Larkspur Vale / Operations / South', 2, 'too-few-ratees']]
 * summary.units[0]?.figures?.competencies[0]?.othersMean //=> 2.875
 * summariseUnits360(cohort, units.slice(1)) //=> throws LmdInputError
 * // A year later one manager has joined North: North would give the joiner away.
 * const first = summariseUnits360(cohort, units, { releases: { ledger: emptyReleaseLedger, releaseId: '2026' } });
 * const joined = interpret360Cohort({
 *   instrument,
 *   ratings: [...managers, 'M9'].flatMap((rateeId, ratee) =>
 *     ['p1', 'p2', 'p3', 'p4'].map((rater) => ({ rateeId, raterId: `${rateeId}-${rater}`, group: 'peer' as const, itemId: 'L1', score: 2 + (ratee % 3) })),
 *   ),
 * });
 * const later = summariseUnits360(joined, [...units, { rateeId: 'M9', path: ['Larkspur Vale', 'Operations', 'North'] }], { releases: { ledger: first.ledger ?? emptyReleaseLedger, releaseId: '2027' } });
 * later.units.map((unit) => unit.withheld)
 * //=> ['differs-little-from-earlier-release', 'differs-little-from-earlier-release', 'protects-another-unit', 'too-few-ratees']
 * @see Hundepool et al. (2012) `hundepool-et-al-2012` on threshold rules and complementary (secondary) cell suppression.
 */
export function summariseUnits360(cohort: Cohort360Figures, units: RateeUnits360, options: SummariseUnits360Options = {}): Units360Summary {
  const parsed = parseInput(summariseUnits360OptionsSchema, options, 'options');
  if (cohort === null || typeof cohort !== 'object' || !Array.isArray((cohort as { ratees?: unknown }).ratees)) {
    throw new LmdInputError([{ keys: ['cohort'], message: `expected the result of interpret360Cohort (received ${describeValue(cohort)})` }]);
  }
  const rows = parseRateeUnits360(units);
  const pathOf = new Map(rows.map((row) => [row.rateeId, row.path]));
  const missing = cohort.ratees.filter(({ rateeId }) => !pathOf.has(rateeId)).map(({ rateeId }) => rateeId);
  if (missing.length > 0) {
    throw new LmdInputError([{ keys: ['units'], message: `every ratee of the cycle needs a unit; none for ${missing.slice(0, 5).map((id) => `'${id}'`).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}` }]);
  }
  const { minRatees, priorities, releases } = parsed;
  const reports = cohort.ratees.map((entry) => entry.report);
  const tree = unitTree(cohort.ratees.map(({ rateeId }) => pathOf.get(rateeId) as readonly string[]));
  const size = tree.paths.length;
  const run: UnitLedgerRun | null =
    releases === undefined
      ? null
      : openUnitLedger(
          releases.ledger.releases,
          releases.ledger.units,
          releases.releaseId,
          cohort.ratees.map(({ rateeId }) => rateeId),
          tree.unitOf.map((unit, ratee) => [unit, ratee] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, ratee]) => ratee),
          minRatees,
        );
  // Within the release (complementary suppression), then against the ledger from the leaves up.
  const suppress = (
    scope: string,
    has: (ratee: number) => boolean,
    notPublished: readonly boolean[] = [],
  ): { withheld: readonly (UnitSuppression['withheld'][number] | 'differs-little-from-earlier-release')[]; protects: UnitSuppression['protects'] } => {
    const within = suppressUnits(tree, countsPerUnit(tree, has), minRatees, notPublished);
    if (run === null) return within;
    const across = run.decide(scope, tree, tree.unitOf, has, within.withheld.map((reason) => reason === null));
    return { withheld: within.withheld.map((reason, unit) => (across[unit] === true ? 'differs-little-from-earlier-release' : reason)), protects: within.protects };
  };

  // The units as a whole: the agreement categories and priorities count every ratee.
  const everyone = countsPerUnit(tree, () => true);
  const direct = new Array<number>(size).fill(0);
  for (const unit of tree.unitOf) direct[unit] = (direct[unit] ?? 0) + 1;
  const whole = suppress('unit', () => true);
  const notPublished = whole.withheld.map((reason) => reason !== null);

  // Each figure again, over the ratees with a figure on it.
  const figureSuppression = (scope: string, has: (report: Report360Figures, position: number) => boolean, position: number) =>
    suppress(scope, (ratee) => has(reports[ratee] as Report360Figures, position), notPublished).withheld;
  const first = reports[0];
  const competencyIds = first?.competencies.map((competency) => competency.competencyId) ?? [];
  const others = competencyIds.map((id, position) => figureSuppression(`competency:${id}`, (report, at) => othersOf(report, at) !== null, position));
  const gaps = competencyIds.map((id, position) => figureSuppression(`gap:${id}`, hasGap, position));
  const items = (first?.items ?? []).map((item, position) => figureSuppression(`item:${item.itemId}`, hasItemOthers, position));

  const members: Report360Figures[][] = Array.from({ length: size }, () => []);
  tree.unitOf.forEach((unit, ratee) => {
    for (let at = unit; at >= 0; at = tree.parent[at] ?? -1) members[at]?.push(reports[ratee] as Report360Figures);
  });
  type Decision = UnitWithholding | 'differs-little-from-earlier-release' | 'not-published' | null;
  const reason = (withheld: Decision | undefined): UnitWithheldReason360 | null => (withheld === 'not-published' || withheld === undefined ? null : withheld);

  const result: Unit360[] = tree.paths.map((path, unit) => {
    const withheld = reason(whole.withheld[unit]);
    const protecting = whole.protects[unit] ?? -1;
    let figures: UnitFigures360 | null = null;
    if (withheld === null) {
      const shown = (table: readonly (readonly Decision[])[]) => (position: number) => table[position]?.[unit] === null;
      const base = cohortFigures(members[unit] ?? [], minRatees, priorities, { others: shown(others), gap: shown(gaps), item: shown(items) });
      figures = {
        ...base,
        competencies: base.competencies.map((competency, position) => ({
          ...competency,
          othersWithheld: reason(others[position]?.[unit]),
          gapWithheld: reason(gaps[position]?.[unit]),
        })),
      };
    }
    return {
      path,
      ratees: everyone[unit] ?? 0,
      directRatees: direct[unit] ?? 0,
      shown: withheld === null,
      withheld,
      protects: protecting >= 0 && withheld === 'protects-another-unit' ? (tree.paths[protecting] ?? null) : null,
      figures,
    };
  });
  const summary: Units360Summary = { ratees: reports.length, minRatees, units: result, basis: ['hundepool-et-al-2012'] };
  if (run === null || releases === undefined) return summary;
  const closed = run.close();
  const ledger: ReleaseLedger = { ...releases.ledger, releases: closed.releases, units: { scopes: closed.units.scopes.slice(), ratees: closed.units.ratees.slice(), blocks: closed.units.blocks.map((block) => ({ ...block })) } };
  return { ...summary, ledger };
}
