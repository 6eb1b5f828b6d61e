import * as z from 'zod';
import { nonEmptyText } from '../../core/_internal/non-empty-text.js';
import { sortFindingsBySeverity, type Finding } from '../../core/finding.js';
import { parseInput } from '../../core/parse-input.js';
import { sum } from '../../core/stats/sum.js';
import { failInput, finiteResult } from '../_internal/measures.js';
import { paybackOf } from './payback-months.js';
import { roiPercentOf } from './roi.js';
import { directIsolationMethods, isolationMethodLabels, isolationMethods, type IsolationMethod } from '../models/evaluation-measure.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * The categories of a fully loaded programme cost, after the ROI Methodology's cost headings:
 * needs assessment, design and development, acquisition (bought-in content or licences), delivery
 * (facilitators, coaches), materials, participants' time (salaries and on-costs while learning),
 * travel, facilities, overhead (administration and support), evaluation, and anything else.
 *
 * @example
 * phillipsCostCategories.includes('participant-time') //=> true
 * @see {@link phillipsRoi}
 */
export const phillipsCostCategories = /* @__PURE__ */ Object.freeze([
  'needs-assessment',
  'design',
  'acquisition',
  'delivery',
  'materials',
  'participant-time',
  'travel',
  'facilities',
  'overhead',
  'evaluation',
  'other',
] as const);

/**
 * Each {@link phillipsCostCategories} value in plain words, for people reading a report.
 *
 * @example
 * phillipsCostCategoryLabels['participant-time'] //=> 'participants’ time'
 * @see {@link phillipsCostCategories}
 */
export const phillipsCostCategoryLabels = /* @__PURE__ */ Object.freeze({
  'needs-assessment': 'needs assessment',
  design: 'design and development',
  acquisition: 'bought-in content and licences',
  delivery: 'delivery',
  materials: 'materials',
  'participant-time': 'participants’ time',
  travel: 'travel',
  facilities: 'facilities',
  overhead: 'overhead',
  evaluation: 'evaluation',
  other: 'other',
} as const satisfies Record<(typeof phillipsCostCategories)[number], string>);

/**
 * One of {@link phillipsCostCategories}.
 * @see {@link phillipsRoi}
 */
export type PhillipsCostCategory = (typeof phillipsCostCategories)[number];

// `+ 0` turns -0 into 0, so a -0 typed in never reaches a result (JSON would show it as 0, but
// `Object.is` and deep equality tell them apart).
const withoutNegativeZero = (value: number): number => value + 0;

const proportion = (): z.ZodOptional<z.ZodNumber> =>
  z
    .number()
    .min(0, 'expected a proportion from 0 to 1')
    .max(1, 'expected a proportion from 0 to 1 (write 80% as 0.8)')
    .overwrite(withoutNegativeZero)
    .optional();

const money = (): z.ZodNumber => z.number().min(0).max(1e12).overwrite(withoutNegativeZero);

/**
 * The zod schema for one expected benefit in {@link phillipsRoi} (and in a business case):
 * `{ label, annualValue, isolation?, measure?, attribution?, confidence? }`, proportions 0–1.
 * `isolation` is how the benefit's effect was separated from everything else (one of
 * {@link isolationMethods}); `measure` names the evaluation-plan measure it comes from, so that an
 * evaluation case can carry the measure's isolation method to the ROI. The label is trimmed and
 * must not be blank; a `-0` is read as `0`, so it never reaches a result.
 *
 * @example
 * phillipsBenefitSchema.safeParse({ label: 'Fewer leavers', annualValue: 90_000, attribution: 0.5, confidence: 0.7 }).success //=> true
 * phillipsBenefitSchema.safeParse({ label: 'Fewer leavers', annualValue: 90_000, attribution: 50 }).success //=> false
 * @see {@link phillipsRoiInputSchema}
 */
export const phillipsBenefitSchema = /* @__PURE__ */ z.strictObject({
  label: /* @__PURE__ */ nonEmptyText('label'),
  annualValue: /* @__PURE__ */ money(),
  isolation: /* @__PURE__ */ z.enum(isolationMethods).optional(),
  measure: /* @__PURE__ */ nonEmptyText('measure').optional(),
  attribution: /* @__PURE__ */ proportion(),
  confidence: /* @__PURE__ */ proportion(),
});

/**
 * The zod schema for the list of fully loaded costs in {@link phillipsRoi} (and in a business
 * case): at least one `{ label, amount, category }`, the category one of {@link phillipsCostCategories},
 * the label trimmed and not blank.
 *
 * @example
 * phillipsCostsSchema.safeParse([{ label: 'Coach fees', amount: 9_000, category: 'delivery' }]).success //=> true
 * phillipsCostsSchema.safeParse([]).success //=> false
 * @see {@link phillipsRoiInputSchema}
 */
export const phillipsCostsSchema = /* @__PURE__ */ z
  .array(
    /* @__PURE__ */ z.strictObject({
      label: /* @__PURE__ */ nonEmptyText('label'),
      amount: /* @__PURE__ */ money(),
      category: /* @__PURE__ */ z.enum(phillipsCostCategories),
    }),
  )
  .min(1);

/**
 * The zod schema for the input of {@link phillipsRoi}.
 *
 * @example
 * phillipsRoiInputSchema.safeParse({ benefits: [], costs: [] }).success //=> false
 * @see {@link phillipsRoi}
 */
export const phillipsRoiInputSchema = /* @__PURE__ */ z.strictObject({
  benefits: /* @__PURE__ */ z.array(phillipsBenefitSchema),
  costs: phillipsCostsSchema,
  horizonYears: /* @__PURE__ */ z.int().min(1).max(10).default(1),
  intangibles: /* @__PURE__ */ z.array(/* @__PURE__ */ nonEmptyText('label')).default([]),
  highAttribution: /* @__PURE__ */ z.number().min(0).max(1, 'expected a proportion from 0 to 1 (write 80% as 0.8)').default(0.8),
});

/**
 * The input of {@link phillipsRoi}.
 *
 * - `benefits`: each `{ label, annualValue, isolation?, measure?, attribution?, confidence? }`.
 *   `annualValue` is the estimated yearly monetary improvement; `isolation` how its effect was
 *   isolated ({@link isolationMethods}); `attribution` (0–1) the share of it an estimator puts
 *   down to the programme; `confidence` (0–1) how sure the estimator is. Proportions are 0–1, not
 *   percentages.
 * - `costs`: each `{ label, amount, category }`, the programme's fully loaded costs (at least one
 *   item, totalling more than 0).
 * - `horizonYears` (default 1): years of benefit counted.
 * - `intangibles` (default none): benefits deliberately not given a money value.
 * - `highAttribution` (default 0.8): an attribution at or above this, resting on an estimate or
 *   on no stated method, is flagged.
 * @see {@link phillipsRoi}
 */
export type PhillipsRoiInput = z.input<typeof phillipsRoiInputSchema>;

/**
 * What each finding {@link phillipsRoi} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link phillipsRoiFindingCodes} lists the codes.
 *
 * @example
 * phillipsRoiFindings.PHILLIPS_ADJUSTMENT_MISSING.severity //=> 'warning'
 * @see {@link phillipsRoi}
 */
export const phillipsRoiFindings = /* @__PURE__ */ deepFreeze({
  PHILLIPS_ADJUSTMENT_MISSING: { severity: 'warning', meaning: 'A benefit has no attribution or no confidence, so it was counted at 0.' },
  PHILLIPS_NO_MONETARY_BENEFITS: { severity: 'warning', meaning: 'No benefit contributes any money after adjustment.' },
  PHILLIPS_MULTI_YEAR_BENEFITS: { severity: 'advice', meaning: 'Benefits are counted over more than one year.' },
  PHILLIPS_PARTICIPANT_TIME_MISSING: { severity: 'warning', meaning: 'No cost is given for participants’ time, so the costs are probably not fully loaded.' },
  PHILLIPS_EVALUATION_COST_MISSING: { severity: 'advice', meaning: 'No cost is given for the evaluation itself.' },
  PHILLIPS_DOUBLE_DISCOUNT: { severity: 'warning', meaning: 'A benefit isolated by a comparison group, trend line or forecast was also given an attribution or confidence below 1, which would discount the isolated effect twice; it counts at its isolated value.' },
  PHILLIPS_HIGH_ATTRIBUTION_WEAK_METHOD: { severity: 'warning', meaning: 'A high attribution rests on an estimate or on no stated isolation method, so the benefit may be overstated.' },
  PHILLIPS_ISOLATION_NOT_STATED: { severity: 'advice', meaning: 'A benefit does not say how its effect was isolated from other influences.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link phillipsRoi} can return, in the order of {@link phillipsRoiFindings},
 * which says what each means.
 *
 * @example
 * phillipsRoiFindingCodes.length //=> 8
 * @see {@link PhillipsRoiFinding}
 */
export const phillipsRoiFindingCodes = /* @__PURE__ */ findingCodesOf(phillipsRoiFindings);

/**
 * A finding of {@link phillipsRoi}; `benefitIndex` locates one about a single benefit.
 *
 * @example
 * const finding: PhillipsRoiFinding | undefined = phillipsRoi({
 *   benefits: [{ label: 'Fewer errors', annualValue: 10_000 }],
 *   costs: [{ label: 'Workshop', amount: 5_000, category: 'delivery' }],
 * }).findings[0];
 * finding?.code //=> 'PHILLIPS_ADJUSTMENT_MISSING'
 * finding?.benefitIndex //=> 0
 * @see {@link phillipsRoiFindingCodes}
 */
export interface PhillipsRoiFinding extends Finding<(typeof phillipsRoiFindingCodes)[number]> {
  /** The benefit concerned, by its position in the input. */
  readonly benefitIndex?: number;
}

/**
 * One assumption {@link phillipsRoi} applied, with the guiding principle of the ROI Methodology it
 * follows (numbered 1–12 as the ROI Institute publishes them), or `null` for lmdkit's own.
 *
 * @example
 * const assumption: PhillipsAssumption | undefined = phillipsRoi({
 *   benefits: [],
 *   costs: [{ label: 'Workshop', amount: 5_000, category: 'delivery' }],
 * }).assumptions[0];
 * assumption?.id //=> 'isolation-counted-once'
 * @see {@link phillipsRoi}
 */
export interface PhillipsAssumption {
  /** A stable id. */
  readonly id:
    | 'isolation-counted-once'
    | 'conservative-adjustment'
    | 'missing-adjustment-counts-zero'
    | 'benefit-horizon'
    | 'no-discounting'
    | 'costs-fully-loaded'
    | 'intangibles-not-monetised'
    | 'payback-evenly-accrued';
  /** The assumption in one plain sentence. */
  readonly statement: string;
  /** The guiding principle it follows, or `null`. */
  readonly principle: number | null;
}

/**
 * One benefit as adjusted by {@link phillipsRoi}.
 *
 * @example
 * const row: PhillipsBenefitRow | undefined = phillipsRoi({
 *   benefits: [{ label: 'Fewer errors', annualValue: 10_000, attribution: 0.5, confidence: 0.8 }],
 *   costs: [{ label: 'Workshop', amount: 5_000, category: 'delivery' }],
 * }).benefits[0];
 * row?.adjustedAnnualValue //=> 4000
 * @see {@link phillipsRoi}
 */
export interface PhillipsBenefitRow {
  /** The benefit's label. */
  readonly label: string;
  /** The estimated annual value as given. */
  readonly annualValue: number;
  /** How the benefit's effect was isolated, or `null` when not stated. */
  readonly isolation: IsolationMethod | null;
  /** The evaluation-plan measure the benefit comes from, or `null`. */
  readonly measure: string | null;
  /**
   * Whether an attribution and confidence adjustment applies: `false` for a benefit isolated by a
   * comparison group, trend line or forecast (already the programme's share), `true` otherwise.
   */
  readonly adjustmentApplies: boolean;
  /** The attribution applied (1 when no adjustment applies; 0 when one applies and none was given). */
  readonly attribution: number;
  /** The confidence applied (1 when no adjustment applies; 0 when one applies and none was given). */
  readonly confidence: number;
  /** Whether the caller gave both attribution and confidence. */
  readonly adjustmentSupplied: boolean;
  /** `annualValue × attribution × confidence`. */
  readonly adjustedAnnualValue: number;
}

/**
 * The result of {@link phillipsRoi}: a business case's numbers with the assumptions behind them.
 *
 * @example
 * const result: PhillipsRoi = phillipsRoi({
 *   benefits: [{ label: 'Fewer errors', annualValue: 10_000, attribution: 0.5, confidence: 0.8 }],
 *   costs: [{ label: 'Workshop', amount: 4_000, category: 'delivery' }],
 * });
 * result.roiPercent //=> 0
 * @see {@link phillipsRoi}
 */
export interface PhillipsRoi {
  /** The adjusted benefits over the horizon: `adjustedAnnualBenefits × horizonYears`. */
  readonly adjustedBenefits: number;
  /** The sum of the benefits' adjusted annual values. */
  readonly adjustedAnnualBenefits: number;
  /** The sum of the costs (fully loaded, counted once). */
  readonly totalCost: number;
  /** `adjustedBenefits − totalCost`. */
  readonly netBenefits: number;
  /** ROI as a percentage: `netBenefits ÷ totalCost × 100`. */
  readonly roiPercent: number;
  /** `adjustedBenefits ÷ totalCost`, a plain ratio. */
  readonly benefitCostRatio: number;
  /**
   * `totalCost × 12 ÷ adjustedAnnualBenefits`, or `null` when the adjusted annual benefits are 0
   * (or so small that the months are too many to represent).
   */
  readonly paybackMonths: number | null;
  /** The years of benefit counted (the default, 1, when not given). */
  readonly horizonYears: number;
  /** One row per benefit, in input order. */
  readonly benefits: readonly PhillipsBenefitRow[];
  /** Cost totals by category, in the order of {@link phillipsCostCategories}, categories with items only. */
  readonly costsByCategory: readonly { readonly category: PhillipsCostCategory; readonly amount: number }[];
  /** The assumptions applied. */
  readonly assumptions: readonly PhillipsAssumption[];
  /** The intangible benefits, carried through as given and never given a money value. */
  readonly intangibles: readonly string[];
  /**
   * The threshold applied: an attribution at or above `highAttribution` on an estimate (or on no
   * stated method) is flagged. lmdkit's own choice, not a published cut-off (`verified: false`).
   */
  readonly thresholds: { readonly highAttribution: number; readonly verified: false };
  /** What a reader of the business case should know, most severe first. */
  readonly findings: readonly PhillipsRoiFinding[];
}

const basis = ['phillips-phillips-2016'] as const;

/** The assumptions every result states (the horizon ones depend on the input). */
function assumptionsFor(horizonYears: number): PhillipsAssumption[] {
  const assumptions: PhillipsAssumption[] = [
    {
      id: 'isolation-counted-once',
      statement:
        'A benefit isolated by a comparison group, trend line or forecast is already the programme’s share and counts at its annual value, with no further attribution or confidence adjustment.',
      principle: 5,
    },
    {
      id: 'conservative-adjustment',
      statement:
        'A benefit isolated by an estimate (or with no stated method) counts at its annual value times the attribution to the programme times the confidence in the estimate.',
      principle: 7,
    },
    {
      id: 'missing-adjustment-counts-zero',
      statement: 'A benefit without both an attribution and a confidence counts at 0, as if no improvement had been shown.',
      principle: 6,
    },
    {
      id: 'benefit-horizon',
      statement:
        horizonYears === 1
          ? 'Only the first year of benefits is counted, as for a short programme.'
          : `Benefits are counted for ${horizonYears} years at the same annual value.`,
      principle: 9,
    },
  ];
  if (horizonYears > 1) {
    assumptions.push({
      id: 'no-discounting',
      statement: 'Benefits in later years are not discounted to present value.',
      principle: null,
    });
  }
  return assumptions.concat([
    {
      id: 'costs-fully-loaded',
      statement: 'The costs given are taken to be fully loaded, including participants’ time, and are counted once.',
      principle: 10,
    },
    {
      id: 'intangibles-not-monetised',
      statement: 'Intangible benefits are listed beside the result and given no money value.',
      principle: 11,
    },
    {
      id: 'payback-evenly-accrued',
      statement: 'Payback assumes the adjusted annual benefit accrues evenly through the year.',
      principle: null,
    },
  ]);
}

/**
 * A return-on-investment business case by the Phillips ROI Methodology: conservatively adjusted
 * benefits against fully loaded costs, with ROI %, benefit-cost ratio and payback, the assumptions
 * applied, and the intangibles beside them.
 *
 * Isolation is counted once. A benefit isolated by a comparison group, trend line or forecast
 * ({@link directIsolationMethods}) is already the programme's share and counts at its annual value;
 * an attribution or confidence below 1 given with it is not applied and draws a
 * `PHILLIPS_DOUBLE_DISCOUNT` warning. A benefit isolated by an estimate
 * ({@link estimateIsolationMethods}: participants', managers' or experts'), or with no stated
 * method, counts at annual value × attribution × confidence: the share the estimator puts down to
 * the programme, discounted by their confidence (principle 7 adjusts estimates only). An
 * attribution at or above `highAttribution` (default 0.8) on an estimate or on no stated method
 * draws a `PHILLIPS_HIGH_ATTRIBUTION_WEAK_METHOD` warning, and a benefit with no stated method a
 * `PHILLIPS_ISOLATION_NOT_STATED` advice. Adjusted benefits = the sum of the adjusted values ×
 * `horizonYears`. Then ROI % = (adjusted benefits − total cost) ÷ total cost × 100, BCR = adjusted
 * benefits ÷ total cost, and payback months = total cost ÷ adjusted annual benefits × 12.
 *
 * Defaults follow the methodology's guiding principles, and every result lists them in
 * `assumptions`:
 * - `horizonYears` defaults to 1: only first-year benefits count for a short programme
 *   (principle 9). A longer horizon is allowed (up to 10 years, not discounted) and flagged.
 * - An unadjusted estimate is never used silently: a benefit missing its attribution or its
 *   confidence counts at 0 (principles 4 and 6: choose the most conservative option; with no
 *   evidence, assume no improvement), with a `PHILLIPS_ADJUSTMENT_MISSING` warning naming it. To
 *   count a benefit in full, say so: `attribution: 1, confidence: 1`.
 * - Costs are taken as fully loaded (principle 10); missing participant-time or evaluation costs
 *   are flagged.
 * - Intangibles are carried through as a list and never given a money value (principle 11).
 *
 * Source: Phillips & Phillips, the ROI Methodology and its guiding principles (`phillips-phillips-2016`).
 *
 * @param input - benefits, costs, and optionally `horizonYears` and `intangibles` (see {@link PhillipsRoiInput})
 * @returns the business case (see {@link PhillipsRoi})
 * @throws LmdInputError when a value is negative or not finite, an attribution or confidence is
 * outside 0–1, a cost category is unknown, there are no costs, or the costs total 0 (or so little
 * that the ratio overflows)
 * @example
 * const result = phillipsRoi({
 *   benefits: [
 *     { label: 'Fewer leavers (4 × £12,000)', annualValue: 48_000, attribution: 0.5, confidence: 0.8 },
 *     { label: 'Less absence', annualValue: 15_000, attribution: 0.4, confidence: 0.7 },
 *   ],
 *   costs: [
 *     { label: 'Coach fees', amount: 9_000, category: 'delivery' },
 *     { label: 'Participants’ time', amount: 6_000, category: 'participant-time' },
 *     { label: 'Evaluation', amount: 1_000, category: 'evaluation' },
 *   ],
 *   intangibles: ['Managers feel less isolated'],
 * });
 * result.adjustedBenefits //=> 23400
 * result.totalCost //=> 16000
 * result.roiPercent //=> 46.25
 * result.benefitCostRatio //=> 1.4625
 * result.paybackMonths?.toFixed(1) //=> '8.2'
 * result.intangibles //=> ['Managers feel less isolated']
 * @see {@link roi}
 * @see {@link benefitCostRatio}
 * @see {@link paybackMonths}
 */
export function phillipsRoi(input: PhillipsRoiInput): PhillipsRoi {
  const parsed = parseInput(phillipsRoiInputSchema, input, 'input');
  const { horizonYears } = parsed;
  const totalCost = sum(parsed.costs.map((cost) => cost.amount));
  if (totalCost <= 0) failInput(['input', 'costs'], 'the costs must total more than 0 for an ROI to be defined (received a total of 0)');
  const findings: PhillipsRoiFinding[] = [];
  const benefits = parsed.benefits.map((benefit, benefitIndex): PhillipsBenefitRow => {
    const isolation = benefit.isolation ?? null;
    const adjustmentSupplied = benefit.attribution !== undefined && benefit.confidence !== undefined;
    const direct = isolation !== null && (directIsolationMethods as readonly string[]).includes(isolation);
    const row = { label: benefit.label, annualValue: benefit.annualValue, isolation, measure: benefit.measure ?? null };
    if (direct) {
      const discounts = [
        ...(benefit.attribution !== undefined && benefit.attribution < 1 ? [`an attribution of ${benefit.attribution}`] : []),
        ...(benefit.confidence !== undefined && benefit.confidence < 1 ? [`a confidence of ${benefit.confidence}`] : []),
      ];
      if (discounts.length > 0) {
        findings.push({
          code: 'PHILLIPS_DOUBLE_DISCOUNT',
          severity: phillipsRoiFindings.PHILLIPS_DOUBLE_DISCOUNT.severity,
          message: `The benefit “${benefit.label}” is isolated by a ${isolationMethodLabels[isolation as IsolationMethod]}, which already separates the programme’s effect, so ${discounts.join(' and ')} would discount it twice; it counts at its isolated value.`,
          basis,
          benefitIndex,
        });
      }
      return { ...row, adjustmentApplies: false, attribution: 1, confidence: 1, adjustmentSupplied, adjustedAnnualValue: benefit.annualValue };
    }
    if (isolation === null || isolation === 'none') {
      findings.push({
        code: 'PHILLIPS_ISOLATION_NOT_STATED',
        severity: phillipsRoiFindings.PHILLIPS_ISOLATION_NOT_STATED.severity,
        message:
          isolation === null
            ? `The benefit “${benefit.label}” does not say how its effect was isolated; name a comparison group, trend line, forecast or whose estimate it is.`
            : `The benefit “${benefit.label}” says its effect was not isolated, so nothing separates the programme’s share from everything else that changed.`,
        basis,
        benefitIndex,
      });
    }
    if (benefit.attribution !== undefined && benefit.attribution >= parsed.highAttribution) {
      findings.push({
        code: 'PHILLIPS_HIGH_ATTRIBUTION_WEAK_METHOD',
        severity: phillipsRoiFindings.PHILLIPS_HIGH_ATTRIBUTION_WEAK_METHOD.severity,
        message: `The benefit “${benefit.label}” puts ${Math.round(benefit.attribution * 100)}% of the improvement down to the programme on ${isolation === null || isolation === 'none' ? 'no stated isolation method' : `a ${isolationMethodLabels[isolation]} alone`}; a share that high needs a comparison group or trend behind it.`,
        basis,
        benefitIndex,
      });
    }
    if (!adjustmentSupplied) {
      const missing =
        benefit.attribution === undefined && benefit.confidence === undefined
          ? 'neither an attribution nor a confidence'
          : `no ${benefit.attribution === undefined ? 'attribution' : 'confidence'}`;
      findings.push({
        code: 'PHILLIPS_ADJUSTMENT_MISSING',
        severity: phillipsRoiFindings.PHILLIPS_ADJUSTMENT_MISSING.severity,
        message: `The benefit “${benefit.label}” has ${missing}, so it was counted at 0; give both to count it.`,
        basis,
        benefitIndex,
      });
    }
    const attribution = adjustmentSupplied ? (benefit.attribution ?? 0) : 0;
    const confidence = adjustmentSupplied ? (benefit.confidence ?? 0) : 0;
    return {
      ...row,
      adjustmentApplies: true,
      attribution,
      confidence,
      adjustmentSupplied,
      adjustedAnnualValue: benefit.annualValue * attribution * confidence,
    };
  });
  const adjustedAnnualBenefits = sum(benefits.map((benefit) => benefit.adjustedAnnualValue));
  const adjustedBenefits = adjustedAnnualBenefits * horizonYears;
  if (adjustedAnnualBenefits === 0) {
    findings.push({
      code: 'PHILLIPS_NO_MONETARY_BENEFITS',
      severity: phillipsRoiFindings.PHILLIPS_NO_MONETARY_BENEFITS.severity,
      message: 'No benefit contributes any money after adjustment, so the ROI shows only the cost.',
      basis,
    });
  }
  if (horizonYears > 1) {
    findings.push({
      code: 'PHILLIPS_MULTI_YEAR_BENEFITS',
      severity: phillipsRoiFindings.PHILLIPS_MULTI_YEAR_BENEFITS.severity,
      message: `Benefits are counted for ${horizonYears} years; the methodology counts only the first year for short programmes, so justify the longer horizon.`,
      basis,
    });
  }
  const categories = new Set(parsed.costs.map((cost) => cost.category));
  if (!categories.has('participant-time')) {
    findings.push({
      code: 'PHILLIPS_PARTICIPANT_TIME_MISSING',
      severity: phillipsRoiFindings.PHILLIPS_PARTICIPANT_TIME_MISSING.severity,
      message: 'No cost is given for participants’ time, so the costs are probably not fully loaded and the ROI is overstated.',
      basis,
    });
  }
  if (!categories.has('evaluation')) {
    findings.push({
      code: 'PHILLIPS_EVALUATION_COST_MISSING',
      severity: phillipsRoiFindings.PHILLIPS_EVALUATION_COST_MISSING.severity,
      message: 'No cost is given for the evaluation itself, which a fully loaded cost includes.',
      basis,
    });
  }
  const costsByCategory = phillipsCostCategories
    .filter((category) => categories.has(category))
    .map((category) => ({
      category,
      amount: sum(parsed.costs.filter((cost) => cost.category === category).map((cost) => cost.amount)),
    }));
  const netBenefits = adjustedBenefits - totalCost;
  const benefitCostRatio = finiteResult(adjustedBenefits / totalCost, ['input', 'costs'], totalCost);
  return {
    adjustedBenefits,
    adjustedAnnualBenefits,
    totalCost,
    netBenefits,
    roiPercent: roiPercentOf(adjustedBenefits, totalCost, ['input', 'costs']),
    benefitCostRatio,
    paybackMonths: paybackOf(totalCost, adjustedAnnualBenefits),
    horizonYears,
    benefits,
    costsByCategory,
    assumptions: assumptionsFor(horizonYears),
    intangibles: parsed.intangibles,
    thresholds: { highAttribution: parsed.highAttribution, verified: false },
    findings: sortFindingsBySeverity(findings),
  };
}
