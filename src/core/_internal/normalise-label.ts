/**
 * The form in which answer labels, header names and item wording are compared: Unicode
 * compatibility form, curly quotes and dashes made straight, runs of white space made one space,
 * trimmed, lower case. `"  Don’t  Know "` and `"don't know"` compare equal.
 *
 * @param text - the label as written
 * @returns the comparison form
 * @internal
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
