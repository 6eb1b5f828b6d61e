import * as z from 'zod';
import { parseInput } from '../../core/parse-input.js';
import { policyWithDefaults } from './anonymity/anonymity-policy.js';
import { feedbackReadinessInputSchema } from './feedback-readiness.js';
import type { Feedback360Report } from './feedback360-report.js';
import { instrument360Schema } from './instrument-360.js';
import { rating360Schema } from './rating-360.js';
import { interpretRatees, splitRatings } from './interpret-ratees.js';
import { openReleaseRun, splitReleases, type Release360 } from './anonymity/check-release.js';
import { selfOtherAgreementRuleSchema } from './self-other-agreement.js';
import { optionalNorms, optionsWithDefaults } from './settings-360.js';


/**
 * The zod schema for the input of {@link interpret360}: `{ instrument, ratings, policy?,
 * agreementRule?, norms?, readiness?, options? }`. Cross-checks of ratings against the instrument
 * and each other are made by {@link interpret360} itself.
 *
 * @example
 * interpret360InputSchema.safeParse({ instrument: {}, ratings: [] }).success //=> false
 * @see {@link interpret360}
 */
export const interpret360InputSchema = /* @__PURE__ */ z.strictObject({
  instrument: instrument360Schema,
  ratings: /* @__PURE__ */ z.array(rating360Schema),
  policy: policyWithDefaults,
  agreementRule: /* @__PURE__ */ selfOtherAgreementRuleSchema.optional(),
  norms: optionalNorms,
  readiness: /* @__PURE__ */ feedbackReadinessInputSchema.optional(),
  options: optionsWithDefaults,
});

/**
 * The input of {@link interpret360}, as a caller writes it.
 * @see {@link interpret360InputSchema}
 */
export type Interpret360Input = z.input<typeof interpret360InputSchema> & {
  /** The release ledger's check, with the ledger so far: see {@link release360SettingsSchema}. */
  readonly releases?: Release360;
};

/**
 * Interprets one ratee's 360-degree feedback: per item and competency, the self score, each shown
 * group's mean, sd and n, the all-others figure (everyone but self), the gap self − others, blind
 * spots and hidden strengths, the highest- and lowest-rated items, overall self-other agreement,
 * rater-disagreement flags, optional norms and readiness, and findings with sources.
 *
 * **Anonymity.** Every published figure names the rater `groups` it pools and its `n`. A
 * non-exempt group is shown only when at least `minGroupSize` of its raters scored anything, and
 * on an item only when that many scored the item; otherwise it is withheld, with its reason and no
 * count. The all-others figure pools only published group figures, and needs `minOthersSize`
 * raters. Competency figures average published item means. So every published number is a
 * combination of sums over sets of at least `minGroupSize` non-exempt raters (or exempt ones), and
 * no subtraction of one published figure from another isolates a smaller set — a property the
 * test suite checks over 10,000 random rater configurations. Standard deviations and the
 * disagreement flag describe spread within a shown group; they do not say who gave which score.
 *
 * Defaults (echoed in the report): policy as {@link anonymityPolicySchema}; agreement rule
 * `{ kind: 'scale-fraction', fraction: 0.1, scalePoints }` from the instrument's scale, others'
 * cut-off at the scale midpoint; options as {@link feedback360OptionsSchema}.
 *
 * @param input - the instrument, ratings and optional settings ({@link interpret360InputSchema})
 * @returns the report
 * @throws LmdInputError for malformed input, naming the row: an unknown item, a score off the
 *   scale or not a whole point, a rater in two groups, two self raters, or a rater rating an item twice
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening' }, { id: 'L2', competencyId: 'listening' }],
 * };
 * const rate = (raterId: string, group: RaterGroup, scores: [number, number]) =>
 *   scores.map((score, index) => ({ raterId, group, itemId: `L${index + 1}`, score }));
 * const report = interpret360({
 *   instrument,
 *   ratings: [
 *     ...rate('me', 'self', [5, 5]),
 *     ...rate('boss', 'manager', [3, 4]),
 *     ...rate('p1', 'peer', [3, 3]), ...rate('p2', 'peer', [4, 3]), ...rate('p3', 'peer', [2, 3]),
 *     ...rate('d1', 'direct-report', [4, 4]), ...rate('d2', 'direct-report', [5, 4]),
 *   ],
 * });
 * report.hiddenGroups //=> [{ groups: ['direct-report'], reason: 'below-minimum-group-size' }]
 * report.items[0]?.others //=> { groups: ['manager', 'peer'], n: 4, mean: 3, sd: Math.sqrt(2 / 3), identifiable: false, raterDisagreement: false }
 * report.agreement?.category //=> 'over-estimator'
 * @see Smither, London & Reilly (2005) `smither-london-reilly-2005`; Yammarino & Atwater (1997)
 *   `yammarino-atwater-1997`; Hundepool et al. (2012) `hundepool-et-al-2012`; `ccl-benchmarks-360`.
 */
export function interpret360(input: Interpret360Input): Feedback360Report {
  const { input: rest, releases } = splitReleases(input);
  const { rows, settings } = splitRatings(rest);
  const parsed = parseInput(interpret360SettingsSchema, settings, '');
  // One ratee: every row, in order. The rows are checked as interpret360Cohort checks them,
  // without a ratee id.
  const grouping = { ids: [''], order: null, starts: Int32Array.of(0, rows.length) };
  const readiness = parsed.readiness ?? null;
  const run = releases === undefined ? null : openReleaseRun(releases, parsed.instrument, parsed.policy.minGroupSize, '');
  const cohort = interpretRatees(parsed, rows, grouping, false, () => readiness, run);
  const report = (cohort.ratees[0] as { readonly report: Feedback360Report }).report;
  if (run === null || report.release === undefined) return report;
  return { ...report, release: { ...report.release, ledger: run.ledger() } };
}

/** {@link interpret360InputSchema} without the ratings, which are checked row by row. */
const interpret360SettingsSchema = /* @__PURE__ */ interpret360InputSchema.omit({ ratings: true });
