import { BAND_TOLERANCE } from '../../core/_internal/band-tolerance.js';
import * as z from 'zod';
import { assertNumberInRange } from '../../core/_internal/assert-number-in-range.js';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';

/**
 * The four self-other agreement categories of Yammarino & Atwater (1997): the ratee rates
 * themselves above others (`over-estimator`), below them (`under-estimator`), or in line with them
 * where others rate them well (`in-agreement-good`) or poorly (`in-agreement-poor`).
 *
 * @example
 * selfOtherAgreementCategories.length //=> 4
 * @see {@link classifySelfOtherAgreement}
 * @see Yammarino & Atwater (1997), `yammarino-atwater-1997`.
 */
export const selfOtherAgreementCategories = /* @__PURE__ */ Object.freeze([
  'over-estimator',
  'in-agreement-good',
  'in-agreement-poor',
  'under-estimator',
] as const);

/**
 * One of {@link selfOtherAgreementCategories}.
 * @see {@link classifySelfOtherAgreement}
 */
export type SelfOtherAgreementCategory = (typeof selfOtherAgreementCategories)[number];

/**
 * The six-group variant of the agreement categories: over- and under-estimators are also split by
 * whether others rate them well (`-good`) or poorly (`-poor`), as Fleenor et al. (2010) discuss.
 *
 * @example
 * selfOtherAgreementSixWayCategories.includes('over-estimator-poor') //=> true
 * @see {@link classifySelfOtherAgreementSixWay}
 * @see Fleenor et al. (2010), `fleenor-smither-atwater-braddy-sturm-2010`.
 */
export const selfOtherAgreementSixWayCategories = /* @__PURE__ */ Object.freeze([
  'over-estimator-good',
  'over-estimator-poor',
  'in-agreement-good',
  'in-agreement-poor',
  'under-estimator-good',
  'under-estimator-poor',
] as const);

/**
 * One of {@link selfOtherAgreementSixWayCategories}.
 * @see {@link classifySelfOtherAgreementSixWay}
 */
export type SelfOtherAgreementSixWayCategory = (typeof selfOtherAgreementSixWayCategories)[number];

const cutOff = /* @__PURE__ */ z.number().finite();

/**
 * The zod schema for a self-other agreement rule: how far self may sit from others and still count
 * as "in agreement", and where others' rating splits good from poor. Three kinds:
 *
 * - `{ kind: 'absolute', points, othersCutOff? }`: in agreement when |self − others| ≤ `points`.
 * - `{ kind: 'scale-fraction', fraction, scalePoints, othersCutOff? }`: the threshold is
 *   `fraction × scalePoints` (0.1 of a 5-point scale is 0.5).
 * - `{ kind: 'norm-referenced', meanDifference, sdDifference, k?, othersCutOff }`: cut-offs at
 *   `meanDifference ± k × sdDifference` of a cohort's self − others differences (default `k` 0.5).
 *
 * `othersCutOff` splits in-agreement ratees: others' rating at or above it is `good`. For the
 * scale-fraction kind it defaults to the midpoint of a scale from 1 to `scalePoints`; the
 * norm-referenced kind requires it; for the absolute kind it is needed only when a pair is in
 * agreement (without it that pair is an error).
 *
 * @example
 * const parsed = selfOtherAgreementRuleSchema.parse({ kind: 'norm-referenced', meanDifference: 0.2, sdDifference: 0.6, othersCutOff: 3.5 });
 * parsed.kind === 'norm-referenced' ? parsed.k : null //=> 0.5
 * @see {@link classifySelfOtherAgreement}
 */
export const selfOtherAgreementRuleSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal('absolute'),
    points: /* @__PURE__ */ z.number().finite().min(0),
    othersCutOff: /* @__PURE__ */ cutOff.optional(),
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal('scale-fraction'),
    fraction: /* @__PURE__ */ z.number().finite().min(0).max(1),
    scalePoints: /* @__PURE__ */ z.int().min(2).max(201),
    othersCutOff: /* @__PURE__ */ cutOff.optional(),
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal('norm-referenced'),
    meanDifference: /* @__PURE__ */ z.number().finite(),
    sdDifference: /* @__PURE__ */ z.number().finite().min(0),
    k: /* @__PURE__ */ z.number().finite().min(0).default(0.5),
    othersCutOff: cutOff,
  }),
]);

/**
 * A self-other agreement rule as a caller writes it (see {@link selfOtherAgreementRuleSchema}).
 * @see {@link selfOtherAgreementRuleSchema}
 */
export type SelfOtherAgreementRule = z.input<typeof selfOtherAgreementRuleSchema>;

/**
 * The band of self − others differences that counts as agreement under a rule, and the others'
 * cut-off that splits good from poor (`null` when the rule gives none).
 *
 * @example
 * agreementBand({ kind: 'scale-fraction', fraction: 0.1, scalePoints: 5 })
 * //=> { lower: -0.5, upper: 0.5, othersCutOff: 3 }
 * agreementBand({ kind: 'norm-referenced', meanDifference: 0.2, sdDifference: 0.6, k: 1, othersCutOff: 3.5 })
 * //=> { lower: -0.4, upper: 0.8, othersCutOff: 3.5 }
 * @param rule - the rule; validated
 * @returns the band's lower and upper bounds (both inclusive) and the others' cut-off
 * @throws LmdInputError when the rule is malformed, or its bounds overflow (a mean difference and
 *   k × sd beyond about 1e308)
 * @see {@link classifySelfOtherAgreement}
 */
export function agreementBand(rule: SelfOtherAgreementRule): AgreementBand {
  const parsed = parseInput(selfOtherAgreementRuleSchema, rule, 'rule');
  let lower: number;
  let upper: number;
  switch (parsed.kind) {
    case 'absolute':
      // 0 − points, not −points: a band of 0 points must not hold −0 (JSON would write it as 0).
      lower = 0 - parsed.points;
      upper = parsed.points;
      break;
    case 'scale-fraction':
      upper = roundOff(parsed.fraction * parsed.scalePoints);
      lower = 0 - upper;
      break;
    case 'norm-referenced': {
      const half = parsed.k * parsed.sdDifference;
      lower = roundOff(parsed.meanDifference - half);
      upper = roundOff(parsed.meanDifference + half);
      break;
    }
  }
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) {
    throw new LmdInputError([
      { keys: ['rule'], message: `gives an agreement band too wide to represent (received ${describeValue(rule)})` },
    ]);
  }
  const othersCutOff = parsed.kind === 'scale-fraction' ? (parsed.othersCutOff ?? (1 + parsed.scalePoints) / 2) : (parsed.othersCutOff ?? null);
  return { lower, upper, othersCutOff };
}

/**
 * The agreement band a rule implies: see {@link agreementBand}.
 * @see {@link agreementBand}
 */
export interface AgreementBand {
  /** The lowest self − others difference still in agreement (inclusive). */
  readonly lower: number;
  /** The highest self − others difference still in agreement (inclusive). */
  readonly upper: number;
  /** Others' rating at or above which a ratee counts as rated well; `null` when the rule has none. */
  readonly othersCutOff: number | null;
}


/**
 * Rounds away binary noise so that, say, 0.2 + 0.6 reads as 0.8 and 0.1 × 7 as 0.7, and turns −0
 * into 0 (JSON writes −0 as 0, so a band holding −0 would not round-trip unchanged).
 */
/**
 * Rounds a band edge to 12 decimals so that binary noise (0.2 + 0.6) does not show in echoed
 * bands; never returns −0.
 *
 * @internal
 */
export function roundOff(value: number): number {
  const scaled = value * 1e12;
  // Beyond about 9e3 a double has no digits at 1e-12 to round away (and beyond 1e296 scaling overflows).
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e12 + 0 : value + 0;
}

function checkScore(value: unknown, path: readonly LmdInputPathKey[]): number {
  assertNumberInRange(value, path, {});
  return value;
}

/**
 * Where a self − others difference lies against an agreement band: `over` its upper edge, `under`
 * its lower edge, or `in` it, an edge itself counting as in (within {@link BAND_TOLERANCE}). The
 * one rule behind the overall classification, the item flags (blind spot over, hidden strength
 * under) and the reports' wording.
 *
 * @internal
 */
export function bandPosition(difference: number, band: AgreementBand): 'over' | 'in' | 'under' {
  if (difference - band.upper > BAND_TOLERANCE) return 'over';
  if (band.lower - difference > BAND_TOLERANCE) return 'under';
  return 'in';
}

/**
 * Whether others' mean counts as rated well: at or above the band's cut-off (within
 * {@link BAND_TOLERANCE}).
 *
 * @internal
 */
export function atOrAboveCutOff(others: number, cutOff: number): boolean {
  return others - cutOff >= -BAND_TOLERANCE;
}

function direction(self: number, others: number, band: AgreementBand): 'over' | 'in' | 'under' {
  return bandPosition(self - others, band);
}

function ratedWell(others: number, band: AgreementBand): boolean {
  if (band.othersCutOff === null) {
    throw new LmdInputError([
      {
        keys: ['rule', 'othersCutOff'],
        message: 'is needed to tell in-agreement-good from in-agreement-poor for this pair (received undefined)',
      },
    ]);
  }
  return atOrAboveCutOff(others, band.othersCutOff);
}

/**
 * Classifies a ratee by how their self-rating compares with others' rating, into the four
 * categories of Yammarino & Atwater (1997).
 *
 * With d = self − others and the rule's band [lower, upper] (see {@link agreementBand}):
 * `over-estimator` when d > upper, `under-estimator` when d < lower, otherwise in agreement (both
 * bounds **inclusive**), split into `in-agreement-good` when others ≥ `othersCutOff` (inclusive)
 * and `in-agreement-poor` below it. Differences within 1e-9 of a bound count as on it, so float
 * noise in means never moves a ratee across.
 *
 * Over-estimators are the group least likely to improve after feedback (Atwater & Waldman 1998);
 * difference scores have known weaknesses (Fleenor et al. 2010), so read a category beside the
 * scores, not instead of them.
 *
 * @param self - the self-rating (a mean over items)
 * @param others - others' rating (the all-others mean over the same items)
 * @param rule - the agreement rule ({@link selfOtherAgreementRuleSchema})
 * @returns the category
 * @throws LmdInputError for a non-finite score or a malformed rule
 * @example
 * const rule = { kind: 'scale-fraction', fraction: 0.1, scalePoints: 5 } as const;
 * classifySelfOtherAgreement(4.6, 3.5, rule) //=> 'over-estimator'
 * classifySelfOtherAgreement(4, 3.5, rule) //=> 'in-agreement-good'
 * classifySelfOtherAgreement(2.5, 2.5, rule) //=> 'in-agreement-poor'
 * classifySelfOtherAgreement(3, 3.5, rule) //=> 'in-agreement-good'
 * classifySelfOtherAgreement(2.9, 3.5, rule) //=> 'under-estimator'
 * @see Yammarino & Atwater (1997) `yammarino-atwater-1997`; Atwater & Waldman (1998)
 *   `atwater-waldman-1998`; Fleenor et al. (2010) `fleenor-smither-atwater-braddy-sturm-2010`.
 */
export function classifySelfOtherAgreement(
  self: number,
  others: number,
  rule: SelfOtherAgreementRule,
): SelfOtherAgreementCategory {
  return classifyWithBand(checkScore(self, ['self']), checkScore(others, ['others']), agreementBand(rule));
}

/**
 * {@link classifySelfOtherAgreement} with the band already worked out (used for whole cohorts).
 *
 * @internal
 */
export function classifyWithBand(self: number, others: number, band: AgreementBand): SelfOtherAgreementCategory {
  const side = direction(self, others, band);
  if (side === 'over') return 'over-estimator';
  if (side === 'under') return 'under-estimator';
  return ratedWell(others, band) ? 'in-agreement-good' : 'in-agreement-poor';
}

/**
 * Classifies a ratee into six groups: the four of {@link classifySelfOtherAgreement}, with over-
 * and under-estimators also split by whether others rate them at or above the rule's
 * `othersCutOff` (`-good`) or below it (`-poor`). Boundaries as for the four-way version; the rule
 * must give an others' cut-off (the scale-fraction kind has a default).
 *
 * @param self - the self-rating
 * @param others - others' rating
 * @param rule - the agreement rule
 * @returns the six-way category
 * @throws LmdInputError for a non-finite score, a malformed rule, or a rule with no others' cut-off
 * @example
 * const rule = { kind: 'absolute', points: 0.5, othersCutOff: 3 } as const;
 * classifySelfOtherAgreementSixWay(4.8, 4, rule) //=> 'over-estimator-good'
 * classifySelfOtherAgreementSixWay(3.5, 2.5, rule) //=> 'over-estimator-poor'
 * classifySelfOtherAgreementSixWay(2, 2.9, rule) //=> 'under-estimator-poor'
 * @see Fleenor et al. (2010) `fleenor-smither-atwater-braddy-sturm-2010`.
 */
export function classifySelfOtherAgreementSixWay(
  self: number,
  others: number,
  rule: SelfOtherAgreementRule,
): SelfOtherAgreementSixWayCategory {
  const checkedSelf = checkScore(self, ['self']);
  const checkedOthers = checkScore(others, ['others']);
  const band = agreementBand(rule);
  const level = ratedWell(checkedOthers, band) ? 'good' : 'poor';
  const side = direction(checkedSelf, checkedOthers, band);
  if (side === 'in') return `in-agreement-${level}`;
  return side === 'over' ? `over-estimator-${level}` : `under-estimator-${level}`;
}
