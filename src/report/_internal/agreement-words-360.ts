/**
 * How the HTML 360 report words a ratee's self-other agreement: each category, its meaning, and
 * the same for a band that does not hold a gap of zero (where "above the band" does not mean
 * "self higher than others"). Pure.
 *
 * @module
 */
import { BAND_TOLERANCE } from '../../core/_internal/band-tolerance.js';
import type { Feedback360Report, SelfOtherAgreementCategory, SelfOtherAgreementSixWayCategory } from '../../lmd/index.js';

/** Differences within this of a band edge count as on it, as the library judges them. */
export const tolerance = BAND_TOLERANCE;

/** Each agreement category in words, for a band that holds a gap of zero. */
export const categoryWords: Readonly<Record<SelfOtherAgreementCategory, string>> = {
  'over-estimator': 'over-estimator (self-ratings are well above how others rate)',
  'in-agreement-good': 'in agreement, rated well (self and others agree, and others rate well)',
  'in-agreement-poor': 'in agreement, rated low (self and others agree, at a low level)',
  'under-estimator': 'under-estimator (self-ratings are well below how others rate)',
};

/** What each category means for the ratee, for a band that holds a gap of zero. */
export const categoryMeanings: Readonly<Record<SelfOtherAgreementCategory, string>> = {
  'over-estimator':
    'Self-ratings sit above the ratings of others by more than the agreement band. Studies of 360-degree feedback link this pattern with less improvement after feedback and with defensive reactions, so it is where a coach helps most.',
  'in-agreement-good':
    'Self-ratings are within the agreement band of others\u2019 ratings, and others rate at or above the cut-off: an accurate self-view and a good reputation. The task is to keep these strengths in use.',
  'in-agreement-poor':
    'Self-ratings are within the agreement band of others\u2019 ratings, and others rate below the cut-off: the need others see is recognised, so development goals can follow directly.',
  'under-estimator':
    'Self-ratings sit below the ratings of others by more than the agreement band: others see more strength than the ratee does, and the feedback may build confidence.',
};

/**
 * The same categories for a band that does not hold a gap of zero (a norm- or cohort-referenced
 * band such as +0.40 to +1.20): there an over- or under-estimator is placed relative to the band,
 * and may rate themself above others and still be an under-estimator, so the words say "band",
 * never "above others" or "below others".
 */
export const categoryWordsOffZero: Readonly<Record<SelfOtherAgreementCategory, string>> = {
  'over-estimator': 'over-estimator (the gap between self and others is above the agreement band)',
  'in-agreement-good': 'in agreement, rated well (the gap is within the agreement band, and others rate well)',
  'in-agreement-poor': 'in agreement, rated low (the gap is within the agreement band, and others rate low)',
  'under-estimator': 'under-estimator (the gap between self and others is below the agreement band)',
};

/** What each category means, for a band that does not hold a gap of zero. */
export const categoryMeaningsOffZero: Readonly<Record<SelfOtherAgreementCategory, string>> = {
  'over-estimator':
    'The gap (self minus others) is above the agreement band: the ratee rates themself higher, compared with how others rate them, than the band allows. Studies of 360-degree feedback link over-estimation with less improvement after feedback, so it is where a coach helps most.',
  'in-agreement-good':
    'The gap (self minus others) is within the agreement band, and others rate at or above the cut-off. The task is to keep these strengths in use.',
  'in-agreement-poor':
    'The gap (self minus others) is within the agreement band, and others rate below the cut-off, so development goals can follow directly.',
  'under-estimator':
    'The gap (self minus others) is below the agreement band: the ratee rates themself lower, compared with how others rate them, than the band allows.',
};

/**
 * Whether a gap of zero (self equal to others) lies in the band, within the tolerance. Only then
 * does "above the band" mean "self higher than others" and "below the band" "self lower".
 */
export function bandHoldsZero(band: Feedback360Report['agreementBand']): boolean {
  return band.lower <= tolerance && band.upper >= -tolerance;
}

/** Each six-way category in words. */
export const sixWayWords: Readonly<Record<SelfOtherAgreementSixWayCategory, string>> = {
  'over-estimator-good': 'over-estimator, with others\u2019 ratings at or above the cut-off',
  'over-estimator-poor': 'over-estimator, with others\u2019 ratings below the cut-off',
  'in-agreement-good': 'in agreement, with others\u2019 ratings at or above the cut-off',
  'in-agreement-poor': 'in agreement, with others\u2019 ratings below the cut-off',
  'under-estimator-good': 'under-estimator, with others\u2019 ratings at or above the cut-off',
  'under-estimator-poor': 'under-estimator, with others\u2019 ratings below the cut-off',
};
