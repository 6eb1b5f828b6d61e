import { deepFreeze } from '../../core/deep-freeze.js';
import type { EvidenceStrength } from '../../core/evidence-strength.js';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import type { ReferenceId } from '../../core/references.js';

/**
 * The four questions senior leaders ask of a case for L&D investment, in lmdkit's own words, each
 * with the field of a business case that answers it:
 *
 * - `problem` — what problem the investment addresses (`problem`);
 * - `business-goals` — which business goals it serves (`goals`);
 * - `success-evidence` — how we will know it worked (`successMeasures`);
 * - `cost-of-inaction` — what happens if we do nothing (`costOfInaction`).
 *
 * Source: the 7OS02 seed's list of what senior stakeholders need to understand
 * (`cipd-7os02-seed`, practitioner-reported).
 *
 * @example
 * seniorLeaderQuestions.map((question) => question.id) //=> ['problem', 'business-goals', 'success-evidence', 'cost-of-inaction']
 * seniorLeaderQuestions[2]?.answeredBy //=> 'successMeasures'
 * @see {@link getSeniorLeaderQuestion}
 * @see {@link checkBusinessCase}
 */
export const seniorLeaderQuestions = /* @__PURE__ */ deepFreeze([
  {
    id: 'problem',
    question: 'Which problem does this investment address?',
    answeredBy: 'problem',
    evidence: 'practitioner-reported',
    basis: ['cipd-7os02-seed'],
  },
  {
    id: 'business-goals',
    question: 'Which business goals will it serve, such as retention, performance or fewer disputes?',
    answeredBy: 'goals',
    evidence: 'practitioner-reported',
    basis: ['cipd-7os02-seed'],
  },
  {
    id: 'success-evidence',
    question: 'How will we tell whether it has worked?',
    answeredBy: 'successMeasures',
    evidence: 'practitioner-reported',
    basis: ['cipd-7os02-seed'],
  },
  {
    id: 'cost-of-inaction',
    question: 'What will it cost us if we do nothing?',
    answeredBy: 'costOfInaction',
    evidence: 'practitioner-reported',
    basis: ['cipd-7os02-seed'],
  },
] as const satisfies readonly {
  id: string;
  question: string;
  answeredBy: 'problem' | 'goals' | 'successMeasures' | 'costOfInaction';
  evidence: EvidenceStrength;
  basis: readonly ReferenceId[];
}[]);

/**
 * The id of one of the {@link seniorLeaderQuestions}.
 * @see {@link seniorLeaderQuestions}
 */
export type SeniorLeaderQuestionId = (typeof seniorLeaderQuestions)[number]['id'];

/**
 * One of the {@link seniorLeaderQuestions}: `{ id, question, answeredBy, evidence, basis }`.
 *
 * @example
 * const question: SeniorLeaderQuestion = getSeniorLeaderQuestion('problem');
 * question.answeredBy //=> 'problem'
 * @see {@link seniorLeaderQuestions}
 */
export type SeniorLeaderQuestion = (typeof seniorLeaderQuestions)[number];

/**
 * Looks up one of the {@link seniorLeaderQuestions} by id, for ids that arrive as untyped strings.
 *
 * @param id - a question id
 * @returns the frozen question
 * @throws LmdInputError when no question has that id
 * @example
 * getSeniorLeaderQuestion('business-goals').answeredBy //=> 'goals'
 * getSeniorLeaderQuestion('budget' as SeniorLeaderQuestionId) //=> throws LmdInputError
 * @see {@link seniorLeaderQuestions}
 */
export function getSeniorLeaderQuestion(id: SeniorLeaderQuestionId): SeniorLeaderQuestion {
  const found = seniorLeaderQuestions.find((question) => question.id === id);
  if (found !== undefined) return found;
  throw new LmdInputError([
    { keys: ['id'], message: `no senior-leader question has this id (received ${describeValue(id)})` },
  ]);
}
