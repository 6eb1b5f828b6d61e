/**
 * Evaluates an initiative from its evaluation case by running the evaluation module's functions:
 * workforce rates before and after, the plan check, the Phillips ROI, the themes of the comments
 * and the evidence chain. Pure: no I/O; the result is plain data for the report renderers.
 *
 * @module
 */
import { LmdInputError, parseInput, type LmdInputIssue, type LmdInputIssueInit, type LmdInputPathKey } from '../core/index.js';
import {
  annualiseRate,
  ratePeriodLabel,
  buildEvidenceChain,
  checkEvaluationPlan,
  lostTimeRate,
  percentageChange,
  phillipsRoi,
  summariseThemes,
  themeKey,
  turnoverRate,
  type EvidenceChain,
  type EvaluationPlanCheck,
  type PhillipsRoi,
  type QuantitativeResultInput,
  type ThemesSummary,
} from '../evaluation/index.js';
import { evaluationCaseSchema, type EvaluationCase, type EvaluationCaseInput } from './evaluation-case-schema.js';

/**
 * Runs a library call on part of the case file, so that an error's paths name the part of the
 * file (`roi.costs`) rather than the function's own argument (`input.costs`): `rename` is given
 * each issue and returns it with the keys of the case file.
 */
function inCaseFile<T>(rename: (issue: LmdInputIssue) => LmdInputIssueInit, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof LmdInputError) throw new LmdInputError(error.issues.map(rename));
    throw error;
  }
}

/** An issue's keys with the first (the function's argument) replaced by `root`. */
function underRoot(issue: LmdInputIssue, ...root: LmdInputPathKey[]): LmdInputIssueInit {
  return { keys: [...root, ...issue.keys.slice(1)], message: issue.message };
}

/** `input.x` (the ROI function's argument) as `roi.x`. */
const roiIssue = (issue: LmdInputIssue): LmdInputIssueInit => underRoot(issue, 'roi');

/**
 * One rate of one group before and after, with its change.
 *
 * @see {@link GroupRates}
 */
export interface RateChange {
  /** The rate before, in per cent. */
  readonly before: number;
  /** The rate after, in per cent. */
  readonly after: number;
  /** After − before, in percentage points. */
  readonly changePoints: number;
  /** The relative change in per cent (`percentageChange`), or `null` when the rate before is 0 and after is not. */
  readonly changePercent: number | null;
}

/**
 * One group's turnover and lost-time rates, with the counts behind the turnover rate.
 *
 * @see {@link CaseEvaluation}
 */
export interface GroupRates {
  /** The group's name, from the file. */
  readonly name: string;
  /** Leavers ÷ average headcount × 100, before and after. */
  readonly turnover: RateChange;
  /** Hours lost ÷ hours available × 100, before and after. */
  readonly lostTime: RateChange;
  /** The leavers behind the turnover rate, before and after: how small the numbers are. */
  readonly leavers: { readonly before: number; readonly after: number };
  /** The average headcount behind the turnover rate, before and after. */
  readonly averageHeadcount: { readonly before: number; readonly after: number };
}

/**
 * Everything {@link evaluateCase} finds about a case (and `lmdkit evaluate` reports): plain,
 * JSON-serialisable data.
 *
 * @example
 * const evaluation: CaseEvaluation = evaluateCase({
 *   organisation: 'Larkspur Vale Housing',
 *   initiative: { id: 'plc', name: 'Peer learning circles' },
 *   periods: { before: '2024', after: '2025' },
 *   workforce: {
 *     pilot: {
 *       name: 'Pilot teams',
 *       before: { averageHeadcount: 50, leavers: 10, hoursLost: 900, hoursAvailable: 45_000 },
 *       after: { averageHeadcount: 50, leavers: 5, hoursLost: 450, hoursAvailable: 45_000 },
 *     },
 *   },
 *   plan: { measures: [] },
 *   roi: { benefits: [], costs: [{ label: 'Facilitation', amount: 6_000, category: 'delivery' }] },
 * });
 * evaluation.comparison //=> null
 * evaluation.differenceInDifferences //=> null
 * @see {@link renderEvaluationMarkdown}
 */
export interface CaseEvaluation {
  /** The organisation, from the file. */
  readonly organisation: string;
  /** The initiative, from the file. */
  readonly initiative: EvaluationCase['initiative'];
  /** The periods compared, from the file. */
  readonly periods: EvaluationCase['periods'];
  /**
   * The basis of the turnover rates: the months each period covers (`null` when the file does not
   * say), that period in words, and whether the rates were annualised (`periods.annualiseTurnover`)
   * with the simple method (× 12 ÷ months). The lost-time rate is a share of hours and is never
   * annualised.
   */
  readonly rateBasis: {
    readonly periodMonths: number | null;
    readonly periodLabel: string | null;
    readonly turnoverAnnualised: boolean;
    /** The evidence-chain measure the pilot's turnover rates are placed under, so that its numbers can be labelled with their period too. */
    readonly turnoverMeasure: string;
  };
  /** The pilot group's rates. */
  readonly pilot: GroupRates;
  /** The comparison group's rates, or `null` when the file has none. */
  readonly comparison: GroupRates | null;
  /**
   * The difference-in-differences of each rate, in percentage points: (pilot after − before) −
   * (comparison after − before). Plain arithmetic on the rates, with no test or interval; `null`
   * without a comparison group.
   */
  readonly differenceInDifferences: { readonly turnoverPoints: number; readonly lostTimePoints: number } | null;
  /** The plan check (`checkEvaluationPlan`). */
  readonly plan: EvaluationPlanCheck;
  /** The Phillips ROI (`phillipsRoi`). */
  readonly roi: PhillipsRoi;
  /** The themes of the qualitative records (`summariseThemes`, default options). */
  readonly themes: ThemesSummary;
  /** The evidence chain (`buildEvidenceChain`) with the pilot's rates as its numbers. */
  readonly evidenceChain: EvidenceChain;
}

function rateChange(before: number, after: number): RateChange {
  return { before, after, changePoints: after - before, changePercent: percentageChange({ before, after }) };
}

function groupRates(group: EvaluationCase['workforce']['pilot'], annualiseOver: number | null): GroupRates {
  const turnover = (period: typeof group.before): number => {
    const rate = turnoverRate({ leavers: period.leavers, averageHeadcount: period.averageHeadcount });
    return annualiseOver === null ? rate : annualiseRate({ rate, periodMonths: annualiseOver }).annualRate;
  };
  const lostTime = (period: typeof group.before): number =>
    lostTimeRate({ hoursLost: period.hoursLost, hoursAvailable: period.hoursAvailable });
  return {
    name: group.name,
    turnover: rateChange(turnover(group.before), turnover(group.after)),
    lostTime: rateChange(lostTime(group.before), lostTime(group.after)),
    leavers: { before: group.before.leavers, after: group.after.leavers },
    averageHeadcount: { before: group.before.averageHeadcount, after: group.after.averageHeadcount },
  };
}

/**
 * The plan measure a workforce rate belongs to: the first quantitative measure whose name
 * contains one of the words (matched like themes), or a name of its own (then the chain lists
 * the rate under "results not in the plan").
 */
function measureFor(evaluationCase: EvaluationCase, words: readonly string[], fallback: string): string {
  const measure = evaluationCase.plan.measures.find(
    (candidate) => candidate.kind === 'quantitative' && words.some((word) => themeKey(candidate.name).includes(word)),
  );
  return measure?.name ?? fallback;
}

/**
 * The case's benefits, each that names a plan measure given that measure's isolation method when
 * it states none of its own, so that a benefit drawn from a comparison-group result is counted
 * once. A benefit naming a measure the plan does not have, or an isolation method other than its
 * measure's, is an error at `roi.benefits.<i>`.
 */
function benefitsWithIsolation(evaluationCase: EvaluationCase): EvaluationCase['roi']['benefits'] {
  const issues: LmdInputIssueInit[] = [];
  const benefits = evaluationCase.roi.benefits.map((benefit, index) => {
    if (benefit.measure === undefined) return benefit;
    const measure = evaluationCase.plan.measures.find((candidate) => themeKey(candidate.name) === themeKey(benefit.measure ?? ''));
    if (measure === undefined) {
      issues.push({
        keys: ['roi', 'benefits', index, 'measure'],
        message: `expected the name of a measure in the plan (${evaluationCase.plan.measures.map((candidate) => `“${candidate.name}”`).join(', ') || 'the plan has none'}; received “${benefit.measure}”)`,
      });
      return benefit;
    }
    if (benefit.isolation !== undefined && measure.isolation !== undefined && benefit.isolation !== measure.isolation) {
      issues.push({
        keys: ['roi', 'benefits', index, 'isolation'],
        message: `expected the isolation method of the measure “${measure.name}” (${measure.isolation}) or none (received ${benefit.isolation})`,
      });
      return benefit;
    }
    const isolation = benefit.isolation ?? measure.isolation;
    return isolation === undefined ? benefit : { ...benefit, isolation };
  });
  if (issues.length > 0) throw new LmdInputError(issues);
  return benefits;
}

/**
 * Evaluates an initiative from its evaluation case, as `lmdkit evaluate` does: each group's
 * turnover and lost-time rates before and after (with the difference-in-differences when there is
 * a comparison group), the plan check, the Phillips ROI, the themes of the qualitative records
 * (default options, so their anonymity rules apply) and the evidence chain. The evidence chain's
 * numbers are the pilot's turnover and lost-time rates, placed under the plan's first quantitative
 * measure whose name mentions turnover (or leavers), and absence (or lost time, sickness),
 * respectively, unless the case gives its own result for that measure; the case's `results`
 * follow. A benefit that names a plan measure (`measure`) takes that measure's isolation method
 * when it states none, so a benefit drawn from a comparison group is not discounted again.
 *
 * @param input - the case ({@link evaluationCaseSchema}); validated here
 * @returns the rates, plan check, ROI, themes and evidence chain
 * @throws LmdInputError when the case does not match {@link evaluationCaseSchema} or a library
 *   check rejects the data; each issue's keys are the case's own (`roi.costs`, `results.0.after`)
 * @example
 * const evaluation = evaluateCase({
 *   organisation: 'Larkspur Vale Housing',
 *   initiative: { id: 'plc', name: 'Peer learning circles' },
 *   periods: { before: '2024', after: '2025' },
 *   workforce: {
 *     pilot: {
 *       name: 'Pilot teams',
 *       before: { averageHeadcount: 50, leavers: 10, hoursLost: 900, hoursAvailable: 45_000 },
 *       after: { averageHeadcount: 50, leavers: 5, hoursLost: 450, hoursAvailable: 45_000 },
 *     },
 *   },
 *   plan: { measures: [] },
 *   roi: {
 *     benefits: [{ label: 'Fewer leavers', annualValue: 30_000, attribution: 0.5, confidence: 0.8 }],
 *     costs: [{ label: 'Facilitation', amount: 6_000, category: 'delivery' }],
 *   },
 * });
 * evaluation.pilot.turnover //=> { before: 20, after: 10, changePoints: -10, changePercent: -50 }
 * evaluation.roi.roiPercent //=> 100
 * evaluateCase({ organisation: 'Larkspur Vale Housing' } as never) //=> throws LmdInputError
 * @see {@link renderEvaluationMarkdown}
 */
export function evaluateCase(input: EvaluationCaseInput): CaseEvaluation {
  const evaluationCase: EvaluationCase = parseInput(evaluationCaseSchema, input, '');
  const months = evaluationCase.periods.months ?? null;
  const annualise = evaluationCase.periods.annualiseTurnover ?? false;
  if (annualise && months === null) {
    throw new LmdInputError([{ keys: ['periods', 'months'], message: 'expected the months each period covers, to annualise the turnover rates (received nothing)' }]);
  }
  const annualiseOver = annualise ? months : null;
  const pilot = groupRates(evaluationCase.workforce.pilot, annualiseOver);
  const comparison = evaluationCase.workforce.comparison === undefined ? null : groupRates(evaluationCase.workforce.comparison, annualiseOver);
  // The pilot's rates go under the plan's turnover and absence measures, unless the file gives
  // its own result for that measure; the file's results follow, in order (see chainIssue).
  const given = new Set(evaluationCase.results.map((result) => themeKey(result.measure)));
  const turnoverMeasure = measureFor(evaluationCase, ['turnover', 'leavers'], 'Turnover rate');
  const derived: QuantitativeResultInput[] = [
    {
      measure: turnoverMeasure,
      before: pilot.turnover.before,
      after: pilot.turnover.after,
      direction: 'lower-is-better',
    },
    {
      measure: measureFor(evaluationCase, ['absence', 'lost time', 'sickness'], 'Lost-time rate'),
      before: pilot.lostTime.before,
      after: pilot.lostTime.after,
      direction: 'lower-is-better',
    },
  ];
  const fromRates = derived.filter((result) => !given.has(themeKey(result.measure)));
  const quantitative = fromRates.concat(evaluationCase.results);
  // The chain's input keys as the case file's: a derived result names the workforce figures it
  // came from; the file's own results, plan and records keep their place.
  const chainIssue = (issue: LmdInputIssue): LmdInputIssueInit => {
    const [, part, index, ...rest] = issue.keys;
    if (part === 'quantitative' && typeof index === 'number') {
      if (index < fromRates.length) {
        return { keys: ['workforce', 'pilot'], message: `the ${fromRates[index]?.measure ?? 'derived'} result derived from these figures: ${issue.message}` };
      }
      return { keys: ['results', index - fromRates.length, ...rest], message: issue.message };
    }
    if (part === 'measures') return underRoot(issue, 'plan');
    if (part === 'qualitative') return { keys: ['records', ...issue.keys.slice(2)], message: issue.message };
    return { keys: issue.keys.slice(1), message: issue.message };
  };
  // The chain first, so that its errors (a measure named twice) come before the ROI's.
  const evidenceChain = inCaseFile(chainIssue, () =>
    buildEvidenceChain({
      initiative: { id: evaluationCase.initiative.id, name: evaluationCase.initiative.name },
      measures: evaluationCase.plan.measures,
      quantitative,
      qualitative: evaluationCase.records,
    }),
  );
  return {
    organisation: evaluationCase.organisation,
    initiative: evaluationCase.initiative,
    periods: evaluationCase.periods,
    rateBasis: { periodMonths: months, periodLabel: months === null ? null : ratePeriodLabel(months), turnoverAnnualised: annualise, turnoverMeasure },
    pilot,
    comparison,
    differenceInDifferences:
      comparison === null
        ? null
        : {
            turnoverPoints: pilot.turnover.changePoints - comparison.turnover.changePoints,
            lostTimePoints: pilot.lostTime.changePoints - comparison.lostTime.changePoints,
          },
    plan: checkEvaluationPlan(evaluationCase.plan),
    roi: inCaseFile(roiIssue, () => phillipsRoi({ ...evaluationCase.roi, benefits: benefitsWithIsolation(evaluationCase) })),
    themes: summariseThemes(evaluationCase.records),
    evidenceChain,
  };
}
