import { deepFreeze } from '../../core/deep-freeze.js';
import type { InterventionId } from '../interventions.js';

/**
 * What an organisation may or may not be able to provide for a development plan: a `coach` (a
 * trained coach, internal or external), a `mentor` (a more experienced colleague with time to
 * meet), a `sponsor` (a senior person who can give a brief, an assignment or a budget and back
 * it) and a `peer-group` (colleagues who will meet regularly to learn together).
 *
 * @example
 * developmentResources //=> ['coach', 'mentor', 'sponsor', 'peer-group']
 * @see {@link interventionPlanFit}
 */
export const developmentResources = /* @__PURE__ */ Object.freeze(['coach', 'mentor', 'sponsor', 'peer-group'] as const);

/**
 * One of {@link developmentResources}.
 * @see {@link developmentResources}
 */
export type DevelopmentResource = (typeof developmentResources)[number];

/**
 * How one intervention of the catalogue fits a personal development plan made after a 360.
 * @see {@link interventionPlanFit}
 */
export interface InterventionPlanFit {
  /** Whether a plan can choose it for one priority. */
  readonly inPlan: boolean;
  /** The resources it cannot work without, read from the catalogue entry's `conditions`. */
  readonly needs: readonly DevelopmentResource[];
  /** Why, in one sentence. */
  readonly why: string;
}

/**
 * For every intervention in {@link interventions}: whether a personal development plan made after
 * a 360 can choose it for one priority, and which {@link developmentResources} it needs. This is
 * lmdkit's reading of each catalogue entry's `conditions` (a coaching entry whose first condition
 * is a skilled coach needs a `coach`; a cross-functional project "with a sponsor" needs a
 * `sponsor`). The 360 itself, an assessment centre, the development plan and a culture change
 * programme are not chosen for a priority: the first two assess rather than develop, the plan is
 * what is being written, and culture change is organisation-wide.
 *
 * @example
 * interventionPlanFit.coaching.needs //=> ['coach']
 * interventionPlanFit['cross-functional-project'].needs //=> ['sponsor']
 * interventionPlanFit['360-degree-feedback'].inPlan //=> false
 * @see {@link planDevelopment}
 * @see Day (2000) `day-2000` for each intervention's focus; the catalogue's `sources` for its conditions.
 */
export const interventionPlanFit = /* @__PURE__ */ deepFreeze({
  coaching: { inPlan: true, needs: ['coach'], why: 'Its first condition is a skilled coach the person trusts.' },
  mentoring: { inPlan: true, needs: ['mentor'], why: 'It needs a matched, more experienced colleague with time to meet regularly.' },
  '360-degree-feedback': { inPlan: false, needs: [], why: 'It is the feedback the plan starts from; the re-rating repeats it.' },
  'assessment-centre': { inPlan: false, needs: [], why: 'It assesses many dimensions at once rather than developing one priority.' },
  'executive-education': {
    inPlan: true,
    needs: ['sponsor'],
    why: 'It costs a budget and time away, and transfers only when someone senior backs applying it at work.',
  },
  'personal-development-planning': { inPlan: false, needs: [], why: 'The development plan itself is the personal development plan.' },
  'job-assignment': { inPlan: true, needs: ['sponsor'], why: 'Someone with the authority to give a stretching role has to make it.' },
  networking: { inPlan: true, needs: [], why: 'A person can start it with time and a purpose; it needs no one else’s resources.' },
  'action-learning-set': {
    inPlan: true,
    needs: ['peer-group', 'sponsor'],
    why: 'It needs a set of peers with real problems and an organisation that backs them acting on what they learn.',
  },
  'team-coaching': { inPlan: true, needs: ['coach'], why: 'A coach works with the participant’s whole team.' },
  'cross-functional-project': { inPlan: true, needs: ['sponsor'], why: 'It needs a real brief that matters to the organisation, with a sponsor.' },
  'community-of-practice': { inPlan: true, needs: ['peer-group'], why: 'It needs people who share the practice and meet regularly.' },
  'culture-change-programme': { inPlan: false, needs: [], why: 'It is an organisation-wide programme, not something one person’s plan can choose.' },
  'peer-learning-circle': { inPlan: true, needs: ['peer-group'], why: 'It needs a small group of colleagues with protected time to meet.' },
  'line-manager-coaching': { inPlan: true, needs: [], why: 'The participant practises coaching their own staff in everyday check-ins.' },
  'lunch-and-learn': { inPlan: true, needs: [], why: 'A series of short sessions the participant can join or run.' },
} as const satisfies Record<InterventionId, InterventionPlanFit>);
