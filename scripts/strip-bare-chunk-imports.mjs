// Removes the bare chunk imports esbuild's code splitting leaves in dist/ (`import '../chunk-X.js';`
// and `require('../chunk-X.cjs');`): they import a chunk only to run it, and every chunk of lmdkit
// is free of side effects (no code runs at import time; a test freezes and walks every export). A
// consumer's bundler reads them against "sideEffects": false and warns "Ignoring this import"
// (issue 17). Run after tsup; it changes nothing else and says how many lines it removed.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const bare = /^(?:import ['"]\.{1,2}\/(?:\.\.\/)*chunk-[A-Z0-9]+\.js['"];|require\(['"]\.{1,2}\/(?:\.\.\/)*chunk-[A-Z0-9]+\.cjs['"]\);)\r?\n/gm;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'cli' || name === 'schemas') return [];
    return statSync(path).isDirectory() ? files(path) : /\.(c?js)$/.test(name) ? [path] : [];
  });
}

let removed = 0;
for (const file of files(dist)) {
  const text = readFileSync(file, 'utf8');
  const stripped = text.replace(bare, () => {
    removed += 1;
    return '';
  });
  if (stripped !== text) writeFileSync(file, stripped);
}
console.log(`strip-bare-chunk-imports: removed ${removed} side-effect-only chunk imports from dist/`);
