/**
 * A count with its noun, as the reports write it. Pure.
 *
 * @module
 */

/**
 * A count with its noun, singular for one (`1 item`, `15 items`, `0 items`).
 *
 * @param count - the count
 * @param noun - the noun in the singular
 * @param plural - the plural (default the noun with an `s`)
 * @returns the text
 */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
