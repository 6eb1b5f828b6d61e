/**
 * Checks that a comparison across cycles belongs with the report it is rendered beside: the same
 * competencies in the same order, and the audience the page is for.
 *
 * @module
 */
import { LmdInputError } from '../../core/index.js';

/**
 * Throws unless the comparison's competencies are the report's, in order, and a participant's
 * page is given a participant's comparison.
 *
 * @param comparison - the comparison from the render context
 * @param competencies - the report's (or view's) competencies
 * @param audience - who the page is for
 */
export function checkComparisonAgainstView(
  comparison: unknown,
  competencies: readonly { readonly competencyId: string }[],
  audience: 'participant' | 'coach',
): void {
  const value = comparison as { audience?: unknown; cycles?: unknown; competencies?: unknown } | null;
  if (value === null || typeof value !== 'object' || !Array.isArray(value.cycles) || !Array.isArray(value.competencies)) {
    throw new LmdInputError([{ keys: ['context', 'comparison'], message: 'expected a comparison across cycles, from compareCycles360' }]);
  }
  if (audience === 'participant' && value.audience !== 'participant') {
    throw new LmdInputError([{ keys: ['context', 'comparison'], message: "expected the participant's comparison, from participantCycleComparison360" }]);
  }
  const ids = (value.competencies as { competencyId?: unknown }[]).map((entry) => entry.competencyId).join('\u0000');
  if (ids !== competencies.map((entry) => entry.competencyId).join('\u0000')) {
    throw new LmdInputError([{ keys: ['context', 'comparison', 'competencies'], message: "must hold the report's competencies in its order" }]);
  }
}
