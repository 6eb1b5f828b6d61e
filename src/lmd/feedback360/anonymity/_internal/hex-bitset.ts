// Sets of small whole numbers (rater and scope positions) written as compact hexadecimal text for
// the release ledger: the character at position k holds members 4k to 4k + 3 (bit 0 = 4k), with
// no trailing zeros, so one set has exactly one spelling.

const digits = '0123456789abcdef';

/**
 * The text of a set of positions (any order, repeats ignored).
 *
 * @internal
 */
export function encodeBitset(members: readonly number[]): string {
  let length = 0;
  for (const member of members) length = Math.max(length, (member >> 2) + 1);
  const nibbles = new Uint8Array(length);
  for (const member of members) nibbles[member >> 2] = (nibbles[member >> 2] as number) | (1 << (member & 3));
  let text = '';
  for (const nibble of nibbles) text += digits[nibble];
  return text;
}

/**
 * The positions of a set, ascending; `null` when the text is not lower-case hexadecimal.
 *
 * @internal
 */
export function decodeBitset(text: string): number[] | null {
  const members: number[] = [];
  for (let k = 0; k < text.length; k += 1) {
    const nibble = digits.indexOf(text[k] as string);
    if (nibble < 0) return null;
    for (let bit = 0; bit < 4; bit += 1) if ((nibble >> bit) & 1) members.push(k * 4 + bit);
  }
  return members;
}
