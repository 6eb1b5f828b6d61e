import * as z from 'zod';

/**
 * Who hosts a peer learning circle: a `volunteer` (a colleague who chose to coordinate it, not
 * necessarily from HR), someone `appointed` to do it, or `none`.
 *
 * @example
 * circleHosts //=> ['volunteer', 'appointed', 'none']
 * @see {@link peerLearningCircleDesignSchema}
 */
export const circleHosts = /* @__PURE__ */ Object.freeze(['volunteer', 'appointed', 'none'] as const);

/**
 * How a peer learning circle is facilitated: `rotating` among members, by one `fixed` person, or
 * `none` (an open discussion with nobody holding the process).
 *
 * @example
 * circleFacilitationStyles //=> ['rotating', 'fixed', 'none']
 * @see {@link peerLearningCircleDesignSchema}
 */
export const circleFacilitationStyles = /* @__PURE__ */ Object.freeze(['rotating', 'fixed', 'none'] as const);

/**
 * How a peer learning circle chooses what to discuss: planned themes that can give way to a more
 * pressing problem (`flexible`), or a programme of themes kept to whatever comes up (`fixed`).
 *
 * @example
 * circleThemeStyles //=> ['flexible', 'fixed']
 * @see {@link peerLearningCircleDesignSchema}
 */
export const circleThemeStyles = /* @__PURE__ */ Object.freeze(['flexible', 'fixed'] as const);

/**
 * How often a peer learning circle meets. `weekly`, `fortnightly` and `monthly` count as regular;
 * `quarterly` and `irregular` do not ({@link checkInitiativeDesign}).
 *
 * @example
 * circleMeetingFrequencies //=> ['weekly', 'fortnightly', 'monthly', 'quarterly', 'irregular']
 * @see {@link peerLearningCircleDesignSchema}
 */
export const circleMeetingFrequencies = /* @__PURE__ */ Object.freeze(['weekly', 'fortnightly', 'monthly', 'quarterly', 'irregular'] as const);

const optionalName = /* @__PURE__ */ z.string().trim().min(1, 'expected a non-empty name').optional();

/**
 * Schema for a concrete design of peer learning circles (template `'peer-learning-circles'`):
 *
 * - `name` (optional): what the organisation calls it;
 * - `protectedTime`: whether circles meet in paid working hours with cover arranged;
 * - `host`: one of {@link circleHosts}; `facilitation`: one of {@link circleFacilitationStyles};
 * - `psychologicalSafety`: whether the circle agrees ground rules (confidentiality, no
 *   point-scoring) that make it safe to admit not knowing;
 * - `themes`: one of {@link circleThemeStyles};
 * - `groupSize`: members in one circle (a whole number from 1);
 * - `frequency`: one of {@link circleMeetingFrequencies};
 * - `seniorBacking`: whether a senior leader visibly backs the circles without demanding quick results.
 *
 * @example
 * peerLearningCircleDesignSchema.safeParse({
 *   template: 'peer-learning-circles', protectedTime: true, host: 'volunteer', facilitation: 'rotating',
 *   psychologicalSafety: true, themes: 'flexible', groupSize: 8, frequency: 'monthly', seniorBacking: true,
 * }).success //=> true
 * @see {@link initiativeDesignSchema}
 */
export const peerLearningCircleDesignSchema = /* @__PURE__ */ z.strictObject({
  template: /* @__PURE__ */ z.literal('peer-learning-circles'),
  name: optionalName,
  protectedTime: /* @__PURE__ */ z.boolean(),
  host: /* @__PURE__ */ z.enum(circleHosts, { error: 'expected one of volunteer, appointed, none' }),
  facilitation: /* @__PURE__ */ z.enum(circleFacilitationStyles, { error: 'expected one of rotating, fixed, none' }),
  psychologicalSafety: /* @__PURE__ */ z.boolean(),
  themes: /* @__PURE__ */ z.enum(circleThemeStyles, { error: 'expected one of flexible, fixed' }),
  groupSize: /* @__PURE__ */ z.int().min(1).max(1000),
  frequency: /* @__PURE__ */ z.enum(circleMeetingFrequencies, {
    error: 'expected one of weekly, fortnightly, monthly, quarterly, irregular',
  }),
  seniorBacking: /* @__PURE__ */ z.boolean(),
});

/**
 * Schema for a concrete design of on-the-job coaching by middle and line managers (template
 * `'on-the-job-coaching'`):
 *
 * - `name` (optional): what the organisation calls it;
 * - `sessionMinutes`: the length of one development session for managers, in minutes (above 0,
 *   at most 2,400: a working week);
 * - `practiceBased`: whether sessions rehearse real scenarios rather than present theory;
 * - `peerObservation`: whether managers sit in on each other’s supervision meetings and swap;
 * - `workloadRelief`: whether something is taken off managers’ workload to make room for coaching;
 * - `framedAsHelpingManagers`: whether coaching is presented as making managers’ own work easier,
 *   not as one more duty;
 * - `seniorBacking`: whether senior leaders visibly value development conversations without
 *   demanding quick results.
 *
 * @example
 * onTheJobCoachingDesignSchema.safeParse({
 *   template: 'on-the-job-coaching', sessionMinutes: 90, practiceBased: true, peerObservation: true,
 *   workloadRelief: true, framedAsHelpingManagers: true, seniorBacking: true,
 * }).success //=> true
 * @see {@link initiativeDesignSchema}
 */
export const onTheJobCoachingDesignSchema = /* @__PURE__ */ z.strictObject({
  template: /* @__PURE__ */ z.literal('on-the-job-coaching'),
  name: optionalName,
  sessionMinutes: /* @__PURE__ */ z.number().positive().max(2400),
  practiceBased: /* @__PURE__ */ z.boolean(),
  peerObservation: /* @__PURE__ */ z.boolean(),
  workloadRelief: /* @__PURE__ */ z.boolean(),
  framedAsHelpingManagers: /* @__PURE__ */ z.boolean(),
  seniorBacking: /* @__PURE__ */ z.boolean(),
});

/**
 * Schema for a concrete initiative design, the input of {@link checkInitiativeDesign}: a
 * discriminated union on `template` ({@link peerLearningCircleDesignSchema} or
 * {@link onTheJobCoachingDesignSchema}). Unknown keys are rejected.
 *
 * @example
 * initiativeDesignSchema.safeParse({ template: 'away-day' }).success //=> false
 * @see {@link InitiativeDesign}
 */
export const initiativeDesignSchema = /* @__PURE__ */ z.discriminatedUnion('template', [
  peerLearningCircleDesignSchema,
  onTheJobCoachingDesignSchema,
]);

/**
 * A concrete design of peer learning circles; see {@link peerLearningCircleDesignSchema}.
 * @see {@link checkInitiativeDesign}
 */
export type PeerLearningCircleDesign = z.input<typeof peerLearningCircleDesignSchema>;

/**
 * A concrete design of on-the-job coaching by managers; see {@link onTheJobCoachingDesignSchema}.
 * @see {@link checkInitiativeDesign}
 */
export type OnTheJobCoachingDesign = z.input<typeof onTheJobCoachingDesignSchema>;

/**
 * A concrete initiative design, one of {@link PeerLearningCircleDesign} and
 * {@link OnTheJobCoachingDesign}, told apart by `template`.
 * @see {@link initiativeDesignSchema}
 */
export type InitiativeDesign = z.input<typeof initiativeDesignSchema>;

/**
 * Schema for the options of {@link checkInitiativeDesign}:
 *
 * - `minimumGroupSize` (default `3`) and `maximumGroupSize` (default `10`): a peer learning circle
 *   of this many members, inclusive, counts as small. The seed asks for small groups without a
 *   number; lmdkit reads a pair as too few to compare practice and more than ten as too many for
 *   everyone to speak in one meeting.
 * - `maximumSessionMinutes` (default `120`): a coaching session for managers longer than this is
 *   not short. The seed asks for short workshops; lmdkit reads two hours as the most a busy
 *   manager can give at one time without cover.
 *
 * The minimum group size may not exceed the maximum.
 *
 * @example
 * initiativeDesignOptionsSchema.parse({}) //=> { minimumGroupSize: 3, maximumGroupSize: 10, maximumSessionMinutes: 120 }
 * initiativeDesignOptionsSchema.safeParse({ minimumGroupSize: 12 }).success //=> false
 * @see {@link checkInitiativeDesign}
 */
export const initiativeDesignOptionsSchema = /* @__PURE__ */ z
  .strictObject({
    minimumGroupSize: /* @__PURE__ */ z.int().min(1).max(1000).default(3),
    maximumGroupSize: /* @__PURE__ */ z.int().min(1).max(1000).default(10),
    maximumSessionMinutes: /* @__PURE__ */ z.number().positive().max(2400).default(120),
  })
  .refine((options) => options.minimumGroupSize <= options.maximumGroupSize, {
    message: 'expected minimumGroupSize to be at most maximumGroupSize',
    path: ['minimumGroupSize'],
  });

/**
 * Options of {@link checkInitiativeDesign}; see {@link initiativeDesignOptionsSchema}.
 * @see {@link checkInitiativeDesign}
 */
export type InitiativeDesignOptions = z.input<typeof initiativeDesignOptionsSchema>;
