import type { ReferenceId } from '../../../core/references.js';

/**
 * Conway & Huffcutt's (1997) mean single-rater reliabilities of multisource ratings, as widely
 * cited (manager .50, peer .37, direct report .30); not checked against the article's tables, so
 * `verified: false`. The same values as the reliability module's published table; kept private
 * here so that the two can be reconciled into one export.
 *
 * @internal
 */
export const publishedSingleRaterReliability: Readonly<Record<'manager' | 'peer' | 'direct-report', { readonly value: number; readonly source: ReferenceId; readonly verified: false }>> =
  /* @__PURE__ */ Object.freeze({
    manager: /* @__PURE__ */ Object.freeze({ value: 0.5, source: 'conway-huffcutt-1997', verified: false }),
    peer: /* @__PURE__ */ Object.freeze({ value: 0.37, source: 'conway-huffcutt-1997', verified: false }),
    'direct-report': /* @__PURE__ */ Object.freeze({ value: 0.3, source: 'conway-huffcutt-1997', verified: false }),
  });
