import { describeValue } from './describe-value.js';
import { LmdInputError } from './input-error.js';
import type { ReferenceId } from './references.js';

/**
 * How much a finding matters, from least to most: `info` (context), `advice` (worth doing),
 * `warning` (a gap that weakens the conclusion), `risk` (likely to cause harm or a wrong decision).
 *
 * @example
 * findingSeverities.indexOf('risk') > findingSeverities.indexOf('advice') //=> true
 * @see {@link Finding}
 */
export const findingSeverities = /* @__PURE__ */ Object.freeze(['info', 'advice', 'warning', 'risk'] as const);

/**
 * One of {@link findingSeverities}.
 * @see {@link Finding}
 */
export type FindingSeverity = (typeof findingSeverities)[number];

/**
 * Who may read a finding about a person: `participant` (the person it is about, and anyone they
 * show their report to) or `coach` (the coach or facilitator who prepares and debriefs the report,
 * and the HR professionals running the process). A coach sees every finding; a participant sees
 * only the `participant` ones.
 *
 * @example
 * findingAudiences //=> ['participant', 'coach']
 * @see {@link PersonFinding}
 */
export const findingAudiences = /* @__PURE__ */ Object.freeze(['participant', 'coach'] as const);

/**
 * One of {@link findingAudiences}.
 * @see {@link PersonFinding}
 */
export type FindingAudience = (typeof findingAudiences)[number];

/**
 * A finding about a person, which says who may read it ({@link FindingAudience}).
 *
 * @typeParam Code - the literal union of codes a module can emit
 * @see {@link Finding}
 */
export interface PersonFinding<Code extends string = string> extends Finding<Code> {
  /** Who may read it: the person it is about, or only their coach. */
  readonly audience: FindingAudience;
}

/**
 * What a rule concluded, as data an app can store, translate and render.
 *
 * `code` is a stable SCREAMING_SNAKE machine code (never renamed once released) that apps map to
 * their own wording; `message` is one plain UK English sentence for people reading lmdkit's output
 * directly; `basis` lists the bibliography ids the rule rests on.
 *
 * @typeParam Code - the literal union of codes a module can emit
 * @see {@link findingSeverities}
 */
export interface Finding<Code extends string = string> {
  /** Stable machine code in SCREAMING_SNAKE case. */
  readonly code: Code;
  /** How much it matters. */
  readonly severity: FindingSeverity;
  /** One plain UK English sentence. */
  readonly message: string;
  /** The bibliography ids the rule rests on. */
  readonly basis: readonly ReferenceId[];
}

/**
 * Orders findings from most to least severe, keeping the original order among equals.
 *
 * @param findings - findings in any order (not changed)
 * @returns a new array, `risk` first and `info` last
 * @throws LmdInputError when `findings` is not an array or an entry has no known severity
 * @example
 * const sorted = sortFindingsBySeverity([
 *   { code: 'A', severity: 'info', message: 'Context.', basis: [] },
 *   { code: 'B', severity: 'risk', message: 'Danger.', basis: [] },
 * ]);
 * sorted.map((finding) => finding.code) //=> ['B', 'A']
 * @see {@link findingSeverities}
 */
export function sortFindingsBySeverity<F extends Finding>(findings: readonly F[]): F[] {
  if (!Array.isArray(findings)) {
    throw new LmdInputError([{ keys: ['findings'], message: `expected an array of findings (received ${describeValue(findings)})` }]);
  }
  (findings as readonly unknown[]).forEach((finding, index) => {
    const severity: unknown = finding !== null && typeof finding === 'object' ? (finding as { severity?: unknown }).severity : undefined;
    if (typeof severity !== 'string' || !findingSeverities.includes(severity as FindingSeverity)) {
      throw new LmdInputError([
        {
          keys: ['findings', index],
          message: `expected a finding whose severity is one of ${findingSeverities.map((known) => `"${known}"`).join(', ')} (received ${describeValue(finding)})`,
        },
      ]);
    }
  });
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        findingSeverities.indexOf(b.finding.severity) - findingSeverities.indexOf(a.finding.severity) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}
