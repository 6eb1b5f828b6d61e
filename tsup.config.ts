import { defineConfig } from 'tsup';

// One entry per `exports` subpath; kept to options tsdown shares so a later move is easy.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'indicators/index': 'src/indicators/index.ts',
    'lmd/index': 'src/lmd/index.ts',
    'evaluation/index': 'src/evaluation/index.ts',
    'report/index': 'src/report/index.ts',
    'import/index': 'src/import/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.build.json',
  platform: 'neutral',
  target: 'es2022',
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  external: ['zod'],
});
