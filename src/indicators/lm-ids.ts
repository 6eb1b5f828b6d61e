import { deepFreeze } from '../core/deep-freeze.js';

/**
 * The nine L&M Model indicator ids in order, for building enums, menus and schemas.
 *
 * @example
 * lmIndicatorIds.length //=> 9
 * lmIndicatorIds[8] //=> 'LM9'
 * @see {@link lmModel}
 */
export const lmIndicatorIds = /* @__PURE__ */ deepFreeze([
  'LM1', 'LM2', 'LM3', 'LM4', 'LM5', 'LM6', 'LM7', 'LM8', 'LM9',
] as const);

/**
 * The 23 L&M Model evidence requirement ids in order (a test keeps this list equal to the ids in
 * {@link lmModel}).
 *
 * @example
 * lmRequirementIds.length //=> 23
 * lmRequirementIds.filter((id) => id.startsWith('LM7.')) //=> ['LM7.1', 'LM7.2', 'LM7.3']
 * @see {@link lmModel}
 */
export const lmRequirementIds = /* @__PURE__ */ deepFreeze([
  'LM1.1', 'LM1.2', 'LM1.3',
  'LM2.1', 'LM2.2',
  'LM3.1', 'LM3.2', 'LM3.3', 'LM3.4',
  'LM4.1', 'LM4.2',
  'LM5.1', 'LM5.2',
  'LM6.1', 'LM6.2', 'LM6.3',
  'LM7.1', 'LM7.2', 'LM7.3',
  'LM8.1', 'LM8.2', 'LM8.3',
  'LM9.1',
] as const);
