// `lmdkit evaluate` on broken cases (audit of issue 7): a value the library rejects is named by its
// path in the case file, not by the path inside the library function's argument.
import { describe, expect, it } from 'vitest';
import { evaluateCaseFile } from '../../src/cli/command-evaluate.js';
import { inputFileErrorMessage } from './input-file-error-message.js';
import { sampleTexts } from './sample-data.js';

const base = JSON.parse(sampleTexts.case) as { roi: { costs: { amount: number }[] }; plan: { measures: { name: string }[] } };

function messageOf(edit: (value: typeof base) => void): string {
  const copy = structuredClone(base);
  edit(copy);
  return inputFileErrorMessage(() => evaluateCaseFile(JSON.stringify(copy), 'case.json'));
}

describe('evaluateCaseFile', () => {
  it('names the case file path of a value phillipsRoi rejects (roi.costs, not input.costs)', () => {
    expect(messageOf((value) => value.roi.costs.forEach((cost) => (cost.amount = 0)))).toBe(
      'case.json, at roi.costs: the costs must total more than 0 for an ROI to be defined (received a total of 0)',
    );
  });

  it('names the plan path of a measure the evidence chain rejects', () => {
    const message = messageOf((value) => {
      const [first, second] = value.plan.measures;
      if (first !== undefined && second !== undefined) second.name = first.name;
    });
    expect(message).toMatch(/^case\.json, at plan\.measures\[1\]\.name: /);
    expect(message).not.toContain('input.');
  });
});
