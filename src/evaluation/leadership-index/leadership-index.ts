import * as z from 'zod';
import type { Finding } from '../../core/finding.js';
import { LmdInputError } from '../../core/input-error.js';
import { normalCdf } from '../../core/stats/normal-distribution.js';
import { parseInput } from '../../core/parse-input.js';
import { percentileRank } from '../../core/stats/percentile-rank.js';
import type { PercentileRankMethod } from '../../core/stats/percentile-rank.js';
import { leadershipIndexMeasureIds } from './leadership-index-measures.js';
import { themeKey } from '../qualitative/qualitative-record.js';
import type { LeadershipIndexMeasureId } from './leadership-index-measures.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * Schema for one component of a {@link leadershipIndex}:
 * `{ name, value, higherIsBetter, weight?, min?, max?, benchmark?, measureId? }`.
 *
 * - `name`: non-empty and unique within the index, ignoring case and spacing (surrounding spaces
 *   are trimmed);
 * - `value`: the organisation's figure, a finite number, or `null` when it is not available
 *   this time (the component is then reported as missing and its weight shared out);
 * - `higherIsBetter`: the direction (for absence, `false`);
 * - `weight` (optional): a finite number of at least 0; give a weight to every component or to
 *   none (equal weights are then used, with a warning);
 * - normalisation: either `min` and `max` (the stated bounds; `min` below `max`) for min–max
 *   scaling, or `benchmark: { mean, standardDeviation }` (a standard deviation above 0) for a z
 *   score against a benchmark population — exactly one of the two;
 * - `measureId` (optional): which of {@link leadershipIndexMeasures} it is.
 *
 * @example
 * leadershipIndexComponentSchema.safeParse({ name: 'Absence', value: 3.1, higherIsBetter: false, min: 0, max: 10 }).success //=> true
 * leadershipIndexComponentSchema.safeParse({ name: 'Absence', value: 3.1, higherIsBetter: false }).success //=> false
 * @see {@link leadershipIndex}
 */
export const leadershipIndexComponentSchema = /* @__PURE__ */ z
  .strictObject({
    name: /* @__PURE__ */ z.string().trim().min(1, 'expected a non-empty name'),
    value: /* @__PURE__ */ z.number().nullable(),
    higherIsBetter: /* @__PURE__ */ z.boolean(),
    weight: /* @__PURE__ */ z.number().min(0).optional(),
    min: /* @__PURE__ */ z.number().optional(),
    max: /* @__PURE__ */ z.number().optional(),
    benchmark: /* @__PURE__ */ z
      .strictObject({
        mean: /* @__PURE__ */ z.number(),
        standardDeviation: /* @__PURE__ */ z.number().positive(),
      })
      .optional(),
    measureId: /* @__PURE__ */ z.enum(leadershipIndexMeasureIds).optional(),
  })
  .superRefine((component, context) => {
    const hasBounds = component.min !== undefined || component.max !== undefined;
    if (hasBounds && component.benchmark !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['benchmark'],
        message: 'give either min and max or a benchmark, not both',
        input: component.benchmark,
      });
    } else if (!hasBounds && component.benchmark === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['min'],
        message: 'expected min and max, or a benchmark, to normalise the value against',
        input: component.min,
      });
    } else if (hasBounds) {
      if (component.min === undefined || component.max === undefined) {
        const missing = component.min === undefined ? 'min' : 'max';
        context.addIssue({ code: 'custom', path: [missing], message: `expected ${missing} as well`, input: undefined });
      } else if (component.min >= component.max) {
        context.addIssue({ code: 'custom', path: ['max'], message: 'expected max to be above min', input: component.max });
      } else if (!Number.isFinite(component.max - component.min)) {
        context.addIssue({ code: 'custom', path: ['max'], message: 'expected max − min to be a finite number', input: component.max });
      }
    }
  });

/**
 * One component of a {@link leadershipIndex} as the caller gives it.
 * @see {@link leadershipIndexComponentSchema}
 */
export type LeadershipIndexComponent = z.input<typeof leadershipIndexComponentSchema>;

/** The fewest peers for which {@link leadershipIndex} does not warn: one peer moves the percentile by 100/n points. */
const defaultMinimumPeers = 10;
/** The fewest available components for which {@link leadershipIndex} does not advise adding more. */
const defaultMinimumComponents = 3;
/** The share of the index above which one component is said to dominate it. */
const defaultDominantShare = 0.5;

/**
 * Schema for the options of {@link leadershipIndex}; every field is optional:
 *
 * - `peers`: peer organisations' or units' indices (each 0–100, at least one) to benchmark
 *   against; the result then carries the index's percentile among them;
 * - `percentileMethod` (default `'mid-rank'`): how ties with a peer count ({@link percentileRank});
 * - `expectedComponents`: component names the index is meant to have, matched ignoring case and
 *   spacing; each one absent from the input is reported as missing;
 * - `minimumPeers` (default 10), `minimumComponents` (default 3), `dominantShare` (default 0.5):
 *   the thresholds of the findings.
 *
 * @example
 * leadershipIndexOptionsSchema.parse({}).percentileMethod //=> 'mid-rank'
 * leadershipIndexOptionsSchema.safeParse({ peers: [120] }).success //=> false
 * @see {@link leadershipIndex}
 */
export const leadershipIndexOptionsSchema = /* @__PURE__ */ z.strictObject({
  peers: /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().min(0).max(100)).min(1).optional(),
  percentileMethod: /* @__PURE__ */ z.enum(['below', 'at-or-below', 'mid-rank']).default('mid-rank'),
  expectedComponents: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().trim().min(1)).optional(),
  minimumPeers: /* @__PURE__ */ z.int().min(1).default(defaultMinimumPeers),
  minimumComponents: /* @__PURE__ */ z.int().min(1).default(defaultMinimumComponents),
  dominantShare: /* @__PURE__ */ z.number().gt(0).max(1).default(defaultDominantShare),
});

/**
 * The options of {@link leadershipIndex} as the caller gives them.
 * @see {@link leadershipIndexOptionsSchema}
 */
export type LeadershipIndexOptions = z.input<typeof leadershipIndexOptionsSchema>;

/**
 * What each finding {@link leadershipIndex} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link leadershipIndexFindingCodes} lists the codes.
 *
 * @example
 * leadershipIndexFindings.LEADERSHIP_INDEX_WEIGHTS_NOT_STATED.severity //=> 'warning'
 * @see {@link leadershipIndex}
 */
export const leadershipIndexFindings = /* @__PURE__ */ deepFreeze({
  LEADERSHIP_INDEX_WEIGHTS_NOT_STATED: { severity: 'warning', meaning: 'No weights were given, so every available component counts equally, an unstated choice that changes the result.' },
  LEADERSHIP_INDEX_COMPONENT_MISSING: { severity: 'warning', meaning: 'A component has no value, or an expected component was not supplied; its weight was shared out among the others.' },
  LEADERSHIP_INDEX_VALUE_OUTSIDE_BOUNDS: { severity: 'warning', meaning: 'A value lay outside its stated min and max and was counted at the nearer bound.' },
  LEADERSHIP_INDEX_DOMINANT_COMPONENT: { severity: 'advice', meaning: 'One component makes up more than the dominant share of the weight.' },
  LEADERSHIP_INDEX_FEW_COMPONENTS: { severity: 'advice', meaning: 'Fewer components have values than the minimum.' },
  LEADERSHIP_INDEX_FEW_PEERS: { severity: 'advice', meaning: 'Fewer peers than the minimum, so each peer moves the percentile by a large step.' },
  LEADERSHIP_INDEX_NOT_EVERYTHING_MEASURABLE: { severity: 'info', meaning: 'Always given: qualities such as integrity and authenticity are not in any figure, so the index needs conversations with stakeholders beside it.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link leadershipIndex} can return, in the order of {@link leadershipIndexFindings},
 * which says what each means.
 *
 * @example
 * leadershipIndexFindingCodes.length //=> 7
 * @see {@link leadershipIndex}
 */
export const leadershipIndexFindingCodes = /* @__PURE__ */ findingCodesOf(leadershipIndexFindings);

/**
 * A finding of {@link leadershipIndex}; `component` names the component it is about, if any.
 *
 * @example
 * const finding: LeadershipIndexFinding | undefined = leadershipIndex([
 *   { name: 'Engagement', value: 70, min: 0, max: 100, higherIsBetter: true },
 * ]).findings[0];
 * finding?.code //=> 'LEADERSHIP_INDEX_WEIGHTS_NOT_STATED'
 * @see {@link leadershipIndexFindingCodes}
 */
export interface LeadershipIndexFinding extends Finding<(typeof leadershipIndexFindingCodes)[number]> {
  /** The component concerned, by name. */
  readonly component?: string;
}

/**
 * One component's part in a {@link leadershipIndex}.
 *
 * @example
 * const row: LeadershipIndexContribution | undefined = leadershipIndex([
 *   { name: 'Absence', value: 4, min: 0, max: 10, higherIsBetter: false, weight: 1 },
 * ]).contributions[0];
 * row?.normalised //=> 60
 * @see {@link leadershipIndex}
 */
export interface LeadershipIndexContribution {
  /** The component's name. */
  readonly name: string;
  /** Which of {@link leadershipIndexMeasures} it is, or `null` when not stated. */
  readonly measureId: LeadershipIndexMeasureId | null;
  /** The value as given, or `null` when missing. */
  readonly value: number | null;
  /** How it was normalised: `'min-max'` against its bounds, or `'z'` against its benchmark. */
  readonly method: 'min-max' | 'z';
  /** Whether a higher value is better. */
  readonly higherIsBetter: boolean;
  /** Its score on 0–100 (higher is always better), or `null` when missing. */
  readonly normalised: number | null;
  /** For `'z'`: the z score, signed so that positive is better; otherwise `null`. */
  readonly z: number | null;
  /** Whether the value lay outside its bounds and was counted at the nearer one. */
  readonly clamped: boolean;
  /** The weight as given (1 for every component when no weights were stated). */
  readonly weight: number;
  /** Its share of the index: its weight over the weights of all available components (0 when missing). */
  readonly share: number;
  /** The points it adds to the index: share × normalised (0 when missing). */
  readonly points: number;
}

/**
 * The result of {@link leadershipIndex}.
 *
 * @example
 * const result: LeadershipIndex = leadershipIndex([
 *   { name: 'Engagement', value: 70, min: 0, max: 100, higherIsBetter: true, weight: 1 },
 * ]);
 * result.index //=> 70
 * @see {@link leadershipIndex}
 */
export interface LeadershipIndex {
  /** The composite on 0–100: the sum of the components' points. */
  readonly index: number;
  /** Each component's part, in input order (then expected components that were not supplied). */
  readonly contributions: readonly LeadershipIndexContribution[];
  /** `'stated'` when the caller gave weights, `'equal'` when none were given. */
  readonly weighting: 'stated' | 'equal';
  /** The index's place among the peers, or `null` when no peers were given. */
  readonly benchmark: {
    /** The percentile rank of the index among the peers' indices, 0–100. */
    readonly percentile: number;
    /** How many peers. */
    readonly peers: number;
    /** How ties counted. */
    readonly method: PercentileRankMethod;
  } | null;
  /** The thresholds and method applied. */
  readonly options: {
    readonly percentileMethod: PercentileRankMethod;
    readonly minimumPeers: number;
    readonly minimumComponents: number;
    readonly dominantShare: number;
  };
  /** What a reader should know, with sources. */
  readonly findings: readonly LeadershipIndexFinding[];
}

type ParsedComponent = z.output<typeof leadershipIndexComponentSchema>;

const componentsSchema = /* @__PURE__ */ z.array(leadershipIndexComponentSchema).min(1);

/** Scores one available component on 0–100 with higher better. */
function normalise(component: ParsedComponent, value: number): { normalised: number; z: number | null; clamped: boolean } {
  const sign = component.higherIsBetter ? 1 : -1;
  if (component.benchmark !== undefined) {
    const z = (sign * (value - component.benchmark.mean)) / component.benchmark.standardDeviation;
    // A difference beyond the double range over a tiny deviation still orders correctly.
    const bounded = Number.isFinite(z) ? z : z > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
    return { normalised: 100 * normalCdf(bounded), z: bounded === 0 ? 0 : bounded, clamped: false };
  }
  const min = component.min as number;
  const max = component.max as number;
  const clamped = value < min || value > max;
  const inside = Math.min(max, Math.max(min, value));
  const fraction = component.higherIsBetter ? (inside - min) / (max - min) : (max - inside) / (max - min);
  return { normalised: 100 * fraction, z: null, clamped };
}

/** Rejects duplicate names and weights given to some components but not all. */
function checkComponents(components: readonly ParsedComponent[]): void {
  const seen = new Set<string>();
  components.forEach((component, index) => {
    const key = themeKey(component.name);
    if (seen.has(key)) {
      throw new LmdInputError([
        {
          keys: ['components', index, 'name'],
          message: `expected a unique name, ignoring case and spacing; "${component.name}" repeats an earlier one`,
        },
      ]);
    }
    seen.add(key);
  });
  const weighted = components.filter((component) => component.weight !== undefined).length;
  if (weighted > 0 && weighted < components.length) {
    const index = components.findIndex((component) => component.weight === undefined);
    throw new LmdInputError([
      {
        keys: ['components', index, 'weight'],
        message: 'expected a weight: give a weight to every component or to none (received undefined)',
      },
    ]);
  }
}

/**
 * A transparent Leadership Index: a weighted composite, on 0–100, of the measures an organisation
 * uses for leadership and management capability (360 results, the engagement survey, appraisal
 * outcomes, retention, absence, promotions, innovative ideas — {@link leadershipIndexMeasures}),
 * with each component's contribution shown and, when peers are given, the index's percentile
 * among them.
 *
 * Method, step by step (every step is in the result):
 * 1. Each available component is scored on 0–100 with higher always better. Min–max:
 *    100 · (value − min) / (max − min), or 100 · (max − value) / (max − min) when lower is better;
 *    a value outside the bounds counts at the nearer bound (with a warning). Against a benchmark:
 *    z = ±(value − mean) / standardDeviation (signed so that positive is better), scored as
 *    100 · Φ(z), the percentage of a normal benchmark population it beats.
 * 2. Weights: as given, or 1 each when none are given (with a warning). A component whose value
 *    is `null` is missing; its share goes to the others in proportion to their weights.
 * 3. Each component's share is its weight over the total weight of the available components;
 *    its points are share × score; the index is the sum of the points.
 * 4. Benchmarking: the index's percentile rank among `peers` ({@link percentileRank}, mid-rank by
 *    default).
 *
 * The 2010 IIP consultation proposed such an index and these measures, and doubted that qualities
 * such as integrity and authenticity can be measured; so the result always carries a finding that
 * says so. The weights are a judgement: state them and why.
 *
 * @param components - at least one component (not changed); see {@link leadershipIndexComponentSchema}
 * @param options - optional peers, expected component names and thresholds; see {@link leadershipIndexOptionsSchema}
 * @returns the index, each component's contribution, the benchmark and findings
 * @throws LmdInputError when a component or option is invalid, names repeat, weights are given to
 * some components but not all, no component has a value, or the available components' weights
 * are all 0
 * @example
 * const result = leadershipIndex(
 *   [
 *     { name: '360 others mean', measureId: 'feedback-360', value: 4, min: 1, max: 5, higherIsBetter: true, weight: 2 },
 *     { name: 'Lost-time rate', measureId: 'absence', value: 3, min: 0, max: 10, higherIsBetter: false, weight: 1 },
 *     { name: 'Stability index', measureId: 'retention', value: 85, benchmark: { mean: 80, standardDeviation: 5 }, higherIsBetter: true, weight: 1 },
 *   ],
 *   { peers: [52, 58, 63, 66, 71, 74, 77, 80, 84, 90] },
 * );
 * result.contributions.map((row) => Math.round(row.normalised ?? 0)) //=> [75, 70, 84]
 * Math.round(result.index * 10) / 10 //=> 76
 * result.benchmark?.percentile //=> 60
 * leadershipIndex([{ name: 'Absence', value: 3, min: 5, max: 1, higherIsBetter: false }]) //=> throws LmdInputError
 * @see iip-lm-consultation-2010 (the Leadership Index and its measures)
 * @see {@link leadershipIndexMeasures}
 */
export function leadershipIndex(
  components: readonly LeadershipIndexComponent[],
  options: LeadershipIndexOptions = {},
): LeadershipIndex {
  const parsed = parseInput(componentsSchema, components, 'components');
  const settings = parseInput(leadershipIndexOptionsSchema, options, 'options');
  checkComponents(parsed);

  const weighting = parsed[0]?.weight === undefined ? 'equal' : 'stated';
  const available = parsed.filter((component) => component.value !== null);
  if (available.length === 0) {
    throw new LmdInputError([
      { keys: ['components'], message: 'expected at least one component with a value (every value is null)' },
    ]);
  }
  // Weights are relative, so they are divided by the largest before adding: huge weights cannot
  // overflow to an infinite total (which made every share 0), and the shares are unchanged.
  // The largest is taken over the available components, so their total is at least 1 unless every
  // available weight is 0 (a missing component's huge weight cannot shrink theirs to nothing).
  const largestWeight = Math.max(...available.map((component) => component.weight ?? 1));
  const relative = (component: ParsedComponent): number => (largestWeight > 0 ? (component.weight ?? 1) / largestWeight : 0);
  const totalWeight = available.reduce((total, component) => total + relative(component), 0);
  if (!(totalWeight > 0)) {
    throw new LmdInputError([
      { keys: ['components'], message: `expected the available components' weights to add up to more than 0 (received ${totalWeight})` },
    ]);
  }

  const findings: LeadershipIndexFinding[] = [];
  const contributions: LeadershipIndexContribution[] = parsed.map((component) => {
    // `+ 0` turns −0 into 0, so that the result survives a JSON round trip unchanged.
    const weight = (component.weight ?? 1) + 0;
    const base = {
      name: component.name,
      measureId: component.measureId ?? null,
      value: component.value === null ? null : component.value + 0,
      method: component.benchmark === undefined ? ('min-max' as const) : ('z' as const),
      higherIsBetter: component.higherIsBetter,
      weight,
    };
    if (component.value === null) {
      findings.push(missingFinding(component.name, 'has no value'));
      return { ...base, normalised: null, z: null, clamped: false, share: 0, points: 0 };
    }
    const scored = normalise(component, component.value);
    if (scored.clamped) {
      findings.push({
        code: 'LEADERSHIP_INDEX_VALUE_OUTSIDE_BOUNDS',
        severity: leadershipIndexFindings.LEADERSHIP_INDEX_VALUE_OUTSIDE_BOUNDS.severity,
        message: `${component.name} (${component.value}) lies outside its stated bounds of ${component.min} to ${component.max}, so it was counted at the nearer bound; check the figure or widen the bounds.`,
        basis: ['iip-lm-consultation-2010'],
        component: component.name,
      });
    }
    const share = relative(component) / totalWeight + 0;
    return { ...base, normalised: scored.normalised, z: scored.z, clamped: scored.clamped, share, points: share * scored.normalised };
  });

  const names = new Set(parsed.map((component) => themeKey(component.name)));
  for (const expected of settings.expectedComponents ?? []) {
    if (!names.has(themeKey(expected))) findings.push(missingFinding(expected, 'was expected but not supplied'));
  }

  if (weighting === 'equal') {
    findings.unshift({
      code: 'LEADERSHIP_INDEX_WEIGHTS_NOT_STATED',
      severity: leadershipIndexFindings.LEADERSHIP_INDEX_WEIGHTS_NOT_STATED.severity,
      message: 'No weights were stated, so every available component counts equally; equal weighting is itself a choice, so decide and record the weights.',
      basis: ['iip-lm-consultation-2010'],
    });
  }
  if (available.length >= 2) {
    for (const row of contributions) {
      if (row.share > settings.dominantShare) {
        findings.push({
          code: 'LEADERSHIP_INDEX_DOMINANT_COMPONENT',
          severity: leadershipIndexFindings.LEADERSHIP_INDEX_DOMINANT_COMPONENT.severity,
          message: `${row.name} carries ${formatPercent(row.share)} of the weight, so the index mostly repeats that one measure.`,
          basis: ['iip-lm-consultation-2010'],
          component: row.name,
        });
      }
    }
  }
  if (available.length < settings.minimumComponents) {
    findings.push({
      code: 'LEADERSHIP_INDEX_FEW_COMPONENTS',
      severity: leadershipIndexFindings.LEADERSHIP_INDEX_FEW_COMPONENTS.severity,
      message: `Only ${available.length} of the index's components ${available.length === 1 ? 'has' : 'have'} a value; the consultation suggested several measures side by side, so add more before reading the index as a whole picture.`,
      basis: ['iip-lm-consultation-2010'],
    });
  }

  // The sum of the points; the clamp only removes rounding beyond the 0–100 range.
  const index = Math.min(100, Math.max(0, contributions.reduce((total, row) => total + row.points, 0)));
  let benchmark: LeadershipIndex['benchmark'] = null;
  if (settings.peers !== undefined) {
    benchmark = {
      percentile: percentileRank(index, settings.peers, settings.percentileMethod),
      peers: settings.peers.length,
      method: settings.percentileMethod,
    };
    if (settings.peers.length < settings.minimumPeers) {
      findings.push({
        code: 'LEADERSHIP_INDEX_FEW_PEERS',
        severity: leadershipIndexFindings.LEADERSHIP_INDEX_FEW_PEERS.severity,
        message: `There ${settings.peers.length === 1 ? 'is 1 peer' : `are ${settings.peers.length} peers`}, so one peer more or less moves the percentile by ${formatPoints(100 / settings.peers.length)} points; treat the benchmark as rough.`,
        basis: ['crocker-algina-1986'],
      });
    }
  }
  findings.push({
    code: 'LEADERSHIP_INDEX_NOT_EVERYTHING_MEASURABLE',
    severity: leadershipIndexFindings.LEADERSHIP_INDEX_NOT_EVERYTHING_MEASURABLE.severity,
    message: 'Qualities such as integrity and authenticity are in none of these figures; hear from employees, customers and non-executives as well.',
    basis: ['iip-lm-consultation-2010'],
  });

  return {
    index,
    contributions,
    weighting,
    benchmark,
    options: {
      percentileMethod: settings.percentileMethod,
      minimumPeers: settings.minimumPeers,
      minimumComponents: settings.minimumComponents,
      dominantShare: settings.dominantShare,
    },
    findings,
  };
}

function missingFinding(name: string, what: string): LeadershipIndexFinding {
  return {
    code: 'LEADERSHIP_INDEX_COMPONENT_MISSING',
    severity: leadershipIndexFindings.LEADERSHIP_INDEX_COMPONENT_MISSING.severity,
    message: `${name} ${what}, so the index rests on the other components and is not comparable with an index that includes it.`,
    basis: ['iip-lm-consultation-2010'],
    component: name,
  };
}

function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}
