// The exact rank of integer rows, for the differencing attackers of the release-ledger property
// tests (fraction-free elimination in BigInt: no rounding can hide or invent a leak). Written
// apart from the library's own elimination, so the attacker does not share its code.

/** The rank of integer rows, exactly (fraction-free elimination). */
export function exactRank(input: readonly (readonly bigint[])[]): number {
  const rows = input.map((row) => row.slice());
  const columns = rows[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < columns && r < rows.length; c += 1) {
    const pivot = rows.findIndex((row, index) => index >= r && row[c] !== 0n);
    if (pivot < 0) continue;
    [rows[r], rows[pivot]] = [rows[pivot] as bigint[], rows[r] as bigint[]];
    const top = rows[r] as bigint[];
    for (let i = r + 1; i < rows.length; i += 1) {
      const row = rows[i] as bigint[];
      const factor = row[c] as bigint;
      if (factor === 0n) continue;
      rows[i] = row.map((value, j) => value * (top[c] as bigint) - (top[j] as bigint) * factor);
    }
    r += 1;
  }
  return r;
}
