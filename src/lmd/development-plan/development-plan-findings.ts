import { deepFreeze } from '../../core/deep-freeze.js';
import type { PersonFinding } from '../../core/finding.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * What each finding of {@link planDevelopment} means: code → severity, audience and meaning,
 * defined once. Every one is for the coach: they are checks on the plan, drawn from the conditions
 * under which people improve after 360 feedback (Smither, London & Reilly 2005: goals set,
 * coaching, follow-up), not statements the participant needs to read about themselves.
 *
 * @example
 * developmentPlanFindings.DEVPLAN_NO_COACHING.severity //=> 'warning'
 * developmentPlanFindings.DEVPLAN_NO_COACHING.audience //=> 'coach'
 * @see {@link planDevelopment}
 * @see Smither, London & Reilly (2005) `smither-london-reilly-2005`; Locke & Latham (2002)
 *   `locke-latham-2002`.
 */
export const developmentPlanFindings = /* @__PURE__ */ deepFreeze({
  DEVPLAN_NO_PRIORITIES: {
    severity: 'info',
    audience: 'coach',
    meaning: 'No competency falls in a development quadrant, so the plan names no priority.',
  },
  DEVPLAN_GOALS_NOT_SET: {
    severity: 'warning',
    audience: 'coach',
    meaning: 'A priority has no specific goal written down yet.',
  },
  DEVPLAN_GOAL_NOT_TIME_BOUND: {
    severity: 'advice',
    audience: 'coach',
    meaning: 'A goal has no date by which it should be met.',
  },
  DEVPLAN_NO_COACHING: {
    severity: 'warning',
    audience: 'coach',
    meaning: 'No coaching is recorded as in place to help the participant act on the feedback.',
  },
  DEVPLAN_NO_FOLLOW_UP: {
    severity: 'warning',
    audience: 'coach',
    meaning: 'No follow-up review of the plan is scheduled.',
  },
  DEVPLAN_FOLLOW_UP_AFTER_REMEASUREMENT: {
    severity: 'advice',
    audience: 'coach',
    meaning: 'The follow-up review is not scheduled between the feedback and the re-rating.',
  },
  DEVPLAN_NO_INTERVENTION_FITS: {
    severity: 'warning',
    audience: 'coach',
    meaning: 'For a priority, no intervention in the catalogue fits the focus, evidence and resources given.',
  },
  DEVPLAN_INTERVENTIONS_NEED_RESOURCES: {
    severity: 'info',
    audience: 'coach',
    meaning: 'Some fitting interventions were left out because a resource they need is not available.',
  },
  DEVPLAN_TOO_FEW_RATERS_LAST_TIME: {
    severity: 'advice',
    audience: 'coach',
    meaning: 'A rater group shown last time had fewer raters than a reliable re-rating needs.',
  },
  DEVPLAN_CHANGE_IN_SD_ONLY: {
    severity: 'info',
    audience: 'coach',
    meaning: 'Without a reference spread the reliable change is given in standard deviations, not scale points.',
  },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings of {@link planDevelopment}, in the order of
 * {@link developmentPlanFindings}, which says what each means.
 *
 * @example
 * developmentPlanFindingCodes.includes('DEVPLAN_GOALS_NOT_SET') //=> true
 * @see {@link developmentPlanFindings}
 */
export const developmentPlanFindingCodes = /* @__PURE__ */ findingCodesOf(developmentPlanFindings);

/**
 * A finding of {@link planDevelopment}: one of {@link developmentPlanFindingCodes}, always for the
 * coach.
 * @see {@link developmentPlanFindings}
 */
export type DevelopmentPlanFinding = PersonFinding<(typeof developmentPlanFindingCodes)[number]>;
