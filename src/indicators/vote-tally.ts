import * as z from 'zod';

/**
 * The zod schema for a yes / no / maybe vote count. Counts are whole numbers from 0; other keys
 * on the record (a topic, a centre) are allowed and kept.
 *
 * @example
 * voteTallySchema.safeParse({ yes: 3, no: 1, maybe: 0 }).success //=> true
 * voteTallySchema.safeParse({ yes: -1, no: 0, maybe: 0 }).success //=> false
 * @see {@link supportShare}
 */
export const voteTallySchema = /* @__PURE__ */ z.looseObject({
  yes: /* @__PURE__ */ z.int().min(0),
  no: /* @__PURE__ */ z.int().min(0),
  maybe: /* @__PURE__ */ z.int().min(0),
});

/**
 * A yes / no / maybe vote count, as in the 2010 consultation's tables.
 * @see {@link supportShare}
 */
export interface VoteTally {
  /** Respondents in favour. */
  readonly yes: number;
  /** Respondents against. */
  readonly no: number;
  /** Respondents undecided (a blank cell in the report counts as 0). */
  readonly maybe: number;
}
