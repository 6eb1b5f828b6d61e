import type { AnonymityPolicy } from './anonymity-policy.js';
import type { ShownGroup360 } from '../feedback360-report.js';

/**
 * The fewest raters behind a shown unit's figure on one item for it to be published: one for an
 * exempt unit (self, and the manager by default, who are shown whatever their number and labelled
 * identifiable), and the policy's `minGroupSize` for every other unit. A unit can clear the
 * minimum overall and still fall below it on an item that some of its raters left blank; that
 * item's figure is then withheld (`below-minimum-on-item`).
 *
 * @param unit - a shown reporting unit
 * @param policy - the policy applied
 * @returns the minimum number of raters on the item
 * @internal
 */
export function minimumRatersOnItem(unit: ShownGroup360, policy: AnonymityPolicy): number {
  return unit.identifiable ? 1 : policy.minGroupSize;
}

/**
 * Whether an item's all-others figure may be published: it pools only the item's published
 * non-self figures (never a hidden group or a withheld figure, so subtracting it from a shown
 * figure recovers nothing unpublished), and needs at least `minOthersSize` raters; otherwise it
 * is withheld (`others-below-minimum`).
 *
 * @param raters - the raters behind the pooled figure
 * @param policy - the policy applied
 * @returns whether the figure is published
 * @internal
 */
export function othersFigureIsPublished(raters: number, policy: AnonymityPolicy): boolean {
  return raters > 0 && raters >= policy.minOthersSize;
}
