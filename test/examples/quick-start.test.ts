import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README's quick start runs examples/quick-start.mjs against the built package (imported by
// its own name, 'lmdkit', through the package's exports). This keeps the README honest.
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('README quick start', () => {
  it('runs examples/quick-start.mjs and prints the assessment', () => {
    expect(existsSync(`${root}dist/index.js`), 'run `npm run build` first (npm test does)').toBe(true);
    const output = execFileSync(process.execPath, ['examples/quick-start.mjs'], { cwd: root, encoding: 'utf8' });
    expect(output).toContain('Meets the model: false');
    expect(output).toMatch(/'LM2'\s*│\s*'Top managers are role models for development'\s*│\s*'met'/);
    expect(output).toContain('WARNING LM_CONTRARY_EVIDENCE: For LM2.2');
    expect(output).toContain('WARNING LM_AUDIENCE_MISSING: LM7.1 needs evidence from potential leaders and managers');
    expect(output).toContain('Standard met plus 80 more requirements: silver');
    expect(output).toContain('LmdInputError: evidence[0].requirementId: expected an L&M evidence requirement id');
  });
});
