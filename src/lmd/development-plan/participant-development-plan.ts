import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import type { DevelopmentPlan } from './plan-development.js';

/**
 * A development plan as the person rated may read it: everything in {@link DevelopmentPlan} but
 * the checks, which are for the coach.
 * @see {@link participantDevelopmentPlan}
 */
export type ParticipantDevelopmentPlan = Omit<DevelopmentPlan, 'findings'> & {
  /** Always `participant`. */
  readonly audience: 'participant';
};

/**
 * The participant's version of a development plan: the grid, priorities, interventions, goals
 * and re-measurement, without the checks on the plan, every one of which is for the coach
 * ({@link developmentPlanFindings}). A copy: the plan is not changed.
 *
 * @param plan - a plan from {@link planDevelopment}
 * @returns the plan without its findings, marked for the participant
 * @throws LmdInputError when `plan` is not a plan object
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: ['p1', 'p2', 'p3', 'p4'].map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'i', score: 3 })),
 * });
 * const plan = planDevelopment(report, { othersCutOff: 4 });
 * plan.findings.length > 0 //=> true
 * const mine = participantDevelopmentPlan(plan);
 * 'findings' in mine //=> false
 * mine.priorities[0]?.competencyId //=> 'c'
 * participantDevelopmentPlan(null as never) //=> throws LmdInputError
 * @see {@link participantView360}, the same split for the report
 * @see Smither, London & Reilly (2005) `smither-london-reilly-2005`
 */
export function participantDevelopmentPlan(plan: DevelopmentPlan): ParticipantDevelopmentPlan {
  if (plan === null || typeof plan !== 'object' || !Array.isArray((plan as { priorities?: unknown }).priorities)) {
    throw new LmdInputError([{ keys: ['plan'], message: `expected a development plan from planDevelopment (received ${describeValue(plan)})` }]);
  }
  // A plan is plain JSON, so a JSON round trip is a deep copy.
  const { findings: _coachOnly, ...rest } = JSON.parse(JSON.stringify(plan)) as DevelopmentPlan;
  return { audience: 'participant', ...rest };
}
