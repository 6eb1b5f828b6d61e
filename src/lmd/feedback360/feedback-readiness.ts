import * as z from 'zod';
import { deepFreeze } from '../../core/deep-freeze.js';
import type { PersonFinding } from '../../core/finding.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';
import { sortFindingsBySeverity } from '../../core/finding.js';
import { parseInput } from '../../core/parse-input.js';
import type { ReferenceId } from '../../core/references.js';
import { selfOtherAgreementCategories } from './self-other-agreement.js';

/**
 * The conditions under which 360-degree feedback is followed by improvement, after Smither,
 * London & Reilly's (2005) model and meta-analysis, in the order {@link assessFeedbackReadiness}
 * reports them. Each is favourable when `true` (for `reaction`, when `'positive'`; for
 * `feedbackOrientation`, when `'high'`).
 *
 * @example
 * feedbackReadinessModerators.length //=> 9
 * feedbackReadinessModerators[0] //=> 'feedbackIndicatesChange'
 * @see Smither, London & Reilly (2005) `smither-london-reilly-2005`; London & Smither (2002)
 *   `london-smither-2002` for feedback orientation.
 */
export const feedbackReadinessModerators = /* @__PURE__ */ Object.freeze([
  'feedbackIndicatesChange',
  'feedbackOrientation',
  'perceivedNeedToChange',
  'reaction',
  'changeFeasible',
  'goalsSet',
  'actionTaken',
  'coaching',
  'embeddedInDevelopmentProcess',
] as const);

/**
 * Each readiness condition in plain words, for every report that names one (one record, used by
 * the HTML and Markdown renderers).
 *
 * @example
 * feedbackReadinessModeratorLabels.goalsSet //=> 'development goals set'
 * @see {@link feedbackReadinessModerators}
 */
export const feedbackReadinessModeratorLabels = /* @__PURE__ */ Object.freeze({
  feedbackIndicatesChange: 'the feedback shows a need to change',
  feedbackOrientation: 'openness to feedback',
  perceivedNeedToChange: 'the need to change is accepted',
  reaction: 'a positive first reaction',
  changeFeasible: 'change is believed possible',
  goalsSet: 'development goals set',
  actionTaken: 'development activity under way',
  coaching: 'coaching support',
  embeddedInDevelopmentProcess: 'part of a development process',
} as const satisfies Record<(typeof feedbackReadinessModerators)[number], string>);

/**
 * One of {@link feedbackReadinessModerators}.
 * @see {@link feedbackReadinessModerators}
 */
export type FeedbackReadinessModerator = (typeof feedbackReadinessModerators)[number];

/**
 * The zod schema for what is known about a feedback recipient and their programme. Every field is
 * optional: leave out what is not known, and it is reported as unknown rather than guessed.
 *
 * - `feedbackIndicatesChange`: the feedback shows change is needed (others' ratings are not
 *   already favourable).
 * - `feedbackOrientation`: `'high' | 'moderate' | 'low'` receptiveness to feedback.
 * - `perceivedNeedToChange`: the recipient accepts that they need to change.
 * - `reaction`: `'positive' | 'mixed' | 'negative'` initial reaction.
 * - `changeFeasible`: the recipient believes change is possible for them.
 * - `goalsSet`: specific development goals were set.
 * - `actionTaken`: development activity followed.
 * - `coaching`: a coach or skilled facilitator supports the recipient.
 * - `embeddedInDevelopmentProcess`: the feedback is part of a development process, not a
 *   standalone event.
 * - `agreementCategory`: the recipient's self-other agreement category, if known.
 *
 * @example
 * feedbackReadinessInputSchema.parse({ coaching: true }).coaching //=> true
 * @see {@link assessFeedbackReadiness}
 */
export const feedbackReadinessInputSchema = /* @__PURE__ */ z.strictObject({
  feedbackIndicatesChange: /* @__PURE__ */ z.boolean().optional(),
  feedbackOrientation: /* @__PURE__ */ z.enum(['high', 'moderate', 'low']).optional(),
  perceivedNeedToChange: /* @__PURE__ */ z.boolean().optional(),
  reaction: /* @__PURE__ */ z.enum(['positive', 'mixed', 'negative']).optional(),
  changeFeasible: /* @__PURE__ */ z.boolean().optional(),
  goalsSet: /* @__PURE__ */ z.boolean().optional(),
  actionTaken: /* @__PURE__ */ z.boolean().optional(),
  coaching: /* @__PURE__ */ z.boolean().optional(),
  embeddedInDevelopmentProcess: /* @__PURE__ */ z.boolean().optional(),
  agreementCategory: /* @__PURE__ */ z.enum(selfOtherAgreementCategories).optional(),
});

/**
 * What a caller knows about a feedback recipient (see {@link feedbackReadinessInputSchema}).
 * @see {@link assessFeedbackReadiness}
 */
export type FeedbackReadinessInput = z.input<typeof feedbackReadinessInputSchema>;

/**
 * What each finding {@link assessFeedbackReadiness} can return means: code → severity and
 * meaning, defined once. The rules take each finding's severity from here, and
 * {@link feedbackReadinessFindingCodes} lists the codes.
 *
 * @example
 * feedbackReadinessFindings.FB360_STANDALONE_WITHOUT_COACHING.severity //=> 'risk'
 * @see {@link assessFeedbackReadiness}
 */
export const feedbackReadinessFindings = /* @__PURE__ */ deepFreeze({
  FB360_STANDALONE_WITHOUT_COACHING: { severity: 'risk', audience: 'coach', meaning: 'Neither coaching nor a development process supports the feedback; such feedback can demoralise, and about a third of feedback interventions lower performance (Kluger & DeNisi 1996).' },
  FB360_OVER_ESTIMATOR_UNSUPPORTED: { severity: 'risk', audience: 'coach', meaning: 'An over-estimator has no coaching, though over-estimators are the group least likely to improve (Atwater & Waldman 1998).' },
  FB360_NO_COACHING: { severity: 'warning', audience: 'coach', meaning: 'There is no coaching support, though the feedback is part of a development process.' },
  FB360_NOT_EMBEDDED: { severity: 'warning', audience: 'coach', meaning: 'The feedback is coached but a one-off, not part of a development process.' },
  FB360_NO_GOALS: { severity: 'advice', audience: 'coach', meaning: 'No specific goals were set.' },
  FB360_NEGATIVE_REACTION: { severity: 'advice', audience: 'coach', meaning: 'The recipient reacted negatively, which makes improvement less likely.' },
  FB360_LOW_FEEDBACK_ORIENTATION: { severity: 'advice', audience: 'coach', meaning: 'The recipient is not very receptive to feedback.' },
  FB360_NO_NEED_PERCEIVED: { severity: 'advice', audience: 'coach', meaning: 'The feedback shows a need the recipient does not accept.' },
  FB360_CHANGE_NOT_BELIEVED_FEASIBLE: { severity: 'advice', audience: 'coach', meaning: 'The recipient doubts change is possible.' },
  FB360_READINESS_UNKNOWN: { severity: 'info', audience: 'coach', meaning: 'Fewer than three conditions are known, so no readiness band is given.' },
  FB360_EXPECT_SMALL_CHANGE: { severity: 'info', audience: 'coach', meaning: 'Always given: the average change after 360 feedback is small.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link assessFeedbackReadiness} can return, in the order of
 * {@link feedbackReadinessFindings}, which says what each means.
 *
 * @example
 * feedbackReadinessFindingCodes.includes('FB360_STANDALONE_WITHOUT_COACHING') //=> true
 * @see {@link assessFeedbackReadiness}
 */
export const feedbackReadinessFindingCodes = /* @__PURE__ */ findingCodesOf(feedbackReadinessFindings);

/**
 * A finding of {@link assessFeedbackReadiness}.
 *
 * @example
 * const finding: FeedbackReadinessFinding | undefined = assessFeedbackReadiness({ coaching: false }).findings[0];
 * finding?.severity //=> 'warning'
 * @see {@link feedbackReadinessFindingCodes}
 */
export type FeedbackReadinessFinding = PersonFinding<(typeof feedbackReadinessFindingCodes)[number]>;

/**
 * The likelihood bands of {@link assessFeedbackReadiness}, from least to most likely to be
 * followed by improvement; `unknown` when too little is known to say.
 *
 * @example
 * feedbackReadinessBands //=> ['unknown', 'low', 'moderate', 'high']
 * @see {@link assessFeedbackReadiness}
 */
export const feedbackReadinessBands = /* @__PURE__ */ Object.freeze(['unknown', 'low', 'moderate', 'high'] as const);

/**
 * One of {@link feedbackReadinessBands}.
 * @see {@link feedbackReadinessBands}
 */
export type FeedbackReadinessBand = (typeof feedbackReadinessBands)[number];

/**
 * The result of {@link assessFeedbackReadiness}.
 *
 * @example
 * const result: FeedbackReadiness = assessFeedbackReadiness({});
 * result.band //=> 'unknown'
 * @see {@link assessFeedbackReadiness}
 */
export interface FeedbackReadiness {
  /** How likely improvement is: `low`, `moderate`, `high`, or `unknown` (fewer than three conditions known). */
  readonly band: FeedbackReadinessBand;
  /** The conditions known to be favourable, in {@link feedbackReadinessModerators} order. */
  readonly favourable: readonly FeedbackReadinessModerator[];
  /** The conditions known to be unfavourable (a `mixed` reaction or `moderate` orientation counts as neither). */
  readonly unfavourable: readonly FeedbackReadinessModerator[];
  /** The conditions not supplied. */
  readonly unknown: readonly FeedbackReadinessModerator[];
  /** Favourable ÷ known conditions (0–1), or `null` when none is known. */
  readonly favourableShare: number | null;
  /** The rule that set the band, echoed. */
  readonly rule: FeedbackReadinessRule;
  /** Findings, most severe first. */
  readonly findings: readonly FeedbackReadinessFinding[];
}

/**
 * The band rule of {@link assessFeedbackReadiness}, echoed in its result. It is lmdkit's own
 * reading of Smither et al.'s moderators, stated so it can be argued with: `unknown` below
 * `minimumKnown` known conditions; `low` when the feedback is a standalone event without coaching
 * or fewer than `lowBelow` of the known conditions are favourable; `high` when at least
 * `highFrom` are favourable and the recipient is both coached and inside a development process;
 * `moderate` otherwise.
 *
 * @example
 * assessFeedbackReadiness({}).rule //=> { minimumKnown: 3, lowBelow: 0.5, highFrom: 0.75 }
 * @see {@link assessFeedbackReadiness}
 */
export interface FeedbackReadinessRule {
  /** Conditions that must be known before a band is given (3). */
  readonly minimumKnown: number;
  /** Favourable share below which the band is `low` (0.5). */
  readonly lowBelow: number;
  /** Favourable share from which the band can be `high` (0.75). */
  readonly highFrom: number;
}

const rule: FeedbackReadinessRule = { minimumKnown: 3, lowBelow: 0.5, highFrom: 0.75 };

const smither: readonly ReferenceId[] = ['smither-london-reilly-2005'];

function state(input: z.output<typeof feedbackReadinessInputSchema>, moderator: FeedbackReadinessModerator): boolean | null {
  const value = input[moderator];
  if (value === undefined) return null;
  if (moderator === 'reaction') return value === 'positive' ? true : value === 'negative' ? false : null;
  if (moderator === 'feedbackOrientation') return value === 'high' ? true : value === 'low' ? false : null;
  return value === true;
}

/**
 * Judges how likely 360-degree feedback is to be followed by improvement for one recipient, from
 * the moderators of Smither, London & Reilly (2005): whether the feedback shows change is needed,
 * feedback orientation, perceived need to change, reaction, belief that change is feasible, goal
 * setting, action taken, coaching support, and whether the feedback sits inside a development
 * process. The band rule is stated in {@link FeedbackReadinessRule} and echoed.
 *
 * Expect small change even in the best band: Smither et al. found improvement after multisource
 * feedback small on average, and Kluger & DeNisi (1996) found a third of feedback interventions
 * made performance worse. A standalone event without coaching is a `risk`; so is an
 * over-estimator without coaching (Atwater & Waldman 1998).
 *
 * @param input - what is known ({@link feedbackReadinessInputSchema}); unknown conditions are left out
 * @returns the band, the conditions by state, and findings with sources
 * @throws LmdInputError when the input does not match the schema
 * @example
 * const standalone = assessFeedbackReadiness({
 *   coaching: false,
 *   embeddedInDevelopmentProcess: false,
 *   goalsSet: false,
 *   agreementCategory: 'over-estimator',
 * });
 * standalone.band //=> 'low'
 * standalone.findings.map((finding) => finding.code).slice(0, 2)
 * //=> ['FB360_STANDALONE_WITHOUT_COACHING', 'FB360_OVER_ESTIMATOR_UNSUPPORTED']
 *
 * assessFeedbackReadiness({
 *   feedbackIndicatesChange: true, perceivedNeedToChange: true, goalsSet: true,
 *   coaching: true, embeddedInDevelopmentProcess: true,
 * }).band //=> 'high'
 * @see Smither, London & Reilly (2005) `smither-london-reilly-2005`; Atwater & Waldman (1998)
 *   `atwater-waldman-1998`; Kluger & DeNisi (1996) `kluger-denisi-1996`; London & Smither (2002)
 *   `london-smither-2002`.
 */
export function assessFeedbackReadiness(input: FeedbackReadinessInput): FeedbackReadiness {
  const parsed = parseInput(feedbackReadinessInputSchema, input, 'readiness');
  const favourable: FeedbackReadinessModerator[] = [];
  const unfavourable: FeedbackReadinessModerator[] = [];
  const unknown: FeedbackReadinessModerator[] = [];
  for (const moderator of feedbackReadinessModerators) {
    const value = state(parsed, moderator);
    if (parsed[moderator] === undefined) unknown.push(moderator);
    else if (value === true) favourable.push(moderator);
    else if (value === false) unfavourable.push(moderator);
  }
  const known = feedbackReadinessModerators.length - unknown.length;
  const favourableShare = known === 0 ? null : favourable.length / known;
  const standalone = parsed.coaching === false && parsed.embeddedInDevelopmentProcess === false;

  const findings: FeedbackReadinessFinding[] = [];
  // Each finding's severity is its code's, from feedbackReadinessFindings.
  const add = (code: FeedbackReadinessFinding['code'], message: string, basis: readonly ReferenceId[]): void => {
    findings.push({ code, severity: feedbackReadinessFindings[code].severity, audience: feedbackReadinessFindings[code].audience, message, basis });
  };
  if (standalone) {
    add(
      'FB360_STANDALONE_WITHOUT_COACHING',
      'The feedback is a standalone event without coaching, where it is least likely to help and can demoralise; embed it in a coached development process.',
      ['smither-london-reilly-2005', 'kluger-denisi-1996'],
    );
  }
  if (parsed.agreementCategory === 'over-estimator' && parsed.coaching === false) {
    add(
      'FB360_OVER_ESTIMATOR_UNSUPPORTED',
      'An over-estimator without coaching is the recipient least likely to improve and most likely to react defensively; arrange coaching before the report is shared.',
      ['atwater-waldman-1998', 'smither-london-reilly-2005'],
    );
  }
  if (parsed.coaching === false && !standalone) {
    add('FB360_NO_COACHING', 'No coaching supports the recipient, and improvement after feedback was concentrated among those who had it.', smither);
  }
  if (parsed.embeddedInDevelopmentProcess === false && !standalone) {
    add('FB360_NOT_EMBEDDED', 'The feedback is not part of a development process, so goals and follow-up are unlikely to be sustained.', smither);
  }
  if (parsed.goalsSet === false) {
    add('FB360_NO_GOALS', 'No specific development goals were set; recipients who set goals improved more.', smither);
  }
  if (parsed.reaction === 'negative') {
    add('FB360_NEGATIVE_REACTION', 'The recipient reacted negatively; talk the report through before expecting change.', smither);
  }
  if (parsed.feedbackOrientation === 'low') {
    add('FB360_LOW_FEEDBACK_ORIENTATION', 'The recipient is not receptive to feedback in general; a coach can help them make use of it.', ['london-smither-2002', 'smither-london-reilly-2005']);
  }
  if (parsed.feedbackIndicatesChange === true && parsed.perceivedNeedToChange === false) {
    add('FB360_NO_NEED_PERCEIVED', 'The feedback shows a need to change that the recipient does not accept, which makes improvement less likely.', smither);
  }
  if (parsed.changeFeasible === false) {
    add('FB360_CHANGE_NOT_BELIEVED_FEASIBLE', 'The recipient doubts that change is possible for them; improvement was more likely among those who believed it was.', smither);
  }
  if (known < rule.minimumKnown) {
    add('FB360_READINESS_UNKNOWN', `Only ${known} of the ${feedbackReadinessModerators.length} conditions are known, too few to judge how likely improvement is.`, smither);
  }
  add(
    'FB360_EXPECT_SMALL_CHANGE',
    'Expect small change: improvement in ratings after multisource feedback is small on average, and some recipients get worse.',
    ['smither-london-reilly-2005', 'kluger-denisi-1996'],
  );

  let band: FeedbackReadinessBand;
  if (known < rule.minimumKnown && !standalone) band = 'unknown';
  else if (standalone || (favourableShare ?? 0) < rule.lowBelow) band = 'low';
  else if ((favourableShare ?? 0) >= rule.highFrom && parsed.coaching === true && parsed.embeddedInDevelopmentProcess === true) band = 'high';
  else band = 'moderate';

  return { band, favourable, unfavourable, unknown, favourableShare, rule: { ...rule }, findings: sortFindingsBySeverity(findings) };
}
