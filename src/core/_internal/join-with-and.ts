/**
 * Joins names into an English list for a message: `'a'`, `'a and b'`, `'a, b and c'` (no serial
 * comma, as in the project's UK English messages); an empty list gives `''`.
 *
 * @param names - the names, in the order to list them
 * @returns the list in words
 * @internal
 */
export function joinWithAnd(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`;
}
