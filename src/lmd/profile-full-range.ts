import * as z from 'zod';
import type { Finding } from '../core/finding.js';
import { mean } from '../core/stats/mean.js';
import { parseInput } from '../core/parse-input.js';
import { fullRangeGroupIds, fullRangeModel, type FullRangeGroup } from './full-range-model.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../core/finding-catalogue.js';

const scaleScore = /* @__PURE__ */ z.number().min(0).max(4).optional();

/**
 * The zod schema for the scale scores {@link profileFullRange} takes: any of the nine scale ids of
 * {@link fullRangeModel}, each a mean score from 0 to 4, at least one present.
 *
 * @example
 * fullRangeScoresSchema.safeParse({ 'contingent-reward': 3.25 }).success //=> true
 * fullRangeScoresSchema.safeParse({ 'contingent-reward': 5 }).success //=> false
 * @see {@link profileFullRange}
 */
export const fullRangeScoresSchema = /* @__PURE__ */ z
  .strictObject({
    'laissez-faire': scaleScore,
    'management-by-exception-passive': scaleScore,
    'management-by-exception-active': scaleScore,
    'contingent-reward': scaleScore,
    'individualised-consideration': scaleScore,
    'intellectual-stimulation': scaleScore,
    'inspirational-motivation': scaleScore,
    'idealised-influence-behaviour': scaleScore,
    'idealised-influence-attributed': scaleScore,
  })
  .refine((scores) => Object.values(scores).some((score) => score !== undefined), {
    error: 'expected a score for at least one scale of the full range model',
  });

/**
 * Scale scores for one leader (or a group's mean), keyed by {@link FullRangeScaleId}, each 0–4.
 * @see {@link profileFullRange}
 */
export type FullRangeScores = z.input<typeof fullRangeScoresSchema>;

/**
 * The zod schema for the options of {@link profileFullRange}.
 *
 * @example
 * fullRangeProfileOptionsSchema.parse({}).passiveAvoidantLevel //=> 2
 * @see {@link FullRangeProfileOptions}
 */
export const fullRangeProfileOptionsSchema = /* @__PURE__ */ z.strictObject({
  passiveAvoidantLevel: /* @__PURE__ */ z.number().min(0).max(4).default(2),
});

/**
 * Options of {@link profileFullRange}:
 *
 * - `passiveAvoidantLevel` (default `2`, "sometimes" on the 0–4 scale): a passive-avoidant group
 *   mean at or above this level is flagged. This is lmdkit's default, not a published norm;
 *   licensed MLQ users should set it from the manual's norms for their population.
 *
 * @example
 * const options: FullRangeProfileOptions = { passiveAvoidantLevel: 1.5 };
 * profileFullRange({ 'laissez-faire': 1.5 }, options).findings.some((finding) => finding.code === 'FULL_RANGE_PASSIVE_AVOIDANT_HIGH')
 * //=> true
 * @see {@link profileFullRange}
 */
export type FullRangeProfileOptions = z.input<typeof fullRangeProfileOptionsSchema>;

/**
 * What each finding {@link profileFullRange} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link fullRangeProfileFindingCodes} lists the codes.
 *
 * @example
 * fullRangeProfileFindings.FULL_RANGE_PASSIVE_AVOIDANT_HIGH.severity //=> 'warning'
 * @see {@link profileFullRange}
 */
export const fullRangeProfileFindings = /* @__PURE__ */ deepFreeze({
  FULL_RANGE_PASSIVE_AVOIDANT_HIGH: { severity: 'warning', meaning: 'The passive-avoidant mean is at or above the stated level; laissez-faire leadership has the strongest negative relation to leadership criteria (Judge & Piccolo, 2004).' },
  FULL_RANGE_TRANSFORMATIONAL_NOT_DOMINANT: { severity: 'advice', meaning: 'Transformational was scored but is not the single highest group (a tie for first counts as not dominant).' },
  FULL_RANGE_SCALES_MISSING: { severity: 'warning', meaning: 'Fewer than nine scales were scored, so group means rest on part of the model.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link profileFullRange} can return, in the order of {@link fullRangeProfileFindings},
 * which says what each means.
 *
 * @example
 * fullRangeProfileFindingCodes.length //=> 3
 * @see {@link profileFullRange}
 */
export const fullRangeProfileFindingCodes = /* @__PURE__ */ findingCodesOf(fullRangeProfileFindings);

/**
 * A finding of {@link profileFullRange}.
 *
 * @example
 * const finding: FullRangeProfileFinding | undefined = profileFullRange({ 'laissez-faire': 3 }).findings[0];
 * finding?.code //=> 'FULL_RANGE_PASSIVE_AVOIDANT_HIGH'
 * @see {@link fullRangeProfileFindingCodes}
 */
export type FullRangeProfileFinding = Finding<(typeof fullRangeProfileFindingCodes)[number]>;

/**
 * One group's row in a {@link FullRangeProfile}.
 *
 * @example
 * const row: FullRangeGroupScore | undefined = profileFullRange({ 'contingent-reward': 3, 'management-by-exception-active': 2 }).groups[1];
 * row //=> { group: 'transactional', mean: 2.5, scalesScored: 2, scalesInGroup: 2 }
 * @see {@link profileFullRange}
 */
export interface FullRangeGroupScore {
  /** The group. */
  readonly group: FullRangeGroup;
  /** The mean of its scored scales, or `null` when none of its scales was scored. */
  readonly mean: number | null;
  /** How many of its scales were scored. */
  readonly scalesScored: number;
  /** How many scales it has (5, 2 and 2). */
  readonly scalesInGroup: number;
}

/**
 * The result of {@link profileFullRange}.
 *
 * @example
 * const profile: FullRangeProfile = profileFullRange({ 'inspirational-motivation': 3 });
 * profile.dominantGroup //=> 'transformational'
 * @see {@link profileFullRange}
 */
export interface FullRangeProfile {
  /** One row per group: transformational, transactional, passive-avoidant. */
  readonly groups: readonly FullRangeGroupScore[];
  /** The group with the highest mean, or `null` when two or more share the highest mean. */
  readonly dominantGroup: FullRangeGroup | null;
  /** How many of the nine scales were scored. */
  readonly scalesScored: number;
  /** Findings. */
  readonly findings: readonly FullRangeProfileFinding[];
  /** Judge and Piccolo's (2004) overall validities, as context for reading the profile. */
  readonly validities: (typeof fullRangeModel)['validities'];
  /** The options applied, defaults filled in. */
  readonly rule: { readonly passiveAvoidantLevel: number };
}

/**
 * Profiles a leader's full range scale scores: group means, the dominant group, and findings, with
 * Judge and Piccolo's (2004) meta-analytic validities attached as context (transformational .44,
 * contingent reward .39, laissez-faire −.37).
 *
 * Each group's mean is the mean of its scored scales (transformational: the four Is with idealised
 * influence counted as its two scales; transactional: contingent reward and active management by
 * exception; passive-avoidant: passive management by exception and laissez-faire). Unscored groups
 * have a `null` mean. The dominant group is the one with the highest mean among those scored, or
 * `null` on an exact tie. Scores are the MLQ scale means (0–4), which a licensed user computes
 * from the items; lmdkit carries no items.
 *
 * @param scores - scale scores keyed by scale id, 0–4, at least one (not changed)
 * @param options - see {@link FullRangeProfileOptions}
 * @returns group means, the dominant group, findings, validities and the rule applied
 * @throws LmdInputError when a score is outside 0–4, a key is not a scale id, or no scale is scored
 * @example
 * const profile = profileFullRange({
 *   'idealised-influence-attributed': 3, 'idealised-influence-behaviour': 3, 'inspirational-motivation': 3.5,
 *   'intellectual-stimulation': 2.5, 'individualised-consideration': 3,
 *   'contingent-reward': 3, 'management-by-exception-active': 2,
 *   'management-by-exception-passive': 1, 'laissez-faire': 0.5,
 * });
 * profile.groups.map((row) => row.mean) //=> [3, 2.5, 0.75]
 * profile.dominantGroup //=> 'transformational'
 * profile.findings //=> []
 * profileFullRange({ 'laissez-faire': 4.5 }) //=> throws LmdInputError
 * @see {@link fullRangeModel}
 * @see Bass & Avolio (1994); Avolio & Bass (2004); Judge & Piccolo (2004)
 */
export function profileFullRange(scores: FullRangeScores, options: FullRangeProfileOptions = {}): FullRangeProfile {
  const parsed = parseInput(fullRangeScoresSchema, scores, 'scores');
  const rule = parseInput(fullRangeProfileOptionsSchema, options, 'options');

  const groups: FullRangeGroupScore[] = fullRangeGroupIds.map((group) => {
    const inGroup = fullRangeModel.scales.filter((scale) => scale.group === group);
    const scored = inGroup.flatMap((scale) => {
      const score = parsed[scale.id];
      return score === undefined ? [] : [score];
    });
    return {
      group,
      mean: scored.length === 0 ? null : mean(scored),
      scalesScored: scored.length,
      scalesInGroup: inGroup.length,
    };
  });
  const scalesScored = groups.reduce((total, row) => total + row.scalesScored, 0);

  const scoredGroups = groups.filter((row): row is FullRangeGroupScore & { mean: number } => row.mean !== null);
  const highest = Math.max(...scoredGroups.map((row) => row.mean));
  const top = scoredGroups.filter((row) => row.mean === highest);
  const dominantGroup = top.length === 1 ? (top[0]?.group ?? null) : null;

  const findings: FullRangeProfileFinding[] = [];
  const passive = groups[2]?.mean ?? null;
  if (passive !== null && passive >= rule.passiveAvoidantLevel) {
    findings.push({
      code: 'FULL_RANGE_PASSIVE_AVOIDANT_HIGH',
      severity: fullRangeProfileFindings.FULL_RANGE_PASSIVE_AVOIDANT_HIGH.severity,
      message: `Passive-avoidant leadership averages ${Math.round(passive * 100) / 100} on the 0–4 scale, at or above the ${rule.passiveAvoidantLevel} level; laissez-faire leadership is the style most strongly associated with poorer leadership outcomes.`,
      basis: ['judge-piccolo-2004', 'avolio-bass-2004'],
    });
  }
  if ((groups[0]?.mean ?? null) !== null && dominantGroup !== 'transformational') {
    findings.push({
      code: 'FULL_RANGE_TRANSFORMATIONAL_NOT_DOMINANT',
      severity: fullRangeProfileFindings.FULL_RANGE_TRANSFORMATIONAL_NOT_DOMINANT.severity,
      message:
        'Transformational behaviour is not clearly the most frequent group in this profile; in Judge and Piccolo’s meta-analysis it had the strongest overall relation to leadership outcomes, and the full range model holds that it builds on transactional leadership rather than replacing it.',
      basis: ['judge-piccolo-2004', 'bass-avolio-1994'],
    });
  }
  if (scalesScored < fullRangeModel.scales.length) {
    findings.push({
      code: 'FULL_RANGE_SCALES_MISSING',
      severity: fullRangeProfileFindings.FULL_RANGE_SCALES_MISSING.severity,
      message: `Only ${scalesScored} of the 9 leadership scales were scored, so the group means and the dominant group rest on part of the model.`,
      basis: ['avolio-bass-2004'],
    });
  }

  return { groups, dominantGroup, scalesScored, findings, validities: fullRangeModel.validities, rule };
}
