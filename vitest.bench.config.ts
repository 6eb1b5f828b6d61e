import { defineConfig } from 'vitest/config';

// Benchmarks are not tests: they report throughput and ratios, and assert nothing about time.
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
