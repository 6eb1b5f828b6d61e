import * as z from 'zod';

/**
 * The zod schema for the anonymity policy of {@link interpret360}. Every field is optional; the
 * defaults are:
 *
 * - `minGroupSize` **3** (allowed 3–10): a non-exempt rater group is published only when at least
 *   this many of its raters gave a score, overall and on each item.
 * - `exemptGroups` **`['self', 'manager']`**: groups published alone whatever their size, and
 *   labelled identifiable. `self` must be one of them.
 * - `minOthersSize` **4** (1–50): the smallest number of raters behind any pooled "all others"
 *   figure (the Center for Creative Leadership's practice).
 * - `smallGroupStrategy` **`'omit'`**: a group below the minimum is left out of every published
 *   figure (as Glint does); `'merge'` pools it with the smallest other non-exempt group and checks
 *   the pooled group against the minimum again (as CCL and LEADS do).
 *
 * @example
 * anonymityPolicySchema.parse({}).minGroupSize //=> 3
 * anonymityPolicySchema.parse({ smallGroupStrategy: 'merge' }).minOthersSize //=> 4
 * @see {@link interpret360}
 * @see Hundepool et al. (2012) `hundepool-et-al-2012` on threshold rules and differencing;
 *   `ccl-benchmarks-360` and `glint-360-confidentiality` for the practice.
 */
export const anonymityPolicySchema = /* @__PURE__ */ z.strictObject({
  minGroupSize: /* @__PURE__ */ z.int().min(3).max(10).default(3),
  exemptGroups: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.enum(['self', 'manager']))
    .default(['self', 'manager'])
    .refine((groups) => groups.includes('self'), { message: "must include 'self' (the ratee's own rating is always shown to them)" })
    .refine((groups) => new Set(groups).size === groups.length, { message: 'lists a group twice' }),
  minOthersSize: /* @__PURE__ */ z.int().min(1).max(50).default(4),
  smallGroupStrategy: /* @__PURE__ */ z.enum(['omit', 'merge']).default('omit'),
});

/**
 * The policy {@link interpret360} applies when the caller gives none: every default of
 * {@link anonymityPolicySchema}, in one frozen object.
 *
 * @example
 * anonymityPolicyDefaults.minGroupSize //=> 3
 * anonymityPolicyDefaults.exemptGroups //=> ['self', 'manager']
 * @see {@link anonymityPolicySchema}
 */
export const anonymityPolicyDefaults: AnonymityPolicy = /* @__PURE__ */ Object.freeze({
  minGroupSize: 3,
  exemptGroups: /* @__PURE__ */ Object.freeze(['self', 'manager'] as const) as unknown as ('self' | 'manager')[],
  minOthersSize: 4,
  smallGroupStrategy: 'omit',
});

/**
 * The policy field of every 360 input: the caller's policy with defaults filled in, or
 * {@link anonymityPolicyDefaults} when the field is left out.
 *
 * @internal
 */
export const policyWithDefaults = /* @__PURE__ */ anonymityPolicySchema.default(() => ({
  ...anonymityPolicyDefaults,
  exemptGroups: [...anonymityPolicyDefaults.exemptGroups],
}));

/**
 * The anonymity policy a caller may pass to {@link interpret360}; every field optional, defaults
 * as {@link anonymityPolicySchema} states.
 * @see {@link anonymityPolicySchema}
 */
export type AnonymityPolicyInput = z.input<typeof anonymityPolicySchema>;

/**
 * The anonymity policy as applied, every default filled in; echoed in every report.
 *
 * @example
 * const applied: AnonymityPolicy = anonymityPolicySchema.parse({});
 * applied.exemptGroups //=> ['self', 'manager']
 * @see {@link anonymityPolicySchema}
 */
export type AnonymityPolicy = z.output<typeof anonymityPolicySchema>;
