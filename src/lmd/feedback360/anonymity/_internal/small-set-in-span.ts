// Whether a family of published rater sets lets a reader learn something about the ratings of a
// small set of raters. Each published figure for one ratee and scope gives the sum of its raters'
// ratings (n × mean); a reader who assumes that a rater rates the same in every release can
// combine the figures linearly. A combination that depends on the ratings of fewer than `minimum`
// raters only (one rater's rating, a late rater's rating, or the difference between a leaver's and
// a joiner's) gives those few away. So the question is: does the span of the figures' indicator
// vectors hold a non-zero vector supported on at least one and fewer than `minimum` raters? For two
// figures this is the rule that their raters differ by 0 or at least `minimum` people (joiners
// plus leavers); for more it also catches leaks that need three or more releases together.
//
// Every vector in the span is constant on the "atoms" of the family (raters that belong to exactly
// the same sets), so the support of a vector in the span is a union of atoms. When every atom has
// at least `minimum` raters nothing small is determined (the common case, answered without
// algebra). Otherwise each union U of small atoms with fewer than `minimum` raters is tested: some
// non-zero vector of the span is supported on U exactly when deleting U's columns lowers the rank.
// Ranks are computed by exact integer elimination (BigInt), so no rounding can hide or invent a leak.

import { atomsOfSets } from './atoms-of-sets.js';
import { echelonForm } from './integer-echelon.js';

/** How many unions of small atoms are tested before the answer is taken to be "yes" (safe side). */
const candidateBudget = 20_000;

/**
 * Whether some non-zero combination of the sets' indicator vectors depends on at least one and
 * fewer than `minimum` raters only. Sets are arrays of rater numbers (any order, no repeats); an
 * empty set adds nothing.
 *
 * With `lastIsNew`, the sets before the last are known to be safe together, so only combinations
 * that use the last set need looking for. Those take the same value on every rater that only the
 * last set holds (its newcomers), so they rest on all of them: with `minimum` newcomers or more
 * the answer is no at once, and otherwise only unions holding the newcomers are tested.
 *
 * @internal
 */
export function smallSetInSpan(sets: readonly (readonly number[])[], minimum: number, lastIsNew = false): boolean {
  // Atoms: raters grouped by the list of sets they belong to.
  const { atomSize, atomSets, atomOf } = atomsOfSets(sets);
  // The newcomers' atom: raters in the last set only.
  const newcomers = lastIsNew ? (atomOf.get(String(sets.length - 1)) ?? -1) : -1;
  if (newcomers >= 0 && (atomSize[newcomers] as number) >= minimum) return false;
  const small: number[] = [];
  atomSize.forEach((size, atom) => {
    if (size < minimum && atom !== newcomers) small.push(atom);
  });
  if (small.length === 0 && newcomers < 0) return false;

  // The sets as rows over atoms, and their rank.
  const atomCount = atomSize.length;
  const rows: number[][] = sets.map(() => new Array<number>(atomCount).fill(0));
  atomSets.forEach((list, atom) => {
    for (const position of list) (rows[position] as number[])[atom] = 1;
  });
  const fullRank = rankOf(rows, atomCount);
  const dropped = new Uint8Array(atomCount);
  const supportedOn = (atoms: readonly number[]): boolean => {
    for (const atom of atoms) dropped[atom] = 1;
    const reduced = rows.map((row) => row.filter((_, atom) => dropped[atom] === 0));
    for (const atom of atoms) dropped[atom] = 0;
    return rankOf(reduced, atomCount - atoms.length) < fullRank;
  };

  // Only the largest unions need testing: a vector supported on U is supported on every union
  // that contains U. The search tests a union when no later small atom fits beside it; every
  // smaller union lies inside one of those.
  let tried = 0;
  let found = false;
  const chosen: number[] = newcomers >= 0 ? [newcomers] : [];
  const search = (from: number, size: number): void => {
    let extended = false;
    for (let k = from; k < small.length && !found; k += 1) {
      const atom = small[k] as number;
      const total = size + (atomSize[atom] as number);
      if (total >= minimum) continue;
      extended = true;
      chosen.push(atom);
      search(k + 1, total);
      chosen.pop();
    }
    if (!extended && !found && chosen.length > 0) {
      tried += 1;
      if (tried > candidateBudget || supportedOn(chosen)) found = true;
    }
  };
  search(0, newcomers >= 0 ? (atomSize[newcomers] as number) : 0);
  return found;
}

/**
 * The rank of 0/1 rows: with ordinary numbers while every value stays a safe integer (exact, and
 * far faster), else again with BigInt. The rows are left as they are.
 */
function rankOf(rows: readonly (readonly number[])[], columns: number): number {
  return echelonForm(rows.map((row) => row.slice()), columns)?.length ?? echelon(rows.map((row) => row.map(BigInt)), columns).length;
}

/** A row-echelon basis: each row with its pivot column. */
interface EchelonRow {
  readonly pivot: number;
  readonly row: readonly bigint[];
}

function echelon(input: readonly bigint[][], columns: number): EchelonRow[] {
  const rows = input.map((row) => row.slice());
  const basis: EchelonRow[] = [];
  let next = 0;
  for (let column = 0; column < columns && next < rows.length; column += 1) {
    let pivot = -1;
    for (let r = next; r < rows.length; r += 1) {
      if ((rows[r] as bigint[])[column] !== 0n) {
        pivot = r;
        break;
      }
    }
    if (pivot < 0) continue;
    [rows[next], rows[pivot]] = [rows[pivot] as bigint[], rows[next] as bigint[]];
    const top = rows[next] as bigint[];
    for (let r = next + 1; r < rows.length; r += 1) {
      const row = rows[r] as bigint[];
      if (row[column] !== 0n) rows[r] = eliminate(row, top, column);
    }
    basis.push({ pivot: column, row: top });
    next += 1;
  }
  return basis;
}

/** `row · top[column] − top · row[column]`, divided by the gcd of its entries. */
function eliminate(row: readonly bigint[], top: readonly bigint[], column: number): bigint[] {
  const a = top[column] as bigint;
  const b = row[column] as bigint;
  const result = row.map((value, k) => value * a - (top[k] as bigint) * b);
  let divisor = 0n;
  for (const value of result) divisor = gcd(divisor, value < 0n ? -value : value);
  return divisor > 1n ? result.map((value) => value / divisor) : result;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
