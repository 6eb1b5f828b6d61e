/**
 * A confidence interval. A bound is `null` where the interval is unbounded on that side (the
 * one-sided intervals that go with a `less` or `greater` alternative).
 * @see {@link tTest}
 * @see {@link cohensDConfidenceInterval}
 */
export interface ConfidenceInterval {
  /** The confidence level, a fraction between 0 and 1 (0.95 for a 95% interval). */
  readonly level: number;
  /** The lower bound, or `null` when unbounded below. */
  readonly lower: number | null;
  /** The upper bound, or `null` when unbounded above. */
  readonly upper: number | null;
}
