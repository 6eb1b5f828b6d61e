import { normaliseLabel } from '../../core/_internal/normalise-label.js';

/** The roles a column can be given by its header name. */
export type NamedRole = 'ratee' | 'rater' | 'group' | 'item-id' | 'score';

/**
 * A header as compared with the names below: {@link normaliseLabel}, then everything but letters
 * and digits dropped (`Ratee ID`, `ratee_id` and `RateeId` all read `rateeid`).
 *
 * @internal
 */
export function headerKey(text: string): string {
  return normaliseLabel(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The header names of each role, best first: a header equal to one (as a {@link headerKey}) is a
 * candidate with that rank. Ids come before names, names before e-mail addresses.
 */
const exactNames: Readonly<Record<NamedRole, readonly string[]>> = {
  ratee: [
    'rateeid', 'ratee', 'subjectemployeeid', 'subjectid', 'subject', 'participantid', 'participant', 'employeeid', 'employee',
    'revieweeid', 'reviewee', 'feedbackrecipient', 'feedbackfor', 'leaderid', 'leader', 'rateename', 'subjectname',
    'participantname', 'employeename', 'revieweename', 'leadername', 'rateeemail', 'subjectemail', 'participantemail',
  ],
  rater: [
    'raterid', 'rater', 'rateremployeeid', 'respondentid', 'respondent', 'responseid', 'reviewerid', 'revieweremployeeid', 'reviewer', 'ratername',
    'respondentname', 'reviewername', 'rateremail', 'respondentemail', 'revieweremail', 'recipientemail', 'id', 'emailaddress', 'email',
  ],
  group: [
    'ratergroup', 'group', 'relationship', 'raterrelationship', 'reviewerrelationship', 'reviewertype', 'ratertype',
    'respondenttype', 'perspective', 'raterrole', 'reviewerrole', 'role', 'relationshiptoratee', 'relationshiptosubject',
    'relationshiptoparticipant', 'relationshiptoemployee', 'yourrelationship', 'connection', 'ratercategory', 'category',
  ],
  'item-id': ['itemid', 'item', 'questionid', 'question', 'itemcode', 'questioncode'],
  score: ['score', 'rating', 'answer', 'response', 'value', 'responsevalue', 'answervalue'],
};

/** Phrases that make a longer header (a question put to raters) a candidate, after every exact name. */
const phrases: Readonly<Record<NamedRole, readonly string[]>> = {
  ratee: ['giving feedback on', 'giving feedback about', 'giving feedback to', 'feedback for', 'who are you rating', 'who are you reviewing', 'person you are rating', 'person being rated'],
  rater: [],
  group: ['how do you work with', 'how do you know', 'relationship', 'your role'],
  'item-id': [],
  score: [],
};

/** The words each role is described with in messages. */
export const roleWords: Readonly<Record<NamedRole, string>> = {
  ratee: 'ratee (ratee, subject, participant, employee, "feedback for", ratee id, subject employee id …)',
  rater: 'rater (rater, respondent, response id, reviewer …)',
  group: 'rater group (relationship, rater group, reviewer type, perspective, role, "how do you work with them" …)',
  'item-id': 'item id (item id, item, question id …)',
  score: 'score (score, rating, answer …)',
};

/**
 * The rank of a header as a name for a role (0 is best), or -1 when it is not one.
 *
 * @internal
 */
export function roleRank(role: NamedRole, header: string): number {
  const key = headerKey(header);
  if (key === '') return -1;
  const names = exactNames[role];
  const exact = names.indexOf(key);
  if (exact !== -1) return exact;
  const text = normaliseLabel(header).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const phrase = phrases[role].findIndex((candidate) => text.includes(candidate));
  return phrase === -1 ? -1 : names.length + phrase;
}
