/**
 * Where a competency sits on the development grid of others' rating against self − others:
 *
 * - `strength-to-use`: others rate it high, and self does not sit well below them;
 * - `hidden-strength`: others rate it high, self well below them;
 * - `blind-spot-to-explore`: others rate it low, self well above them;
 * - `development-priority`: others rate it low, and self does not sit well above them (an
 *   agreed need, or no self-rating).
 *
 * @example
 * developmentQuadrants //=> ['strength-to-use', 'hidden-strength', 'blind-spot-to-explore', 'development-priority']
 * @see {@link planDevelopment}
 * @see Luft & Ingham (1955) `luft-ingham-1955`
 */
export const developmentQuadrants = /* @__PURE__ */ Object.freeze([
  'strength-to-use',
  'hidden-strength',
  'blind-spot-to-explore',
  'development-priority',
] as const);

/**
 * One of {@link developmentQuadrants}.
 * @see {@link developmentQuadrants}
 */
export type DevelopmentQuadrant = (typeof developmentQuadrants)[number];

/**
 * Each quadrant in plain words for the person rated, as a participant's page can print it: no
 * "blind spot" label about them, only what others and they saw.
 *
 * @example
 * developmentQuadrantLabels['blind-spot-to-explore'] //=> 'You rate yourself higher here than others do: worth exploring'
 * @see {@link developmentQuadrants}
 */
export const developmentQuadrantLabels = /* @__PURE__ */ Object.freeze({
  'strength-to-use': 'A strength to build on',
  'hidden-strength': 'Others rate you higher here than you do',
  'blind-spot-to-explore': 'You rate yourself higher here than others do: worth exploring',
  'development-priority': 'An area to develop',
} as const satisfies Record<DevelopmentQuadrant, string>);
