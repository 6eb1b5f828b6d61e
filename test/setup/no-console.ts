// Fails any test that writes to the console, as zod's test setup does: library code must stay
// silent, and a test that prints is usually debugging left behind. The output is captured, not
// shown, and quoted in the failure so nothing is lost.
import { format } from 'node:util';
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let spies: (readonly [(typeof methods)[number], MockInstance])[] = [];

beforeEach(() => {
  spies = methods.map((method) => [method, vi.spyOn(console, method).mockImplementation(() => undefined)] as const);
});

afterEach(() => {
  const written = spies.flatMap(([method, spy]) => spy.mock.calls.map((args) => `console.${method}: ${format(...args)}`));
  for (const [, spy] of spies) spy.mockRestore();
  spies = [];
  expect(written, 'tests must not write to the console').toEqual([]);
});
