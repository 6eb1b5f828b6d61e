import { defineConfig } from 'tsup';

// The command-line tool: Node-only, ESM, bundled with the library code it calls (so it runs
// without the library build) and with the spreadsheet reader (@e965/xlsx, a devDependency, so
// that library users do not install it), with zod left as an installed dependency. Built after
// the library (`npm run build`) and on its own by `npm run demo`; it never cleans `dist/`.
// src/cli reaches the library only through its public entry points (`../index.js`,
// `../lmd/index.js`, `../report/index.js`, …; pinned by test/cli/public-imports.test.ts), so the
// renderers it bundles are exactly what `lmdkit/report` publishes.
export default defineConfig({
  entry: {
    'cli/main': 'src/cli/main.ts',
    'cli/run-cli': 'src/cli/run-cli.ts',
    'cli/file-formats': 'src/cli/file-formats.ts',
  },
  format: ['esm'],
  dts: false,
  tsconfig: 'tsconfig.cli.json',
  platform: 'node',
  target: 'node20',
  // No splitting: chunks would sit in dist/, where the command's paths relative to its own file
  // (package.json, examples/data/) do not hold; the library loads lazily from run-cli.js instead.
  splitting: false,
  treeshake: true,
  sourcemap: false,
  clean: false,
  // main.js loads run-cli.js (built beside it) only when a command runs, so that --version and
  // --help parse a few kilobytes rather than the whole command.
  external: ['zod', 'csv-parse', './run-cli.js'],
  noExternal: ['@e965/xlsx'],
});
