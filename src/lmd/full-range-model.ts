import { deepFreeze } from '../core/deep-freeze.js';
import type { EvidenceStrength } from '../core/evidence-strength.js';
import type { ReferenceId } from '../core/references.js';

/**
 * The ids of the nine leadership scales of the full range model, ordered from the most passive
 * (laissez-faire) to the most active (the transformational scales).
 *
 * @example
 * fullRangeScaleIds.length //=> 9
 * fullRangeScaleIds[0] //=> 'laissez-faire'
 * @see {@link fullRangeModel}
 */
export const fullRangeScaleIds = /* @__PURE__ */ deepFreeze([
  'laissez-faire',
  'management-by-exception-passive',
  'management-by-exception-active',
  'contingent-reward',
  'individualised-consideration',
  'intellectual-stimulation',
  'inspirational-motivation',
  'idealised-influence-behaviour',
  'idealised-influence-attributed',
] as const);

/**
 * The id of one of the nine leadership scales in {@link fullRangeModel}.
 * @see {@link fullRangeScaleIds}
 */
export type FullRangeScaleId = (typeof fullRangeScaleIds)[number];

/**
 * The three groups the nine scales fall into, from most active to most passive.
 *
 * @example
 * fullRangeGroupIds //=> ['transformational', 'transactional', 'passive-avoidant']
 * @see {@link fullRangeModel}
 */
export const fullRangeGroupIds = /* @__PURE__ */ deepFreeze([
  'transformational',
  'transactional',
  'passive-avoidant',
] as const);

/**
 * One of {@link fullRangeGroupIds}.
 * @see {@link fullRangeGroupIds}
 */
export type FullRangeGroup = (typeof fullRangeGroupIds)[number];

interface FullRangeScaleData {
  readonly id: FullRangeScaleId;
  readonly abbreviation: string;
  readonly name: string;
  readonly group: FullRangeGroup;
  readonly activityRank: number;
  readonly itemCount: number;
  readonly description: string;
}

/**
 * Bass and Avolio's full range leadership model as data: the nine leadership scales (ordered from
 * passive to active, each with its group), the three outcome scales, the 0–4 frequency scale, the
 * scoring rule, and Judge and Piccolo's (2004) meta-analytic validities as context.
 *
 * The structure follows the Multifactor Leadership Questionnaire (MLQ Form 5X): four items per
 * leadership scale, nine outcome items, each rated on how often the behaviour is seen. The
 * questionnaire's items are copyrighted (Mind Garden) and are not carried; descriptions and the
 * frequency labels are lmdkit's own words. `activityRank` runs from 1 (laissez-faire, the most
 * passive) to 5; the four transformational behaviours share rank 5 (the model orders the groups,
 * not the four Is among themselves).
 *
 * The validities are Judge and Piccolo's overall estimated true-score correlations with leadership
 * criteria (follower satisfaction and motivation, leader performance and effectiveness);
 * management by exception was inconsistently related to the criteria.
 *
 * @example
 * fullRangeModel.scales.length //=> 9
 * fullRangeModel.outcomes.length //=> 3
 * fullRangeModel.scales.filter((scale) => scale.group === 'passive-avoidant').map((scale) => scale.abbreviation) //=> ['LF', 'MBEP']
 * fullRangeModel.validities.find((row) => row.dimension === 'transformational')?.validity //=> 0.44
 * @see {@link profileFullRange}
 * @see Bass & Avolio (1994); Avolio & Bass (2004); Antonakis, Avolio & Sivasubramaniam (2003); Judge & Piccolo (2004)
 */
export const fullRangeModel = /* @__PURE__ */ deepFreeze({
  name: 'Full range leadership model',
  frequencyScale: {
    min: 0,
    max: 4,
    labels: [
      { value: 0, label: 'never' },
      { value: 1, label: 'rarely' },
      { value: 2, label: 'sometimes' },
      { value: 3, label: 'fairly often' },
      { value: 4, label: 'very often or always' },
    ],
    labelsNote: 'Labels are lmdkit’s wording of the five points; licensed users should use the MLQ’s own anchors.',
  },
  scoring: 'A scale score is the mean of its items on the 0–4 frequency scale; a group score is the mean of its scale scores.',
  groups: [
    {
      id: 'transformational',
      name: 'Transformational',
      description: 'Leading by purpose, example, challenge and individual attention: the “four Is”.',
    },
    {
      id: 'transactional',
      name: 'Transactional',
      description: 'Leading by exchange: agreeing what is expected, rewarding it and actively correcting deviations.',
    },
    {
      id: 'passive-avoidant',
      name: 'Passive-avoidant',
      description: 'Waiting for problems to become serious before acting, or not acting at all.',
    },
  ],
  scales: [
    {
      id: 'laissez-faire',
      abbreviation: 'LF',
      name: 'Laissez-faire',
      group: 'passive-avoidant',
      activityRank: 1,
      itemCount: 4,
      description: 'Absent when needed: avoids decisions and involvement.',
    },
    {
      id: 'management-by-exception-passive',
      abbreviation: 'MBEP',
      name: 'Management by exception (passive)',
      group: 'passive-avoidant',
      activityRank: 2,
      itemCount: 4,
      description: 'Steps in only after problems have become serious.',
    },
    {
      id: 'management-by-exception-active',
      abbreviation: 'MBEA',
      name: 'Management by exception (active)',
      group: 'transactional',
      activityRank: 3,
      itemCount: 4,
      description: 'Monitors for mistakes and deviations from standards and corrects them.',
    },
    {
      id: 'contingent-reward',
      abbreviation: 'CR',
      name: 'Contingent reward',
      group: 'transactional',
      activityRank: 4,
      itemCount: 4,
      description: 'Agrees what is expected and recognises or rewards it when achieved.',
    },
    {
      id: 'individualised-consideration',
      abbreviation: 'IC',
      name: 'Individualised consideration',
      group: 'transformational',
      activityRank: 5,
      itemCount: 4,
      description: 'Attends to each follower’s needs and coaches and develops them as individuals.',
    },
    {
      id: 'intellectual-stimulation',
      abbreviation: 'IS',
      name: 'Intellectual stimulation',
      group: 'transformational',
      activityRank: 5,
      itemCount: 4,
      description: 'Challenges assumptions and encourages followers to think creatively.',
    },
    {
      id: 'inspirational-motivation',
      abbreviation: 'IM',
      name: 'Inspirational motivation',
      group: 'transformational',
      activityRank: 5,
      itemCount: 4,
      description: 'Sets out an appealing vision and conveys optimism and purpose.',
    },
    {
      id: 'idealised-influence-behaviour',
      abbreviation: 'IIB',
      name: 'Idealised influence (behaviour)',
      group: 'transformational',
      activityRank: 5,
      itemCount: 4,
      description: 'Acts on values and a sense of mission that followers can identify with.',
    },
    {
      id: 'idealised-influence-attributed',
      abbreviation: 'IIA',
      name: 'Idealised influence (attributed)',
      group: 'transformational',
      activityRank: 5,
      itemCount: 4,
      description: 'Is seen by followers as a leader they admire, respect and trust.',
    },
  ],
  outcomes: [
    { id: 'extra-effort', name: 'Extra effort', itemCount: 3, description: 'How far followers do more than they expected to.' },
    { id: 'effectiveness', name: 'Effectiveness', itemCount: 4, description: 'How effective the leader is seen to be.' },
    { id: 'satisfaction', name: 'Satisfaction', itemCount: 2, description: 'How satisfied followers are with the leader.' },
  ],
  validities: [
    { dimension: 'transformational', validity: 0.44 },
    { dimension: 'contingent-reward', validity: 0.39 },
    { dimension: 'laissez-faire', validity: -0.37 },
  ],
  evidence: 'meta-analysis',
  sources: [
    'bass-avolio-1994',
    'avolio-bass-2004',
    'antonakis-avolio-sivasubramaniam-2003',
    'judge-piccolo-2004',
    'wang-oh-courtright-colbert-2011',
  ],
} as const satisfies {
  readonly scales: readonly FullRangeScaleData[];
  readonly groups: readonly { readonly id: FullRangeGroup; readonly [key: string]: unknown }[];
  readonly evidence: EvidenceStrength;
  readonly sources: readonly ReferenceId[];
  readonly [key: string]: unknown;
});
