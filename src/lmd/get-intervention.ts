import { describeValue } from '../core/describe-value.js';
import { LmdInputError } from '../core/input-error.js';
import { interventions, type InterventionId } from './interventions.js';

/**
 * One entry of {@link interventions} as stored there (frozen), with its literal id, focus and
 * capital.
 *
 * @example
 * const entry: Intervention = getIntervention('community-of-practice');
 * entry.focus //=> 'leadership'
 * @see {@link getIntervention}
 */
export type Intervention = (typeof interventions)[number];

/**
 * Looks up an intervention in the catalogue by id.
 *
 * @param id - an {@link InterventionId}, such as `'action-learning-set'`
 * @returns the frozen catalogue entry
 * @throws LmdInputError when the id (from untyped input) names no intervention
 * @example
 * getIntervention('action-learning-set').evidence //=> 'case-based'
 * getIntervention('coaching').sources //=> ['theeboom-beersma-vanvianen-2014', 'day-2000']
 * getIntervention('away-day' as InterventionId) //=> throws LmdInputError
 * @see {@link interventions}
 * @see Day, D. V. (2000), for the classification
 */
export function getIntervention<Id extends InterventionId>(id: Id): Extract<Intervention, { id: Id }> {
  const found = interventions.find((entry) => entry.id === id);
  if (found === undefined) {
    throw new LmdInputError([
      { keys: ['id'], message: `no intervention in the catalogue has this id (received ${describeValue(id)})` },
    ]);
  }
  return found as Extract<Intervention, { id: Id }>;
}
