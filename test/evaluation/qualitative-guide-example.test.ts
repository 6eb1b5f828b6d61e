import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvidenceChain, summariseThemes, type EvidenceChainInput, type QualitativeRecordInput } from '../../src/index.js';

// Keeps the "Qualitative evidence and the evidence chain" section of docs/evaluation.md honest:
// the same records, plan and results as its code, and every figure and code its tables quote.
// The records paraphrase the seed's peer learning circles (001, AC 2.3).
const qualitative: QualitativeRecordInput[] = [
  { text: 'The job feels less lonely than it did before the circles.', source: 'r01', themes: ['Less isolation'], sentiment: 'positive', measure: 'Anonymous comments' },
  { text: 'I tried an approach someone described last month, and it worked.', source: 'r02', themes: ['Trying new approaches', 'less isolation'], sentiment: 'positive', measure: 'Anonymous comments' },
  { text: 'Hearing that others get stuck on the same cases helps.', source: 'r03', themes: ['Less isolation'], sentiment: 'positive', measure: 'Anonymous comments' },
  { text: 'The session keeps being cancelled when the rota is short.', source: 'r04', themes: ['Protected time'], sentiment: 'negative', measure: 'Anonymous comments' },
  { text: 'Good when it happens, but I can rarely get off the floor.', source: 'r05', themes: ['Protected time'], sentiment: 'mixed', measure: 'Anonymous comments' },
  { text: 'I ask colleagues now instead of guessing.', source: 'i01', themes: ['Trying new approaches'], sentiment: 'positive', measure: 'Short interviews' },
  { text: 'My manager asks more questions in supervision.', source: 'r06', themes: ['Coaching conversations'], sentiment: 'positive', initiativeId: 'line-manager-coaching' },
];

const input: EvidenceChainInput = {
  initiative: { id: 'peer-learning-circle', name: 'Peer learning circles' },
  measures: [
    { name: 'Anonymous comments', level: { model: 'kirkpatrick', level: 3 }, kind: 'qualitative', timing: 'after' },
    { name: 'Short interviews', level: { model: 'kirkpatrick', level: 3 }, kind: 'qualitative', timing: 'after' },
    { name: 'Three-question pulse', level: { model: 'kirkpatrick', level: 3 }, kind: 'quantitative', timing: 'before-and-after' },
    { name: 'Absence rate', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'ongoing', isolation: 'comparison-group' },
    { name: 'Staff turnover', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'before-and-after' },
  ],
  quantitative: [
    { measure: 'Three-question pulse', before: 3.2, after: 3.6, direction: 'higher-is-better' },
    { measure: 'Absence rate', before: 4.1, after: 3.6, direction: 'lower-is-better' },
  ],
  qualitative,
};

const guide = readFileSync(new URL('../../docs/evaluation.md', import.meta.url), 'utf8');
const section = guide.slice(guide.indexOf('## Qualitative evidence and the evidence chain'));

describe('the evaluation guide’s qualitative example', () => {
  it('uses the same records and results as the guide’s code', () => {
    for (const record of qualitative) expect(section).toContain(JSON.stringify(record.text).slice(1, -1).replaceAll('\\"', '"'));
    for (const measure of input.measures) expect(section).toContain(`{ name: '${measure.name}'`);
    expect(section).toContain("{ measure: 'Three-question pulse', before: 3.2, after: 3.6, direction: 'higher-is-better' }");
    expect(section).toContain("{ measure: 'Absence rate', before: 4.1, after: 3.6, direction: 'lower-is-better' }");
  });

  it('the themes table', () => {
    const themes = summariseThemes(qualitative.filter((record) => record.initiativeId === undefined));
    expect([themes.records, themes.sources]).toEqual([6, 6]);
    expect(themes.sentiment).toEqual({ positive: 4, neutral: 0, negative: 1, mixed: 1, notStated: 0 });
    expect(
      themes.themes.map((theme) => [theme.theme, theme.records, theme.sources, theme.sentiment.positive, theme.sentiment.negative, theme.sentiment.mixed, theme.attributed, theme.quotesWithheld]),
    ).toEqual([
      ['Less isolation', 3, 3, 3, 0, 0, true, 0],
      ['Protected time', 2, 2, 0, 1, 1, false, 2],
      ['Trying new approaches', 2, 2, 2, 0, 0, false, 2],
    ]);
    expect(themes.themes[0]?.quotes.map((quote) => [quote.source, quote.text.slice(0, 20)])).toEqual([
      ['r01', 'The job feels less l'],
      ['r03', 'Hearing that others '],
    ]);
    expect(themes.findings.map((finding) => [finding.code, finding.theme ?? null])).toEqual([
      ['QUAL_FEW_SOURCES', null],
      ['QUAL_THEME_NOT_ATTRIBUTED', 'Protected time'],
      ['QUAL_THEME_NOT_ATTRIBUTED', 'Trying new approaches'],
    ]);
    expect(JSON.stringify(themes)).not.toMatch(/r04|r05|i01/);
    // r02's comment also carries the small theme "Trying new approaches", so it is quoted nowhere
    // with its source: its wording would tell a reader who raised that theme.
    expect(JSON.stringify(themes)).not.toMatch(/r02|I tried an approach/);
  });

  it('the chain table and its findings', () => {
    const chain = buildEvidenceChain(input);
    expect(chain.levels.map((level) => [level.level.level, level.numbers.map((row) => [row.measure, row.before, row.after, row.outcome]), level.stories.records, level.storiesVerdict, level.support])).toEqual([
      [3, [['Three-question pulse', 3.2, 3.6, 'improved']], 6, 'mostly-positive', 'numbers-and-stories'],
      [4, [['Absence rate', 4.1, 3.6, 'improved']], 0, 'none', 'numbers-only'],
    ]);
    expect(chain.recordsExcluded).toBe(1);
    expect(chain.findings.map((finding) => [finding.code, finding.severity, finding.measure ?? null])).toEqual([
      ['EVIDENCE_MEASURE_WITHOUT_RESULT', 'warning', 'Staff turnover'],
      ['EVIDENCE_NUMBERS_WITHOUT_STORIES', 'advice', null],
      ['EVIDENCE_RECORDS_OTHER_INITIATIVE', 'info', null],
    ]);
  });

  it('the disagreement when the pulse falls', () => {
    const chain = buildEvidenceChain({
      ...input,
      quantitative: [
        { measure: 'Three-question pulse', before: 3.6, after: 3.2, direction: 'higher-is-better' },
        { measure: 'Absence rate', before: 4.1, after: 3.6, direction: 'lower-is-better' },
      ],
    });
    const finding = chain.findings.find((item) => item.code === 'EVIDENCE_NUMBERS_AND_STORIES_DISAGREE');
    expect([finding?.severity, finding?.level]).toEqual(['warning', { model: 'kirkpatrick', level: 3 }]);
  });

  it('names every finding code it describes', () => {
    for (const code of [
      'QUAL_FEW_SOURCES',
      'QUAL_THEME_NOT_ATTRIBUTED',
      'QUAL_NO_RECORDS',
      'QUAL_SOURCE_DOMINATES_THEME',
      'QUAL_SENTIMENT_NOT_STATED',
      'QUAL_LOW_ANONYMITY_THRESHOLD',
      'EVIDENCE_MEASURE_WITHOUT_RESULT',
      'EVIDENCE_NUMBERS_WITHOUT_STORIES',
      'EVIDENCE_RECORDS_OTHER_INITIATIVE',
      'EVIDENCE_NUMBERS_AND_STORIES_DISAGREE',
      'EVIDENCE_STORIES_WITHOUT_NUMBERS',
      'EVIDENCE_RESULT_NOT_IN_PLAN',
      'EVIDENCE_RECORDS_NOT_PLACED',
    ]) {
      expect(section).toContain(`\`${code}\``);
    }
  });
});
