// Issue 20: the reports are read by HR people, not programmers. No identifier-like token — a
// kebab-case enum value (`partly-met`, `no-majority`, `participant-time`) or a camelCase field name
// (`embeddedInDevelopmentProcess`) — may appear in the prose of the demo or of the IIP and
// evaluation Markdown reports. Code spans (a finding's code in backticks, a command to run) are
// code, not prose, and are left out of the scan.
//
// The demo's 360 part is the manager's own page and plan, scanned like the rest.
import { describe, expect, it } from 'vitest';
import * as lmdkit from '../../src/index.js';
import { assessLmModel, businessCaseSchema, evaluateCase, renderEvaluationMarkdown, renderIipMarkdown } from '../../src/index.js';
import { renderDemoMarkdown, runDemoAnalyses } from '../../src/cli/command-demo.js';
import { instrument360Schema } from '../../src/lmd/feedback360/instrument-360.js';
import { sampleTexts } from '../cli/sample-data.js';

/** Every kebab-case value of every exported list of strings, and of the labels records' keys. */
function kebabEnumValues(): Set<string> {
  const values = new Set<string>(['gather-evidence', 'strengthen-practice', 'corroborate-evidence']);
  const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
  for (const exported of Object.values(lmdkit) as unknown[]) {
    if (Array.isArray(exported)) {
      for (const value of exported) if (typeof value === 'string' && kebab.test(value)) values.add(value);
    } else if (exported !== null && typeof exported === 'object') {
      for (const key of Object.keys(exported)) if (kebab.test(key)) values.add(key);
    }
  }
  return values;
}

/** The text with code spans removed. */
function prose(markdown: string): string {
  return markdown.replace(/`[^`\n]*`/g, '');
}

function identifierLikeTokens(markdown: string, enums: ReadonlySet<string>): string[] {
  const text = prose(markdown);
  const found = new Set<string>();
  for (const match of text.matchAll(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+/g)) if (enums.has(match[0])) found.add(match[0]);
  for (const match of text.matchAll(/\b[a-z]+[A-Z][A-Za-z0-9]*\b/g)) found.add(match[0]);
  return [...found];
}

const instrument = instrument360Schema.parse(JSON.parse(sampleTexts.instrument));
const iipFile = JSON.parse(sampleTexts.iip) as { organisation: string; evidence: never[] };

describe('plain labels in the reports (issue 20)', () => {
  const enums = kebabEnumValues();

  it('knows the enum values it is looking for', () => {
    for (const value of ['partly-met', 'no-majority', 'stories-only', 'participant-time', 'comparison-group', 'top-managers', 'mostly-positive']) expect(enums).toContain(value);
  });

  it('the whole demo prints no kebab-case enum value and no camelCase field name', () => {
    const demo = renderDemoMarkdown(runDemoAnalyses(sampleTexts), instrument);
    expect(identifierLikeTokens(demo, enums)).toEqual([]);
    // The parts scanned are there: the IIP and evaluation sections, tables included.
    expect(prose(demo)).toContain('partly met');
    expect(prose(demo)).toContain('stories only');
  });

  it('the full IIP and evaluation Markdown reports on the samples print none either', () => {
    const iip = renderIipMarkdown(assessLmModel(iipFile.evidence), { organisation: iipFile.organisation });
    expect(identifierLikeTokens(iip, enums)).toEqual([]);
    const evaluation = renderEvaluationMarkdown(evaluateCase(JSON.parse(sampleTexts.case) as never));
    expect(identifierLikeTokens(evaluation, enums)).toEqual([]);
  });

  it('catches what it should: the old forms of these reports would fail', () => {
    expect(identifierLikeTokens('| LM1 | partly-met | 1:+ 2:~ |', enums)).toEqual(['partly-met']);
    expect(identifierLikeTokens('favourable: embeddedInDevelopmentProcess', enums)).toEqual(['embeddedInDevelopmentProcess']);
    expect(identifierLikeTokens('Sources: `FB360_NO_GOALS`, run `lmdkit iip`.', enums)).toEqual([]);
  });

  it('labels records cover every value of their enum, in plain words', () => {
    const records: [readonly string[], Readonly<Record<string, string>>][] = [
      [lmdkit.lmStatuses, lmdkit.lmStatusLabels],
      [lmdkit.lmEvidenceSources, lmdkit.lmEvidenceSourceLabels],
      [lmdkit.isolationMethods, lmdkit.isolationMethodLabels],
      [lmdkit.phillipsCostCategories, lmdkit.phillipsCostCategoryLabels],
      [lmdkit.resultOutcomes, lmdkit.resultOutcomeLabels],
      [lmdkit.numbersVerdicts, lmdkit.numbersVerdictLabels],
      [lmdkit.storiesVerdicts, lmdkit.storiesVerdictLabels],
      [lmdkit.evidenceSupportKinds, lmdkit.evidenceSupportLabels],
    ];
    for (const [values, labels] of records) {
      expect(Object.keys(labels)).toEqual([...values]);
      for (const label of Object.values(labels)) {
        expect(label).not.toMatch(/[A-Z_]|^[a-z]+(-[a-z]+)+$/);
        expect(enums.has(label)).toBe(false);
      }
    }
  });

  it('an error about an enum lists the allowed values', () => {
    const result = businessCaseSchema.safeParse({ problem: 'x', goals: ['retention', 'fewer-disputes'], successMeasures: [], costOfInaction: '' });
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? '';
    for (const goal of lmdkit.businessGoals) expect(message).toContain(goal);
    expect(() => lmdkit.checkBusinessCase({ problem: 'x', goals: ['fewer-disputes'], successMeasures: [], costOfInaction: '' } as never)).toThrow(/reducing-disputes.*\(received "fewer-disputes"\)/);
  });
});
