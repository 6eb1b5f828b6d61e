import * as z from 'zod';

/**
 * The business goals an L&D business case can say it serves: staff `retention`, individual and
 * team `performance`, `reducing-disputes` (grievances, complaints and conflicts escalated to HR),
 * `absence`, `engagement` (morale, commitment), `wellbeing`, `productivity`, `customer-service`
 * and `succession` (a pipeline of people ready to step up). A goal not on the list is written as
 * `{ other: 'its label' }` (see {@link businessGoalSchema}).
 *
 * Source: the goals senior leaders are said to ask about in the 7OS02 seed (retention,
 * performance, reducing disputes), extended with the outcomes its examples measure (absence,
 * morale) — `cipd-7os02-seed`.
 *
 * @example
 * businessGoals.includes('reducing-disputes') //=> true
 * @see {@link businessGoalSchema}
 */
export const businessGoals = /* @__PURE__ */ Object.freeze([
  'retention',
  'performance',
  'reducing-disputes',
  'absence',
  'engagement',
  'wellbeing',
  'productivity',
  'customer-service',
  'succession',
] as const);

/**
 * One of {@link businessGoals}.
 * @see {@link businessGoals}
 */
export type BusinessGoal = (typeof businessGoals)[number];

/**
 * The zod schema for one goal of a business case: an id from {@link businessGoals}, or
 * `{ other }` with a non-empty label (trimmed) for a goal not on the list.
 *
 * @example
 * businessGoalSchema.parse('absence') //=> 'absence'
 * businessGoalSchema.parse({ other: ' Client satisfaction ' }) //=> { other: 'Client satisfaction' }
 * businessGoalSchema.safeParse('happiness').success //=> false
 * @see {@link businessGoals}
 */
export const businessGoalSchema = /* @__PURE__ */ z.union(
  [
    /* @__PURE__ */ z.enum(businessGoals),
    /* @__PURE__ */ z.strictObject({ other: /* @__PURE__ */ z.string().trim().min(1, 'expected a non-empty label') }),
  ],
  { error: () => `expected one of ${businessGoals.join(', ')}, or { "other": "a goal of your own" }` },
);

/**
 * One goal of a business case: a {@link BusinessGoal} or `{ other: label }`.
 * @see {@link businessGoalSchema}
 */
export type BusinessCaseGoal = z.infer<typeof businessGoalSchema>;

/**
 * A goal as words for a message or table: `'reducing-disputes'` becomes `'reducing disputes'`,
 * `{ other }` its label.
 *
 * @internal
 */
export function goalLabel(goal: BusinessCaseGoal): string {
  return typeof goal === 'string' ? goal.replaceAll('-', ' ') : goal.other;
}
