/**
 * The anonymity guarantee of lmdkit's 360 feedback, in one place.
 *
 * **The guarantee.** No figure a 360 report publishes — alone, or added to or subtracted from any
 * other figure of the same report — determines the ratings of a set of non-exempt raters smaller
 * than the policy's `minGroupSize`. Exempt groups (self, and by default the manager) are shown
 * whatever their size and are labelled identifiable, because the person rated knows who they are.
 * The guarantee holds within one report; across reissued reports and cycles it holds when every
 * release is checked against the release ledger (step 7 below), and so do roll-ups by unit
 * (`summariseUnits360` with `releases`: no combination of unit figures across releases rests on
 * fewer than `minRatees` ratees).
 *
 * **How it is kept**, in the order the pipeline applies it:
 *
 * 1. The policy ({@link anonymityPolicySchema}, defaults in {@link anonymityPolicyDefaults}):
 *    `minGroupSize` 3, `exemptGroups` self and manager, `minOthersSize` 4, `smallGroupStrategy`
 *    `omit`.
 * 2. Reporting units (`reporting-units.ts`, `planReportingUnits`, whose plan holds the report's own
 *    `ShownGroup360` and `HiddenGroup360` entries): per ratee, each rater group with
 *    at least `minGroupSize` raters who gave a score is shown; a smaller non-exempt group is hidden
 *    (`omit`) or pooled with the smallest other non-exempt group and checked again (`merge`). A
 *    hidden group contributes to no figure at all — not to all-others, not to any count.
 * 3. Per item (`publication-rules.ts`): a shown unit's item figure needs `minGroupSize` raters on
 *    that item (blanks can take a unit below it), else it is withheld; the all-others figure
 *    pools only the item's published non-self figures and needs `minOthersSize` raters.
 * 4. Competency and overall figures are means of published item figures only, and their rater
 *    counts count only raters behind published figures, so no count reveals a withheld rating.
 * 5. What is hidden and why is published instead of the figures: `hiddenGroups` (reason
 *    `below-minimum-group-size`), each item's `withheld` list (`below-minimum-on-item`,
 *    `others-below-minimum`) and the findings `FB360_GROUP_HIDDEN`, `FB360_GROUPS_MERGED`,
 *    `FB360_FIGURES_WITHHELD_ON_ITEMS` and `FB360_OTHERS_WITHHELD`.
 *
 * 6. Comments (`publish-comments-360.ts`, {@link publishComments360}): only from shown groups; a
 *    group's comments on a question are labelled only when at least `minCommenters` (default 3,
 *    never below `minGroupSize`) of its raters wrote one; an identifiable group's comments (the
 *    manager's) carry no label; what is left pools into one unlabelled block shown only with
 *    enough writers; each comment appears once; order by text, never by rater; names redacted.
 *
 * 7. Across releases (`release-ledger.ts`, `check-release.ts`; {@link releaseLedgerSchema},
 *    {@link checkRateeRelease360}, the `releases` setting of {@link interpret360Cohort}): each item
 *    figure is checked against every figure already published for the ratee and item; it is
 *    withheld (`differs-little-from-earlier-release`) when some combination of them would rest on
 *    fewer than `minGroupSize` non-exempt raters alone (for two figures: raters that differ by 1 to
 *    `minGroupSize` − 1 people). The ledger holds keyed pseudonyms, never rater ids.
 *
 * **Proof obligations** — each is a test that fails when the rule is broken:
 *
 * - No differencing attack: over 10,000 random rater configurations, both strategies, blanks and
 *   policies, no linear combination of a report's published figures determines fewer than
 *   `minGroupSize` non-exempt raters (`test/lmd/feedback360/anonymity.test-prop.ts`, with the
 *   attacker in `differencing-attack.ts` and negative controls that show it finds real leaks).
 * - Hidden groups appear in no figure, column, attribute or count of the Markdown, JSON and HTML
 *   reports, for the sample organisation and 200 random cohorts (`test/cli/anonymity-360.test-prop.ts`,
 *   `test/report/render-360-html.test-prop.ts`).
 * - The cohort path gives each ratee the report `interpret360` gives them alone
 *   (`test/lmd/feedback360/invariants.test-prop.ts`).
 * - No differencing across releases: over 10,000 random multi-release histories, no combination
 *   of the item figures published with the ledger determines fewer than `minGroupSize` non-exempt
 *   raters, and without it the same attacker finds leaks
 *   (`test/lmd/feedback360/release-ledger.test-prop.ts`).
 * - Roll-ups by unit: over 400 random hierarchies no withheld unit can be worked back from its
 *   parent and siblings (`summarise-units-360.test-prop.ts`), and over 2,000 random multi-release
 *   histories no combination of unit figures published with the ledger rests on fewer than
 *   `minRatees` ratees (`units-release-ledger.test-prop.ts`), with negative controls.
 * - No exported array or object can be changed by a caller to steer any of the above
 *   (`test/package/frozen-exports.test.ts`).
 *
 * @see Hundepool et al. (2012) `hundepool-et-al-2012` on threshold rules and differencing;
 *   `ccl-benchmarks-360` and `glint-360-confidentiality` for practice.
 * @module
 */
export { anonymityPolicySchema, anonymityPolicyDefaults } from './anonymity-policy.js';
export type { AnonymityPolicy, AnonymityPolicyInput } from './anonymity-policy.js';
export { publishComments360, publishComments360InputSchema } from './publish-comments-360.js';
export type {
  PublishComments360Input,
  CommentBlock360,
  QuestionComments360,
  Comments360,
} from './publish-comments-360.js';
// The release ledger (issue 18): the guarantee across releases.
export { releaseLedgerSchema, releaseLedgerFigureSchema, releaseLedgerRateeSchema, releaseLedgerUnitsSchema, emptyReleaseLedger, mergeReleaseLedgers, mergeReleaseLedgersInputSchema } from './release-ledger.js';
export type { ReleaseLedger } from './release-ledger.js';
export { releases360SettingsSchema, release360SettingsSchema, checkRateeRelease360, checkRateeRelease360InputSchema } from './check-release.js';
export type { Pseudonymise360, Releases360, Release360, CheckRateeRelease360Input, RateeReleaseCheck360 } from './check-release.js';
