// docs/feedback360.md lists the report's finding codes; keep that list true of the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cycleComparison360FindingCodes, feedback360FindingCodes, feedbackReadinessFindingCodes } from '../../../src/index.js';

const guide = readFileSync(new URL('../../../docs/feedback360.md', import.meta.url), 'utf8');

describe('docs/feedback360.md', () => {
  it('names every report finding code, and no code that does not exist', () => {
    for (const code of [...feedback360FindingCodes, ...cycleComparison360FindingCodes]) expect(guide).toContain(`\`${code}\``);
    const known = new Set<string>([...feedback360FindingCodes, ...feedbackReadinessFindingCodes, ...cycleComparison360FindingCodes]);
    const named = [...guide.matchAll(/`(FB360_[A-Z_]+)`/g)].map((match) => match[1] as string);
    expect(named.filter((code) => !known.has(code))).toEqual([]);
  });
});
