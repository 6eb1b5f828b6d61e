import { deepFreeze } from '../../core/deep-freeze.js';
import type { ReferenceId } from '../../core/references.js';

/**
 * One published effect size for leadership development, to set a local result beside.
 * @see {@link effectSizeBenchmarks}
 */
export interface EffectSizeBenchmark {
  /** Stable id: source and criterion. */
  readonly id: string;
  /** The bibliography id of the meta-analysis. */
  readonly source: ReferenceId;
  /** What was measured: Kirkpatrick's level (reactions, learning, transfer, results) or `overall`. */
  readonly criterion: 'reactions' | 'learning' | 'transfer' | 'results' | 'overall';
  /** The published effect size, on the d scale. */
  readonly value: number;
  /** `delta` (corrected for measurement error, so larger than an observed d) or `d` (observed). */
  readonly metric: 'delta' | 'd';
  /** Whether the value was checked against the publication. */
  readonly verified: boolean;
  /** How to read it. */
  readonly note: string;
}

/**
 * Published effect sizes for leadership development, frozen, with their sources: Lacerenza et
 * al.'s (2017) meta-analysis of leadership training (335 independent samples) by Kirkpatrick
 * criterion, and Avolio et al.'s (2009) meta-analysis of experimental and quasi-experimental
 * leadership interventions.
 *
 * Read them with care: Lacerenza's values are δ, corrected for unreliability, so an observed d from
 * one's own data is expected to be smaller for the same true effect; they pool many designs; and a
 * single pilot's interval is usually wide enough to include all of them.
 *
 * @example
 * effectSizeBenchmarks.find((benchmark) => benchmark.criterion === 'transfer')?.value //=> 0.82
 * effectSizeBenchmarks.every((benchmark) => Object.isFrozen(benchmark)) //=> true
 * @see {@link compareToBenchmarks}
 * @see Source: lacerenza-2017, avolio-2009 in {@link references}.
 */
export const effectSizeBenchmarks = /* @__PURE__ */ deepFreeze([
  {
    id: 'lacerenza-2017-reactions',
    source: 'lacerenza-2017',
    criterion: 'reactions',
    value: 0.63,
    metric: 'delta',
    verified: true,
    note: 'Participants’ reactions to leadership training (satisfaction, perceived usefulness).',
  },
  {
    id: 'lacerenza-2017-learning',
    source: 'lacerenza-2017',
    criterion: 'learning',
    value: 0.73,
    metric: 'delta',
    verified: true,
    note: 'Learning from leadership training (knowledge, skills, attitudes at the end of training).',
  },
  {
    id: 'lacerenza-2017-transfer',
    source: 'lacerenza-2017',
    criterion: 'transfer',
    value: 0.82,
    metric: 'delta',
    verified: true,
    note: 'Transfer of leadership training to behaviour on the job.',
  },
  {
    id: 'lacerenza-2017-results',
    source: 'lacerenza-2017',
    criterion: 'results',
    value: 0.72,
    metric: 'delta',
    verified: true,
    note: 'Organisational and subordinate results of leadership training (the level absence and turnover belong to).',
  },
  {
    id: 'avolio-2009-overall',
    source: 'avolio-2009',
    criterion: 'overall',
    value: 0.6,
    metric: 'd',
    verified: false,
    note: 'Overall effect of leadership interventions across 200 lab and field studies; the abstract gives a 66% probability of a positive outcome against 50% for comparison groups, which corresponds to d of about 0.58; the value 0.60 is recalled, not checked against the article.',
  },
] as const satisfies readonly EffectSizeBenchmark[]);
