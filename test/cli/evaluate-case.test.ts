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

describe('evaluateCase with results of other plan measures', () => {
  const withResults = (results: unknown[]): ReturnType<typeof evaluateCaseFile> => {
    const copy = structuredClone(base) as typeof base & { results?: unknown[] };
    copy.results = results;
    return evaluateCaseFile(JSON.stringify(copy), 'case.json');
  };
  const numbersOf = (evaluation: ReturnType<typeof evaluateCaseFile>): string[] =>
    evaluation.evidenceChain.levels.flatMap((level) => level.numbers.map((number) => `${level.level.level}:${number.measure}:${number.change}`));

  it('places a result under its plan measure, beside the rates derived from the workforce figures', () => {
    // The sample's supervision-notes result (18 % → 31 %, higher is better) sits at Kirkpatrick level 3.
    const evaluation = evaluateCaseFile(sampleTexts.case, 'case.json');
    const levelThree = evaluation.evidenceChain.levels.find((level) => level.level.level === 3);
    expect(levelThree?.numbers.map((number) => [number.measure, number.change, number.outcome])).toEqual([
      ['Supervision notes recording a learning conversation (%)', 13, 'improved'],
    ]);
    expect(levelThree?.support).toBe('numbers-and-stories');
    expect(evaluation.evidenceChain.findings.map((finding) => finding.code)).not.toContain('EVIDENCE_MEASURE_WITHOUT_RESULT');
  });

  it('lets a result given in the file replace the rate derived for the same measure, rather than count it twice', () => {
    const evaluation = withResults([{ measure: 'Staff turnover rate', before: 20, after: 10, direction: 'lower-is-better' }]);
    const turnover = numbersOf(evaluation).filter((entry) => entry.includes('Staff turnover rate'));
    expect(turnover).toEqual(['4:Staff turnover rate:-10']);
  });

  it('names the case file path of a bad result', () => {
    const copy = structuredClone(base) as typeof base & { results?: unknown[] };
    copy.results = [{ measure: 'Staff turnover rate', before: 20, after: 10, change: 5, direction: 'lower-is-better' }];
    expect(inputFileErrorMessage(() => evaluateCaseFile(JSON.stringify(copy), 'case.json'))).toMatch(/^case\.json, at results\[0\]\.change: expected change to equal after − before \(-10\)/);
  });
});
