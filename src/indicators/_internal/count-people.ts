/**
 * How many people evidence items rest on, without validating them (the items are already parsed).
 * Distinct `person` references, plus `people` where an item gives a count, plus one for each other
 * item that is not a document.
 *
 * @param items - parsed evidence items
 * @returns the number of people
 * @internal
 */
export function countPeople(items: readonly { readonly source: string; readonly person?: string | undefined; readonly people?: number | undefined }[]): number {
  const named = new Set<string>();
  let others = 0;
  for (const item of items) {
    if (item.people !== undefined) others += item.people;
    else if (item.person !== undefined) named.add(item.person.trim());
    else if (item.source !== 'document') others += 1;
  }
  return named.size + others;
}
