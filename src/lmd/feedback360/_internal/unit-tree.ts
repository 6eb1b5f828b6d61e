import type { UnitForest } from '../anonymity/_internal/complementary-suppression.js';

/** The units of a cycle as a tree numbered in pre-order (children by name), and where each ratee sits. */
export interface UnitTree extends UnitForest {
  /** Each unit's path from the organisation down. */
  readonly paths: readonly (readonly string[])[];
  /** Per ratee (in the order given), the unit they sit in. */
  readonly unitOf: readonly number[];
}

/** Builds the tree of units from the ratees' paths (each a non-empty list of names, one organisation at the top). */
export function unitTree(rateePaths: readonly (readonly string[])[]): UnitTree {
  // A trie keyed by name, then numbered in pre-order with siblings sorted by name.
  interface Node {
    readonly path: readonly string[];
    readonly children: Map<string, Node>;
    index: number;
  }
  const roots = new Map<string, Node>();
  const leaves: Node[] = [];
  for (const path of rateePaths) {
    let level = roots;
    let node: Node | undefined;
    path.forEach((name, depth) => {
      let next = level.get(name);
      if (next === undefined) {
        next = { path: path.slice(0, depth + 1), children: new Map(), index: -1 };
        level.set(name, next);
      }
      node = next;
      level = next.children;
    });
    leaves.push(node as Node);
  }
  const parent: number[] = [];
  const children: number[][] = [];
  const paths: (readonly string[])[] = [];
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const visit = (level: Map<string, Node>, above: number): void => {
    for (const name of [...level.keys()].sort(byName)) {
      const node = level.get(name) as Node;
      node.index = paths.length;
      paths.push(node.path);
      parent.push(above);
      children.push([]);
      if (above >= 0) children[above]?.push(node.index);
      visit(node.children, node.index);
    }
  };
  visit(roots, -1);
  return { parent, children, paths, unitOf: leaves.map((node) => node.index) };
}

/** Per unit, how many of the ratees marked `true` sit in it or below it. */
export function countsPerUnit(tree: UnitTree, counted: (ratee: number) => boolean): number[] {
  const counts = new Array<number>(tree.paths.length).fill(0);
  tree.unitOf.forEach((unit, ratee) => {
    if (!counted(ratee)) return;
    for (let at = unit; at >= 0; at = tree.parent[at] ?? -1) counts[at] = (counts[at] ?? 0) + 1;
  });
  return counts;
}
