/**
 * The rater groups a 360-degree feedback cycle collects ratings from, in report order: the ratee's
 * own rating, the line manager, peers, direct reports and anyone else (customers, partners).
 *
 * @example
 * raterGroups.length //=> 5
 * raterGroups[0] //=> 'self'
 * @see {@link RaterGroup}
 * @see Smither, London & Reilly (2005), `smither-london-reilly-2005`, on the sources 360 feedback draws on.
 */
export const raterGroups = /* @__PURE__ */ Object.freeze(['self', 'manager', 'peer', 'direct-report', 'other'] as const);

/**
 * One of the {@link raterGroups}.
 * @see {@link raterGroups}
 */
export type RaterGroup = (typeof raterGroups)[number];

/**
 * Sorts rater groups into the fixed order of {@link raterGroups}, so that every published figure
 * names its groups the same way.
 *
 * @internal
 */
export function sortRaterGroups(groups: readonly RaterGroup[]): RaterGroup[] {
  return raterGroups.filter((group) => groups.includes(group));
}
