import * as z from 'zod';
import type { Finding } from '../core/finding.js';
import { parseInput } from '../core/parse-input.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../core/finding-catalogue.js';

/**
 * What the set adviser does: `facilitates-questioning` (as action learning intends),
 * `provides-expertise` (teaches or answers), or `none` (a self-managed set).
 *
 * @example
 * setAdviserRoles //=> ['facilitates-questioning', 'provides-expertise', 'none']
 * @see {@link checkActionLearningDesign}
 */
export const setAdviserRoles = /* @__PURE__ */ Object.freeze(['facilitates-questioning', 'provides-expertise', 'none'] as const);

/**
 * The zod schema for an action learning design, the input of {@link checkActionLearningDesign}.
 *
 * @example
 * actionLearningDesignSchema.safeParse({
 *   setSize: 6, meetings: 8, spanDays: 210, realProblemsOwned: true,
 *   adviserRole: 'facilitates-questioning', organisationalSupport: true,
 * }).success //=> true
 * @see {@link checkActionLearningDesign}
 */
export const actionLearningDesignSchema = /* @__PURE__ */ z.strictObject({
  setSize: /* @__PURE__ */ z.int().min(1).max(1000),
  meetings: /* @__PURE__ */ z.int().min(1).max(10000),
  spanDays: /* @__PURE__ */ z.number().positive().max(36600),
  realProblemsOwned: /* @__PURE__ */ z.boolean(),
  adviserRole: /* @__PURE__ */ z.enum(setAdviserRoles, {
    error: 'expected one of facilitates-questioning, provides-expertise, none',
  }),
  organisationalSupport: /* @__PURE__ */ z.boolean(),
});

/**
 * An action learning design:
 *
 * - `setSize` — members in the set (a whole number from 1);
 * - `meetings` — how many times the set meets (a whole number from 1);
 * - `spanDays` — calendar days from the first meeting to the last, counting both, so a single-day
 *   event is `1` and anything shorter (a half-day) is below 1; a programme's total duration when
 *   there are no separate meetings;
 * - `realProblemsOwned` — whether each member brings a real organisational problem they own;
 * - `adviserRole` — one of {@link setAdviserRoles};
 * - `organisationalSupport` — whether the organisation gives time and backing for members to act
 *   on what they learn.
 * @see {@link checkActionLearningDesign}
 */
export type ActionLearningDesign = z.input<typeof actionLearningDesignSchema>;

/**
 * The zod schema for the options of {@link checkActionLearningDesign}.
 *
 * @example
 * actionLearningOptionsSchema.parse({}) //=> { minimumSpanDays: 60, minimumMeetings: 3 }
 * @see {@link ActionLearningOptions}
 */
export const actionLearningOptionsSchema = /* @__PURE__ */ z.strictObject({
  minimumSpanDays: /* @__PURE__ */ z.number().gt(1).max(36600).default(60),
  minimumMeetings: /* @__PURE__ */ z.int().min(1).max(10000).default(3),
});

/**
 * Options of {@link checkActionLearningDesign}:
 *
 * - `minimumSpanDays` (default `60`, about two months): a span above one day but below this is
 *   "weeks rather than months". The seed asks for months, not days; lmdkit reads "months" as at
 *   least two, so 60 days (inclusive) is the first span that passes.
 * - `minimumMeetings` (default `3`): fewer meetings than this are not "meeting regularly".
 * @see {@link checkActionLearningDesign}
 */
export type ActionLearningOptions = z.input<typeof actionLearningOptionsSchema>;

/**
 * What each finding {@link checkActionLearningDesign} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link actionLearningFindingCodes} lists the codes.
 *
 * @example
 * actionLearningFindings.ACTION_LEARNING_ONE_DAY_OR_LESS.severity //=> 'risk'
 * @see {@link checkActionLearningDesign}
 */
export const actionLearningFindings = /* @__PURE__ */ deepFreeze({
  ACTION_LEARNING_ONE_DAY_OR_LESS: { severity: 'risk', meaning: 'The programme spans one day or less, which is a misapplication and not action learning.' },
  ACTION_LEARNING_SPAN_WEEKS_NOT_MONTHS: { severity: 'warning', meaning: 'The span is above one day but below the minimum span.' },
  ACTION_LEARNING_FEW_MEETINGS: { severity: 'warning', meaning: 'The set meets fewer times than the minimum.' },
  ACTION_LEARNING_SET_SIZE_OUTSIDE_TYPICAL: { severity: 'advice', meaning: 'A set of four is outside the typical five to seven, though inside the broader four to seven associated with Revans.' },
  ACTION_LEARNING_SET_SIZE_OUTSIDE_RANGE: { severity: 'warning', meaning: 'The set has fewer than four or more than seven members.' },
  ACTION_LEARNING_PROBLEMS_NOT_REAL_OR_OWNED: { severity: 'risk', meaning: 'Members do not each bring a real problem they own.' },
  ACTION_LEARNING_ADVISER_AS_EXPERT: { severity: 'warning', meaning: 'The set adviser provides expertise rather than helping the set learn.' },
  ACTION_LEARNING_NO_ADVISER: { severity: 'advice', meaning: 'The set is self-managed, with no adviser.' },
  ACTION_LEARNING_NO_ORGANISATIONAL_SUPPORT: { severity: 'warning', meaning: 'The organisation gives the set no support.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link checkActionLearningDesign} can return, in the order of {@link actionLearningFindings},
 * which says what each means.
 *
 * @example
 * actionLearningFindingCodes.length //=> 9
 * @see {@link checkActionLearningDesign}
 */
export const actionLearningFindingCodes = /* @__PURE__ */ findingCodesOf(actionLearningFindings);

/**
 * A finding of {@link checkActionLearningDesign}.
 * @see {@link actionLearningFindingCodes}
 */
export type ActionLearningFinding = Finding<(typeof actionLearningFindingCodes)[number]>;

/**
 * The rule {@link checkActionLearningDesign} applied, echoed in its result. Set-size ranges are
 * inclusive; `maximumMisappliedDays` is the span at or below which a programme is not action
 * learning.
 *
 * @example
 * const rule: ActionLearningRule = checkActionLearningDesign({
 *   setSize: 6, meetings: 8, spanDays: 210, realProblemsOwned: true,
 *   adviserRole: 'facilitates-questioning', organisationalSupport: true,
 * }).rule;
 * rule.typicalSetSize //=> { minimum: 5, maximum: 7 }
 * @see {@link checkActionLearningDesign}
 */
export interface ActionLearningRule {
  /** The typical set size the seed gives (five to seven). */
  readonly typicalSetSize: { readonly minimum: number; readonly maximum: number };
  /**
   * The broader range associated with Revans (four to seven). Marked `verified: false`: the range
   * comes from secondary accounts and was not confirmed against Revans' own writing.
   */
  readonly broaderSetSize: {
    readonly minimum: number;
    readonly maximum: number;
    readonly verified: false;
    readonly note: string;
  };
  /** A span of this many days or fewer is not action learning (1). */
  readonly maximumMisappliedDays: number;
  /** Spans below this are weeks rather than months. */
  readonly minimumSpanDays: number;
  /** Fewer meetings than this are not regular. */
  readonly minimumMeetings: number;
}

/**
 * The result of {@link checkActionLearningDesign}.
 *
 * @example
 * const result: ActionLearningCheck = checkActionLearningDesign({
 *   setSize: 6, meetings: 8, spanDays: 210, realProblemsOwned: true,
 *   adviserRole: 'facilitates-questioning', organisationalSupport: true,
 * });
 * result.isActionLearning //=> true
 * @see {@link checkActionLearningDesign}
 */
export interface ActionLearningCheck {
  /** `false` when the design is a misapplication that cannot be called action learning (one day or less). */
  readonly isActionLearning: boolean;
  /** Findings: timing first, then set size, problems, adviser and support. */
  readonly findings: readonly ActionLearningFinding[];
  /** The rule applied, defaults filled in. */
  readonly rule: ActionLearningRule;
}

const TYPICAL = { minimum: 5, maximum: 7 } as const;
const BROADER = {
  minimum: 4,
  maximum: 7,
  verified: false,
  note: 'Attributed to Revans in secondary accounts; not confirmed against Revans’ own writing.',
} as const;
const MISAPPLIED_DAYS = 1;

/**
 * Checks an action learning design against Revans' principles as the 7OS06 seed states them:
 * small sets of peers (typically five to seven) meeting regularly over months, not days, on real
 * problems each member owns, with a set adviser who facilitates questioning rather than providing
 * expertise, and organisational support.
 *
 * Boundaries: a `spanDays` of 1 or less (a one-day event, or shorter) is **not action learning**
 * (`risk`, `isActionLearning: false`); when it fires, the span and meeting-count findings are not
 * given. A span above 1 and below `minimumSpanDays` (default 60) is weeks rather than months.
 * Set sizes 5 to 7 inclusive are typical; 4 is outside the typical range but inside the broader 4
 * to 7; below 4 or above 7 is outside both. `isActionLearning` is `false` only for the one-day
 * misapplication the seed names; the other findings weaken a design without changing what it is.
 *
 * @param design - the design (not changed); see {@link ActionLearningDesign}
 * @param options - see {@link ActionLearningOptions}
 * @returns whether it is action learning, findings, and the rule applied
 * @throws LmdInputError when a field is missing, of the wrong type or out of range
 * @example
 * const oneDay = checkActionLearningDesign({
 *   setSize: 12, meetings: 1, spanDays: 1, realProblemsOwned: false,
 *   adviserRole: 'provides-expertise', organisationalSupport: false,
 * });
 * oneDay.isActionLearning //=> false
 * oneDay.findings[0]?.code //=> 'ACTION_LEARNING_ONE_DAY_OR_LESS'
 * oneDay.findings[0]?.severity //=> 'risk'
 * checkActionLearningDesign({ setSize: 0, meetings: 1, spanDays: 1, realProblemsOwned: true, adviserRole: 'none', organisationalSupport: true })
 * //=> throws LmdInputError
 * @see {@link learningEquation}
 * @see Revans (2011); Pedler, Burgoyne & Brook (2005)
 */
export function checkActionLearningDesign(
  design: ActionLearningDesign,
  options: ActionLearningOptions = {},
): ActionLearningCheck {
  const parsed = parseInput(actionLearningDesignSchema, design, 'design');
  const { minimumSpanDays, minimumMeetings } = parseInput(actionLearningOptionsSchema, options, 'options');
  const findings: ActionLearningFinding[] = [];

  const oneDayOrLess = parsed.spanDays <= MISAPPLIED_DAYS;
  if (oneDayOrLess) {
    findings.push({
      code: 'ACTION_LEARNING_ONE_DAY_OR_LESS',
      severity: actionLearningFindings.ACTION_LEARNING_ONE_DAY_OR_LESS.severity,
      message:
        'A programme of one day or less is not action learning: the method needs a set meeting regularly over months, and a single event cannot deliver what it claims.',
      basis: ['revans-2011', 'pedler-burgoyne-brook-2005'],
    });
  } else {
    if (parsed.spanDays < minimumSpanDays) {
      findings.push({
        code: 'ACTION_LEARNING_SPAN_WEEKS_NOT_MONTHS',
        severity: actionLearningFindings.ACTION_LEARNING_SPAN_WEEKS_NOT_MONTHS.severity,
        message: `The set meets over ${parsed.spanDays} days, weeks rather than the months action learning needs (at least ${minimumSpanDays} days here).`,
        basis: ['revans-2011', 'pedler-burgoyne-brook-2005'],
      });
    }
    if (parsed.meetings < minimumMeetings) {
      findings.push({
        code: 'ACTION_LEARNING_FEW_MEETINGS',
        severity: actionLearningFindings.ACTION_LEARNING_FEW_MEETINGS.severity,
        message: `The set meets ${parsed.meetings} time${parsed.meetings === 1 ? '' : 's'}, fewer than the ${minimumMeetings} needed for members to act between meetings and reflect on the results.`,
        basis: ['revans-2011'],
      });
    }
  }

  if (parsed.setSize >= BROADER.minimum && parsed.setSize < TYPICAL.minimum) {
    findings.push({
      code: 'ACTION_LEARNING_SET_SIZE_OUTSIDE_TYPICAL',
      severity: actionLearningFindings.ACTION_LEARNING_SET_SIZE_OUTSIDE_TYPICAL.severity,
      message: `A set of ${parsed.setSize} is below the typical five to seven members, though within the broader four to seven associated with Revans.`,
      basis: ['revans-2011'],
    });
  } else if (parsed.setSize < BROADER.minimum || parsed.setSize > BROADER.maximum) {
    findings.push({
      code: 'ACTION_LEARNING_SET_SIZE_OUTSIDE_RANGE',
      severity: actionLearningFindings.ACTION_LEARNING_SET_SIZE_OUTSIDE_RANGE.severity,
      message: `A set of ${parsed.setSize} is outside four to seven members: too few for varied questioning, or too many for every member's problem to get time.`,
      basis: ['revans-2011'],
    });
  }

  if (!parsed.realProblemsOwned) {
    findings.push({
      code: 'ACTION_LEARNING_PROBLEMS_NOT_REAL_OR_OWNED',
      severity: actionLearningFindings.ACTION_LEARNING_PROBLEMS_NOT_REAL_OR_OWNED.severity,
      message:
        'Members do not each bring a real organisational problem they own, so there is nothing for them to act on and questioning insight has nothing real to grow from.',
      basis: ['revans-2011'],
    });
  }
  if (parsed.adviserRole === 'provides-expertise') {
    findings.push({
      code: 'ACTION_LEARNING_ADVISER_AS_EXPERT',
      severity: actionLearningFindings.ACTION_LEARNING_ADVISER_AS_EXPERT.severity,
      message:
        'The set adviser provides expertise, which turns the set back into instruction; the adviser’s role is to improve the quality of questioning and reflection.',
      basis: ['revans-2011', 'pedler-burgoyne-brook-2005'],
    });
  } else if (parsed.adviserRole === 'none') {
    findings.push({
      code: 'ACTION_LEARNING_NO_ADVISER',
      severity: actionLearningFindings.ACTION_LEARNING_NO_ADVISER.severity,
      message:
        'The set has no adviser; self-managed sets can work, but outcomes vary with the quality of facilitation, so agree how the set will keep its questioning sharp.',
      basis: ['pedler-burgoyne-brook-2005'],
    });
  }
  if (!parsed.organisationalSupport) {
    findings.push({
      code: 'ACTION_LEARNING_NO_ORGANISATIONAL_SUPPORT',
      severity: actionLearningFindings.ACTION_LEARNING_NO_ORGANISATIONAL_SUPPORT.severity,
      message:
        'Without organisational support members lack the time and backing to act on their problems, and results vary most with this support.',
      basis: ['pedler-burgoyne-brook-2005'],
    });
  }

  return {
    isActionLearning: !oneDayOrLess,
    findings,
    rule: {
      typicalSetSize: { ...TYPICAL },
      broaderSetSize: { ...BROADER },
      maximumMisappliedDays: MISAPPLIED_DAYS,
      minimumSpanDays,
      minimumMeetings,
    },
  };
}
