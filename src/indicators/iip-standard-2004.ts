import { deepFreeze } from '../core/deep-freeze.js';
import type { ReferenceId } from '../core/references.js';
import type { FrameworkAudience } from './audiences.js';

/**
 * The Investors in People Standard as revised in 2004: ten indicators in three stages (Plan, Do,
 * Review) with 39 evidence requirements in all, and the Standard statements that the
 * Leadership & Management Model is mapped to.
 *
 * Only the total (39, stated by the 2010 consultation report) and indicator 1's count (6) are
 * confirmed; the other per-indicator counts are a best reconstruction that sums to 39 and carry
 * `verified: false`. The numbering of the mapped statements (`4.1`, `3.2`, …) is inferred from
 * their content and is likewise marked `verified: false`. Statements are paraphrased.
 *
 * @example
 * iipStandard2004.totalEvidenceRequirements //=> 39
 * iipStandard2004.indicators.length //=> 10
 * iipStandard2004.indicators[0].name //=> 'Business strategy'
 * @see {@link recognitionLevel} for the recognition built on top of the Standard in 2009
 * @see {@link lmModel} whose indicators link to `mappedStatements`
 */
export const iipStandard2004 = /* @__PURE__ */ deepFreeze({
  name: 'The Investors in People Standard (2004)',
  totalEvidenceRequirements: 39,
  stages: [
    { id: 'plan', name: 'Plan', indicators: [1, 2, 3, 4] },
    { id: 'do', name: 'Do', indicators: [5, 6, 7, 8] },
    { id: 'review', name: 'Review', indicators: [9, 10] },
  ],
  indicators: [
    { number: 1, name: 'Business strategy', stage: 'plan', evidenceRequirements: 6, verified: true },
    { number: 2, name: 'Learning and development strategy', stage: 'plan', evidenceRequirements: 5, verified: false },
    { number: 3, name: 'People management strategy', stage: 'plan', evidenceRequirements: 3, verified: false },
    { number: 4, name: 'Leadership and management strategy', stage: 'plan', evidenceRequirements: 3, verified: false },
    { number: 5, name: 'Management effectiveness', stage: 'do', evidenceRequirements: 3, verified: false },
    { number: 6, name: 'Recognition and reward', stage: 'do', evidenceRequirements: 3, verified: false },
    { number: 7, name: 'Involvement and empowerment', stage: 'do', evidenceRequirements: 3, verified: false },
    { number: 8, name: 'Learning and development', stage: 'do', evidenceRequirements: 5, verified: false },
    { number: 9, name: 'Performance measurement', stage: 'review', evidenceRequirements: 5, verified: false },
    { number: 10, name: 'Continuous improvement', stage: 'review', evidenceRequirements: 3, verified: false },
  ],
  mappedStatements: [
    {
      id: '4.1',
      indicator: 4,
      audiences: ['top-managers'],
      statement:
        'Top managers can say what managers must know, do and how they must behave to lead, manage and develop people well, and how they plan to make sure managers can.',
      verified: false,
    },
    {
      id: '3.2',
      indicator: 3,
      audiences: ['people'],
      statement:
        'Everyone has fair and suitable access to the support they need, with equal opportunities to learn and develop.',
      verified: false,
    },
    {
      id: '9.3',
      indicator: 9,
      audiences: ['top-managers'],
      statement:
        'Top managers can explain how evaluating their investment in people shapes their strategy for improving organisational performance.',
      verified: false,
    },
    {
      id: '10.1',
      indicator: 10,
      audiences: ['top-managers'],
      statement:
        'Top managers can give examples of improvements to the people management and development strategy that came from evaluating their investment in people.',
      verified: false,
    },
    {
      id: '10.2',
      indicator: 10,
      audiences: ['managers'],
      statement: 'Managers can point to ways in which they have improved how they manage and develop people.',
      verified: false,
    },
    {
      id: '10.3',
      indicator: 10,
      audiences: ['people'],
      statement: 'People can give examples of improvements made to how the organisation manages and develops them.',
      verified: false,
    },
    {
      id: 'indicator-6',
      indicator: 6,
      audiences: ['people'],
      statement: 'People’s contribution to the organisation is recognised and valued (the aim of indicator 6 as a whole).',
      verified: true,
    },
  ],
  sources: ['iip-standard-2004', 'iip-lm-consultation-2010'],
} as const satisfies IipStandard2004Data);

/**
 * The shape of {@link iipStandard2004}.
 * @see {@link iipStandard2004}
 */
export interface IipStandard2004Data {
  /** The Standard's name and edition. */
  readonly name: string;
  /** How many evidence requirements the Standard has in all (39). */
  readonly totalEvidenceRequirements: number;
  /** Plan, Do and Review, with the indicator numbers in each. */
  readonly stages: readonly { readonly id: 'plan' | 'do' | 'review'; readonly name: string; readonly indicators: readonly number[] }[];
  /** The ten indicators; `verified` says whether `evidenceRequirements` (the count) is confirmed. */
  readonly indicators: readonly {
    readonly number: number;
    readonly name: string;
    readonly stage: 'plan' | 'do' | 'review';
    readonly evidenceRequirements: number;
    readonly verified: boolean;
  }[];
  /** The Standard statements the L&M Model maps to; `verified` says whether the numbering is confirmed. */
  readonly mappedStatements: readonly {
    readonly id: string;
    readonly indicator: number;
    readonly audiences: readonly FrameworkAudience[];
    readonly statement: string;
    readonly verified: boolean;
  }[];
  /** Bibliography ids. */
  readonly sources: readonly ReferenceId[];
}

/**
 * The id of a Standard statement that the L&M Model maps to (`'4.1'`, …, or `'indicator-6'`).
 * @see {@link iipStandard2004}
 */
export type StandardStatementId = (typeof iipStandard2004)['mappedStatements'][number]['id'];
