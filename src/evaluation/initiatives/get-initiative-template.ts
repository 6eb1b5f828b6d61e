import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { initiativeTemplates, type InitiativeTemplate, type InitiativeTemplateId } from './initiative-templates.js';

/**
 * Looks up an initiative template by id.
 *
 * @param id - an {@link InitiativeTemplateId}: `'peer-learning-circles'` or `'on-the-job-coaching'`
 * @returns the frozen catalogue entry
 * @throws LmdInputError when the id (from untyped input) names no template
 * @example
 * getInitiativeTemplate('on-the-job-coaching').conditions.map((condition) => condition.id)
 * //=> ['short-sessions', 'practice-based', 'peer-observation', 'workload-relief', 'helpful-framing', 'senior-backing']
 * getInitiativeTemplate('away-day' as InitiativeTemplateId) //=> throws LmdInputError
 * @see {@link initiativeTemplates}
 * @see Source: cipd-7os02-seed in {@link references}.
 */
export function getInitiativeTemplate<Id extends InitiativeTemplateId>(id: Id): Extract<InitiativeTemplate, { id: Id }> {
  const found = initiativeTemplates.find((entry) => entry.id === id);
  if (found === undefined) {
    throw new LmdInputError([
      { keys: ['id'], message: `no initiative template has this id (received ${describeValue(id)})` },
    ]);
  }
  return found as Extract<InitiativeTemplate, { id: Id }>;
}
