import { deepFreeze } from '../core/deep-freeze.js';

/**
 * The ids of the evidence audiences in {@link lmAudiences}, in the same order.
 *
 * @example
 * lmAudienceIds.includes('people') //=> true
 * @see {@link lmAudiences}
 */
export const lmAudienceIds = /* @__PURE__ */ deepFreeze([
  'top-managers',
  'leaders-and-managers',
  'potential-leaders-and-managers',
  'people',
] as const);

/**
 * Whose evidence an IIP Leadership & Management Model requirement can need: the groups the model
 * itself names, plus `people` (employees who are not leaders or managers), whose views the model
 * suggests using to show the approach is working.
 *
 * @example
 * lmAudiences.map((audience) => audience.id)
 * //=> ['top-managers', 'leaders-and-managers', 'potential-leaders-and-managers', 'people']
 * @see {@link LmAudience}
 */
export const lmAudiences = /* @__PURE__ */ deepFreeze([
  { id: 'top-managers', name: 'Top managers', description: 'The people who lead the organisation as a whole.' },
  {
    id: 'leaders-and-managers',
    name: 'Leaders and managers',
    description: 'Anyone currently in a leadership or management role, at any level.',
  },
  {
    id: 'potential-leaders-and-managers',
    name: 'Potential leaders and managers',
    description: 'People the organisation has identified as possible future leaders and managers.',
  },
  { id: 'people', name: 'People', description: 'Employees who do not lead or manage others.' },
] as const);

/**
 * The id of an evidence audience in {@link lmAudiences}.
 * @see {@link lmAudiences}
 */
export type LmAudience = (typeof lmAudienceIds)[number];

/**
 * The three audiences the wider IIP framework and The Standard write their statements for.
 *
 * @example
 * frameworkAudiences.map((audience) => audience.id) //=> ['top-managers', 'managers', 'people']
 * @see {@link FrameworkAudience}
 */
export const frameworkAudiences = /* @__PURE__ */ deepFreeze([
  { id: 'top-managers', name: 'Top managers' },
  { id: 'managers', name: 'Managers' },
  { id: 'people', name: 'People' },
] as const);

/**
 * The id of a framework audience in {@link frameworkAudiences}.
 * @see {@link frameworkAudiences}
 */
export type FrameworkAudience = (typeof frameworkAudiences)[number]['id'];
