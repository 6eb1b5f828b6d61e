import { deepFreeze } from '../../core/deep-freeze.js';
import type { EvidenceStrength } from '../../core/evidence-strength.js';
import type { ReferenceId } from '../../core/references.js';

/**
 * The ids of the measures in {@link leadershipIndexMeasures}.
 *
 * @example
 * leadershipIndexMeasureIds.length //=> 8
 * leadershipIndexMeasureIds.includes('innovative-ideas') //=> true
 * @see {@link leadershipIndexMeasures}
 */
export const leadershipIndexMeasureIds = /* @__PURE__ */ deepFreeze([
  'feedback-360',
  'engagement-survey',
  'appraisal-outcomes',
  'retention',
  'absence',
  'promotions',
  'innovative-ideas',
  'recruitment',
] as const);

/**
 * One of {@link leadershipIndexMeasureIds}.
 * @see {@link leadershipIndexMeasures}
 */
export type LeadershipIndexMeasureId = (typeof leadershipIndexMeasureIds)[number];

/**
 * The shape every entry of {@link leadershipIndexMeasures} satisfies.
 * @see {@link leadershipIndexMeasures}
 */
export interface LeadershipIndexMeasure {
  /** Stable id. */
  readonly id: LeadershipIndexMeasureId;
  /** A short name. */
  readonly name: string;
  /** What it tells you about leadership and management capability, in lmdkit's words. */
  readonly indicates: string;
  /** Whether a higher value is usually the better one (check it for the figure you use). */
  readonly higherIsBetter: boolean;
  /** An example of the figure to use, with its unit. */
  readonly exampleFigure: string;
  /** Its main weakness as a measure of leadership, in lmdkit's words. */
  readonly caveat: string;
  /** The kind of evidence for using it: the seed reports stakeholders' suggestions. */
  readonly evidence: EvidenceStrength;
  /** The works behind it. */
  readonly basis: readonly ReferenceId[];
}

/**
 * The measures of leadership and management capability that the 2010 Investors in People
 * consultation suggested could feed a Leadership Index: 360-degree feedback, the employee
 * survey, appraisal outcomes, retention, absence, promotions, new innovative ideas and
 * recruitment. Each carries the usual direction, an example figure and its main caveat.
 *
 * The consultation also named the IIP assessment itself and benchmarking with other leaders;
 * the first is an assessment rather than a figure, and the second is what
 * {@link leadershipIndex}'s `peers` option does. Its doubt that integrity and authenticity can be
 * measured at all is a standing finding of {@link leadershipIndex}.
 *
 * Evidence grade: `consultation` (stakeholders' suggestions, not a validated instrument).
 *
 * @example
 * leadershipIndexMeasures.find((measure) => measure.id === 'absence')?.higherIsBetter //=> false
 * leadershipIndexMeasures.every((measure) => measure.evidence === 'consultation') //=> true
 * @see {@link leadershipIndex}
 * @see iip-lm-consultation-2010
 */
export const leadershipIndexMeasures = /* @__PURE__ */ deepFreeze([
  {
    id: 'feedback-360',
    name: '360-degree feedback',
    indicates: 'How the people around managers see their leadership behaviour.',
    higherIsBetter: true,
    exampleFigure: 'Mean all-others rating across managers, on the instrument’s scale (for example 1–5).',
    caveat: 'Rater groups are small and ratings are lenient; use others’ ratings, not self-ratings.',
    evidence: 'consultation',
    basis: ['iip-lm-consultation-2010', 'smither-london-reilly-2005'],
  },
  {
    id: 'engagement-survey',
    name: 'Employee engagement survey',
    indicates: 'How employees experience being managed and led.',
    higherIsBetter: true,
    exampleFigure: 'Percentage favourable on the survey’s leadership and management items.',
    caveat: 'Moves with pay, restructuring and workload as well as with leadership.',
    evidence: 'consultation',
    basis: ['iip-lm-consultation-2010'],
  },
  {
    id: 'appraisal-outcomes',
    name: 'Appraisal outcomes',
    indicates: 'How managers’ own performance is judged against their objectives.',
    higherIsBetter: true,
    exampleFigure: 'Percentage of managers rated as meeting or exceeding their objectives.',
    caveat: 'Appraisal ratings drift upwards and depend on who rates.',
    evidence: 'consultation',
    basis: ['iip-lm-consultation-2010'],
  },
  {
    id: 'retention',
    name: 'Retention',
    indicates: 'Whether people stay under the organisation’s managers.',
    higherIsBetter: true,
    exampleFigure: 'Stability index: percentage of staff with a year’s service who are still employed.',
    caveat: 'Reflects the labour market and pay as well as management.',
    evidence: 'consultation',
    basis: ['iip-lm-consultation-2010', 'cipd-turnover-retention'],
  },
  {
    id: 'absence',
    name: 'Absence',
    indicates: 'Part of how well-being and commitment are managed.',
    higherIsBetter: false,
    exampleFigure: 'Lost-time rate: percentage of available working time lost to absence.',
    caveat: 'Long-term illness dominates the figure and has little to do with management.',
    evidence: 'consultation',
    basis: ['iip-lm-consultation-2010', 'cipd-absence-measurement'],
  },
  {
    id: 'promotions',
    name: 'Internal promotions',
    indicates: 'Whether managers develop people who are ready for bigger roles.',
    higherIsBetter: true,
    exampleFigure: 'Percentage of management vacancies filled from within.',
    caveat: 'Depends on how many vacancies arise, which managers do not control.',
    evidence: 'consultation',
    basis: ['iip-lm-consultation-2010'],
  },
  {
    id: 'innovative-ideas',
    name: 'New innovative ideas',
    indicates: 'Whether managers create a climate in which people put forward ideas.',
    higherIsBetter: true,
    exampleFigure: 'Ideas submitted or adopted per 100 employees in the year.',
    caveat: 'Counting ideas rewards volume; count those taken up if you can.',
    evidence: 'consultation',
    basis: ['iip-lm-consultation-2010'],
  },
  {
    id: 'recruitment',
    name: 'Recruitment',
    indicates: 'Whether the organisation’s management makes it a place people want to join.',
    higherIsBetter: true,
    exampleFigure: 'Percentage of offers accepted.',
    caveat: 'Driven strongly by pay and the labour market.',
    evidence: 'consultation',
    basis: ['iip-lm-consultation-2010'],
  },
] as const satisfies readonly LeadershipIndexMeasure[]);
