// `lmdkit iip` on files of the wrong JSON type (audit of issue 7).
import { describe, expect, it } from 'vitest';
import { assessEvidenceFile } from '../../src/cli/command-iip.js';

describe('assessEvidenceFile', () => {
  it('says both accepted shapes when the file is null, a number or a text', () => {
    for (const [text, received] of [['null', 'null'], ['42', '42'], ['"evidence"', '"evidence"']] as const) {
      expect(() => assessEvidenceFile(text, 'e.json')).toThrow(
        `e.json: expected a JSON object { "organisation", "evidence": [ … ] } or an array of evidence items (received ${received})`,
      );
    }
  });

  it('still reads a bare array of evidence items', () => {
    const { file, assessment } = assessEvidenceFile('[{"requirementId": "LM1.1", "audience": "top-managers", "source": "interview", "supports": "yes"}]', 'e.json');
    expect(file.organisation).toBe('(not named)');
    expect(assessment.counts.evidenceItems).toBe(1);
  });
});
