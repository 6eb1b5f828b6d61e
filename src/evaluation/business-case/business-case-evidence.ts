import * as z from 'zod';
import { evidenceStrengths } from '../../core/evidence-strength.js';

/**
 * Where the evidence behind an expected benefit comes from: an example from a
 * `similar-organisation`, the organisation's own `internal-data`, published `research`, an
 * earlier `pilot` of the initiative, `expert-opinion`, or an `anecdote`. The kind says where the
 * evidence comes from; how much weight it bears is its `strength` (an {@link EvidenceStrength}),
 * which is what {@link checkBusinessCase}'s over-claiming rules read.
 *
 * Source: the kinds of example the 7OS02 seed recommends for a business case (`cipd-7os02-seed`);
 * the separation of source and strength follows evidence-based management (`barends-rousseau-briner-2014`).
 *
 * @example
 * businessCaseEvidenceKinds.includes('similar-organisation') //=> true
 * @see {@link businessCaseEvidenceSchema}
 */
export const businessCaseEvidenceKinds = /* @__PURE__ */ Object.freeze([
  'similar-organisation',
  'internal-data',
  'research',
  'pilot',
  'expert-opinion',
  'anecdote',
] as const);

/**
 * One of {@link businessCaseEvidenceKinds}.
 * @see {@link businessCaseEvidenceKinds}
 */
export type BusinessCaseEvidenceKind = (typeof businessCaseEvidenceKinds)[number];

const effect = (): z.ZodOptional<z.ZodNumber> =>
  z.number().min(-1000, 'expected a percentage from -1000 to 1000').max(1000, 'expected a percentage from -1000 to 1000').optional();

/**
 * The zod schema for one piece of evidence behind an expected benefit of a business case:
 * `{ benefit, kind, strength, claimedEffect?, citedEffect?, source? }`.
 *
 * - `benefit`: the label of the expected benefit it supports — a `label` in the case's `benefits`
 *   or an entry of its `intangibles` (trimmed; {@link checkBusinessCase} rejects a label it cannot find);
 * - `kind`: one of {@link businessCaseEvidenceKinds};
 * - `strength`: one of {@link evidenceStrengths}, how strong the evidence is;
 * - `claimedEffect` (optional): the improvement the case expects, relying on this evidence;
 * - `citedEffect` (optional): the improvement this evidence actually reports;
 * - `source` (optional): where to find it (a report, an HR dashboard, a named firm).
 *
 * Both effects are **percentage improvements in the same measure**, positive for a change in the
 * good direction whichever way the measure runs: turnover down by about 30% is `30`, absence
 * "slightly lower" might be `5`, and evidence of harm is negative. Stating both lets the
 * over-claiming rule be decided from the data: a claimed effect above the cited one is a claim the
 * evidence does not support.
 *
 * @example
 * const evidence = businessCaseEvidenceSchema.parse({
 *   benefit: 'Fewer junior solicitors leaving',
 *   kind: 'internal-data',
 *   strength: 'case-based',
 *   claimedEffect: 30,
 *   citedEffect: 30,
 * });
 * evidence.strength //=> 'case-based'
 * businessCaseEvidenceSchema.safeParse({ benefit: 'x', kind: 'hearsay', strength: 'case-based' }).success //=> false
 * @see {@link checkBusinessCase}
 */
export const businessCaseEvidenceSchema = /* @__PURE__ */ z.strictObject({
  benefit: /* @__PURE__ */ z.string().trim().min(1, 'expected the label of an expected benefit'),
  kind: /* @__PURE__ */ z.enum(businessCaseEvidenceKinds),
  strength: /* @__PURE__ */ z.enum(evidenceStrengths),
  claimedEffect: /* @__PURE__ */ effect(),
  citedEffect: /* @__PURE__ */ effect(),
  source: /* @__PURE__ */ z.string().trim().min(1, 'expected a non-empty source').optional(),
});

/**
 * One piece of evidence behind an expected benefit (see {@link businessCaseEvidenceSchema}).
 * @see {@link businessCaseEvidenceSchema}
 */
export type BusinessCaseEvidence = z.infer<typeof businessCaseEvidenceSchema>;
