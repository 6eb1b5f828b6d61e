import { describeValue } from '../core/describe-value.js';
import { LmdInputError } from '../core/input-error.js';
import { lmModel, type LmIndicatorId } from './lm-model.js';

/**
 * One indicator of {@link lmModel} as stored there (frozen), with its requirements and mapping.
 *
 * @example
 * const indicator: LmIndicator = getLmIndicator('LM5');
 * indicator.name //=> 'Selection is effective'
 * @see {@link getLmIndicator}
 */
export type LmIndicator = (typeof lmModel)['indicators'][number];

/**
 * Looks up an L&M Model indicator by id.
 *
 * @param id - `'LM1'`…`'LM9'`
 * @returns the frozen indicator, with its requirements and mapping
 * @throws LmdInputError when the id (from untyped input) names no indicator
 * @example
 * getLmIndicator('LM2').requirements.map((requirement) => requirement.id) //=> ['LM2.1', 'LM2.2']
 * getLmIndicator('LM10' as LmIndicatorId) //=> throws LmdInputError
 * @see {@link lmModel}
 */
export function getLmIndicator<Id extends LmIndicatorId>(id: Id): Extract<LmIndicator, { id: Id }> {
  const found = lmModel.indicators.find((indicator) => indicator.id === id);
  if (found === undefined) {
    throw new LmdInputError([
      { keys: ['id'], message: `expected an L&M indicator id from LM1 to LM9 (received ${describeValue(id)})` },
    ]);
  }
  return found as Extract<LmIndicator, { id: Id }>;
}
