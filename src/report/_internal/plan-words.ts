/**
 * The plain words the development plan renderers (Markdown and HTML) use for rater groups and
 * evidence grades. Pure data.
 *
 * @module
 */

/** How the plan names each rater group, singular and plural. */
export const raterGroupWords = {
  manager: ['manager', 'managers'],
  peer: ['peer', 'peers'],
  'direct-report': ['direct report', 'direct reports'],
  other: ['other colleague', 'other colleagues'],
} as const;

/** How the plan names each evidence grade, for a reader who is not a researcher. */
export const evidenceWords: Readonly<Record<string, string>> = {
  'meta-analysis': 'strong evidence (many studies pooled)',
  longitudinal: 'good evidence (people followed over time)',
  experimental: 'good evidence (controlled studies)',
  'cross-sectional': 'some evidence (surveys at one point in time)',
  'case-based': 'some evidence (case studies)',
  'practitioner-reported': 'practitioners’ experience',
  consultation: 'what practitioners said in a consultation',
  theoretical: 'theory, not yet tested',
};
