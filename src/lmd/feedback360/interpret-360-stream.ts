import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import { openReleaseRun, splitReleases } from './anonymity/check-release.js';
import type { ReleaseLedger } from './anonymity/release-ledger.js';
import { collectColumnRatings } from './collect-ratings.js';
import type { Feedback360Report } from './feedback360-report.js';
import { interpret360CohortSettingsSchema, type Feedback360Cohort, type Interpret360CohortInput } from './interpret-360-cohort.js';
import { readinessLookup, runRatees, type RateeSource } from './interpret-ratees.js';
import { checkRatingColumns, type RatingColumns360 } from './rating-columns-360.js';

/**
 * The input of {@link interpret360Stream}: the settings {@link interpret360Cohort} takes, with the
 * ratings in columns, and optionally the ratees whose reports are wanted (all, when left out).
 * @see {@link interpret360Stream}
 */
export type Interpret360StreamInput = Omit<Interpret360CohortInput, 'ratings'> & {
  /** The cycle's ratings in columns (see {@link ratingColumns360}). */
  readonly ratings: RatingColumns360;
  /** Only these ratees' reports are made: the self − others differences still cover every ratee, the agreement distribution only those reported. */
  readonly ratees?: readonly string[] | undefined;
};

/**
 * What {@link interpret360Stream} returns once every report has been handed on: the cohort's
 * figures of {@link Feedback360Cohort} without the reports, and how many ratees were reported.
 * @see {@link interpret360Stream}
 */
export type Feedback360CohortTotals = Omit<Feedback360Cohort, 'ratees'> & {
  /** How many reports were handed on. */
  readonly reported: number;
  /** How many ratees the cycle has. */
  readonly rateeCount: number;
  /** With `releases`: the ledger after this release (the reported ratees' figures added), to keep for the next one. */
  readonly ledger?: ReleaseLedger;
};

/**
 * Interprets a whole cycle ratee by ratee, handing each report to `onReport` as soon as it is
 * made and keeping none, so that memory holds the ratings (in columns) and one ratee's working
 * figures, whatever the number of ratees. The reports, their order (ratees in order of first
 * appearance) and the cohort's figures are those {@link interpret360Cohort} gives for the same
 * ratings; so are the checks and errors (`ratings[k]` names the k-th rating in the columns).
 *
 * With `releases` (a ledger of what earlier releases published, as for {@link interpret360Cohort}),
 * every reported figure is checked against it and the ledger after this release comes back in
 * `ledger`.
 *
 * Under a cohort-referenced agreement rule every ratee is aggregated twice (once for the band,
 * once for the report): twice the work, flat memory. To split a very large organisation across
 * workers, give each worker whole ratees: under a fixed rule each shard's reports are final;
 * under a cohort-referenced one, fix the band first (the cohort's mean and sd of self − others
 * differences, from every shard's `differences`) and pass it as a `norm-referenced` rule.
 *
 * @param input - the instrument, the ratings in columns and the shared settings (see
 *   {@link interpret360CohortSettingsSchema}); `ratees` to report only some ratees
 * @param onReport - called with each ratee's id and report, in order
 * @returns the cohort's figures: policy, agreement band, options, agreement distribution,
 *   self − others differences, and counts
 * @throws LmdInputError for malformed settings or columns, a rating the checks reject, a `ratees`
 *   entry with no ratings, or a cohort-referenced rule with fewer than two classifiable ratees
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'c', name: 'Coaching' }],
 *   items: [{ id: 'i1', competencyId: 'c' }],
 * };
 * const columns = ratingColumns360(instrument);
 * for (const [rateeId, self, others] of [['ann', 5, [3, 3, 3, 3]], ['bo', 3, [3, 4, 3, 4]]] as const) {
 *   columns.add({ rateeId, raterId: `${rateeId}-self`, group: 'self', itemId: 'i1', score: self });
 *   others.forEach((score, n) => columns.add({ rateeId, raterId: `${rateeId}-p${n}`, group: 'peer', itemId: 'i1', score }));
 * }
 * const seen: string[] = [];
 * const totals = interpret360Stream({ instrument, ratings: columns.finish() }, (rateeId, report) => {
 *   seen.push(`${rateeId}: ${report.agreement?.category}`);
 * });
 * [seen, totals.reported, totals.differences?.n] //=> [['ann: over-estimator', 'bo: in-agreement-good'], 2, 2]
 * @see {@link interpret360Cohort}; {@link ratingColumns360}
 */
export function interpret360Stream(input: Interpret360StreamInput, onReport: (rateeId: string, report: Feedback360Report) => void): Feedback360CohortTotals {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new LmdInputError([{ keys: [], message: `expected an object (received ${describeValue(input)})` }]);
  }
  if (typeof onReport !== 'function') throw new LmdInputError([{ keys: ['onReport'], message: `expected a function to hand each report to (received ${describeValue(onReport)})` }]);
  const { input: withoutReleases, releases } = splitReleases(input);
  const { ratings: columns, ratees: only, ...settings } = withoutReleases as Interpret360StreamInput;
  const parsed = parseInput(interpret360CohortSettingsSchema, settings, '');
  const release = releases === undefined ? null : openReleaseRun(releases, parsed.instrument, parsed.policy.minGroupSize, null);
  checkRatingColumns(columns, parsed.instrument.items.length);
  const ids = columns.rateeIds;
  // Counting sort of responses by ratee; none needed when each ratee's responses are already together.
  const counts = new Int32Array(ids.length);
  let together = true;
  for (let r = 0; r < columns.responses; r += 1) {
    const ratee = columns.responseRatee[r] as number;
    if (r > 0 && ratee < (columns.responseRatee[r - 1] as number)) together = false;
    counts[ratee] = (counts[ratee] as number) + 1;
  }
  const starts = new Int32Array(ids.length + 1);
  for (let ratee = 0; ratee < ids.length; ratee += 1) {
    if (counts[ratee] === 0) throw new LmdInputError([{ keys: ['ratings', 'rateeIds', ratee], message: `no ratings are about this ratee (received ${describeValue(ids[ratee])})` }]);
    starts[ratee + 1] = (starts[ratee] as number) + (counts[ratee] as number);
  }
  let positions: Int32Array | null = null;
  if (!together) {
    positions = new Int32Array(columns.responses);
    const next = starts.slice(0, ids.length);
    for (let r = 0; r < columns.responses; r += 1) {
      const ratee = columns.responseRatee[r] as number;
      positions[next[ratee] as number] = r;
      next[ratee] = (next[ratee] as number) + 1;
    }
  }
  let wanted: ((ratee: number) => boolean) | undefined;
  if (only !== undefined) {
    if (!Array.isArray(only)) throw new LmdInputError([{ keys: ['ratees'], message: `expected a list of ratee ids (received ${describeValue(only)})` }]);
    const known = new Map(ids.map((id, ratee) => [id, ratee]));
    const chosen = new Uint8Array(ids.length);
    only.forEach((id: unknown, at: number) => {
      const ratee = typeof id === 'string' ? known.get(id) : undefined;
      if (ratee === undefined) throw new LmdInputError([{ keys: ['ratees', at], message: `no ratings are about this ratee (received ${describeValue(id)})` }]);
      chosen[ratee] = 1;
    });
    wanted = (ratee) => chosen[ratee] === 1;
  }
  const source: RateeSource = {
    ids,
    collect: (ratee, index) => collectColumnRatings(index, columns, positions, starts[ratee] as number, starts[ratee + 1] as number),
  };
  let reported = 0;
  const tally = runRatees(
    parsed,
    source,
    readinessLookup(parsed.readiness, ids),
    (rateeId, report) => {
      reported += 1;
      onReport(rateeId, report);
    },
    false,
    wanted,
    release,
  );
  return { ...tally, reported, rateeCount: ids.length, ...(release === null ? {} : { ledger: release.ledger() }) };
}
