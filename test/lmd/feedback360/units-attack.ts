// A differencing attacker for unit roll-ups, used by summarise-units-360.test-prop.ts.
//
// The attacker knows every published unit's ratee count and figure, and which ratees sit in which
// unit. A figure is a mean over a known set of ratees, so count × mean is the sum of one value per
// ratee over that set: one linear equation whose coefficients are the set's indicator vector. The
// sum over a set T of ratees is determined exactly when T's indicator vector lies in the span of
// the published vectors. This module finds such a T with 1 ≤ |T| < minimum, or shows there is none,
// with exact rational arithmetic (BigInt) — nothing here knows how the library chose what to show.
//
// Why the search is complete: bring the published vectors to reduced row echelon form (rows r_k,
// pivot columns p_k). Any vector in the span equals Σ_k v[p_k] · r_k. If the indicator 1_T is in
// the span, its coefficients are 1_T[p_k] ∈ {0, 1}, so 1_T = Σ_{k ∈ K} r_k for K = {k : p_k ∈ T},
// and |K| ≤ |T|. So trying every K of size 1 … minimum − 1 finds every small determined set.

/** A rational p/q with q > 0, in lowest terms. */
interface Rational {
  readonly p: bigint;
  readonly q: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
const make = (p: bigint, q: bigint): Rational => {
  if (p === 0n) return { p: 0n, q: 1n };
  const sign = q < 0n ? -1n : 1n;
  const divisor = gcd(p, q);
  return { p: (sign * p) / divisor, q: (sign * q) / divisor };
};
const ZERO = make(0n, 1n);
const sub = (a: Rational, b: Rational): Rational => make(a.p * b.q - b.p * a.q, a.q * b.q);
const add = (a: Rational, b: Rational): Rational => make(a.p * b.q + b.p * a.q, a.q * b.q);
const mul = (a: Rational, b: Rational): Rational => make(a.p * b.p, a.q * b.q);
const div = (a: Rational, b: Rational): Rational => make(a.p * b.q, a.q * b.p);

/** The reduced row echelon form of 0/1 rows (each a list of ratee numbers in the set), over the rationals. */
export function reducedRows(sets: readonly (readonly number[])[], ratees: number): Rational[][] {
  const rows = sets.map((set) => {
    const row: Rational[] = Array.from({ length: ratees }, () => ZERO);
    for (const ratee of set) row[ratee] = make(1n, 1n);
    return row;
  });
  const reduced: Rational[][] = [];
  let pivotRow = 0;
  for (let column = 0; column < ratees && pivotRow < rows.length; column += 1) {
    const found = rows.findIndex((row, index) => index >= pivotRow && (row[column] as Rational).p !== 0n);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found] as Rational[], rows[pivotRow] as Rational[]];
    const pivot = rows[pivotRow] as Rational[];
    const scale = pivot[column] as Rational;
    for (let at = 0; at < ratees; at += 1) pivot[at] = div(pivot[at] as Rational, scale);
    rows.forEach((row, index) => {
      if (index === pivotRow || (row[column] as Rational).p === 0n) return;
      const factor = row[column] as Rational;
      for (let at = 0; at < ratees; at += 1) row[at] = sub(row[at] as Rational, mul(factor, pivot[at] as Rational));
    });
    reduced.push(pivot);
    pivotRow += 1;
  }
  return reduced;
}

/**
 * A set of fewer than `minimum` ratees whose sum the published sets determine, or `null` when
 * there is none. `sets` are the published figures' ratee sets (ratee numbers 0 … ratees − 1).
 */
export function findRecoveredSmallSet(sets: readonly (readonly number[])[], ratees: number, minimum: number): number[] | null {
  const rows = reducedRows(sets, ratees);
  const choose = (from: number, picked: number[]): number[] | null => {
    if (picked.length > 0) {
      const total = Array.from({ length: ratees }, (_, column) => picked.reduce((sum, row) => add(sum, (rows[row] as Rational[])[column] as Rational), ZERO));
      const indicator = total.every((value) => value.q === 1n && (value.p === 0n || value.p === 1n));
      const support = total.flatMap((value, column) => (value.p === 1n ? [column] : []));
      if (indicator && support.length > 0 && support.length < minimum) return support;
    }
    if (picked.length >= minimum - 1) return null;
    for (let row = from; row < rows.length; row += 1) {
      const found = choose(row + 1, picked.concat([row]));
      if (found !== null) return found;
    }
    return null;
  };
  return choose(0, []);
}
