import * as z from 'zod';
import { nonEmptyText } from '../../core/_internal/non-empty-text.js';
import { describeValue } from '../../core/describe-value.js';
import { sortFindingsBySeverity, type Finding } from '../../core/finding.js';
import { parseInput } from '../../core/parse-input.js';
import { failInput } from '../_internal/measures.js';
import { levelledEvaluationModels, type EvaluationLevelReference } from '../models/evaluation-level-reference.js';
import { mapLevel } from '../models/map-level.js';
import { evaluationMeasureSchema, type EvaluationMeasure, type EvaluationMeasureInput, type IsolationMethod } from '../models/evaluation-measure.js';
import { qualitativeRecordSchema, themeKey, type QualitativeRecord, type QualitativeRecordInput } from './qualitative-record.js';
import {
  parseSummariseThemesOptions,
  summariseValidRecords,
  unattributableTexts,
  type AppliedSummariseThemesOptions,
  type SummariseThemesOptions,
  type ThemesSummary,
} from './summarise-themes.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * Which way a quantitative measure should move for the initiative to count as working:
 * `higher-is-better` (engagement, retention) or `lower-is-better` (absence, turnover, complaints).
 *
 * @example
 * resultDirections //=> ['higher-is-better', 'lower-is-better']
 * @see {@link quantitativeResultSchema}
 */
export const resultDirections = /* @__PURE__ */ Object.freeze(['higher-is-better', 'lower-is-better'] as const);

const amount = (): z.ZodOptional<z.ZodNumber> =>
  z.number().min(-1e15, 'expected a number from −10¹⁵ to 10¹⁵').max(1e15, 'expected a number from −10¹⁵ to 10¹⁵').optional();

/**
 * Schema for one quantitative result in an evidence chain:
 * `{ measure, before?, after?, change?, direction }`.
 *
 * - `measure`: the name of the plan measure it belongs to (matched like themes, see {@link themeKey});
 * - `before`, `after` (optional): the values before and after, in the measure's own units;
 * - `change` (optional): after − before in the same units; computed when both values are given,
 *   and must agree with them when all three are given (within 10⁻⁹ × the larger of 1, |before| and
 *   |after|);
 * - `direction`: one of {@link resultDirections}.
 *
 * @example
 * quantitativeResultSchema.safeParse({ measure: 'Absence rate', before: 4, after: 3, direction: 'lower-is-better' }).success //=> true
 * quantitativeResultSchema.safeParse({ measure: 'Absence rate', before: 4, after: 3, change: 1, direction: 'lower-is-better' }).success //=> false
 * @see {@link buildEvidenceChain}
 */
export const quantitativeResultSchema = /* @__PURE__ */ z
  .strictObject({
    measure: /* @__PURE__ */ nonEmptyText('measure name'),
    before: /* @__PURE__ */ amount(),
    after: /* @__PURE__ */ amount(),
    change: /* @__PURE__ */ amount(),
    direction: /* @__PURE__ */ z.enum(resultDirections),
  })
  .superRefine((result, context) => {
    if (result.before === undefined || result.after === undefined || result.change === undefined) return;
    const tolerance = 1e-9 * Math.max(1, Math.abs(result.before), Math.abs(result.after));
    if (Math.abs(result.change - (result.after - result.before)) > tolerance) {
      context.addIssue({
        code: 'custom',
        path: ['change'],
        input: result.change,
        message: `expected change to equal after − before (${result.after - result.before})`,
      });
    }
  });

/**
 * One quantitative result of an evidence chain, as a caller gives it.
 * @see {@link quantitativeResultSchema}
 */
export type QuantitativeResultInput = z.input<typeof quantitativeResultSchema>;

/**
 * The zod schema for {@link buildEvidenceChain}'s input:
 * `{ initiative: { id, name }, measures, quantitative?, qualitative? }`.
 *
 * - `initiative`: the initiative the chain is for; `id` is matched exactly against each record's
 *   `initiativeId`.
 * - `measures`: the evaluation plan ({@link evaluationMeasureSchema}); two measures may not share
 *   a name (matched like themes).
 * - `quantitative` (default none): results, see {@link quantitativeResultSchema}.
 * - `qualitative` (default none): quotes and stories, see {@link qualitativeRecordSchema}.
 *
 * @example
 * evidenceChainInputSchema.safeParse({ initiative: { id: 'plc', name: 'Peer learning circles' }, measures: [] }).success //=> true
 * evidenceChainInputSchema.safeParse({ initiative: { id: '', name: 'Peer learning circles' }, measures: [] }).success //=> false
 * @see {@link buildEvidenceChain}
 */
export const evidenceChainInputSchema = /* @__PURE__ */ z
  .strictObject({
    initiative: /* @__PURE__ */ z.strictObject({
      id: /* @__PURE__ */ nonEmptyText('initiative id'),
      name: /* @__PURE__ */ nonEmptyText('initiative name'),
    }),
    measures: /* @__PURE__ */ z.array(evaluationMeasureSchema),
    quantitative: /* @__PURE__ */ z.array(quantitativeResultSchema).default([]),
    qualitative: /* @__PURE__ */ z.array(qualitativeRecordSchema).default([]),
  })
  .superRefine((input, context) => {
    const seen = new Set<string>();
    input.measures.forEach((measure, index) => {
      const key = themeKey(measure.name);
      if (seen.has(key)) {
        context.addIssue({ code: 'custom', path: ['measures', index, 'name'], input: measure.name, message: 'expected each measure in the plan to have its own name' });
      }
      seen.add(key);
    });
  });

/**
 * What a caller gives {@link buildEvidenceChain}.
 * @see {@link evidenceChainInputSchema}
 */
export interface EvidenceChainInput {
  /** The initiative the chain is for. */
  readonly initiative: { readonly id: string; readonly name: string };
  /** The evaluation plan's measures. */
  readonly measures: readonly EvaluationMeasureInput[];
  /** Quantitative results (default none). */
  readonly quantitative?: readonly QuantitativeResultInput[];
  /** Quotes and stories (default none). */
  readonly qualitative?: readonly QualitativeRecordInput[];
}

/**
 * How one quantitative result moved: `improved` or `worsened` given its direction, `unchanged`,
 * or `unknown` when neither a change nor both values were given.
 *
 * @example
 * resultOutcomes.length //=> 4
 * @see {@link EvidenceChainNumber}
 */
export const resultOutcomes = /* @__PURE__ */ Object.freeze(['improved', 'worsened', 'unchanged', 'unknown'] as const);

/**
 * Each {@link resultOutcomes} value in plain words, for people reading a report.
 *
 * @example
 * resultOutcomeLabels.unknown //=> 'change not known'
 * @see {@link resultOutcomes}
 */
export const resultOutcomeLabels = /* @__PURE__ */ Object.freeze({
  improved: 'improved',
  worsened: 'worsened',
  unchanged: 'unchanged',
  unknown: 'change not known',
} as const satisfies Record<(typeof resultOutcomes)[number], string>);

/**
 * One quantitative result as placed in the chain.
 *
 * @example
 * const row: EvidenceChainNumber | undefined = buildEvidenceChain({
 *   initiative: { id: 'x', name: 'Coaching' },
 *   measures: [{ name: 'Pulse score', level: { model: 'kirkpatrick', level: 3 }, kind: 'quantitative', timing: 'ongoing' }],
 *   quantitative: [{ measure: 'pulse score', before: 3.1, after: 3.4, direction: 'higher-is-better' }],
 * }).levels[0]?.numbers[0];
 * row?.measure //=> 'Pulse score'
 * row?.outcome //=> 'improved'
 * @see {@link buildEvidenceChain}
 */
export interface EvidenceChainNumber {
  /** The measure's name as the plan spells it (or as given, for a result not in the plan). */
  readonly measure: string;
  /** The value before, or `null`. */
  readonly before: number | null;
  /** The value after, or `null`. */
  readonly after: number | null;
  /** After − before (given or computed), or `null` when neither is possible. */
  readonly change: number | null;
  /** Which way is better. */
  readonly direction: (typeof resultDirections)[number];
  /** How it moved. */
  readonly outcome: (typeof resultOutcomes)[number];
  /**
   * How the plan's measure isolates the initiative's effect, or `null` when it does not say (or
   * the result is not in the plan): carried from the measure so that a benefit drawn from this
   * number can be counted once in an ROI.
   */
  readonly isolation: IsolationMethod | null;
}

/**
 * What a level's numbers say together: `improved` (some improved, none worsened), `worsened`
 * (some worsened, none improved), `mixed` (both), `unchanged`, `unknown` (results without a
 * change), or `none` (no results).
 *
 * @example
 * numbersVerdicts.includes('mixed') //=> true
 * @see {@link EvidenceChainLevel}
 */
export const numbersVerdicts = /* @__PURE__ */ Object.freeze(['improved', 'worsened', 'mixed', 'unchanged', 'unknown', 'none'] as const);

/**
 * Each {@link numbersVerdicts} value in plain words, for people reading a report.
 *
 * @example
 * numbersVerdictLabels.none //=> 'no numbers'
 * @see {@link numbersVerdicts}
 */
export const numbersVerdictLabels = /* @__PURE__ */ Object.freeze({
  improved: 'improved',
  worsened: 'worsened',
  mixed: 'mixed',
  unchanged: 'unchanged',
  unknown: 'change not known',
  none: 'no numbers',
} as const satisfies Record<(typeof numbersVerdicts)[number], string>);

/**
 * What a level's stories say together: `mostly-positive` or `mostly-negative` (more than half of
 * the records with a sentiment), `no-majority`, `not-stated` (no record has a sentiment), or
 * `none` (no records).
 *
 * @example
 * storiesVerdicts.includes('mostly-negative') //=> true
 * @see {@link EvidenceChainLevel}
 */
export const storiesVerdicts = /* @__PURE__ */ Object.freeze(['mostly-positive', 'mostly-negative', 'no-majority', 'not-stated', 'none'] as const);

/**
 * Each {@link storiesVerdicts} value in plain words, for people reading a report.
 *
 * @example
 * storiesVerdictLabels['no-majority'] //=> 'no clear majority'
 * @see {@link storiesVerdicts}
 */
export const storiesVerdictLabels = /* @__PURE__ */ Object.freeze({
  'mostly-positive': 'mostly positive',
  'mostly-negative': 'mostly negative',
  'no-majority': 'no clear majority',
  'not-stated': 'sentiment not stated',
  none: 'no stories',
} as const satisfies Record<(typeof storiesVerdicts)[number], string>);

/**
 * Which kinds of evidence a level of the chain has: `numbers-and-stories`, `numbers-only`,
 * `stories-only` or `none`.
 *
 * @example
 * evidenceSupportKinds.includes('stories-only') //=> true
 * @see {@link EvidenceChainLevel}
 */
export const evidenceSupportKinds = /* @__PURE__ */ Object.freeze(['numbers-and-stories', 'numbers-only', 'stories-only', 'none'] as const);

/**
 * Each {@link evidenceSupportKinds} value in plain words, for people reading a report.
 *
 * @example
 * evidenceSupportLabels['stories-only'] //=> 'stories only'
 * @see {@link evidenceSupportKinds}
 */
export const evidenceSupportLabels = /* @__PURE__ */ Object.freeze({
  'numbers-and-stories': 'numbers and stories',
  'numbers-only': 'numbers only',
  'stories-only': 'stories only',
  none: 'neither',
} as const satisfies Record<(typeof evidenceSupportKinds)[number], string>);

/**
 * One level of an evidence chain: the plan's measures at that level, and the numbers and stories
 * that support it.
 *
 * @example
 * const level: EvidenceChainLevel | undefined = buildEvidenceChain({
 *   initiative: { id: 'x', name: 'Coaching' },
 *   measures: [{ name: 'Short interviews', level: { model: 'kirkpatrick', level: 3 }, kind: 'qualitative', timing: 'after' }],
 * }).levels[0];
 * level?.support //=> 'none'
 * @see {@link buildEvidenceChain}
 */
export interface EvidenceChainLevel {
  /** The level, in the measure's own model. */
  readonly level: EvaluationLevelReference;
  /**
   * Where the level sits on Kirkpatrick's four levels ({@link mapLevel}), lowest first, so that a
   * plan mixing models can be read on one scale: `[3]` for Kirkpatrick 3 or Phillips 3, `[2]`
   * for LTEM tier 4; empty when no Kirkpatrick level corresponds (Phillips 0 and 5, LTEM tiers 1–2).
   */
  readonly kirkpatrickLevels: readonly number[];
  /** How closely the level corresponds to `kirkpatrickLevels` (`'none'` when that is empty). */
  readonly kirkpatrickCorrespondence: 'exact' | 'partial' | 'none';
  /** The plan's measures at this level, and whether each has a result. */
  readonly measures: readonly { readonly name: string; readonly kind: EvaluationMeasure['kind']; readonly isolation: IsolationMethod | null; readonly hasResult: boolean }[];
  /** The quantitative results for this level's measures, in input order. */
  readonly numbers: readonly EvidenceChainNumber[];
  /** What the numbers say together. */
  readonly numbersVerdict: (typeof numbersVerdicts)[number];
  /** The quotes and stories placed on this level, summarised with the same anonymity rules. */
  readonly stories: ThemesSummary;
  /** What the stories say together. */
  readonly storiesVerdict: (typeof storiesVerdicts)[number];
  /** Which kinds of evidence this level has. */
  readonly support: (typeof evidenceSupportKinds)[number];
}

/**
 * What each finding {@link buildEvidenceChain} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link evidenceChainFindingCodes} lists the codes.
 *
 * @example
 * evidenceChainFindings.EVIDENCE_NUMBERS_WITHOUT_STORIES.severity //=> 'advice'
 * @see {@link buildEvidenceChain}
 */
export const evidenceChainFindings = /* @__PURE__ */ deepFreeze({
  EVIDENCE_NUMBERS_WITHOUT_STORIES: { severity: 'advice', meaning: 'A level has numbers but no stories to explain them.' },
  EVIDENCE_STORIES_WITHOUT_NUMBERS: { severity: 'advice', meaning: 'A level has stories but no numbers to size them.' },
  EVIDENCE_NUMBERS_AND_STORIES_DISAGREE: { severity: 'warning', meaning: 'A level’s numbers improved while most of its comments are negative, or the reverse.' },
  EVIDENCE_MEASURE_WITHOUT_RESULT: { severity: 'warning', meaning: 'A measure in the plan has no result (one finding per measure).' },
  EVIDENCE_RESULT_NOT_IN_PLAN: { severity: 'warning', meaning: 'A result or record names a measure the plan does not have, so it cannot be placed on a level.' },
  EVIDENCE_RECORDS_NOT_PLACED: { severity: 'advice', meaning: 'Records name neither a measure nor a level; they count in the overall stories but on no level.' },
  EVIDENCE_RECORDS_OTHER_INITIATIVE: { severity: 'info', meaning: 'Records about another initiative were left out.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link buildEvidenceChain} can return, in the order of {@link evidenceChainFindings},
 * which says what each means.
 *
 * @example
 * evidenceChainFindingCodes.length //=> 7
 * @see {@link EvidenceChainFinding}
 */
export const evidenceChainFindingCodes = /* @__PURE__ */ findingCodesOf(evidenceChainFindings);

/**
 * One of {@link evidenceChainFindingCodes}.
 * @see {@link evidenceChainFindingCodes}
 */
export type EvidenceChainFindingCode = (typeof evidenceChainFindingCodes)[number];

/**
 * A finding of {@link buildEvidenceChain}; `level` and `measure` locate it when it is about one.
 * No finding names a source.
 *
 * @example
 * const finding: EvidenceChainFinding | undefined = buildEvidenceChain({
 *   initiative: { id: 'x', name: 'Coaching' },
 *   measures: [{ name: 'Pulse score', level: { model: 'kirkpatrick', level: 3 }, kind: 'quantitative', timing: 'ongoing' }],
 * }).findings[0];
 * finding?.code //=> 'EVIDENCE_MEASURE_WITHOUT_RESULT'
 * finding?.measure //=> 'Pulse score'
 * @see {@link evidenceChainFindingCodes}
 */
export interface EvidenceChainFinding extends Finding<EvidenceChainFindingCode> {
  /** The level concerned. */
  readonly level?: EvaluationLevelReference;
  /** The measure concerned. */
  readonly measure?: string;
}

/**
 * The result of {@link buildEvidenceChain}.
 *
 * @example
 * const chain: EvidenceChain = buildEvidenceChain({ initiative: { id: 'x', name: 'Coaching' }, measures: [] });
 * chain.levels //=> []
 * @see {@link buildEvidenceChain}
 */
export interface EvidenceChain {
  /** The initiative, as given (trimmed). */
  readonly initiative: { readonly id: string; readonly name: string };
  /** One entry per level that has a plan measure or a record, in model order then level order. */
  readonly levels: readonly EvidenceChainLevel[];
  /** Quantitative results that name no measure in the plan. */
  readonly resultsNotInPlan: readonly EvidenceChainNumber[];
  /** How many records were left out because they are about another initiative. */
  readonly recordsExcluded: number;
  /** How many of the initiative's records could not be placed on a level (no tag, or a measure not in the plan). */
  readonly recordsNotPlaced: number;
  /** All the initiative's records, summarised by theme. */
  readonly stories: ThemesSummary;
  /** The theme-summary options applied, defaults filled in. */
  readonly options: AppliedSummariseThemesOptions;
  /** What a reader should know, most severe first. */
  readonly findings: readonly EvidenceChainFinding[];
}

const chainBasis = ['kirkpatrick-kirkpatrick-2016'] as const;

const levelId = (level: EvaluationLevelReference): string => `${level.model}:${level.level}`;

/** A value, or `null` when absent; −0 becomes 0 so that results survive a JSON round trip. */
const plusZero = (value: number | undefined): number | null => (value === undefined ? null : value === 0 ? 0 : value);

/** A quantitative result with its change and outcome worked out. */
function numberRow(result: z.output<typeof quantitativeResultSchema>, name: string, isolation: IsolationMethod | null): EvidenceChainNumber {
  const before = plusZero(result.before);
  const after = plusZero(result.after);
  const change = plusZero(result.change ?? (before !== null && after !== null ? after - before : undefined));
  const better = change === null || change === 0 ? 0 : change > 0 === (result.direction === 'higher-is-better') ? 1 : -1;
  const outcome = change === null ? 'unknown' : better === 0 ? 'unchanged' : better > 0 ? 'improved' : 'worsened';
  return { measure: name, before, after, change, direction: result.direction, outcome, isolation };
}

function numbersVerdictOf(numbers: readonly EvidenceChainNumber[]): (typeof numbersVerdicts)[number] {
  if (numbers.length === 0) return 'none';
  const improved = numbers.some((row) => row.outcome === 'improved');
  const worsened = numbers.some((row) => row.outcome === 'worsened');
  if (improved && worsened) return 'mixed';
  if (improved) return 'improved';
  if (worsened) return 'worsened';
  return numbers.some((row) => row.outcome === 'unchanged') ? 'unchanged' : 'unknown';
}

function storiesVerdictOf(stories: ThemesSummary): (typeof storiesVerdicts)[number] {
  if (stories.records === 0) return 'none';
  const { positive, neutral, negative, mixed } = stories.sentiment;
  const stated = positive + neutral + negative + mixed;
  if (stated === 0) return 'not-stated';
  if (positive * 2 > stated) return 'mostly-positive';
  if (negative * 2 > stated) return 'mostly-negative';
  return 'no-majority';
}

const levelName = (level: EvaluationLevelReference): string => {
  const model = level.model === 'kirkpatrick' ? 'Kirkpatrick' : level.model === 'phillips' ? 'Phillips' : 'LTEM';
  return `${model} ${level.model === 'ltem' ? 'tier' : 'level'} ${level.level}`;
};

/** Findings about one level. */
function levelFindings(entry: EvidenceChainLevel): EvidenceChainFinding[] {
  const findings: EvidenceChainFinding[] = [];
  const where = levelName(entry.level);
  if (entry.support === 'numbers-only') {
    findings.push({
      code: 'EVIDENCE_NUMBERS_WITHOUT_STORIES',
      severity: evidenceChainFindings.EVIDENCE_NUMBERS_WITHOUT_STORIES.severity,
      message: `${where} has numbers but no quotes or stories, so nothing explains why they moved or what the change meant to people.`,
      basis: ['kirkpatrick-kirkpatrick-2016', 'cipd-7os02-seed'],
      level: entry.level,
    });
  }
  if (entry.support === 'stories-only') {
    findings.push({
      code: 'EVIDENCE_STORIES_WITHOUT_NUMBERS',
      severity: evidenceChainFindings.EVIDENCE_STORIES_WITHOUT_NUMBERS.severity,
      message: `${where} has quotes and stories but no numbers, so how widespread the change is remains unknown.`,
      basis: ['kirkpatrick-kirkpatrick-2016', 'cipd-7os02-seed'],
      level: entry.level,
    });
  }
  const disagree =
    (entry.numbersVerdict === 'improved' && entry.storiesVerdict === 'mostly-negative') ||
    (entry.numbersVerdict === 'worsened' && entry.storiesVerdict === 'mostly-positive');
  if (disagree) {
    const [numbers, stories] = entry.numbersVerdict === 'improved' ? ['improved', 'negative'] : ['worsened', 'positive'];
    findings.push({
      code: 'EVIDENCE_NUMBERS_AND_STORIES_DISAGREE',
      severity: evidenceChainFindings.EVIDENCE_NUMBERS_AND_STORIES_DISAGREE.severity,
      message: `At ${where} the numbers ${numbers} while most comments are ${stories}, so find out why before claiming either result.`,
      basis: ['greene-caracelli-graham-1989', 'kirkpatrick-kirkpatrick-2016'],
      level: entry.level,
    });
  }
  for (const measure of entry.measures) {
    if (!measure.hasResult) {
      findings.push({
        code: 'EVIDENCE_MEASURE_WITHOUT_RESULT',
        severity: evidenceChainFindings.EVIDENCE_MEASURE_WITHOUT_RESULT.severity,
        message: `The planned measure “${measure.name}” (${where}) has no result yet, so that link in the chain is missing.`,
        basis: chainBasis,
        level: entry.level,
        measure: measure.name,
      });
    }
  }
  return findings;
}

/** Where a record sits: a plan measure's level, its own level tag, or nowhere. */
function placeRecord(
  record: QualitativeRecord,
  index: number,
  planByKey: ReadonlyMap<string, EvaluationMeasure>,
): { level: EvaluationLevelReference | null; measure: EvaluationMeasure | null; unknownMeasure: boolean } {
  if (record.measure === undefined) return { level: record.level ?? null, measure: null, unknownMeasure: false };
  const measure = planByKey.get(themeKey(record.measure));
  if (measure === undefined) return { level: null, measure: null, unknownMeasure: true };
  if (record.level !== undefined && levelId(record.level) !== levelId(measure.level)) {
    failInput(
      ['input', 'qualitative', index, 'level'],
      `expected the level of measure “${measure.name}” (${levelName(measure.level)}) or no level (received ${describeValue(record.level)})`,
    );
  }
  return { level: measure.level, measure, unknownMeasure: false };
}

/**
 * Builds an evidence chain for one initiative (the Kirkpatricks' "chain of evidence"): for each
 * evaluation level in the plan, the numbers and the stories that support it, and where the chain
 * is broken or contradicts itself.
 *
 * - **Levels** are kept in each measure's own model (`{ model, level }`): a Phillips level 4
 *   measure and a Kirkpatrick level 4 measure are separate entries. Each level also gives its
 *   Kirkpatrick placement from {@link mapLevel} (`kirkpatrickLevels`, `kirkpatrickCorrespondence`),
 *   so a plan mixing LTEM, Phillips and Kirkpatrick measures can be read on one scale.
 * - **Numbers** attach to the plan measure they name (matched like themes, {@link themeKey});
 *   each gets its change (given, or after − before) and an outcome from its direction. A result
 *   naming no plan measure is listed in `resultsNotInPlan`.
 * - **Stories** are records whose `initiativeId` is the initiative's id or absent; the others are
 *   left out and counted (`recordsExcluded`). A record is placed on the level of the plan measure
 *   its `measure` names, or else on its own `level`; a record with neither is in the overall
 *   `stories` only. Every summary of stories applies {@link summariseThemes}' anonymity rules, and
 *   across the whole chain: a record in a theme too small to attribute in the overall stories or
 *   on any level is quoted with its source nowhere in the chain.
 * - **Verdicts.** Numbers: `improved` when some improved and none worsened, `worsened` the
 *   reverse, `mixed` when both. Stories: `mostly-positive` or `mostly-negative` when more than half
 *   of the records with a sentiment say so. They disagree when numbers `improved` and stories are
 *   `mostly-negative`, or numbers `worsened` and stories `mostly-positive`; a disagreement is a
 *   prompt to ask why (Greene, Caracelli & Graham's "initiation"), not proof either way.
 * - A measure has a result when a number or a record names it; a qualitative measure also has one
 *   when a record is tagged with its level without naming a measure.
 *
 * @param input - `{ initiative, measures, quantitative?, qualitative? }` (see {@link evidenceChainInputSchema})
 * @param options - the anonymity and quote options of {@link summariseThemes}
 * @returns `{ initiative, levels, resultsNotInPlan, recordsExcluded, recordsNotPlaced, stories, options, findings }`
 * @throws LmdInputError when the input is invalid: a bad measure or record, two measures with one
 * name, a change that disagrees with before and after, or a record whose level is not its measure's
 * @example
 * const chain = buildEvidenceChain({
 *   initiative: { id: 'peer-learning-circle', name: 'Peer learning circles' },
 *   measures: [
 *     { name: 'Absence rate', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'ongoing' },
 *     { name: 'Anonymous comments', level: { model: 'kirkpatrick', level: 3 }, kind: 'qualitative', timing: 'after' },
 *   ],
 *   quantitative: [{ measure: 'Absence rate', before: 4.1, after: 3.6, direction: 'lower-is-better' }],
 *   qualitative: [{ text: 'It feels less lonely now.', source: 'r1', themes: ['Less isolation'], sentiment: 'positive', measure: 'Anonymous comments' }],
 * });
 * chain.levels.map((level) => [level.level.level, level.support]) //=> [[3, 'stories-only'], [4, 'numbers-only']]
 * chain.levels[1]?.numbers[0]?.outcome //=> 'improved'
 * chain.levels.map((level) => level.kirkpatrickLevels) //=> [[3], [4]]
 * @see {@link summariseThemes}
 * @see Source: kirkpatrick-kirkpatrick-2016, greene-caracelli-graham-1989, cipd-7os02-seed in {@link references}.
 */
export function buildEvidenceChain(input: EvidenceChainInput, options: SummariseThemesOptions = {}): EvidenceChain {
  const parsed = parseInput(evidenceChainInputSchema, input, 'input');
  const applied = parseSummariseThemesOptions(options, 'options');
  const planByKey = new Map(parsed.measures.map((measure) => [themeKey(measure.name), measure] as const));
  const findings: EvidenceChainFinding[] = [];

  const numbersByLevel = new Map<string, EvidenceChainNumber[]>();
  const measuresWithResult = new Set<string>();
  const resultsNotInPlan: EvidenceChainNumber[] = [];
  for (const result of parsed.quantitative) {
    const measure = planByKey.get(themeKey(result.measure));
    if (measure === undefined) {
      resultsNotInPlan.push(numberRow(result, result.measure, null));
      continue;
    }
    measuresWithResult.add(themeKey(measure.name));
    const rows = numbersByLevel.get(levelId(measure.level)) ?? [];
    rows.push(numberRow(result, measure.name, measure.isolation ?? null));
    numbersByLevel.set(levelId(measure.level), rows);
  }

  const ownRecords = parsed.qualitative.filter((record) => record.initiativeId === undefined || record.initiativeId === parsed.initiative.id);
  const recordsByLevel = new Map<string, QualitativeRecord[]>();
  const levelOnlyTags = new Set<string>();
  const levels = new Map(parsed.measures.map((measure) => [levelId(measure.level), measure.level] as const));
  let recordsNotPlaced = 0;
  const unknownMeasures: string[] = [];
  parsed.qualitative.forEach((record, index) => {
    if (record.initiativeId !== undefined && record.initiativeId !== parsed.initiative.id) return;
    const placed = placeRecord(record, index, planByKey);
    if (placed.unknownMeasure && record.measure !== undefined) unknownMeasures.push(record.measure);
    if (placed.level === null) {
      recordsNotPlaced += 1;
      return;
    }
    if (placed.measure === null) levelOnlyTags.add(levelId(placed.level));
    else measuresWithResult.add(themeKey(placed.measure.name));
    if (!levels.has(levelId(placed.level))) levels.set(levelId(placed.level), placed.level);
    const rows = recordsByLevel.get(levelId(placed.level)) ?? [];
    rows.push(record);
    recordsByLevel.set(levelId(placed.level), rows);
  });

  // Every summary below is published together, so a text in a small theme of any of them is never
  // quoted with its source in any of them (see summariseThemes on anonymity).
  const blocked = new Set([...unattributableTexts(ownRecords, applied), ...[...recordsByLevel.values()].flatMap((rows) => [...unattributableTexts(rows, applied)])]);
  const chainLevels = [...levels.values()]
    .sort((a, b) => levelledEvaluationModels.indexOf(a.model) - levelledEvaluationModels.indexOf(b.model) || a.level - b.level)
    .map((level): EvidenceChainLevel => {
      const id = levelId(level);
      const numbers = numbersByLevel.get(id) ?? [];
      const stories = summariseValidRecords(recordsByLevel.get(id) ?? [], applied, blocked);
      const kirkpatrick = mapLevel(level.level, level.model, 'kirkpatrick');
      const hasNumbers = numbers.length > 0;
      const hasStories = stories.records > 0;
      return {
        level,
        kirkpatrickLevels: kirkpatrick.levels.map((target) => target.level),
        kirkpatrickCorrespondence: kirkpatrick.correspondence,
        measures: parsed.measures
          .filter((measure) => levelId(measure.level) === id)
          .map((measure) => ({
            name: measure.name,
            kind: measure.kind,
            isolation: measure.isolation ?? null,
            hasResult: measuresWithResult.has(themeKey(measure.name)) || (measure.kind === 'qualitative' && levelOnlyTags.has(id)),
          })),
        numbers,
        numbersVerdict: numbersVerdictOf(numbers),
        stories,
        storiesVerdict: storiesVerdictOf(stories),
        support: hasNumbers && hasStories ? 'numbers-and-stories' : hasNumbers ? 'numbers-only' : hasStories ? 'stories-only' : 'none',
      };
    });
  for (const entry of chainLevels) findings.push(...levelFindings(entry));

  const notInPlan = resultsNotInPlan.map((row) => row.measure).concat(unknownMeasures);
  for (const name of [...new Set(notInPlan)]) {
    findings.push({
      code: 'EVIDENCE_RESULT_NOT_IN_PLAN',
      severity: evidenceChainFindings.EVIDENCE_RESULT_NOT_IN_PLAN.severity,
      message: `Evidence is given for “${name}”, which is not a measure in the plan, so it cannot be placed on a level; add the measure or correct the name.`,
      basis: chainBasis,
      measure: name,
    });
  }
  const untagged = recordsNotPlaced - unknownMeasures.length;
  if (untagged > 0) {
    findings.push({
      code: 'EVIDENCE_RECORDS_NOT_PLACED',
      severity: evidenceChainFindings.EVIDENCE_RECORDS_NOT_PLACED.severity,
      message: `${untagged} of the initiative’s records name neither a measure nor a level, so they appear in the overall themes but support no level of the chain.`,
      basis: chainBasis,
    });
  }
  const recordsExcluded = parsed.qualitative.length - ownRecords.length;
  if (recordsExcluded > 0) {
    findings.push({
      code: 'EVIDENCE_RECORDS_OTHER_INITIATIVE',
      severity: evidenceChainFindings.EVIDENCE_RECORDS_OTHER_INITIATIVE.severity,
      message: `${recordsExcluded} ${recordsExcluded === 1 ? 'record is' : 'records are'} about another initiative and ${recordsExcluded === 1 ? 'was' : 'were'} left out of this chain.`,
      basis: chainBasis,
    });
  }

  return {
    initiative: parsed.initiative,
    levels: chainLevels,
    resultsNotInPlan,
    recordsExcluded,
    recordsNotPlaced,
    stories: summariseValidRecords(ownRecords, applied, blocked),
    options: applied,
    findings: sortFindingsBySeverity(findings),
  };
}
