import { measuresSchema, readMeasures } from '../_internal/measures.js';
import { finiteOrNull } from '../../core/_internal/finite-or-null.js';

const rules = {
  before: { min: -1e15 },
  after: { min: -1e15 },
} as const;

/**
 * The input of {@link percentageChange}.
 * @see {@link percentageChange}
 */
export interface PercentageChangeInput {
  /** The value before (the baseline); a finite number from −10¹⁵ to 10¹⁵. */
  readonly before: number;
  /** The value after; a finite number from −10¹⁵ to 10¹⁵. */
  readonly after: number;
}

/**
 * The zod schema for {@link PercentageChangeInput}.
 *
 * @example
 * percentageChangeInputSchema.safeParse({ before: 1, after: Number.NaN }).success //=> false
 * @see {@link percentageChange}
 */
export const percentageChangeInputSchema = /* @__PURE__ */ measuresSchema(rules);

/**
 * The change from a baseline as a percentage of it (a number on the 0–100 scale, negative for a
 * fall): for example turnover falling from 16% to 12% is a change of −25%.
 *
 * Percentage change = (after − before) ÷ |before| × 100. Dividing by the size of the baseline keeps
 * the sign pointing the way the value moved, even when the baseline is negative (an eNPS rising
 * from −10 to 5 is +150%). The change from a baseline of 0 is not defined, so the result is `null`
 * — unless the value stayed at 0, which is no change (0). When the values are themselves
 * percentages, this is a relative change, not a change in percentage points (16% → 12% is −4
 * points but −25%).
 *
 * Source: standard arithmetic; the seed's "turnover dropped by around 30%" is this relative change.
 *
 * @param input - `before` and `after`, finite numbers
 * @returns the percentage change, or `null` when `before` is 0 and `after` is not (or the change
 * is too large to represent as a finite number)
 * @throws LmdInputError when a value is not a finite number or is beyond ±10¹⁵
 * @example
 * percentageChange({ before: 16, after: 12 }) //=> -25
 * percentageChange({ before: -10, after: 5 }) //=> 150
 * percentageChange({ before: 0, after: 3 }) //=> null
 * percentageChange({ before: 0, after: 0 }) //=> 0
 * @see {@link turnoverRate}
 */
export function percentageChange(input: PercentageChangeInput): number | null {
  const { before, after } = readMeasures(input, ['input'], rules);
  if (before === 0) return after === 0 ? 0 : null;
  const change = ((after - before) * 100) / Math.abs(before);
  return finiteOrNull(change);
}
