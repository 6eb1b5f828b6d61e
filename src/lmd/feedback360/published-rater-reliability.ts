import { deepFreeze } from '../../core/deep-freeze.js';
import type { ReferenceId } from '../../core/references.js';

/**
 * A published single-rater reliability for one rater group: how far one rater's rating of a
 * person agrees with another rater's of the same group, averaged over studies.
 * @see {@link publishedRaterReliabilities}
 */
export interface PublishedRaterReliability {
  /** The rater group it applies to. */
  readonly group: 'manager' | 'peer' | 'direct-report';
  /** The mean interrater reliability of one rater of that group. */
  readonly singleRaterReliability: number;
  /** The meta-analysis it comes from. */
  readonly source: ReferenceId;
  /** Whether the value was checked against the publication itself. */
  readonly verified: boolean;
  /** What the value is and how it was obtained. */
  readonly note: string;
}

/**
 * Published single-rater reliabilities for the rater groups of a 360, from Conway & Huffcutt's
 * (1997) meta-analysis of multisource performance ratings: about .50 for a manager, .37 for a
 * peer and .30 for a direct report. Use them in {@link trueScoreEstimate} when the cohort is too
 * small to estimate its own (an ICC(1) from {@link cohortRaterReliability}). They are mean
 * values across studies of performance ratings, not of any one instrument; the values are as
 * widely cited and were not checked against the article's tables (`verified: false`).
 *
 * @example
 * publishedRaterReliabilities.peer.singleRaterReliability //=> 0.37
 * publishedRaterReliabilities['direct-report'].verified //=> false
 * @see {@link trueScoreEstimate}
 * @see Source: conway-huffcutt-1997 in {@link references}.
 */
export const publishedRaterReliabilities = /* @__PURE__ */ deepFreeze({
  manager: {
    group: 'manager',
    singleRaterReliability: 0.5,
    source: 'conway-huffcutt-1997',
    verified: false,
    note: 'Mean interrater reliability of supervisors’ ratings across studies, as widely cited.',
  },
  peer: {
    group: 'peer',
    singleRaterReliability: 0.37,
    source: 'conway-huffcutt-1997',
    verified: false,
    note: 'Mean interrater reliability of peers’ ratings across studies, as widely cited.',
  },
  'direct-report': {
    group: 'direct-report',
    singleRaterReliability: 0.3,
    source: 'conway-huffcutt-1997',
    verified: false,
    note: 'Mean interrater reliability of subordinates’ ratings across studies, as widely cited.',
  },
} as const satisfies Record<string, PublishedRaterReliability>);
