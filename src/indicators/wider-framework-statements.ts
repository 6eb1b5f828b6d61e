import { deepFreeze } from '../core/deep-freeze.js';
import type { FrameworkAudience } from './audiences.js';

/**
 * The statements of the wider (2009) Investors in People framework that the Leadership &
 * Management Model maps to, in lmdkit's own paraphrase, each with the audiences that give the
 * evidence. Ids (`WF1`…`WF33`) are lmdkit's: the mapping in the 2010 report does not number them.
 *
 * Where the report lists the same statement under several L&M indicators it appears here once.
 * `verified: false` marks statements whose place in the mapping is uncertain: WF30–WF33 stand in an
 * unlabelled row after indicator 9 and are taken to belong to it.
 *
 * @example
 * widerFrameworkStatements.length //=> 33
 * widerFrameworkStatements[0].audiences //=> ['top-managers', 'managers']
 * @see {@link lmModel} whose indicators list these ids in `widerFramework`
 */
export const widerFrameworkStatements = /* @__PURE__ */ deepFreeze([
  { id: 'WF1', audiences: ['top-managers', 'managers'], statement: 'Describe how the current and future capabilities managers need are defined in line with the organisation’s purpose, vision and values.', verified: true },
  { id: 'WF2', audiences: ['top-managers'], statement: 'Describe how the leadership and management strategy connects to the business strategy and draws on good practice outside the organisation.', verified: true },
  { id: 'WF3', audiences: ['top-managers'], statement: 'Describe how they set an example in working as a team and sharing knowledge.', verified: true },
  { id: 'WF4', audiences: ['top-managers'], statement: 'Describe how they set an example of inspiring leadership and of an open, honest and trusting way of managing.', verified: true },
  { id: 'WF5', audiences: ['top-managers'], statement: 'Make sure managers get the support they need to build the required capabilities.', verified: true },
  { id: 'WF6', audiences: ['managers'], statement: 'Explain how top managers motivate them to lead, manage and develop their people well.', verified: true },
  { id: 'WF7', audiences: ['top-managers', 'managers'], statement: 'Describe how the organisation’s social responsibilities shape its strategy and what that means for how they manage people.', verified: true },
  { id: 'WF8', audiences: ['managers'], statement: 'Confirm that they get the support they need to build the required capabilities.', verified: true },
  { id: 'WF9', audiences: ['people'], statement: 'Give examples of how they have been encouraged to build leadership capabilities.', verified: true },
  { id: 'WF10', audiences: ['managers'], statement: 'Take part in designing the capabilities expected of managers.', verified: true },
  { id: 'WF11', audiences: ['top-managers'], statement: 'Describe how recruitment and selection connect to the business strategy and aim at a talented, diverse workforce able to achieve the vision.', verified: true },
  { id: 'WF12', audiences: ['top-managers'], statement: 'Describe how the organisation makes full use of people’s talents.', verified: true },
  { id: 'WF13', audiences: ['top-managers', 'managers'], statement: 'Are reviewed regularly against the capabilities and receive constructive feedback, with top managers making sure this happens.', verified: true },
  { id: 'WF14', audiences: ['people'], statement: 'Confirm they can give their manager constructive feedback and believe it is welcomed and acted on.', verified: true },
  { id: 'WF15', audiences: ['top-managers', 'managers'], statement: 'A clear and fair reward and recognition strategy motivates people to improve performance; top managers ensure it exists and managers help shape it.', verified: true },
  { id: 'WF16', audiences: ['top-managers'], statement: 'Describe how reward and recognition connect to the business strategy and are compared with other organisations.', verified: true },
  { id: 'WF17', audiences: ['top-managers', 'managers'], statement: 'Describe how they create conditions in which everyone is encouraged to build leadership capabilities.', verified: true },
  { id: 'WF18', audiences: ['top-managers'], statement: 'Describe how coaching has become part of the organisation’s culture.', verified: true },
  { id: 'WF19', audiences: ['top-managers'], statement: 'Describe the learning and development strategy for building the capability the vision needs.', verified: true },
  { id: 'WF20', audiences: ['top-managers', 'managers'], statement: 'Describe how new and flexible ways of developing people are found, inside and outside the organisation, and built into the learning and development strategy.', verified: true },
  { id: 'WF21', audiences: ['people'], statement: 'Confirm that their learning and development allows for the ways they prefer to learn.', verified: true },
  { id: 'WF22', audiences: ['top-managers', 'managers'], statement: 'Describe how the organisation measures and evaluates what its people strategies contribute to performance.', verified: true },
  { id: 'WF23', audiences: ['top-managers'], statement: 'Make sure the organisation has a flexible and effective way of measuring and reporting the return on its people strategies.', verified: true },
  { id: 'WF24', audiences: ['top-managers'], statement: 'Describe what investing in people has done for key performance indicators.', verified: true },
  { id: 'WF25', audiences: ['top-managers'], statement: 'Describe how self-review has been used to improve the strategies for managing and developing people.', verified: true },
  { id: 'WF26', audiences: ['managers'], statement: 'Explain how they assess their own management and development of people and let the lessons shape what comes next.', verified: true },
  { id: 'WF27', audiences: ['people'], statement: 'Give examples of how they help identify improvements to the way they are managed and developed.', verified: true },
  { id: 'WF28', audiences: ['top-managers'], statement: 'Describe how findings from external reviews, including earlier Investors in People assessments, were used to improve people strategies.', verified: true },
  { id: 'WF29', audiences: ['managers'], statement: 'Explain how they bring their people into finding better ways of managing and developing them.', verified: true },
  { id: 'WF30', audiences: ['people'], statement: 'Believe their managers are genuinely committed to improving how they manage and develop them.', verified: false },
  { id: 'WF31', audiences: ['top-managers'], statement: 'Describe how comparison inside and outside the organisation has been used to review and improve people strategies.', verified: false },
  { id: 'WF32', audiences: ['people'], statement: 'Describe improvements that followed from feedback.', verified: false },
  { id: 'WF33', audiences: ['people'], statement: 'Believe the organisation is a great place to work because of the improvements made.', verified: false },
] as const satisfies readonly WiderFrameworkStatement[]);

/**
 * One statement of the wider IIP framework as mapped from the L&M Model.
 * @see {@link widerFrameworkStatements}
 */
export interface WiderFrameworkStatement {
  /** lmdkit's id, `WF1`…`WF33`. */
  readonly id: string;
  /** Who gives the evidence. */
  readonly audiences: readonly FrameworkAudience[];
  /** lmdkit's paraphrase, with the audience as the implied subject. */
  readonly statement: string;
  /** Whether its place in the report's mapping is certain. */
  readonly verified: boolean;
}

/**
 * The id of one of the {@link widerFrameworkStatements}.
 * @see {@link widerFrameworkStatements}
 */
export type WiderFrameworkStatementId = (typeof widerFrameworkStatements)[number]['id'];
