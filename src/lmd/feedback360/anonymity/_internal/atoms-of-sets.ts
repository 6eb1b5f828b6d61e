// The atoms of a family of sets: the members grouped by exactly which sets hold them. Every
// combination of the sets takes one value on each atom, so the release checks reason about atoms
// and their sizes instead of people.

/** A family's atoms. */
export interface SetAtoms {
  /** How many members each atom holds. */
  readonly atomSize: readonly number[];
  /** For each atom, the positions of the sets that hold it (ascending). */
  readonly atomSets: readonly (readonly number[])[];
  /** Finds an atom by its list of sets, joined with commas (`'0,2'`). */
  readonly atomOf: ReadonlyMap<string, number>;
}

/**
 * The atoms of `sets` (each a list of members; a member listed twice in one set counts once).
 * Atoms are numbered in order of their first member's first appearance.
 *
 * @internal
 */
export function atomsOfSets(sets: readonly (readonly number[])[]): SetAtoms {
  const membership = new Map<number, number[]>();
  sets.forEach((set, position) => {
    for (const member of set) {
      const list = membership.get(member);
      if (list === undefined) membership.set(member, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  });
  const atomOf = new Map<string, number>();
  const atomSize: number[] = [];
  const atomSets: number[][] = [];
  for (const list of membership.values()) {
    const key = list.join(',');
    let atom = atomOf.get(key);
    if (atom === undefined) {
      atom = atomSize.length;
      atomOf.set(key, atom);
      atomSize.push(0);
      atomSets.push(list);
    }
    atomSize[atom] = (atomSize[atom] as number) + 1;
  }
  return { atomSize, atomSets, atomOf };
}
