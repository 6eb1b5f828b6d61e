import { defineConfig } from 'vitest/config';

// Three kinds of test, each its own project (as remeda does):
// behaviour (*.test.ts), types (*.test-d.ts) and properties (*.test-prop.ts).
export default defineConfig({
  test: {
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report/report.json' },
    // The browser tests' Chromium, unpacked once from its npm package (test/setup/chromium-binary.ts),
    // and a temporary folder for the run, removed at its end (test/setup/scratch-dir.ts).
    globalSetup: ['test/setup/chromium-binary.ts', 'test/setup/scratch-dir.ts'],
    // Test files share each worker's module cache (isolate: false): importing the library afresh
    // for every file was half the suite's time (import 139 s of 332 s on two cores; 18 s without).
    // So a test file must leave no global state behind: restore what it sets in process.env, spy
    // only through test/setup/no-console.ts, and never vi.mock a module.
    projects: [
      {
        test: {
          name: 'behaviour',
          include: ['test/**/*.test.ts'],
          setupFiles: ['test/setup/no-console.ts'],
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'properties',
          include: ['test/**/*.test-prop.ts'],
          setupFiles: ['test/setup/no-console.ts', 'test/setup/fast-check-seed.ts'],
          isolate: false,
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'types',
          include: ['test/**/*.test-d.ts'],
          typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
});
