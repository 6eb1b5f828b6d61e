// docs/feedback360.md lists the development plan's finding codes; keep that list true of the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developmentPlanFindingCodes, developmentPlanFindings } from '../../../src/index.js';

const guide = readFileSync(new URL('../../../docs/feedback360.md', import.meta.url), 'utf8');

describe('docs/feedback360.md on development plans', () => {
  it('names every plan finding code with its severity, and no code that does not exist', () => {
    for (const code of developmentPlanFindingCodes) expect(guide).toContain(`| \`${code}\` | ${developmentPlanFindings[code].severity} |`);
    const named = [...guide.matchAll(/`(DEVPLAN_[A-Z_]+)`/g)].map((match) => match[1] as string);
    expect(named.filter((code) => !(developmentPlanFindingCodes as readonly string[]).includes(code))).toEqual([]);
  });
});
