// Whether the span of a family of sets holds a non-zero vector resting on at least one and fewer
// than `minimum` people, asked of sets already grouped into atoms (people that belong to exactly
// the same sets, with each atom's size). The same question as `small-set-in-span.ts`, answered in
// a way that stays fast when the family is large (the roll-ups by unit compare hundreds of blocks
// of ratees over several releases):
//
// 1. A vector resting on fewer than `minimum` people is zero on every atom of `minimum` or more
//    (a "large" atom). Bring the sets, as rows over the atoms with the large atoms' columns first,
//    to echelon form: the rows whose leading entry lies among the small atoms span exactly the
//    vectors of the span that are zero on every large atom. Call that space V (dimension d).
// 2. A small atom on which every row of V is zero can hold no part of such a vector; the others
//    are the "active" atoms. With no active atom, nothing small is in the span.
// 3. V splits into parts over disjoint atoms, each tried alone. In a part (in reduced form), a
//    small vector combines a few rows whose pivots hold few people, and must cancel on nearly all
//    of their other atoms: see `smallVectorIn`.
//
// Arithmetic is exact: fraction-free elimination in ordinary numbers, each row divided by the gcd
// of its entries. Should a value leave the safe integers, or the unions to try exceed the budget,
// the answer is "cannot tell" and the caller withholds, erring on the safe side.

import { echelonForm, gcd, type EchelonRow } from './integer-echelon.js';

/** The most rank tests tried for one part before the answer is "cannot tell". */
const workBudget = 20_000;
/** The most sets of rows tried for one part before the answer is "cannot tell". */
const setBudget = 2_000;

/**
 * Whether a non-zero combination of the rows rests on at least one and fewer than `minimum`
 * people: `leaks`, `safe`, or `untested` (exactness or the budget was exceeded).
 *
 * @param rows - each set as the list of its atoms (positions in `atomSize`)
 * @param atomSize - how many people each atom holds (at least 1)
 * @param minimum - the fewest people a combination may rest on
 * @internal
 */
export function smallCombination(rows: readonly (readonly number[])[], atomSize: readonly number[], minimum: number): 'safe' | 'leaks' | 'untested' {
  // Columns: the large atoms first, then the small ones.
  const large: number[] = [];
  const small: number[] = [];
  atomSize.forEach((size, atom) => (size >= minimum ? large : small).push(atom));
  if (small.length === 0) return 'safe';
  const column = new Int32Array(atomSize.length);
  [...large, ...small].forEach((atom, position) => {
    column[atom] = position;
  });
  const width = atomSize.length;
  const matrix = rows.map((set) => {
    const row = new Array<number>(width).fill(0);
    for (const atom of set) row[column[atom] as number] = 1;
    return row;
  });
  const echelon = echelonForm(matrix, width);
  if (echelon === null) return 'untested';
  // V: the rows led by a small atom, restricted to the small atoms' columns, in reduced form.
  const space = reduce(
    echelon.filter(({ pivot }) => pivot >= large.length).map(({ pivot, row }) => ({ pivot: pivot - large.length, row: row.slice(large.length) })),
  );
  if (space === null) return 'untested';
  if (space.length === 0) return 'safe';
  // V splits into parts over disjoint sets of atoms (rows of the reduced form that share no atom,
  // even through other rows); a small vector's part in each is small, so each is tried alone.
  const part = new Int32Array(small.length).fill(-1);
  const root = (k: number): number => {
    let at = k;
    while ((part[at] as number) >= 0 && part[at] !== at) at = part[at] as number;
    return at;
  };
  for (const { row } of space) {
    let first = -1;
    row.forEach((value, k) => {
      if (value === 0) return;
      if (part[k] === -1) part[k] = k;
      if (first < 0) first = root(k);
      else {
        const other = root(k);
        if (other !== first) part[other] = first;
      }
    });
  }
  const parts = new Map<number, number[][]>();
  for (const { pivot, row } of space) {
    const key = root(pivot);
    parts.set(key, (parts.get(key) ?? []).concat([row as number[]]));
  }
  const sizeOf = (k: number): number => atomSize[small[k] as number] as number;
  let verdict: 'safe' | 'leaks' | 'untested' = 'safe';
  for (const rowsOfPart of parts.values()) {
    const found = smallVectorIn(rowsOfPart, sizeOf, minimum);
    if (found === 'leaks') return 'leaks';
    if (found === 'untested') verdict = 'untested';
  }
  return verdict;
}

/**
 * Whether the span of `space` (rows in reduced echelon form over the small atoms, one connected
 * part) holds a non-zero vector resting on fewer than `minimum` people.
 *
 * Such a vector is Σ c_k r_k over the rows k with c_k ≠ 0 (call them K); it is non-zero on each
 * of their pivots, which appear in no other row, so K's pivots alone must hold fewer than
 * `minimum` people, and K is connected (else one of its pieces would be a smaller such vector).
 * For each such K, with `budget` people left once its pivots are counted, the vector is small
 * exactly when, for some set S of K's other atoms holding at most `budget` people, a non-zero c
 * makes Σ c_k r_k zero on every other atom of K's rows: when those columns of K's rows have rank
 * below |K|. Only the largest such S need trying.
 */
function smallVectorIn(space: readonly (readonly number[])[], sizeOf: (k: number) => number, minimum: number): 'safe' | 'leaks' | 'untested' {
  const width = space[0]?.length ?? 0;
  const pivots = space.map((row) => row.findIndex((value) => value !== 0));
  const supports = space.map((row) => row.flatMap((value, k) => (value === 0 ? [] : [k])));
  // Rows that share an atom are neighbours.
  const rowsOf: number[][] = Array.from({ length: width }, () => []);
  supports.forEach((support, r) => {
    for (const k of support) rowsOf[k]?.push(r);
  });
  const neighbours = supports.map((support, r) => [...new Set(support.flatMap((k) => rowsOf[k] as number[]))].filter((other) => other !== r));
  let work = 0;
  const seen = new Set<string>();
  let verdict: 'safe' | 'leaks' | 'untested' = 'safe';

  /** The non-pivot atoms of K's rows that only one of them holds, and how many people they hold. */
  const forcedOf = (chosen: readonly number[], columns: readonly number[]): { columns: number[]; people: number } => {
    const forced: number[] = [];
    let people = 0;
    for (const k of columns) {
      let holders = 0;
      for (const r of chosen) if ((space[r] as readonly number[])[k] !== 0) holders += 1;
      if (holders === 1) {
        forced.push(k);
        people += sizeOf(k);
      }
    }
    return { columns: forced, people };
  };
  // Marks (by a fresh stamp each time) so that sets of columns and rows are built without Sets.
  const columnMark = new Int32Array(width);
  const rowMark = new Int32Array(space.length);
  let stamp = 0;
  const nonPivotColumns = (chosen: readonly number[]): number[] => {
    stamp += 1;
    for (const r of chosen) columnMark[pivots[r] as number] = stamp;
    const columns: number[] = [];
    for (const r of chosen) {
      for (const k of supports[r] as number[]) {
        if (columnMark[k] === stamp) continue;
        columnMark[k] = stamp;
        columns.push(k);
      }
    }
    return columns.sort((a, b) => a - b);
  };
  const test = (chosen: readonly number[], budget: number, columns: readonly number[], forcedPeople: number): boolean | null => {
    const rows = chosen.map((r) => space[r] as readonly number[]);
    // With every c_k non-zero (a smaller K is tried on its own), an atom only one of K's rows
    // holds cannot cancel: if those atoms and the pivots hold too many people, K gives nothing.
    if (minimum - 1 - budget + forcedPeople >= minimum) return false;
    const picked: number[] = [];
    let answer: boolean | null = false;
    const search = (from: number, people: number): void => {
      let extended = false;
      for (let position = from; position < columns.length && answer === false; position += 1) {
        const k = columns[position] as number;
        if (people + sizeOf(k) > budget) continue;
        extended = true;
        picked.push(k);
        search(position + 1, people + sizeOf(k));
        picked.pop();
      }
      if (extended || answer !== false) return;
      work += 1;
      if (work > workBudget) {
        answer = null;
        return;
      }
      const zeroed = columns.filter((k) => !picked.includes(k));
      const rank = echelonForm(
        rows.map((row) => zeroed.map((k) => row[k] as number)),
        zeroed.length,
      );
      if (rank === null) answer = null;
      else if (rank.length < chosen.length) answer = true;
    };
    search(0, 0);
    return answer;
  };

  const grow = (chosen: number[], pivotPeople: number): void => {
    if (verdict !== 'safe') return;
    const key = chosen.slice().sort((a, b) => a - b).join(',');
    if (seen.has(key)) return;
    seen.add(key);
    if (seen.size > setBudget) {
      verdict = 'untested';
      return;
    }
    const columns = nonPivotColumns(chosen);
    const forced = forcedOf(chosen, columns);
    const found = test(chosen, minimum - 1 - pivotPeople, columns, forced.people);
    if (found === null) {
      verdict = 'untested';
      return;
    }
    if (found) {
      verdict = 'leaks';
      return;
    }
    stamp += 1;
    for (const r of chosen) rowMark[r] = stamp;
    const candidates: number[] = [];
    for (const r of chosen) {
      for (const other of neighbours[r] as number[]) {
        if (rowMark[other] === stamp) continue;
        rowMark[other] = stamp;
        if (other > (chosen[0] as number) && pivotPeople + sizeOf(pivots[other] as number) < minimum) candidates.push(other);
      }
    }
    // Rows added later must cancel all but `slack` people of K's forced atoms, and at most
    // `slack` rows can be added (each brings a pivot): if even the best of them cannot, stop.
    const slack = minimum - 1 - pivotPeople;
    const needed = forced.people - slack;
    if (needed > 0) {
      const cover = candidates.map((r) => forced.columns.reduce((people, k) => people + ((space[r] as readonly number[])[k] !== 0 ? sizeOf(k) : 0), 0)).sort((a, b) => b - a);
      if (cover.slice(0, slack).reduce((sum, people) => sum + people, 0) < needed) return;
    }
    for (const r of candidates) {
      const people = pivotPeople + sizeOf(pivots[r] as number);
      if (people >= minimum) continue;
      chosen.push(r);
      grow(chosen, people);
      chosen.pop();
      if (verdict !== 'safe') return;
    }
  };
  for (let r = 0; r < space.length && verdict === 'safe'; r += 1) {
    const people = sizeOf(pivots[r] as number);
    if (people < minimum) grow([r], people);
  }
  return verdict;
}

/**
 * The reduced echelon form of rows already in echelon form (each pivot cleared from the rows
 * above it), or `null` when a value would leave the safe integers.
 */
function reduce(rows: readonly EchelonRow[]): EchelonRow[] | null {
  const out = rows.map(({ pivot, row }) => ({ pivot, row: row.slice() }));
  for (let at = out.length - 1; at >= 0; at -= 1) {
    const { pivot, row: top } = out[at] as { pivot: number; row: number[] };
    const a = top[pivot] as number;
    for (let above = 0; above < at; above += 1) {
      const row = (out[above] as { row: number[] }).row;
      const b = row[pivot] as number;
      if (b === 0) continue;
      let divisor = 0;
      for (let k = 0; k < row.length; k += 1) {
        const value = (row[k] as number) * a - (top[k] as number) * b;
        if (!Number.isSafeInteger(value)) return null;
        row[k] = value;
        divisor = gcd(divisor, Math.abs(value));
      }
      if (divisor > 1) for (let k = 0; k < row.length; k += 1) row[k] = (row[k] as number) / divisor;
    }
  }
  return out;
}

