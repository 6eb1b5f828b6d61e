// Exact row reduction of small integer matrices in ordinary numbers, for the release checks:
// fraction-free elimination with each new row divided by the gcd of its entries, which keeps the
// values small on the 0/1 matrices the checks build. Should a value leave the safe integers, the
// answer is `null` and the caller falls back (to BigInt, or to the safe side).

/**
 * One row of an echelon form and the column of its leading entry.
 *
 * @internal
 */
export interface EchelonRow {
  readonly pivot: number;
  readonly row: readonly number[];
}

/**
 * An echelon form of integer rows (fraction-free, each row divided by the gcd of its entries), or
 * `null` when a value would leave the safe integers. The rows given are changed.
 *
 * @internal
 */
export function echelonForm(rows: number[][], columns: number): EchelonRow[] | null {
  const basis: EchelonRow[] = [];
  let next = 0;
  for (let at = 0; at < columns && next < rows.length; at += 1) {
    let pivot = -1;
    for (let r = next; r < rows.length; r += 1) {
      if ((rows[r] as number[])[at] !== 0) {
        pivot = r;
        break;
      }
    }
    if (pivot < 0) continue;
    [rows[next], rows[pivot]] = [rows[pivot] as number[], rows[next] as number[]];
    const top = rows[next] as number[];
    const a = top[at] as number;
    for (let r = next + 1; r < rows.length; r += 1) {
      const row = rows[r] as number[];
      const b = row[at] as number;
      if (b === 0) continue;
      let divisor = 0;
      for (let k = at; k < columns; k += 1) {
        const value = (row[k] as number) * a - (top[k] as number) * b;
        if (!Number.isSafeInteger(value)) return null;
        row[k] = value;
        divisor = gcd(divisor, Math.abs(value));
      }
      if (divisor > 1) for (let k = at; k < columns; k += 1) row[k] = (row[k] as number) / divisor;
    }
    basis.push({ pivot: at, row: top });
    next += 1;
  }
  return basis;
}

/**
 * The greatest common divisor of two whole numbers.
 *
 * @internal
 */
export function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
