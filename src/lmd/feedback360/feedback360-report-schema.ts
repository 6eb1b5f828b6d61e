import * as z from 'zod';
import { findingAudiences, findingSeverities } from '../../core/finding.js';
import { references, type ReferenceId } from '../../core/references.js';
import { anonymityPolicySchema } from './anonymity/anonymity-policy.js';
import { feedbackReadinessBands, feedbackReadinessFindingCodes, feedbackReadinessModerators } from './feedback-readiness.js';
import { releaseLedgerSchema } from './anonymity/release-ledger.js';
import { feedback360FindingCodes, withheldReasons360, type Feedback360Report } from './feedback360-report.js';
import { raterGroups } from './rater-group.js';
import { selfOtherAgreementCategories, selfOtherAgreementSixWayCategories } from './self-other-agreement.js';

// zod 4's number() already rejects NaN and ±Infinity.
const finite = /* @__PURE__ */ z.number();
const count = /* @__PURE__ */ z.int().min(0);
const groups = /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(raterGroups)).min(1);
const referenceId = /* @__PURE__ */ z.enum(/* @__PURE__ */ Object.keys(references) as [ReferenceId, ...ReferenceId[]]);

const itemFigure = /* @__PURE__ */ z.object({
  groups,
  n: count,
  mean: finite,
  sd: /* @__PURE__ */ finite.nullable(),
  identifiable: /* @__PURE__ */ z.boolean(),
  raterDisagreement: /* @__PURE__ */ z.boolean(),
});

const competencyFigure = /* @__PURE__ */ z.object({
  groups,
  n: count,
  mean: finite,
  items: count,
  identifiable: /* @__PURE__ */ z.boolean(),
});

const rankedItem = /* @__PURE__ */ z.object({ itemId: /* @__PURE__ */ z.string(), groups, n: count, mean: finite });

const readinessFinding = /* @__PURE__ */ z.object({
  code: /* @__PURE__ */ z.enum(feedbackReadinessFindingCodes),
  severity: /* @__PURE__ */ z.enum(findingSeverities),
  audience: /* @__PURE__ */ z.enum(findingAudiences),
  message: /* @__PURE__ */ z.string(),
  basis: /* @__PURE__ */ z.array(referenceId),
});

// Any finding of a report: the same shape with either module's codes. A union of the two enums,
// not one enum of a spread array: a spread is not pure to a bundler.
const finding = /* @__PURE__ */ readinessFinding.extend({
  code: /* @__PURE__ */ z.union([/* @__PURE__ */ z.enum(feedback360FindingCodes), /* @__PURE__ */ z.enum(feedbackReadinessFindingCodes)]),
});

const moderators = /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(feedbackReadinessModerators));

/**
 * The zod schema of a {@link Feedback360Report}, the result of {@link interpret360}: every field,
 * all the way down, with finite numbers, known rater groups, finding codes and bibliography ids.
 *
 * Functions that take a report back from a caller (a report stored as JSON, or built by hand)
 * check it with this schema first, so a malformed report is an {@link LmdInputError} naming the
 * path, never a `TypeError` or an `undefined` inside a chart or a page. Keys the schema does not
 * know are dropped from the parsed value rather than rejected, so a report kept by an app with
 * its own annotations still passes.
 *
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: [{ raterId: 'me', group: 'self', itemId: 'i', score: 4 }],
 * });
 * feedback360ReportSchema.safeParse(report).success //=> true
 * feedback360ReportSchema.safeParse({ ...report, hiddenGroups: {} }).success //=> false
 * @see {@link selfOthersChartSpec}, which validates its report with it
 */
export const feedback360ReportSchema: z.ZodType<Feedback360Report> = /* @__PURE__ */ z.object({
  policy: anonymityPolicySchema,
  agreementBand: /* @__PURE__ */ z.object({ lower: finite, upper: finite, othersCutOff: /* @__PURE__ */ finite.nullable() }),
  options: /* @__PURE__ */ z.object({ extremeItems: count, disagreementSpread: finite, blindSpotGap: finite, maxFlaggedItems: count }),
  scale: /* @__PURE__ */ z
    .object({ min: finite, max: finite })
    .refine((scale) => scale.min < scale.max, { message: 'expected min below max' }),
  shownGroups: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({ groups, raters: count, identifiable: /* @__PURE__ */ z.boolean(), merged: /* @__PURE__ */ z.boolean() }),
  ),
  hiddenGroups: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ groups, reason: /* @__PURE__ */ z.literal('below-minimum-group-size') })),
  items: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      itemId: /* @__PURE__ */ z.string(),
      competencyId: /* @__PURE__ */ z.string(),
      reverseScored: /* @__PURE__ */ z.boolean(),
      self: /* @__PURE__ */ itemFigure.nullable(),
      groups: /* @__PURE__ */ z.array(itemFigure),
      others: /* @__PURE__ */ itemFigure.nullable(),
      gap: /* @__PURE__ */ finite.nullable(),
      flag: /* @__PURE__ */ z.enum(['blind-spot', 'hidden-strength']).nullable(),
      othersPercentile: /* @__PURE__ */ finite.nullable(),
      withheld: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ groups, reason: /* @__PURE__ */ z.enum(withheldReasons360) })),
    }),
  ),
  competencies: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      competencyId: /* @__PURE__ */ z.string(),
      name: /* @__PURE__ */ z.string(),
      self: /* @__PURE__ */ competencyFigure.nullable(),
      groups: /* @__PURE__ */ z.array(competencyFigure),
      others: /* @__PURE__ */ competencyFigure.nullable(),
      gap: /* @__PURE__ */ finite.nullable(),
      othersPercentile: /* @__PURE__ */ finite.nullable(),
    }),
  ),
  agreement: /* @__PURE__ */ z
    .object({
      self: finite,
      others: finite,
      othersGroups: groups,
      othersN: count,
      difference: finite,
      items: count,
      category: /* @__PURE__ */ z.enum(selfOtherAgreementCategories),
      sixWay: /* @__PURE__ */ z.enum(selfOtherAgreementSixWayCategories),
    })
    .nullable(),
  highestRatedItems: /* @__PURE__ */ z.array(rankedItem),
  lowestRatedItems: /* @__PURE__ */ z.array(rankedItem),
  blindSpots: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  hiddenStrengths: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  readiness: /* @__PURE__ */ z
    .object({
      band: /* @__PURE__ */ z.enum(feedbackReadinessBands),
      favourable: moderators,
      unfavourable: moderators,
      unknown: moderators,
      favourableShare: /* @__PURE__ */ finite.nullable(),
      rule: /* @__PURE__ */ z.object({ minimumKnown: count, lowBelow: finite, highFrom: finite }),
      findings: /* @__PURE__ */ z.array(readinessFinding),
    })
    .nullable(),
  findings: /* @__PURE__ */ z.array(finding),
  release: /* @__PURE__ */ z
    .object({
      releaseId: /* @__PURE__ */ z.string(),
      ledger: /* @__PURE__ */ releaseLedgerSchema.optional(),
    })
    .optional(),
});
