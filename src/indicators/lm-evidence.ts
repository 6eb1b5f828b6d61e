import * as z from 'zod';
import { lmAudienceIds } from './audiences.js';
import { lmRequirementIds } from './lm-ids.js';
import { parseInput } from '../core/parse-input.js';
import { countPeople } from './_internal/count-people.js';

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
 * Two optional fields say whose evidence it is, so that an assessment can tell one person's word
 * from a sample: `person`, a reference to the one person it came from (an interviewee's code, never
 * a name the report should show), and `people`, how many people it stands for (a survey's
 * respondents, a focus group). See {@link lmEvidencePeopleOf} for how people are counted.
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
  person: /* @__PURE__ */ z.string().min(1, 'expected a non-empty person reference').optional(),
  people: /* @__PURE__ */ z.int().min(1).max(1_000_000).optional(),
  note: /* @__PURE__ */ z.string().optional(),
});

/**
 * The list of {@link lmEvidenceSources} values in plain words, for people reading a report.
 *
 * @example
 * lmEvidenceSourceLabels.interview //=> 'interview'
 * @see {@link lmEvidenceSources}
 */
export const lmEvidenceSourceLabels = /* @__PURE__ */ Object.freeze({
  interview: 'interview',
  document: 'document',
  observation: 'observation',
  survey: 'survey',
} as const satisfies Record<(typeof lmEvidenceSources)[number], string>);

/**
 * How many people a set of evidence items rests on: the distinct `person` references, plus
 * `people` for each item that gives a count, plus one for each other interview, survey or
 * observation (taken to be a different person). A document is a source but no person.
 *
 * @param evidence - evidence items (not changed), validated with {@link lmEvidenceSchema}
 * @returns the number of people
 * @throws LmdInputError when an item does not match {@link lmEvidenceItemSchema}
 * @example
 * lmEvidencePeopleOf([
 *   { requirementId: 'LM1.1', audience: 'top-managers', source: 'interview', supports: 'yes', person: 'd1' },
 *   { requirementId: 'LM1.1', audience: 'top-managers', source: 'interview', supports: 'yes', person: 'd1' },
 *   { requirementId: 'LM1.1', audience: 'top-managers', source: 'document', supports: 'yes' },
 * ]) //=> 1
 * lmEvidencePeopleOf([{ requirementId: 'LM2.2', audience: 'leaders-and-managers', source: 'survey', supports: 'yes', people: 14 }]) //=> 14
 * @see {@link lmEvidenceItemSchema}
 */
export function lmEvidencePeopleOf(evidence: readonly LmEvidenceItem[]): number {
  return countPeople(parseInput(lmEvidenceSchema, evidence, 'evidence'));
}

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
