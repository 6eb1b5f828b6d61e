import { describe, expect, it } from 'vitest';
import {
  buildEvidenceChain,
  evidenceChainFindingCodes,
  LmdInputError,
  references,
  type EvidenceChain,
  type EvidenceChainFindingCode,
  type EvidenceChainInput,
  type EvaluationMeasureInput,
  type QualitativeRecordInput,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const errorPath = (run: () => unknown): string => {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues[0]?.path ?? '';
};

const codes = (chain: EvidenceChain): EvidenceChainFindingCode[] => chain.findings.map((finding) => finding.code);

// The seed's peer learning circles (001, AC 2.3): engagement and absence in the teams with
// circles, and short interviews or anonymous comments (paraphrased here).
const plan: EvaluationMeasureInput[] = [
  { name: 'Anonymous comments', level: { model: 'kirkpatrick', level: 3 }, kind: 'qualitative', timing: 'after' },
  { name: 'Engagement score', level: { model: 'kirkpatrick', level: 3 }, kind: 'quantitative', timing: 'before-and-after' },
  { name: 'Absence rate', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'ongoing', isolation: 'comparison-group' },
];

const comment = (source: string, sentiment: QualitativeRecordInput['sentiment'], extra: Partial<QualitativeRecordInput> = {}): QualitativeRecordInput => ({
  text: `Comment from ${source}.`,
  source,
  themes: ['Less isolation'],
  ...(sentiment === undefined ? {} : { sentiment }),
  measure: 'Anonymous comments',
  ...extra,
});

const good: EvidenceChainInput = {
  initiative: { id: 'peer-learning-circle', name: 'Peer learning circles' },
  measures: plan,
  quantitative: [
    { measure: 'Engagement score', before: 61, after: 66, direction: 'higher-is-better' },
    { measure: 'Absence rate', before: 4.1, after: 3.6, direction: 'lower-is-better' },
  ],
  qualitative: [
    comment('r1', 'positive'),
    comment('r2', 'positive'),
    comment('r3', 'mixed'),
    comment('r4', 'positive', { measure: undefined, level: { model: 'kirkpatrick', level: 4 } }),
  ].map((record) => JSON.parse(JSON.stringify(record)) as QualitativeRecordInput),
};

describe('buildEvidenceChain (the Kirkpatricks’ chain of evidence)', () => {
  const chain = buildEvidenceChain(frozen(structuredClone(good)));

  it('places numbers and stories on each measure’s own level', () => {
    expect(chain.levels.map((level) => [level.level, level.support, level.numbersVerdict, level.storiesVerdict])).toEqual([
      [{ model: 'kirkpatrick', level: 3 }, 'numbers-and-stories', 'improved', 'mostly-positive'],
      [{ model: 'kirkpatrick', level: 4 }, 'numbers-and-stories', 'improved', 'mostly-positive'],
    ]);
    expect(chain.levels[0]?.measures).toEqual([
      { name: 'Anonymous comments', kind: 'qualitative', isolation: null, hasResult: true },
      { name: 'Engagement score', kind: 'quantitative', isolation: null, hasResult: true },
    ]);
    expect(chain.levels[1]?.numbers).toEqual([
      { measure: 'Absence rate', before: 4.1, after: 3.6, change: 3.6 - 4.1, direction: 'lower-is-better', outcome: 'improved', isolation: 'comparison-group' },
    ]);
    expect(chain.levels[0]?.stories.records).toBe(3);
    expect(chain.stories.records).toBe(4);
    expect(chain.initiative).toEqual({ id: 'peer-learning-circle', name: 'Peer learning circles' });
    expect(codes(chain)).toEqual([]);
  });

  it('works out each outcome from the change and the direction', () => {
    const outcomes = buildEvidenceChain({
      initiative: good.initiative,
      measures: plan,
      quantitative: [
        { measure: 'Absence rate', change: 0.4, direction: 'lower-is-better' },
        { measure: 'Absence rate', before: 3, after: 3, direction: 'lower-is-better' },
        { measure: 'Absence rate', before: 3, direction: 'lower-is-better' },
        { measure: 'absence  RATE', before: 5, after: 4, change: -1, direction: 'lower-is-better' },
        { measure: 'Engagement score', change: -2, direction: 'higher-is-better' },
        { measure: 'Engagement score', before: -0, after: 0, direction: 'higher-is-better' },
      ],
    }).levels.flatMap((level) => level.numbers.map((row) => [row.measure, row.change, row.outcome]));
    expect(outcomes).toEqual([
      ['Engagement score', -2, 'worsened'],
      ['Engagement score', 0, 'unchanged'],
      ['Absence rate', 0.4, 'worsened'],
      ['Absence rate', 0, 'unchanged'],
      ['Absence rate', null, 'unknown'],
      ['Absence rate', -1, 'improved'],
    ]);
  });

  it('combines a level’s numbers and stories into verdicts', () => {
    const verdicts = (quantitative: NonNullable<EvidenceChainInput['quantitative']>, sentiments: QualitativeRecordInput['sentiment'][]): [string, string] => {
      const level = buildEvidenceChain({
        initiative: good.initiative,
        measures: plan.slice(0, 2),
        quantitative,
        qualitative: sentiments.map((sentiment, index) => comment(`r${index}`, sentiment)),
      }).levels[0];
      return [level?.numbersVerdict ?? '', level?.storiesVerdict ?? ''];
    };
    const up = { measure: 'Engagement score', change: 1, direction: 'higher-is-better' } as const;
    const down = { measure: 'Engagement score', change: -1, direction: 'higher-is-better' } as const;
    const flat = { measure: 'Engagement score', change: 0, direction: 'higher-is-better' } as const;
    const unknown = { measure: 'Engagement score', direction: 'higher-is-better' } as const;
    expect(verdicts([up, down], ['negative', 'negative', 'positive'])).toEqual(['mixed', 'mostly-negative']);
    expect(verdicts([up, flat], ['positive', 'negative'])).toEqual(['improved', 'no-majority']);
    expect(verdicts([flat], [undefined])).toEqual(['unchanged', 'not-stated']);
    expect(verdicts([unknown], ['neutral', 'neutral', 'positive'])).toEqual(['unknown', 'no-majority']);
    expect(verdicts([down, unknown], [])).toEqual(['worsened', 'none']);
    expect(verdicts([], ['positive', 'positive', 'negative'])).toEqual(['none', 'mostly-positive']);
  });

  it('keeps Phillips and LTEM levels as their own entries, ordered by model then level', () => {
    const result = buildEvidenceChain({
      initiative: good.initiative,
      measures: [
        { name: 'ROI', level: { model: 'phillips', level: 5 }, kind: 'quantitative', timing: 'after' },
        { name: 'Transfer interviews', level: { model: 'ltem', level: 7 }, kind: 'qualitative', timing: 'after' },
        { name: 'Absence rate', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'ongoing' },
        { name: 'Business impact', level: { model: 'phillips', level: 4 }, kind: 'quantitative', timing: 'after' },
      ],
    });
    expect(result.levels.map((level) => `${level.level.model} ${level.level.level}`)).toEqual(['kirkpatrick 4', 'phillips 4', 'phillips 5', 'ltem 7']);
    expect(result.findings.find((finding) => finding.measure === 'Transfer interviews')?.message).toBe(
      'The planned measure “Transfer interviews” (LTEM tier 7) has no result yet, so that link in the chain is missing.',
    );
  });

  it('adds a level for records tagged with a level no measure has, and counts that as a result for measures at a tagged level', () => {
    const result = buildEvidenceChain({
      initiative: good.initiative,
      measures: plan,
      quantitative: good.quantitative ?? [],
      qualitative: [comment('r1', 'positive', { measure: undefined, level: { model: 'kirkpatrick', level: 2 } })].map(
        (record) => JSON.parse(JSON.stringify(record)) as QualitativeRecordInput,
      ),
    });
    expect(result.levels.map((level) => [level.level.level, level.support])).toEqual([
      [2, 'stories-only'],
      [3, 'numbers-only'],
      [4, 'numbers-only'],
    ]);
    expect(result.levels[0]?.measures).toEqual([]);
    expect(result.levels[1]?.measures[0]).toEqual({ name: 'Anonymous comments', kind: 'qualitative', isolation: null, hasResult: false });
  });

  it('applies summariseThemes’ anonymity on every level and overall', () => {
    const level3 = chain.levels[0]?.stories.themes[0];
    expect(level3?.attributed).toBe(true);
    const level4 = chain.levels[1]?.stories.themes[0];
    expect(level4?.attributed).toBe(false);
    expect(level4?.quotes).toEqual([]);
    expect(JSON.stringify(chain.levels[1])).not.toContain('r4');
    expect(chain.options.minSourcesToAttribute).toBe(3);
    const strict = buildEvidenceChain(good, { minSourcesToAttribute: 10 });
    for (const source of ['r1', 'r2', 'r3', 'r4']) expect(JSON.stringify(strict)).not.toContain(source);
  });

  it('returns plain JSON, the same for the same input, without changing it', () => {
    expect(unsafeJsonPaths(chain)).toEqual([]);
    expect(roundTrip(chain)).toEqual(chain);
    const input = structuredClone(good);
    expect(JSON.stringify(buildEvidenceChain(input))).toBe(JSON.stringify(chain));
    expect(input).toEqual(good);
  });

  it('rejects bad input with the path', () => {
    expect(errorPath(() => buildEvidenceChain({ ...good, initiative: { id: ' ', name: 'x' } }))).toBe('input.initiative.id');
    expect(errorPath(() => buildEvidenceChain({ ...good, measures: plan.concat([{ ...plan[2], name: 'absence RATE' } as EvaluationMeasureInput]) }))).toBe(
      'input.measures[3].name',
    );
    expect(
      errorPath(() => buildEvidenceChain({ ...good, quantitative: [{ measure: 'Absence rate', before: 4, after: 3, change: 1, direction: 'lower-is-better' }] })),
    ).toBe('input.quantitative[0].change');
    expect(errorPath(() => buildEvidenceChain({ ...good, quantitative: [{ measure: 'Absence rate', after: Number.NaN, direction: 'lower-is-better' }] }))).toBe(
      'input.quantitative[0].after',
    );
    expect(errorPath(() => buildEvidenceChain({ ...good, quantitative: [{ measure: 'Absence rate', after: 2e15, direction: 'lower-is-better' }] }))).toBe(
      'input.quantitative[0].after',
    );
    expect(
      errorPath(() =>
        buildEvidenceChain({ ...good, qualitative: [comment('r1', 'positive', { level: { model: 'kirkpatrick', level: 4 } })] }),
      ),
    ).toBe('input.qualitative[0].level');
    // The message names the value as well as the path (audit: it gave only the expected level).
    expect(
      (thrownBy(() => buildEvidenceChain({ ...good, qualitative: [comment('r1', 'positive', { level: { model: 'kirkpatrick', level: 4 } })] })) as LmdInputError)
        .message,
    ).toMatch(/received \{"model":"kirkpatrick","level":4\}/);
    expect(errorPath(() => buildEvidenceChain({ ...good, qualitative: [{ text: 'x', source: 'r1', themes: [] }] }))).toBe('input.qualitative[0].themes');
    expect(errorPath(() => buildEvidenceChain(good, { quotesPerTheme: 99 }))).toBe('options.quotesPerTheme');
  });
});

describe('buildEvidenceChain findings, code by code', () => {
  it('the good case raises none', () => {
    expect(codes(buildEvidenceChain(good))).toEqual([]);
  });

  const cases: Record<EvidenceChainFindingCode, EvidenceChainInput> = {
    // The seed: numbers alone do not always tell the story.
    EVIDENCE_NUMBERS_WITHOUT_STORIES: { ...good, qualitative: [] },
    // The seed's "less lonely" comment: it speaks volumes but cannot be counted; pair it with numbers.
    EVIDENCE_STORIES_WITHOUT_NUMBERS: { ...good, quantitative: [] },
    // Engagement up while most comments about the circles are negative.
    EVIDENCE_NUMBERS_AND_STORIES_DISAGREE: {
      ...good,
      qualitative: [comment('r1', 'negative'), comment('r2', 'negative'), comment('r3', 'positive')],
    },
    EVIDENCE_MEASURE_WITHOUT_RESULT: { ...good, quantitative: (good.quantitative ?? []).slice(0, 1) },
    EVIDENCE_RESULT_NOT_IN_PLAN: {
      ...good,
      quantitative: (good.quantitative ?? []).concat([{ measure: 'Complaints', change: -3, direction: 'lower-is-better' }]),
    },
    EVIDENCE_RECORDS_NOT_PLACED: { ...good, qualitative: (good.qualitative ?? []).concat([{ text: 'Less lonely.', source: 'r9', themes: ['Less isolation'] }]) },
    EVIDENCE_RECORDS_OTHER_INITIATIVE: {
      ...good,
      qualitative: (good.qualitative ?? []).concat([comment('r7', 'negative', { initiativeId: 'line-manager-coaching' })]),
    },
  };

  it.each(evidenceChainFindingCodes)('%s fires on its case and not on the good case', (code) => {
    expect(codes(buildEvidenceChain(cases[code]))).toContain(code);
    expect(codes(buildEvidenceChain(good))).not.toContain(code);
  });

  it('fires a disagreement the other way round too: numbers worse, comments mostly positive', () => {
    const result = buildEvidenceChain({
      ...good,
      quantitative: [
        { measure: 'Engagement score', before: 66, after: 61, direction: 'higher-is-better' },
        { measure: 'Absence rate', before: 4.1, after: 3.6, direction: 'lower-is-better' },
      ],
    });
    const finding = result.findings.find((item) => item.code === 'EVIDENCE_NUMBERS_AND_STORIES_DISAGREE');
    expect(finding?.level).toEqual({ model: 'kirkpatrick', level: 3 });
    expect(finding?.message).toBe('At Kirkpatrick level 3 the numbers worsened while most comments are positive, so find out why before claiming either result.');
  });

  it('counts excluded and unplaced records, and lists results not in the plan', () => {
    const excluded = buildEvidenceChain(cases.EVIDENCE_RECORDS_OTHER_INITIATIVE);
    expect(excluded.recordsExcluded).toBe(1);
    expect(excluded.stories.records).toBe(4);
    expect(JSON.stringify(excluded)).not.toContain('r7');
    const unplaced = buildEvidenceChain({
      ...cases.EVIDENCE_RECORDS_NOT_PLACED,
      qualitative: (cases.EVIDENCE_RECORDS_NOT_PLACED.qualitative ?? []).concat([comment('r8', 'positive', { measure: 'Exit interviews' })]),
    });
    expect(unplaced.recordsNotPlaced).toBe(2);
    expect(unplaced.stories.records).toBe(6);
    expect(unplaced.findings.find((finding) => finding.code === 'EVIDENCE_RECORDS_NOT_PLACED')?.message).toMatch(/^1 of the initiative’s records/);
    expect(unplaced.findings.find((finding) => finding.code === 'EVIDENCE_RESULT_NOT_IN_PLAN')?.measure).toBe('Exit interviews');
    const notInPlan = buildEvidenceChain(cases.EVIDENCE_RESULT_NOT_IN_PLAN);
    expect(notInPlan.resultsNotInPlan).toEqual([{ measure: 'Complaints', before: null, after: null, change: -3, direction: 'lower-is-better', outcome: 'improved', isolation: null }]);
  });

  it('lists one missing-result finding per measure, most severe first, and cites works in the bibliography', () => {
    const result = buildEvidenceChain({ initiative: good.initiative, measures: plan });
    expect(codes(result)).toEqual(['EVIDENCE_MEASURE_WITHOUT_RESULT', 'EVIDENCE_MEASURE_WITHOUT_RESULT', 'EVIDENCE_MEASURE_WITHOUT_RESULT']);
    expect(result.findings.map((finding) => finding.measure)).toEqual(['Anonymous comments', 'Engagement score', 'Absence rate']);
    const all = evidenceChainFindingCodes.flatMap((code) => buildEvidenceChain(cases[code]).findings);
    for (const finding of all) for (const id of finding.basis) expect(Object.hasOwn(references, id)).toBe(true);
    const severities = buildEvidenceChain(cases.EVIDENCE_NUMBERS_AND_STORIES_DISAGREE).findings.map((finding) => finding.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['risk', 'warning', 'advice', 'info'].indexOf(a) - ['risk', 'warning', 'advice', 'info'].indexOf(b)));
  });
});
