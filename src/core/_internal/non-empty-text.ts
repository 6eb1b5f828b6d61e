import * as z from 'zod';

/**
 * A zod schema for a piece of text that must not be blank: surrounding spaces are trimmed, and
 * what remains must have at least one character. The message names what was expected
 * ("expected a non-empty theme").
 *
 * @param what - what the text is, for the message
 * @returns the schema
 * @internal
 */
export function nonEmptyText(what: string): z.ZodString {
  return z.string().trim().min(1, `expected a non-empty ${what}`);
}
