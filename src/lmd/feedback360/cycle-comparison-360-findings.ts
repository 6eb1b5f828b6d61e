import { deepFreeze } from '../../core/deep-freeze.js';
import type { PersonFinding } from '../../core/finding.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * What each finding of {@link compareCycles360} means: code → severity, audience and meaning,
 * defined once. The participant's view of a comparison keeps only the findings whose audience is
 * `participant`.
 *
 * @example
 * cycleComparison360Findings.FB360_CYCLE_CHANGE_BEYOND_NOISE.audience //=> 'participant'
 * cycleComparison360Findings.FB360_CYCLE_CHANGE_NOT_JUDGED.audience //=> 'coach'
 * @see {@link compareCycles360}
 * @see Source: jacobson-truax-1991 in {@link references}.
 */
export const cycleComparison360Findings = /* @__PURE__ */ deepFreeze({
  FB360_CYCLE_CHANGE_BEYOND_NOISE: {
    severity: 'info',
    audience: 'participant',
    meaning: "On some competencies others' ratings changed by more than the measurement's noise.",
  },
  FB360_CYCLE_WITHIN_NOISE: {
    severity: 'info',
    audience: 'participant',
    meaning: "On every competency judged, others' ratings changed by no more than the measurement's noise.",
  },
  FB360_CYCLE_NOT_COMPARED: {
    severity: 'info',
    audience: 'participant',
    meaning: 'Some figures are not compared, because one of the two cycles does not show them.',
  },
  FB360_CYCLE_NO_EARLIER_REPORT: {
    severity: 'info',
    audience: 'participant',
    meaning: 'The previous cycle has no report about this person, so nothing is compared.',
  },
  FB360_CYCLE_CHANGE_NOT_JUDGED: {
    severity: 'advice',
    audience: 'coach',
    meaning: "Some changes could not be set against the measurement's noise: the earlier cycle has too few ratees, or no usable reliability.",
  },
  FB360_CYCLE_ITEMS_NOT_LINKED: {
    severity: 'advice',
    audience: 'coach',
    meaning: "Some items of the current instrument have no counterpart in the previous cycle's, so they are not compared.",
  },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings of {@link compareCycles360}, in the order of
 * {@link cycleComparison360Findings}.
 *
 * @example
 * cycleComparison360FindingCodes.includes('FB360_CYCLE_NOT_COMPARED') //=> true
 * @see {@link cycleComparison360Findings}
 */
export const cycleComparison360FindingCodes = /* @__PURE__ */ findingCodesOf(cycleComparison360Findings);

/**
 * A finding of {@link compareCycles360}: one of {@link cycleComparison360FindingCodes}.
 * @see {@link cycleComparison360Findings}
 */
export type CycleComparison360Finding = PersonFinding<(typeof cycleComparison360FindingCodes)[number]>;
