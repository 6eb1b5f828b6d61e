// The release ledger's check of roll-ups by unit: which of the units a release is about to show
// (already safe within the release, by complementary suppression) must be withheld because their
// figures, combined with figures of earlier releases, would rest on fewer than `minRatees` ratees.
//
// What a reader learns. A unit's figure for one scope (a competency's mean, a mean gap, an item's
// mean, or the unit's counts) is a sum over a known set of ratees, one value per ratee. A reader
// who assumes each ratee's value is the same in every release may combine the figures of every
// release linearly; a combination resting on at least one and fewer than `minRatees` ratees gives
// those few away (one person's figure, or a joiner's less a leaver's). This is the rater ledger's
// question (`small-set-in-span.ts`) asked about ratees.
//
// The blocks. The units a release shows for one scope are nested, so their span equals the span
// of their remainders: each unit's ratees less those of the shown units under it. Remainders are
// disjoint, and only they are stored and compared (as the ledger's `units.blocks`). The units are
// decided from the leaves up, so a unit's remainder is known when it is decided; withholding one
// hands its remainder to the shown unit above it, whose remainder then grows by at least
// `minRatees` and stays safe within the release.
//
// The test for one remainder R, given blocks already known safe together (earlier releases', and
// this release's accepted ones): a new combination must use R, so it takes one non-zero value on
// every ratee only R holds; with `minRatees` of those it rests on enough. Otherwise only the
// blocks connected to R through shared ratees can take part (the span splits over connected
// parts). Among them a block can be set aside when a ratee group of `minRatees` or more lies in it
// and in no other live block, since a combination resting on few must give that group zero; that
// is repeated until nothing changes, and if R itself is set aside no new combination rests on few.
// What is left goes to the exact test (`small-combination.ts`). When it is too large to test in
// reasonable time the unit is withheld: the check errs on the safe side, never the other.

import type { UnitForest } from './complementary-suppression.js';
import { atomsOfSets } from './atoms-of-sets.js';
import { decodeBitset, encodeBitset } from './hex-bitset.js';
import { smallCombination } from './small-combination.js';

/** The roll-up part of the release ledger, as stored. */
export interface UnitLedgerPart {
  readonly scopes: readonly string[];
  readonly ratees: readonly string[];
  readonly blocks: readonly { readonly release: number; readonly scopes: string; readonly n: number; readonly ratees: string }[];
}

/** The largest family (blocks × ratee groups) the exact test is run on; larger is withheld. */
const exactTestBudget = 800 * 1600;

/**
 * One release's check of unit roll-ups against the ledger.
 *
 * @internal
 */
export interface UnitLedgerRun {
  /**
   * Decides one scope: `candidate` marks the units the release would show (per unit of the
   * forest, in pre-order), `unitOf` gives each ratee's unit (ratees in the order given when the
   * run was opened) and `has` whether the ratee counts towards the scope. Returns, per unit,
   * whether the ledger withholds it.
   */
  readonly decide: (scope: string, forest: UnitForest, unitOf: readonly number[], has: (ratee: number) => boolean, candidate: readonly boolean[]) => boolean[];
  /** The roll-up part of the ledger after this release, and the release table it refers to. */
  readonly close: () => { readonly releases: string[]; readonly units: UnitLedgerPart };
  /** How many units were withheld because the exact test would have been too large (for benchmarks). */
  readonly withheldUntested: () => number;
}

/** A block this release adds: its ratees (ledger positions) and the scopes it serves. */
interface AddedBlock {
  readonly members: readonly number[];
  readonly scopes: Set<number>;
}

/**
 * Opens the check of one release: `releases` is the ledger's release table, `units` its roll-up
 * part (or `undefined` before any roll-up was recorded), `rateeIds` the release's ratees and
 * `registrationOrder` the order (positions in `rateeIds`, every one once) in which ratees new to
 * the ledger are numbered.
 *
 * @internal
 */
export function openUnitLedger(
  releases: readonly string[],
  units: UnitLedgerPart | undefined,
  releaseId: string,
  rateeIds: readonly string[],
  registrationOrder: readonly number[],
  minRatees: number,
): UnitLedgerRun {
  const releaseTable = releases.slice();
  let release = releaseTable.indexOf(releaseId);
  if (release < 0) {
    release = releaseTable.length;
    releaseTable.push(releaseId);
  }
  const scopes = (units?.scopes ?? []).slice();
  const scopePosition = new Map(scopes.map((scope, position) => [scope, position]));
  const ratees = (units?.ratees ?? []).slice();
  const rateePosition = new Map(ratees.map((id, position) => [id, position]));
  // New ratees are numbered in the order given (by unit), so a unit's block is a short bitset.
  for (const ratee of registrationOrder) {
    const id = rateeIds[ratee] as string;
    if (!rateePosition.has(id)) {
      rateePosition.set(id, ratees.length);
      ratees.push(id);
    }
  }
  const positionOf = rateeIds.map((id) => rateePosition.get(id) as number);
  const stored = units?.blocks ?? [];
  const storedMembers: (readonly number[])[] = stored.map((block) => decodeBitset(block.ratees) ?? []);
  const storedScopes: (readonly number[])[] = stored.map((block) => decodeBitset(block.scopes) ?? []);
  const added = new Map<string, AddedBlock>();
  // Scopes whose inputs are the same share one decision (usually every scope of a cycle).
  const decided = new Map<string, { withheld: boolean[]; blocks: string[] }>();
  let untested = 0;

  const decide = (scope: string, forest: UnitForest, unitOf: readonly number[], has: (ratee: number) => boolean, candidate: readonly boolean[]): boolean[] => {
    let scopeAt = scopePosition.get(scope);
    if (scopeAt === undefined) {
      scopeAt = scopes.length;
      scopes.push(scope);
      scopePosition.set(scope, scopeAt);
    }
    const earlier: number[] = [];
    storedScopes.forEach((list, block) => {
      if (list.includes(scopeAt)) earlier.push(block);
    });
    let hasText = '';
    for (let ratee = 0; ratee < unitOf.length; ratee += 1) hasText += has(ratee) ? '1' : '0';
    const key = `${earlier.join(',')}|${candidate.map((shown) => (shown ? '1' : '0')).join('')}|${hasText}`;
    let outcome = decided.get(key);
    if (outcome === undefined) {
      outcome = decideAll(earlier, forest, unitOf, has, candidate);
      decided.set(key, outcome);
    }
    for (const text of outcome.blocks) added.get(text)?.scopes.add(scopeAt);
    return outcome.withheld.slice();
  };

  const decideAll = (earlier: readonly number[], forest: UnitForest, unitOf: readonly number[], has: (ratee: number) => boolean, candidate: readonly boolean[]) => {
    const family = new BlockFamily(ratees.length);
    for (const block of earlier) family.add(storedMembers[block] as readonly number[]);
    // Blocks this release already recorded for other scopes are not part of this scope's family.
    const size = forest.parent.length;
    const pending: number[][] = Array.from({ length: size }, () => []);
    unitOf.forEach((unit, ratee) => {
      if (has(ratee)) pending[unit]?.push(positionOf[ratee] as number);
    });
    const withheld = new Array<boolean>(size).fill(false);
    const blocks: string[] = [];
    for (let unit = size - 1; unit >= 0; unit -= 1) {
      const remainder = pending[unit] as number[];
      const above = forest.parent[unit] ?? -1;
      if (candidate[unit] === true) {
        if (remainder.length === 0) continue;
        const verdict = family.newCombinationRestsOnFew(remainder, minRatees);
        if (verdict === 'safe') {
          family.add(remainder);
          const text = encodeBitset(remainder);
          if (!added.has(text)) added.set(text, { members: remainder.slice().sort((a, b) => a - b), scopes: new Set() });
          blocks.push(text);
          continue;
        }
        if (verdict === 'untested') untested += 1;
        withheld[unit] = true;
      }
      if (above >= 0) for (const ratee of remainder) pending[above]?.push(ratee);
    }
    return { withheld, blocks };
  };

  const close = () => {
    const blocks: { release: number; scopes: string; n: number; ratees: string }[] = stored.map((block) => ({ ...block }));
    const index = new Map(blocks.map((block, position) => [`${block.release}|${block.ratees}`, position]));
    for (const [text, block] of added) {
      if (block.scopes.size === 0) continue;
      const at = index.get(`${release}|${text}`);
      if (at === undefined) {
        index.set(`${release}|${text}`, blocks.length);
        blocks.push({ release, scopes: encodeBitset([...block.scopes]), n: block.members.length, ratees: text });
      } else {
        const entry = blocks[at] as (typeof blocks)[number];
        entry.scopes = encodeBitset([...(decodeBitset(entry.scopes) ?? []), ...block.scopes]);
      }
    }
    return { releases: releaseTable, units: { scopes, ratees, blocks } };
  };

  return { decide, close, withheldUntested: () => untested };
}

/**
 * Blocks known safe together, with the ratees they connect (union–find), so that the blocks that
 * can take part in a combination with a new one are found without looking at the others.
 */
class BlockFamily {
  private readonly parent: Int32Array;
  /** How many blocks hold each ratee. */
  private readonly holders: Uint16Array;
  private readonly blocks: (readonly number[])[] = [];
  /** The blocks of each connected part, under its root ratee. */
  private readonly byRoot = new Map<number, number[]>();

  constructor(ratees: number) {
    this.parent = new Int32Array(ratees).map((_, index) => index);
    this.holders = new Uint16Array(ratees);
  }

  private find(ratee: number): number {
    let root = ratee;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let at = ratee;
    while (this.parent[at] !== root) {
      const next = this.parent[at] as number;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }

  add(members: readonly number[]): void {
    const block = this.blocks.length;
    this.blocks.push(members);
    let root = -1;
    const lists: number[][] = [[block]];
    for (const ratee of members) {
      this.holders[ratee] = (this.holders[ratee] as number) + 1;
      const other = this.find(ratee);
      if (root < 0) {
        root = other;
        continue;
      }
      if (other === root) continue;
      const list = this.byRoot.get(other);
      if (list !== undefined) {
        lists.push(list);
        this.byRoot.delete(other);
      }
      this.parent[other] = root;
    }
    if (root < 0) return;
    const own = this.byRoot.get(root);
    if (own !== undefined) lists.push(own);
    // Keep the longest list and append the others to it.
    lists.sort((a, b) => b.length - a.length);
    const kept = lists[0] as number[];
    for (const list of lists.slice(1)) for (const entry of list) kept.push(entry);
    this.byRoot.set(root, kept);
  }

  /** Whether some combination of the family's blocks and `remainder` (with it) rests on fewer than `minimum` ratees. */
  newCombinationRestsOnFew(remainder: readonly number[], minimum: number): 'safe' | 'leaks' | 'untested' {
    let newcomers = 0;
    const roots = new Set<number>();
    for (const ratee of remainder) {
      if (this.holders[ratee] === 0) newcomers += 1;
      else roots.add(this.find(ratee));
    }
    if (newcomers >= minimum) return 'safe';
    const connected: number[] = [];
    for (const root of roots) for (const block of this.byRoot.get(root) ?? []) connected.push(block);
    const live = this.liveBlocks(connected, remainder, minimum);
    if (live === null) return 'safe';
    const sets = live.map((block) => this.blocks[block] as readonly number[]);
    sets.push(remainder);
    // Atoms: ratees grouped by the sets that hold them; each set as the list of its atoms.
    const { atomSize, atomSets } = atomsOfSets(sets);
    const rows: number[][] = sets.map(() => []);
    atomSets.forEach((list, atom) => {
      for (const position of list) rows[position]?.push(atom);
    });
    if (sets.length * atomSize.length > exactTestBudget) return 'untested';
    return smallCombination(rows, atomSize, minimum);
  }

  /**
   * The connected blocks that can take part in a combination with `remainder` resting on few
   * ratees, or `null` when no such combination can use `remainder`. A block is set aside when
   * `minimum` or more ratees lie in it and in no other live block (including `remainder`).
   */
  private liveBlocks(connected: readonly number[], remainder: readonly number[], minimum: number): number[] | null {
    // Atoms over the connected blocks and the remainder (position connected.length).
    const all = connected.map((block) => this.blocks[block] as readonly number[]);
    all.push(remainder);
    const { atomSize, atomSets: atomBlocks } = atomsOfSets(all);
    // Per block, its large atoms; per large atom, how many of its blocks are still live.
    const largeOf: number[][] = all.map(() => []);
    const liveCount: number[] = atomBlocks.map((list) => list.length);
    atomBlocks.forEach((list, atom) => {
      if ((atomSize[atom] as number) >= minimum) for (const position of list) largeOf[position]?.push(atom);
    });
    const dead = new Uint8Array(all.length);
    const queue: number[] = [];
    atomBlocks.forEach((list, atom) => {
      if ((atomSize[atom] as number) >= minimum && list.length === 1) queue.push(atom);
    });
    while (queue.length > 0) {
      const atom = queue.pop() as number;
      const owner = (atomBlocks[atom] as number[]).find((position) => dead[position] === 0);
      if (owner === undefined) continue;
      dead[owner] = 1;
      if (owner === all.length - 1) return null;
      for (const other of largeOf[owner] as number[]) {
        liveCount[other] = (liveCount[other] as number) - 1;
        if (liveCount[other] === 1) queue.push(other);
      }
    }
    const live: number[] = [];
    connected.forEach((block, position) => {
      if (dead[position] === 0) live.push(block);
    });
    return live;
  }
}
