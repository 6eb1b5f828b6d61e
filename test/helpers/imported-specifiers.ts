// The module specifiers of a source file, for the tests that check what src/ imports
// (node-free-core.test.ts, public-imports.test.ts).

/** The module specifiers a file imports or re-exports, statically or dynamically, or requires. */
export function importedSpecifiers(text: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"]+)\1/g;
  return [...text.matchAll(pattern)].map((match) => match[2] as string);
}

/** A source text without its block comments (TSDoc examples show imports that are not the file's own). */
export function withoutBlockComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '');
}
