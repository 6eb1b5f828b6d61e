import type { DevelopmentFocus } from './development-focus.js';
import { getIntervention } from './get-intervention.js';
import type { InterventionId } from './interventions.js';

/**
 * Says which side of Day's (2000) distinction an intervention is on: `'leader'` development
 * (individual, builds human capital) or `'leadership'` development (collective, builds social
 * capital).
 *
 * @param id - an {@link InterventionId}
 * @returns `'leader'` or `'leadership'`
 * @throws LmdInputError when the id (from untyped input) names no intervention
 * @example
 * classifyIntervention('coaching') //=> 'leader'
 * classifyIntervention('action-learning-set') //=> 'leadership'
 * classifyIntervention('team-building' as InterventionId) //=> throws LmdInputError
 * @see {@link interventions} for each entry's `focusNote`
 * @see Day, D. V. (2000). Leadership development: a review in context. The Leadership Quarterly, 11(4), 581–613.
 */
export function classifyIntervention(id: InterventionId): DevelopmentFocus {
  return getIntervention(id).focus;
}
