import * as z from 'zod';
import { lmAudienceIds } from './audiences.js';
import { lmRequirementIds } from './lm-ids.js';

/**
 * Where a piece of assessment evidence came from.
 *
 * @example
 * lmEvidenceSources //=> ['interview', 'document', 'observation', 'survey']
 * @see {@link LmEvidenceItem}
 */
export const lmEvidenceSources = /* @__PURE__ */ Object.freeze(['interview', 'document', 'observation', 'survey'] as const);

/**
 * Whether a piece of evidence supports the requirement it is recorded against: fully (`yes`), in
 * part (`partly`), or runs against it (`no`).
 *
 * @example
 * lmEvidenceSupport //=> ['yes', 'partly', 'no']
 * @see {@link LmEvidenceItem}
 */
export const lmEvidenceSupport = /* @__PURE__ */ Object.freeze(['yes', 'partly', 'no'] as const);

/**
 * The zod schema for one piece of evidence gathered against an L&M Model requirement. Keys it
 * does not know are dropped, so records can carry an app's own fields.
 *
 * @example
 * lmEvidenceItemSchema.parse({ requirementId: 'LM1.1', audience: 'top-managers', source: 'interview', supports: 'yes' }).supports
 * //=> 'yes'
 * @see {@link assessLmModel}
 */
export const lmEvidenceItemSchema = /* @__PURE__ */ z.object({
  requirementId: /* @__PURE__ */ z.enum(lmRequirementIds, {
    error: 'expected an L&M evidence requirement id from LM1.1 to LM9.1',
  }),
  audience: /* @__PURE__ */ z.enum(lmAudienceIds, {
    error: 'expected one of top-managers, leaders-and-managers, potential-leaders-and-managers, people',
  }),
  source: /* @__PURE__ */ z.enum(lmEvidenceSources, { error: 'expected one of interview, document, observation, survey' }),
  supports: /* @__PURE__ */ z.enum(lmEvidenceSupport, { error: 'expected one of yes, partly, no' }),
  note: /* @__PURE__ */ z.string().optional(),
});

/**
 * One piece of evidence: which requirement, whose evidence, where it came from, and whether it
 * supports the requirement.
 * @see {@link lmEvidenceItemSchema}
 */
export type LmEvidenceItem = z.input<typeof lmEvidenceItemSchema>;

/**
 * The zod schema for a whole body of evidence (an array of {@link LmEvidenceItem}; may be empty).
 *
 * @example
 * lmEvidenceSchema.safeParse([]).success //=> true
 * @see {@link assessLmModel}
 */
export const lmEvidenceSchema = /* @__PURE__ */ z.array(lmEvidenceItemSchema);
