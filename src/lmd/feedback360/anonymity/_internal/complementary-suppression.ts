/**
 * Complementary cell suppression over a hierarchy of units (statistical disclosure control).
 *
 * Each unit's figure is a sum over its ratees (a mean times its count); the attacker knows every
 * published unit's count and figure and which ratees sit where. A unit `v` that is published,
 * less the units published below it that no other published unit below it contains (its
 * *maximal published descendants*), gives the sum over the ratees left over: `v`'s remainder.
 * The remainders of the published units are disjoint and every published figure is a sum of
 * remainders, so the sets whose sum can be worked out are exactly the unions of remainders. The
 * publication is therefore safe when every remainder is empty or holds at least `minRatees`
 * ratees — across levels too, since a remainder skips suppressed units in between.
 *
 * Primary suppression withholds every unit with fewer than `minRatees` ratees. Then, for each
 * published unit in pre-order, while its remainder holds between 1 and `minRatees − 1` ratees,
 * the smallest of its maximal published descendants (by count, then pre-order) is withheld too,
 * which adds that unit's own remainder to it. Withholding a unit only changes the remainder of
 * its nearest published ancestor — the unit being repaired — so one pass settles every unit.
 */

/** Why a unit's figure is withheld. */
export type UnitWithholding = 'too-few-ratees' | 'protects-another-unit';

/** A forest of units numbered in pre-order: a unit's parent comes before it. */
export interface UnitForest {
  /** The parent of each unit, or `-1` for a top-level unit. */
  readonly parent: readonly number[];
  /** The children of each unit, in pre-order. */
  readonly children: readonly (readonly number[])[];
}

/** The outcome for each unit: `null` when published, otherwise why not, and which unit it protects. */
export interface UnitSuppression {
  readonly withheld: readonly (UnitWithholding | 'not-published' | null)[];
  /** For a unit withheld to protect another, that unit (whose remainder it completes); otherwise `-1`. */
  readonly protects: readonly number[];
}

/** The published units below `unit` that no other published unit below it contains. */
function maximalPublishedBelow(forest: UnitForest, published: readonly boolean[], unit: number): number[] {
  const found: number[] = [];
  const stack = (forest.children[unit] ?? []).slice().reverse();
  while (stack.length > 0) {
    const next = stack.pop() as number;
    if (published[next] === true) found.push(next);
    else for (const child of (forest.children[next] ?? []).slice().reverse()) stack.push(child);
  }
  return found;
}

/**
 * Decides which units publish one figure.
 *
 * @param forest - the units
 * @param counts - per unit, the ratees behind the figure (the unit's own and its sub-units')
 * @param minRatees - the fewest ratees any figure, or any difference of figures, may rest on
 * @param notPublished - units withheld beforehand (for every figure), marked `not-published`
 * @param complementary - `false` to apply only the threshold (for tests: the attack then succeeds)
 */
export function suppressUnits(forest: UnitForest, counts: readonly number[], minRatees: number, notPublished: readonly boolean[] = [], complementary = true): UnitSuppression {
  const size = forest.parent.length;
  const withheld: (UnitWithholding | 'not-published' | null)[] = [];
  const protects: number[] = [];
  const published: boolean[] = [];
  for (let unit = 0; unit < size; unit += 1) {
    const reason = notPublished[unit] === true ? 'not-published' : (counts[unit] ?? 0) < minRatees ? 'too-few-ratees' : null;
    withheld.push(reason);
    protects.push(-1);
    published.push(reason === null);
  }
  if (!complementary) return { withheld, protects };
  for (let unit = 0; unit < size; unit += 1) {
    if (!published[unit]) continue;
    for (;;) {
      const below = maximalPublishedBelow(forest, published, unit);
      const remainder = below.reduce((left, child) => left - (counts[child] ?? 0), counts[unit] ?? 0);
      if (remainder === 0 || remainder >= minRatees || below.length === 0) break;
      const smallest = below.reduce((best, child) => ((counts[child] ?? 0) < (counts[best] ?? 0) ? child : best));
      published[smallest] = false;
      withheld[smallest] = 'protects-another-unit';
      protects[smallest] = unit;
    }
  }
  return { withheld, protects };
}
