/**
 * Links the current cycle's items to an earlier cycle's: by a caller's mapping first, then by the
 * same id. Checks that every mapped id exists on its side and that no earlier item is linked twice.
 *
 * @module
 */
import type { LmdInputIssueInit } from '../../../core/input-error.js';

/** How one earlier cycle's items link to the current cycle's. */
export interface ItemLinks {
  /** Current item id → earlier item id, for the linked items. */
  readonly earlierOf: ReadonlyMap<string, string>;
  /** Current items with no earlier item, in current order. */
  readonly unlinked: readonly string[];
  /** Earlier items no current item links to, in earlier order. */
  readonly unused: readonly string[];
}

/**
 * Links items, collecting an issue for each mapped id that does not exist.
 *
 * @param currentItems - the current cycle's item ids, in order
 * @param earlierItems - the earlier cycle's item ids, in order
 * @param mapping - current item id → earlier item id (own keys only)
 * @param keys - the mapping's path, for issues
 * @param issues - where issues go
 * @returns the links
 */
export function linkCycleItems(
  currentItems: readonly string[],
  earlierItems: readonly string[],
  mapping: Readonly<Record<string, string>>,
  keys: readonly (string | number)[],
  issues: LmdInputIssueInit[],
): ItemLinks {
  const current = new Set(currentItems);
  const earlier = new Set(earlierItems);
  const mapped = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const [from, to] of Object.entries(mapping)) {
    if (!current.has(from)) {
      issues.push({ keys: [...keys, from], message: `no item of the current cycle has this id (received ${JSON.stringify(from)})` });
      continue;
    }
    if (!earlier.has(to)) {
      issues.push({ keys: [...keys, from], message: `no item of the earlier cycle has this id (received ${JSON.stringify(to)})` });
      continue;
    }
    const already = targets.get(to);
    if (already !== undefined) {
      issues.push({ keys: [...keys, from], message: `the earlier item ${JSON.stringify(to)} is already linked to ${JSON.stringify(already)}` });
      continue;
    }
    mapped.set(from, to);
    targets.set(to, from);
  }
  const earlierOf = new Map<string, string>();
  const unlinked: string[] = [];
  for (const itemId of currentItems) {
    const to = mapped.get(itemId) ?? (earlier.has(itemId) && !targets.has(itemId) ? itemId : undefined);
    if (to === undefined) unlinked.push(itemId);
    else {
      earlierOf.set(itemId, to);
      targets.set(to, itemId);
    }
  }
  return { earlierOf, unlinked, unused: earlierItems.filter((itemId) => !targets.has(itemId)) };
}
