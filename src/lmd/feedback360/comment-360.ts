import * as z from 'zod';
import { raterGroups } from './rater-group.js';

/**
 * The zod schema for one answer to an open-text question of a 360-degree feedback cycle: which
 * rater, in which group, wrote what about which ratee, in answer to which of the instrument's
 * `openQuestions`. The text is kept as written (line breaks and quotes included) but must hold
 * more than spaces: a blank answer is no comment.
 *
 * @example
 * comment360Schema.parse({ rateeId: 'M07', raterId: 'r12', group: 'peer', questionId: 'keep', text: 'Calm in a crisis.' }).group
 * //=> 'peer'
 * @example
 * comment360Schema.safeParse({ rateeId: 'M07', raterId: 'r12', group: 'peer', questionId: 'keep', text: '  ' }).success //=> false
 * @see {@link instrument360Schema} whose `openQuestions` the `questionId` names
 */
export const comment360Schema = /* @__PURE__ */ z.strictObject({
  rateeId: /* @__PURE__ */ z.string().min(1),
  raterId: /* @__PURE__ */ z.string().min(1),
  group: /* @__PURE__ */ z.enum(raterGroups),
  questionId: /* @__PURE__ */ z.string().min(1),
  text: /* @__PURE__ */ z.string().regex(/\S/, 'expected some text, not only spaces'),
});

/**
 * One open-text answer, as {@link comment360Schema} accepts it.
 * @see {@link comment360Schema}
 */
export type Comment360 = z.output<typeof comment360Schema>;
