import * as z from 'zod';
import { nonEmptyText } from '../../core/_internal/non-empty-text.js';
import { sortFindingsBySeverity, type Finding } from '../../core/finding.js';
import { parseInput } from '../../core/parse-input.js';
import { sum } from '../../core/stats/sum.js';
import { failInput, finiteResult } from '../_internal/measures.js';
import { paybackOf } from './payback-months.js';
import { roiPercentOf } from './roi.js';
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
 * `{ label, annualValue, attribution?, confidence? }`, proportions 0–1. The label is trimmed and
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
});

/**
 * The input of {@link phillipsRoi}.
 *
 * - `benefits`: each `{ label, annualValue, attribution?, confidence? }`. `annualValue` is the
 *   estimated yearly monetary improvement; `attribution` (0–1) the share of it isolated to the
 *   programme; `confidence` (0–1) how sure the estimator is. Proportions are 0–1, not percentages.
 * - `costs`: each `{ label, amount, category }`, the programme's fully loaded costs (at least one
 *   item, totalling more than 0).
 * - `horizonYears` (default 1): years of benefit counted.
 * - `intangibles` (default none): benefits deliberately not given a money value.
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
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link phillipsRoi} can return, in the order of {@link phillipsRoiFindings},
 * which says what each means.
 *
 * @example
 * phillipsRoiFindingCodes.length //=> 5
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
 * assumption?.id //=> 'conservative-adjustment'
 * @see {@link phillipsRoi}
 */
export interface PhillipsAssumption {
  /** A stable id. */
  readonly id:
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
  /** The attribution applied (0 when none was given). */
  readonly attribution: number;
  /** The confidence applied (0 when none was given). */
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
  /** What a reader of the business case should know, most severe first. */
  readonly findings: readonly PhillipsRoiFinding[];
}

const basis = ['phillips-phillips-2016'] as const;

/** The assumptions every result states (the horizon ones depend on the input). */
function assumptionsFor(horizonYears: number): PhillipsAssumption[] {
  const assumptions: PhillipsAssumption[] = [
    {
      id: 'conservative-adjustment',
      statement: 'Each benefit counts at its estimated annual value times its attribution to the programme times the confidence in the estimate.',
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
 * Each benefit's adjusted annual value = annual value × attribution × confidence: the share of the
 * improvement isolated to the programme (by a comparison group, trend line or participants'
 * estimates), discounted by the estimator's confidence. Adjusted benefits = the sum of those ×
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
    const adjustmentSupplied = benefit.attribution !== undefined && benefit.confidence !== undefined;
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
      label: benefit.label,
      annualValue: benefit.annualValue,
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
    findings: sortFindingsBySeverity(findings),
  };
}
