/**
 * The outcome of assessing an L&M requirement, indicator or audience:
 * `met`, `partly-met`, `not-met`, or `not-assessed` (no evidence to judge by).
 *
 * @example
 * lmStatuses.includes('not-assessed') //=> true
 * @see {@link assessLmModel}
 */
export const lmStatuses = /* @__PURE__ */ Object.freeze(['met', 'partly-met', 'not-met', 'not-assessed'] as const);

/**
 * Each {@link lmStatuses} value in plain words, for people reading a report.
 *
 * @example
 * lmStatusLabels['partly-met'] //=> 'partly met'
 * @see {@link lmStatuses}
 */
export const lmStatusLabels = /* @__PURE__ */ Object.freeze({
  met: 'met',
  'partly-met': 'partly met',
  'not-met': 'not met',
  'not-assessed': 'not assessed',
} as const satisfies Record<(typeof lmStatuses)[number], string>);

/**
 * One of {@link lmStatuses}.
 * @see {@link lmStatuses}
 */
export type LmStatus = (typeof lmStatuses)[number];

/**
 * Combines the statuses of parts into the status of the whole.
 *
 * With `'all'` (every part must be met): all `not-assessed` → `not-assessed`; all `met` → `met`;
 * none `met` or `partly-met` (each `not-met` or `not-assessed`) → `not-met`; otherwise `partly-met`.
 * With `'any'` one `met` part is enough for `met`; otherwise as for `'all'`.
 *
 * @internal
 */
export function combineLmStatuses(parts: readonly LmStatus[], rule: 'all' | 'any'): LmStatus {
  if (parts.every((status) => status === 'not-assessed')) return 'not-assessed';
  if (rule === 'any' ? parts.includes('met') : parts.every((status) => status === 'met')) return 'met';
  if (parts.every((status) => status === 'not-met' || status === 'not-assessed')) return 'not-met';
  return 'partly-met';
}
