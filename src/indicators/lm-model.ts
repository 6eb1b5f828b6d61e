import { deepFreeze } from '../core/deep-freeze.js';
import type { ReferenceId } from '../core/references.js';
import type { LmAudience } from './audiences.js';
import type { StandardStatementId } from './iip-standard-2004.js';
import type { WiderFrameworkStatementId } from './wider-framework-statements.js';

/**
 * The Investors in People Leadership & Management Model (2003) as data: its two defined terms, its
 * 9 indicators `LM1`…`LM9` and their 23 evidence requirements `LM1.1`…`LM9.1`, and how each
 * indicator maps to The Standard (2004) and to the wider (2009) framework.
 *
 * Every statement is lmdkit's own paraphrase; ids, numbering, counts and structure follow the
 * model as reproduced in the 2010 consultation report (Appendix 2). Licensed users can attach the
 * official wording with {@link withWording}.
 *
 * For each requirement, `evidenceFrom` lists the audiences whose evidence it needs.
 * `evidenceFromVerified` is `true` where the requirement itself names them ("current and potential
 * leaders and managers confirm …") and `false` where lmdkit inferred them from the indicator's
 * guidance.
 *
 * @example
 * lmModel.indicators.length //=> 9
 * lmModel.indicators.reduce((total, indicator) => total + indicator.requirements.length, 0) //=> 23
 * lmModel.indicators[1].requirements[1].evidenceFrom //=> ['leaders-and-managers']
 * @see {@link getLmIndicator} and {@link getLmRequirement} for lookups
 * @see {@link assessLmModel} to assess evidence against it
 */
export const lmModel = /* @__PURE__ */ deepFreeze({
  name: 'Investors in People Leadership & Management Model',
  year: 2003,
  definitions: {
    requirements:
      'The knowledge, skills and behaviour the organisation needs from its leaders and managers, individually and as groups, at every level. Top managers take part in defining them.',
    approach:
      'The organisation’s overall way of making leadership and management effective: how it defines, plans, selects for, develops, reviews, rewards, evaluates and improves leadership and management.',
  },
  indicators: [
    {
      id: 'LM1',
      number: 1,
      name: 'Top managers direct the approach',
      tests: 'How far top managers steer the organisation’s approach to effective leadership and management.',
      toMeet: [
        'Top managers can explain why capable leaders and managers matter to the organisation’s success and culture.',
        'Top managers take part personally in defining the capabilities leaders and managers need (the requirements).',
        'Top managers define the organisation’s overall approach to effective leadership and management (the approach).',
      ],
      requirements: [
        { id: 'LM1.1', statement: 'Top managers can explain how effective leadership and management will help the organisation reach its aims and objectives.', evidenceFrom: ['top-managers'], evidenceFromVerified: true },
        { id: 'LM1.2', statement: 'Top managers play an active role in setting out what leaders and managers must know, be able to do and how they should behave.', evidenceFrom: ['top-managers'], evidenceFromVerified: true },
        { id: 'LM1.3', statement: 'Top managers take an active part in defining the organisation’s approach to effective leadership and management.', evidenceFrom: ['top-managers'], evidenceFromVerified: true },
      ],
      standard: ['4.1'],
      widerFramework: ['WF1', 'WF2'],
    },
    {
      id: 'LM2',
      number: 2,
      name: 'Top managers are role models for development',
      tests: 'How far top managers set an example in leadership and management development.',
      toMeet: [
        'Top managers can describe what they are doing to develop themselves.',
        'Top managers motivate the organisation’s other leaders and managers to keep developing.',
      ],
      requirements: [
        { id: 'LM2.1', statement: 'Top managers themselves learn and develop.', evidenceFrom: ['top-managers'], evidenceFromVerified: true },
        { id: 'LM2.2', statement: 'Leaders and managers can explain how top managers inspire them to learn and develop.', evidenceFrom: ['leaders-and-managers'], evidenceFromVerified: true },
      ],
      standard: [],
      widerFramework: ['WF3', 'WF4', 'WF5', 'WF6'],
    },
    {
      id: 'LM3',
      number: 3,
      name: 'Requirements are defined and understood',
      tests: 'Whether the organisation is clear about what its leaders and managers should be able to do.',
      toMeet: [
        'Define the knowledge, skills and behaviour expected of leaders and managers, individually and as groups, at every level.',
        'Make the requirements reflect both what the organisation aims to achieve and how people should work to achieve it.',
        'Draw on ideas and good practice from outside, including recognised external standards such as the national Management Standards.',
        'Consider the part leaders and managers play in the organisation acting in a socially responsible way.',
        'Make sure the requirements are clear to, and understood by, the people they apply to; they need not be written down.',
      ],
      requirements: [
        { id: 'LM3.1', statement: 'The requirements reflect the organisation’s aims and objectives and the culture it wants to build.', evidenceFrom: ['top-managers'], evidenceFromVerified: false },
        { id: 'LM3.2', statement: 'The requirements reflect relevant external standards and good practice.', evidenceFrom: ['top-managers'], evidenceFromVerified: false },
        { id: 'LM3.3', statement: 'The requirements reflect relevant social-responsibility issues.', evidenceFrom: ['top-managers'], evidenceFromVerified: false },
        { id: 'LM3.4', statement: 'The requirements are defined for every level and are understood.', evidenceFrom: ['top-managers', 'leaders-and-managers'], evidenceFromVerified: false },
      ],
      standard: ['4.1'],
      widerFramework: ['WF1', 'WF7', 'WF2'],
    },
    {
      id: 'LM4',
      number: 4,
      name: 'Development is planned',
      tests: 'Whether development for current and potential leaders and managers is planned against the requirements.',
      toMeet: [
        'Plan learning and development for current leaders and managers and for people identified as possible future ones.',
        'Design that development to help them meet the requirements.',
        'Tell current and potential leaders and managers clearly what development is open to them.',
      ],
      requirements: [
        { id: 'LM4.1', statement: 'Development for leaders and managers, present and future, is planned so that they can meet the requirements.', evidenceFrom: ['top-managers'], evidenceFromVerified: false },
        { id: 'LM4.2', statement: 'Leaders and managers, present and future, can say what development opportunities are open to them.', evidenceFrom: ['leaders-and-managers', 'potential-leaders-and-managers'], evidenceFromVerified: true },
      ],
      standard: ['4.1'],
      widerFramework: ['WF5', 'WF8', 'WF9', 'WF10'],
    },
    {
      id: 'LM5',
      number: 5,
      name: 'Selection is effective',
      tests: 'How well leaders and managers are selected.',
      toMeet: [
        'When identifying potential leaders and managers, and when recruiting or promoting, judge candidates against the leadership and management requirements as well as their knowledge of the job or function.',
        'Show that everyone with the relevant capabilities can apply and that the process is fair.',
      ],
      requirements: [
        { id: 'LM5.1', statement: 'People are chosen for leadership and management roles, now and for the future, against the requirements.', evidenceFrom: ['top-managers'], evidenceFromVerified: false },
        { id: 'LM5.2', statement: 'Present and future leaders and managers are chosen fairly.', evidenceFrom: ['leaders-and-managers', 'potential-leaders-and-managers'], evidenceFromVerified: false },
      ],
      standard: [],
      widerFramework: ['WF11', 'WF12'],
    },
    {
      id: 'LM6',
      number: 6,
      name: 'Effective leadership and management is reviewed and encouraged',
      tests: 'How leaders’ and managers’ performance is judged and what spurs them to get better.',
      toMeet: [
        'Review the performance of leaders and managers at every level.',
        'Give feedback (for example from employees, customers or suppliers) that is constructive and shows how to improve against the requirements.',
        'Make sure leaders and managers feel that effective leadership and management is noticed and valued.',
        'Weigh up rewards as one way of recognising effective leaders and managers.',
      ],
      requirements: [
        { id: 'LM6.1', statement: 'Leaders and managers are reviewed regularly and get constructive feedback on their performance against the requirements.', evidenceFrom: ['leaders-and-managers'], evidenceFromVerified: true },
        { id: 'LM6.2', statement: 'Leaders and managers can explain how effective leadership and management is recognised.', evidenceFrom: ['leaders-and-managers'], evidenceFromVerified: true },
        { id: 'LM6.3', statement: 'A range of rewards is considered for recognising effective leadership and management.', evidenceFrom: ['top-managers'], evidenceFromVerified: false },
      ],
      standard: ['indicator-6'],
      widerFramework: ['WF13', 'WF14', 'WF15', 'WF16'],
    },
    {
      id: 'LM7',
      number: 7,
      name: 'Leaders and managers keep learning and developing',
      tests: 'How far the commitment to leadership and management development is matched by action.',
      toMeet: [
        'Make development a continuous process in which planned activities actually take place.',
        'Remove barriers to development where possible, so that the pressure of work does not crowd it out.',
        'Meet the development needs of different individuals and groups, including people with non-traditional working patterns.',
        'Use work itself as a development opportunity, so that people contribute to the organisation while they learn.',
      ],
      requirements: [
        { id: 'LM7.1', statement: 'Leaders and managers, present and future, agree that everyone has fair access to development.', evidenceFrom: ['leaders-and-managers', 'potential-leaders-and-managers'], evidenceFromVerified: true },
        { id: 'LM7.2', statement: 'Leaders and managers, present and future, can say what development they are doing now, on the job included, to meet the requirements.', evidenceFrom: ['leaders-and-managers', 'potential-leaders-and-managers'], evidenceFromVerified: true },
        { id: 'LM7.3', statement: 'Leaders and managers, present and future, agree that development suits the needs of different individuals and groups.', evidenceFrom: ['leaders-and-managers', 'potential-leaders-and-managers'], evidenceFromVerified: true },
      ],
      standard: ['3.2'],
      widerFramework: ['WF17', 'WF18', 'WF19', 'WF20', 'WF21'],
    },
    {
      id: 'LM8',
      number: 8,
      name: 'The approach improves the organisation’s performance',
      tests: 'Whether the approach, taken as a whole, is worth what it costs the organisation.',
      toMeet: [
        'Show that leaders and managers are gaining the knowledge and skills they need and behave in line with the requirements; the views of employees, customers or suppliers may be needed to show it.',
        'Show that, as a result, the organisation achieves what it wants, in the way it wants.',
        'Understand the overall costs and benefits of the approach.',
        'Top managers see what their investment is worth and can argue why a strategic commitment to leadership and management pays.',
      ],
      requirements: [
        { id: 'LM8.1', statement: 'The approach helps leaders and managers meet the requirements.', evidenceFrom: ['top-managers', 'leaders-and-managers'], evidenceFromVerified: false },
        { id: 'LM8.2', statement: 'The approach helps the organisation reach its aims and objectives and the culture it wants.', evidenceFrom: ['top-managers'], evidenceFromVerified: false },
        { id: 'LM8.3', statement: 'Top managers understand what the approach costs and what it returns.', evidenceFrom: ['top-managers'], evidenceFromVerified: true },
      ],
      standard: ['9.3'],
      widerFramework: ['WF22', 'WF17', 'WF9', 'WF23', 'WF24'],
    },
    {
      id: 'LM9',
      number: 9,
      name: 'The approach is improved',
      tests: 'How far the approach is revised and made better over time.',
      toMeet: [
        'Give examples of improvements made to the approach.',
        'Improve by stopping what is not working, trying new methods, or updating the requirements as things change inside or outside the organisation.',
      ],
      requirements: [
        { id: 'LM9.1', statement: 'Relevant improvements are made to the approach in good time.', evidenceFrom: ['top-managers', 'leaders-and-managers'], evidenceFromVerified: false },
      ],
      standard: ['10.1', '10.2', '10.3'],
      widerFramework: ['WF25', 'WF26', 'WF27', 'WF28', 'WF29', 'WF30', 'WF2', 'WF31', 'WF32', 'WF33'],
    },
  ],
  sources: ['iip-lm-model-2003', 'iip-lm-consultation-2010'],
} as const satisfies LmModelData);

/**
 * One evidence requirement of the L&M Model.
 * @see {@link lmModel}
 */
export interface LmRequirementData {
  /** `LM<indicator>.<n>`. */
  readonly id: string;
  /** lmdkit's paraphrase of the requirement. */
  readonly statement: string;
  /** The audiences whose evidence the requirement needs. */
  readonly evidenceFrom: readonly LmAudience[];
  /** `true` where the requirement names its audiences; `false` where lmdkit inferred them. */
  readonly evidenceFromVerified: boolean;
}

/**
 * One indicator of the L&M Model, with its requirements and mapping.
 * @see {@link lmModel}
 */
export interface LmIndicatorData {
  /** `LM1`…`LM9`. */
  readonly id: string;
  /** 1–9. */
  readonly number: number;
  /** A short name in lmdkit's words. */
  readonly name: string;
  /** What the indicator tests, paraphrased. */
  readonly tests: string;
  /** What meeting it involves, paraphrased as separate points (the source of next actions). */
  readonly toMeet: readonly string[];
  /** Its evidence requirements. */
  readonly requirements: readonly LmRequirementData[];
  /** The Standard (2004) statements it maps to; empty where the mapping names none. */
  readonly standard: readonly StandardStatementId[];
  /** The wider framework statements it maps to. */
  readonly widerFramework: readonly WiderFrameworkStatementId[];
}

/**
 * The shape of {@link lmModel}.
 * @see {@link lmModel}
 */
export interface LmModelData {
  /** The model's name. */
  readonly name: string;
  /** The year it was launched. */
  readonly year: number;
  /** The model's two defined terms, paraphrased. */
  readonly definitions: { readonly requirements: string; readonly approach: string };
  /** The nine indicators. */
  readonly indicators: readonly LmIndicatorData[];
  /** Bibliography ids. */
  readonly sources: readonly ReferenceId[];
}

/**
 * The id of an L&M Model indicator, `'LM1'`…`'LM9'`: a literal union, so a typo fails to compile.
 * @see {@link getLmIndicator}
 */
export type LmIndicatorId = (typeof lmModel)['indicators'][number]['id'];

/**
 * The id of an L&M Model evidence requirement, `'LM1.1'`…`'LM9.1'` (23 in all).
 * @see {@link getLmRequirement}
 */
export type LmRequirementId = (typeof lmModel)['indicators'][number]['requirements'][number]['id'];
