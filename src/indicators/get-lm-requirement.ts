import { describeValue } from '../core/describe-value.js';
import { LmdInputError } from '../core/input-error.js';
import { lmModel, type LmIndicatorId, type LmRequirementId } from './lm-model.js';

/**
 * One evidence requirement of {@link lmModel}, with the id of the indicator it belongs to.
 *
 * @example
 * const requirement: LmRequirement = getLmRequirement('LM6.3');
 * requirement.indicatorId //=> 'LM6'
 * @see {@link getLmRequirement}
 */
export type LmRequirement = (typeof lmModel)['indicators'][number]['requirements'][number] & {
  /** The indicator the requirement belongs to. */
  readonly indicatorId: LmIndicatorId;
};

/**
 * Looks up an L&M Model evidence requirement by id.
 *
 * @param id - `'LM1.1'`…`'LM9.1'`
 * @returns the requirement (its statement, the audiences whose evidence it needs) and its indicator id
 * @throws LmdInputError when the id (from untyped input) names no requirement
 * @example
 * getLmRequirement('LM7.2').evidenceFrom //=> ['leaders-and-managers', 'potential-leaders-and-managers']
 * getLmRequirement('LM9.2' as LmRequirementId) //=> throws LmdInputError
 * @see {@link lmModel}
 */
export function getLmRequirement(id: LmRequirementId): LmRequirement {
  for (const indicator of lmModel.indicators) {
    for (const requirement of indicator.requirements) {
      if (requirement.id === id) return Object.freeze({ ...requirement, indicatorId: indicator.id });
    }
  }
  throw new LmdInputError([
    {
      keys: ['id'],
      message: `expected an L&M evidence requirement id such as LM3.4 (received ${describeValue(id)})`,
    },
  ]);
}

/**
 * All 23 evidence requirements of {@link lmModel} in order, each with its indicator id: a flat
 * list for tables, menus and joins (built afresh on each call; the entries are frozen).
 *
 * @returns the requirements `LM1.1`…`LM9.1`
 * @example
 * listLmRequirements().length //=> 23
 * listLmRequirements().filter((requirement) => requirement.indicatorId === 'LM3').length //=> 4
 * @see {@link getLmRequirement} for one requirement
 */
export function listLmRequirements(): readonly LmRequirement[] {
  const list: LmRequirement[] = [];
  for (const indicator of lmModel.indicators) {
    for (const requirement of indicator.requirements) list.push(Object.freeze({ ...requirement, indicatorId: indicator.id }));
  }
  return Object.freeze(list);
}
