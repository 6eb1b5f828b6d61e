import type { EvaluationLevelReference } from '../models/evaluation-level-reference.js';

/**
 * The highest level of each levelled model that still measures only how people felt about the
 * learning or whether they attended: Kirkpatrick 1 (reaction), Phillips 1 (reaction and planned
 * action; 0 is inputs), LTEM 3 (attendance, activity, learner perceptions).
 *
 * Sources: kirkpatrick-kirkpatrick-2016, phillips-phillips-2016, thalheimer-2018.
 *
 * @internal
 */
export const highestReactionLevel = { kirkpatrick: 1, phillips: 1, ltem: 3 } as const;

/**
 * Whether a measure's level is reaction or below (attendance, activity, satisfaction), by
 * {@link highestReactionLevel}. Shared by the business-case and evaluation-plan checks; a test
 * holds it equal to "reaches no Kirkpatrick level above 1 under {@link mapLevel}, and is not
 * Phillips level 5 (ROI)".
 *
 * @internal
 */
export function isReactionLevel(level: EvaluationLevelReference): boolean {
  return level.level <= highestReactionLevel[level.model];
}
