// The library core runs in browsers, Deno and notebooks (DESIGN.md, "Packaging"): no file under
// src/ except the command-line tool in src/cli/ may import a Node built-in, as `node:fs` or as a
// bare name such as `fs` or `path`. That includes the renderers of src/report/ (`lmdkit/report`),
// which apps call in the browser to show a report.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedSpecifiers } from '../helpers/imported-specifiers.js';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');
const builtins = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0] as string]));

/** Every .ts file under a folder, except src/cli/. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === join(src, 'cli') ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Whether a specifier names a Node built-in. */
function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtins.has(specifier) || builtins.has(specifier.split('/')[0] as string);
}

describe('the core uses no Node built-ins', () => {
  it('recognises the import forms it looks for', () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      'import * as path from "path";',
      "export { x } from 'node:util';",
      "const os = await import('os');",
      "import 'fs/promises';",
      "import { z } from 'zod';",
      "import { mean } from '../core/mean.js';",
    ].join('\n');
    expect(importedSpecifiers(sample).filter(isBuiltin)).toEqual(['node:fs', 'path', 'node:util', 'os', 'fs/promises']);
  });

  it('finds no built-in import in any file under src/ outside src/cli/', () => {
    const files = sourceFiles(src);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) =>
      importedSpecifiers(readFileSync(file, 'utf8'))
        .filter(isBuiltin)
        .map((specifier) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(offenders, 'Node built-ins belong in src/cli/ only').toEqual([]);
  });

  it('checks the renderers of src/report/, its _internal/ helpers included', () => {
    const report = sourceFiles(src).map((file) => relative(src, file).split('\\').join('/')).filter((file) => file.startsWith('report/'));
    expect(report).toContain('report/index.ts');
    expect(report).toContain('report/render-360-html.ts');
    expect(report.filter((file) => file.startsWith('report/_internal/')).length).toBeGreaterThanOrEqual(10);
  });
});
