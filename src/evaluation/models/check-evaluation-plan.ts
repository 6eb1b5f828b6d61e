import * as z from 'zod';
import { deepFreeze } from '../../core/deep-freeze.js';
import { sortFindingsBySeverity, type Finding } from '../../core/finding.js';
import { parseInput } from '../../core/parse-input.js';
import type { ReferenceId } from '../../core/references.js';
import type { EvaluationLevelReference } from './evaluation-level-reference.js';
import { evaluationMeasureSchema, type EvaluationMeasure, type EvaluationMeasureInput } from './evaluation-measure.js';
import { mapLevel } from './map-level.js';
import { isReactionLevel } from '../_internal/reaction-level.js';
import { themeKey } from '../qualitative/qualitative-record.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * The zod schema for the input of {@link checkEvaluationPlan}: `{ measures, claimsRoi? }`, each
 * measure checked by {@link evaluationMeasureSchema}. `measures` may be empty (that is a finding,
 * not an error); `claimsRoi` defaults to `false`.
 *
 * @example
 * evaluationPlanSchema.safeParse({ measures: [] }).success //=> true
 * evaluationPlanSchema.safeParse({ measures: [], claimsROI: true }).success //=> false
 * @see {@link checkEvaluationPlan}
 */
export const evaluationPlanSchema = /* @__PURE__ */ z.strictObject({
  measures: /* @__PURE__ */ z.array(evaluationMeasureSchema),
  claimsRoi: /* @__PURE__ */ z.boolean().default(false),
});

/**
 * The input of {@link checkEvaluationPlan}: the plan's measures, and whether the plan (or the
 * business case it serves) claims a return on investment. Read-only arrays are accepted, so a
 * plan from {@link recommendMeasures} can be checked as it is.
 * @see {@link evaluationPlanSchema}
 */
export interface EvaluationPlanInput {
  /** The plan's measures ({@link evaluationMeasureSchema}). */
  readonly measures: readonly EvaluationMeasureInput[];
  /** Whether the plan claims a return on investment (default `false`). */
  readonly claimsRoi?: boolean;
}

/**
 * What each finding {@link checkEvaluationPlan} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link evaluationPlanFindingCodes} lists the codes.
 *
 * @example
 * evaluationPlanFindings.EVALUATION_PLAN_EMPTY.severity //=> 'warning'
 * @see {@link checkEvaluationPlan}
 */
export const evaluationPlanFindings = /* @__PURE__ */ deepFreeze({
  EVALUATION_PLAN_EMPTY: { severity: 'warning', meaning: 'The plan lists no measures (no other coverage finding is then given, except an ROI claim without isolation).' },
  EVALUATION_PLAN_REACTION_ONLY: { severity: 'risk', meaning: 'Every measure is at reaction level or below (Kirkpatrick 1, Phillips 0–1, LTEM 1–3): only reactions, attendance or activity, which predict learning and transfer poorly.' },
  EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE: { severity: 'warning', meaning: 'No measure is at Kirkpatrick level 3 (behaviour, Phillips application, LTEM transfer).' },
  EVALUATION_PLAN_NO_BASELINE: { severity: 'warning', meaning: 'No measure of learning, behaviour or results is taken before the initiative or as an ongoing series, so there is nothing to compare the after-picture with.' },
  EVALUATION_PLAN_ROI_WITHOUT_ISOLATION: { severity: 'risk', meaning: 'The plan claims an ROI but no measure states how the programme’s effect is isolated from other influences.' },
  EVALUATION_PLAN_RESULTS_WITHOUT_COMPARISON: { severity: 'warning', meaning: 'A results measure has neither a comparison (comparison group, trend line or forecast) nor an ongoing series (one finding per measure).' },
  EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE: { severity: 'advice', meaning: 'Every measure is quantitative, so stories and comments are missing.' },
  EVALUATION_PLAN_START_FROM_RESULTS: { severity: 'advice', meaning: 'No results measure is defined, though New World Kirkpatrick plans backwards from the results wanted.' },
  EVALUATION_PLAN_DUPLICATE_MEASURE: { severity: 'advice', meaning: 'Two measures share a name, ignoring case, spacing and how accented letters are encoded (lmdkit’s own housekeeping check, with no basis).' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link checkEvaluationPlan} can return, in the order of {@link evaluationPlanFindings},
 * which says what each means.
 *
 * @example
 * evaluationPlanFindingCodes.length //=> 9
 * @see {@link EvaluationPlanFinding}
 */
export const evaluationPlanFindingCodes = /* @__PURE__ */ findingCodesOf(evaluationPlanFindings);

/**
 * One of {@link evaluationPlanFindingCodes}.
 * @see {@link evaluationPlanFindingCodes}
 */
export type EvaluationPlanFindingCode = (typeof evaluationPlanFindingCodes)[number];

/**
 * A finding of {@link checkEvaluationPlan}; `measureIndex` locates one about a single measure.
 *
 * @example
 * const finding: EvaluationPlanFinding | undefined = checkEvaluationPlan({ measures: [] }).findings[0];
 * finding?.code //=> 'EVALUATION_PLAN_EMPTY'
 * @see {@link evaluationPlanFindingCodes}
 */
export interface EvaluationPlanFinding extends Finding<EvaluationPlanFindingCode> {
  /** The measure concerned, by its position in the input. */
  readonly measureIndex?: number;
}

/**
 * How {@link checkEvaluationPlan} placed one measure on Kirkpatrick's levels.
 *
 * @example
 * const placed: PlacedMeasure | undefined = checkEvaluationPlan({
 *   measures: [{ name: 'Scenario test', level: { model: 'ltem', level: 5 }, kind: 'quantitative', timing: 'after' }],
 * }).measures[0];
 * placed?.kirkpatrickLevels //=> [2]
 * placed?.correspondence //=> 'partial'
 * @see {@link checkEvaluationPlan}
 */
export interface PlacedMeasure {
  /** The measure's name (trimmed). */
  readonly name: string;
  /** Its level as given. */
  readonly level: EvaluationLevelReference;
  /** The Kirkpatrick levels it corresponds to (see {@link mapLevel}); empty when none. */
  readonly kirkpatrickLevels: readonly number[];
  /** How closely: `exact`, `partial` or `none`. */
  readonly correspondence: 'exact' | 'partial' | 'none';
}

/**
 * The criteria {@link checkEvaluationPlan} applied, echoed in its result.
 *
 * @example
 * checkEvaluationPlan({ measures: [] }).criteria.baselineTimings //=> ['before', 'before-and-after', 'ongoing']
 * @see {@link checkEvaluationPlan}
 */
export interface EvaluationPlanCriteria {
  /** Timings that give a baseline, when the measure reaches Kirkpatrick level 2 or above. */
  readonly baselineTimings: readonly EvaluationMeasure['timing'][];
  /** Isolation methods that support an ROI claim (any stated method except `none`). */
  readonly roiIsolationMethods: readonly NonNullable<EvaluationMeasure['isolation']>[];
  /** Isolation methods that count as a comparison for a results measure. */
  readonly comparisonIsolationMethods: readonly NonNullable<EvaluationMeasure['isolation']>[];
  /** Timings that count as a trend for a results measure. */
  readonly trendTimings: readonly EvaluationMeasure['timing'][];
}

/**
 * The result of {@link checkEvaluationPlan}.
 *
 * @example
 * const result: EvaluationPlanCheck = checkEvaluationPlan({ measures: [] });
 * result.levelsCovered //=> { model: 'kirkpatrick', levels: [] }
 * @see {@link checkEvaluationPlan}
 */
export interface EvaluationPlanCheck {
  /** The Kirkpatrick levels (1–4) at least one measure reaches, ascending; the model is named. */
  readonly levelsCovered: { readonly model: 'kirkpatrick'; readonly levels: readonly number[] };
  /** Findings, most severe first. */
  readonly findings: readonly EvaluationPlanFinding[];
  /** Each measure, in input order, placed on Kirkpatrick's levels. */
  readonly measures: readonly PlacedMeasure[];
  /** Whether an ROI claim was considered: `claimsRoi` as given (default `false`) or a Phillips level 5 measure. */
  readonly claimsRoi: boolean;
  /** The criteria applied. */
  readonly criteria: EvaluationPlanCriteria;
}

const criteria: EvaluationPlanCriteria = /* @__PURE__ */ deepFreeze({
  baselineTimings: ['before', 'before-and-after', 'ongoing'],
  roiIsolationMethods: ['comparison-group', 'trend-line', 'forecast', 'participant-estimate', 'manager-estimate', 'expert-estimate'],
  comparisonIsolationMethods: ['comparison-group', 'trend-line', 'forecast'],
  trendTimings: ['ongoing'],
} satisfies EvaluationPlanCriteria);

const newWorld: ReferenceId[] = ['kirkpatrick-kirkpatrick-2016'];

/**
 * Checks an evaluation plan for the gaps that make evaluations of learning unconvincing: only
 * reactions measured, no behaviour measure, no baseline, an ROI claim with no isolation of the
 * programme's effect, results with no comparison or trend, no qualitative evidence, and no
 * results defined to plan backwards from.
 *
 * Each measure's level is placed on Kirkpatrick's four levels with {@link mapLevel} (a partial
 * correspondence counts, so LTEM tier 5 covers level 2 and LTEM tier 8 level 4); measures at
 * LTEM tiers 1–2 or Phillips levels 0 and 5 reach no Kirkpatrick level. `levelsCovered` names the
 * model it uses (always `kirkpatrick`). The rules, their codes and severities are listed in
 * {@link evaluationPlanFindingCodes}; the criteria are echoed in the result. An empty plan is a
 * finding (`EVALUATION_PLAN_EMPTY`), not an error; duplicate names are a finding too.
 *
 * @param plan - `{ measures, claimsRoi? }` ({@link evaluationPlanSchema}); not changed
 * @returns the levels covered, each measure's placement, the findings (most severe first) and the criteria
 * @throws LmdInputError when the plan does not match {@link evaluationPlanSchema}
 * @example
 * const happySheets = checkEvaluationPlan({
 *   measures: [{ name: 'End-of-session feedback form', level: { model: 'kirkpatrick', level: 1 }, kind: 'quantitative', timing: 'after' }],
 * });
 * happySheets.levelsCovered //=> { model: 'kirkpatrick', levels: [1] }
 * happySheets.findings.map((finding) => finding.code)
 * //=> ['EVALUATION_PLAN_REACTION_ONLY', 'EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE', 'EVALUATION_PLAN_NO_BASELINE', 'EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE', 'EVALUATION_PLAN_START_FROM_RESULTS']
 * checkEvaluationPlan({ measures: 'feedback forms' } as unknown as EvaluationPlanInput) //=> throws LmdInputError
 * @see {@link mapLevel}
 * @see Sources: kirkpatrick-kirkpatrick-2016, alliger-1997, thalheimer-2018, phillips-phillips-2016,
 * brinkerhoff-2003, cipd-7os02-seed.
 */
export function checkEvaluationPlan(plan: EvaluationPlanInput): EvaluationPlanCheck {
  const { measures, claimsRoi } = parseInput(evaluationPlanSchema, plan, 'plan');
  const placed = measures.map(placeMeasure);
  const levels = [...new Set(placed.flatMap((measure) => measure.kirkpatrickLevels))].sort((a, b) => a - b);
  const roiClaimed = claimsRoi || measures.some(isRoiMeasure);
  const findings: EvaluationPlanFinding[] = [];
  if (measures.length === 0) {
    findings.push({
      code: 'EVALUATION_PLAN_EMPTY',
      severity: evaluationPlanFindings.EVALUATION_PLAN_EMPTY.severity,
      message: 'The plan lists no measures, so nothing will show whether the initiative made a difference.',
      basis: newWorld,
    });
  } else {
    findings.push(...coverageFindings(measures, placed, levels));
  }
  if (roiClaimed && !measures.some((measure) => isStated(measure.isolation, criteria.roiIsolationMethods))) {
    findings.push({
      code: 'EVALUATION_PLAN_ROI_WITHOUT_ISOLATION',
      severity: evaluationPlanFindings.EVALUATION_PLAN_ROI_WITHOUT_ISOLATION.severity,
      message:
        'The plan claims a return on investment but no measure separates the initiative’s effect from other causes (a comparison group, trend line, forecast or adjusted estimate), so the benefits it counts may not be the initiative’s.',
      basis: ['phillips-phillips-2016'],
    });
  }
  return {
    levelsCovered: { model: 'kirkpatrick', levels },
    findings: sortFindingsBySeverity(findings),
    measures: placed,
    claimsRoi: roiClaimed,
    criteria: {
      baselineTimings: [...criteria.baselineTimings],
      roiIsolationMethods: [...criteria.roiIsolationMethods],
      comparisonIsolationMethods: [...criteria.comparisonIsolationMethods],
      trendTimings: [...criteria.trendTimings],
    },
  };
}

function placeMeasure(measure: EvaluationMeasure): PlacedMeasure {
  const mapping = mapLevel(measure.level.level, measure.level.model, 'kirkpatrick');
  return {
    name: measure.name,
    // `+ 0`: a Phillips level typed as -0 is level 0, and must not come back as -0.
    level: { ...measure.level, level: measure.level.level + 0 },
    kirkpatrickLevels: mapping.levels.map((target) => target.level),
    correspondence: mapping.correspondence,
  };
}

function isRoiMeasure(measure: EvaluationMeasure): boolean {
  return measure.level.model === 'phillips' && measure.level.level === 5;
}

function isResultsMeasure(measure: EvaluationMeasure, placed: PlacedMeasure): boolean {
  return placed.kirkpatrickLevels.includes(4) || isRoiMeasure(measure);
}

function isStated<T extends string>(value: T | undefined, allowed: readonly string[]): boolean {
  return value !== undefined && allowed.includes(value);
}

function coverageFindings(
  measures: readonly EvaluationMeasure[],
  placed: readonly PlacedMeasure[],
  levels: readonly number[],
): EvaluationPlanFinding[] {
  const findings: EvaluationPlanFinding[] = [];
  if (measures.every((measure) => isReactionLevel(measure.level))) {
    findings.push({
      code: 'EVALUATION_PLAN_REACTION_ONLY',
      severity: evaluationPlanFindings.EVALUATION_PLAN_REACTION_ONLY.severity,
      message:
        'Every measure records reactions, attendance or activity; these say little about whether people learnt anything or work differently, so the plan cannot show impact.',
      basis: ['alliger-1997', 'thalheimer-2018', 'kirkpatrick-kirkpatrick-2016'],
    });
  }
  if (!levels.includes(3)) {
    findings.push({
      code: 'EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE',
      severity: evaluationPlanFindings.EVALUATION_PLAN_NO_BEHAVIOUR_MEASURE.severity,
      message:
        'No measure looks at whether people apply the learning at work (Kirkpatrick level 3), the link between learning and any results.',
      basis: ['kirkpatrick-kirkpatrick-2016', 'phillips-phillips-2016'],
    });
  }
  const hasBaseline = measures.some(
    (measure, index) =>
      criteria.baselineTimings.includes(measure.timing) &&
      (placed[index] as PlacedMeasure).kirkpatrickLevels.some((level) => level >= 2),
  );
  if (!hasBaseline) {
    findings.push({
      code: 'EVALUATION_PLAN_NO_BASELINE',
      severity: evaluationPlanFindings.EVALUATION_PLAN_NO_BASELINE.severity,
      message:
        'No measure of learning, behaviour or results is taken before the initiative or as an ongoing series, so there is no starting point to show a change against.',
      basis: ['phillips-phillips-2016'],
    });
  }
  measures.forEach((measure, measureIndex) => {
    const place = placed[measureIndex] as PlacedMeasure;
    if (!isResultsMeasure(measure, place)) return;
    if (isStated(measure.isolation, criteria.comparisonIsolationMethods)) return;
    if (criteria.trendTimings.includes(measure.timing)) return;
    findings.push({
      code: 'EVALUATION_PLAN_RESULTS_WITHOUT_COMPARISON',
      severity: evaluationPlanFindings.EVALUATION_PLAN_RESULTS_WITHOUT_COMPARISON.severity,
      message: `The results measure "${measure.name}" has no comparison group, trend line, forecast or ongoing series, so a change in it cannot be told apart from what would have happened anyway.`,
      basis: ['phillips-phillips-2016'],
      measureIndex,
    });
  });
  if (!measures.some((measure) => measure.kind === 'qualitative')) {
    findings.push({
      code: 'EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE',
      severity: evaluationPlanFindings.EVALUATION_PLAN_NO_QUALITATIVE_EVIDENCE.severity,
      message:
        'Every measure is a number; add interviews, comments or stories, which show how and why things changed and often persuade leaders more than figures.',
      basis: ['cipd-7os02-seed', 'brinkerhoff-2003'],
    });
  }
  if (!placed.some((place, index) => isResultsMeasure(measures[index] as EvaluationMeasure, place))) {
    findings.push({
      code: 'EVALUATION_PLAN_START_FROM_RESULTS',
      severity: evaluationPlanFindings.EVALUATION_PLAN_START_FROM_RESULTS.severity,
      message:
        'No results measure is defined; decide first which organisational results the initiative should change, then the behaviours that lead to them, and plan the measures from there.',
      basis: newWorld,
    });
  }
  const seen = new Set<string>();
  measures.forEach((measure, measureIndex) => {
    const key = themeKey(measure.name);
    if (!seen.has(key)) {
      seen.add(key);
      return;
    }
    findings.push({
      code: 'EVALUATION_PLAN_DUPLICATE_MEASURE',
      severity: evaluationPlanFindings.EVALUATION_PLAN_DUPLICATE_MEASURE.severity,
      message: `The measure "${measure.name}" is listed more than once; merge the entries or give them names that say how they differ.`,
      basis: [],
      measureIndex,
    });
  });
  return findings;
}
