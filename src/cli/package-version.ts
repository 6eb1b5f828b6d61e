/**
 * The package's version, read from the `package.json` beside `dist/`. Its own module, so that
 * `lmdkit --version` can answer without loading the library.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

/**
 * The version in `package.json`.
 *
 * @returns the version, as `0.1.0`
 */
export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
