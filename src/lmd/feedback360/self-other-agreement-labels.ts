import type { SelfOtherAgreementCategory } from './self-other-agreement.js';

/**
 * Each self-other agreement category, and "not classified", in plain words for a reader of a
 * group report: what the pattern is, without a label for the person. One record, used by every
 * renderer that counts people by category.
 *
 * @example
 * selfOtherAgreementCategoryLabels['over-estimator'] //=> 'Rate themselves well above how others rate them'
 * @see {@link selfOtherAgreementCategories}
 */
export const selfOtherAgreementCategoryLabels = /* @__PURE__ */ Object.freeze({
  'over-estimator': 'Rate themselves well above how others rate them',
  'in-agreement-good': 'Agree with others, and others rate them well',
  'in-agreement-poor': 'Agree with others, and others rate them low',
  'under-estimator': 'Rate themselves well below how others rate them',
  'not-classified': 'Could not be compared (no self-rating, or too few others)',
} as const satisfies Record<SelfOtherAgreementCategory | 'not-classified', string>);
