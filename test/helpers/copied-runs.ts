/**
 * Test helper for the "own words" rule: finds runs of consecutive words that shipped text repeats
 * from the seeds (copyrighted sources), so a test can require there are none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The seeds folder beside the repository (present in CI and in the worktrees, not in a bare clone). */
export const seedsFolder = new URL('../../../shared/seeds/', import.meta.url);

/** Whether the seeds are available to check against. */
export const seedsAvailable = existsSync(seedsFolder);

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * Lists every run of `runLength` consecutive words that a string anywhere inside `values` shares
 * with the seeds, as `path: run`. Keys of `values` name the roots of the paths.
 */
export function copiedRuns(values: Readonly<Record<string, unknown>>, runLength = 10): string[] {
  const seedWords = words(
    readdirSync(seedsFolder)
      .map((file) => readFileSync(new URL(file, seedsFolder), 'utf8'))
      .join(' '),
  );
  const runs = new Set<string>();
  for (let index = 0; index + runLength <= seedWords.length; index += 1) {
    runs.add(seedWords.slice(index, index + runLength).join(' '));
  }
  const copied: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const own = words(value);
      for (let index = 0; index + runLength <= own.length; index += 1) {
        const run = own.slice(index, index + runLength).join(' ');
        if (runs.has(run)) copied.push(`${path}: ${run}`);
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
    }
  };
  for (const [name, value] of Object.entries(values)) visit(value, name);
  return copied;
}
