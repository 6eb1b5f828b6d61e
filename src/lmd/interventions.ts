import { deepFreeze } from '../core/deep-freeze.js';
import type { EvidenceStrength } from '../core/evidence-strength.js';
import type { ReferenceId } from '../core/references.js';
import type { DevelopmentCapital, DevelopmentFocus } from './development-focus.js';

/**
 * The ids of the {@link interventions} catalogue, in catalogue order: leader-development
 * interventions first, then leadership-development ones, then the three initiatives from the
 * 7OS02 examples (a test keeps this list equal to the catalogue's ids).
 *
 * @example
 * interventionIds.length //=> 16
 * interventionIds.includes('action-learning-set') //=> true
 * @see {@link interventions}
 */
export const interventionIds = /* @__PURE__ */ deepFreeze([
  'coaching',
  'mentoring',
  '360-degree-feedback',
  'assessment-centre',
  'executive-education',
  'personal-development-planning',
  'job-assignment',
  'networking',
  'action-learning-set',
  'team-coaching',
  'cross-functional-project',
  'community-of-practice',
  'culture-change-programme',
  'peer-learning-circle',
  'line-manager-coaching',
  'lunch-and-learn',
] as const);

/**
 * The id of an intervention in {@link interventions}: a literal union, so a mistyped id fails to
 * compile.
 *
 * @example
 * const id: InterventionId = 'mentoring';
 * getIntervention(id).focus //=> 'leader'
 * @see {@link interventionIds}
 */
export type InterventionId = (typeof interventionIds)[number];

/**
 * The shape every entry of {@link interventions} satisfies.
 *
 * `basis` names the works behind the entry's classification (its `focus` and `capital`); `sources`
 * the works behind its evidence grade, conditions and risks. Every statement is lmdkit's own words.
 *
 * @example
 * const entry: InterventionData = getIntervention('coaching');
 * entry.capital //=> 'human'
 * @see {@link interventions}
 */
export interface InterventionData {
  /** Stable kebab-case id. */
  readonly id: InterventionId;
  /** Its usual name. */
  readonly name: string;
  /** Which side of Day's distinction it is on. */
  readonly focus: DevelopmentFocus;
  /** The capital it mainly builds. */
  readonly capital: DevelopmentCapital;
  /** Why it sits on that side, where the classification needs a word of explanation. */
  readonly focusNote: string;
  /** What it is, in one sentence. */
  readonly description: string;
  /** How it is typically delivered. */
  readonly format: string;
  /** How long it typically runs. */
  readonly typicalDuration: string;
  /** What it needs in order to work. */
  readonly conditions: readonly string[];
  /** What commonly goes wrong. */
  readonly risks: readonly string[];
  /** The kind of evidence behind claims that it works. */
  readonly evidence: EvidenceStrength;
  /** What that evidence says, and its limits. */
  readonly evidenceNote: string;
  /** The works behind the classification. */
  readonly basis: readonly ReferenceId[];
  /** The works behind the evidence grade, conditions and risks. */
  readonly sources: readonly ReferenceId[];
  /** Which seed unit lists it: CIPD 7OS06 (AC 1.1), 7OS02 (AC 1.4 and 2.3), or lmdkit's addition from Day (2000). */
  readonly listedIn: '7OS06' | '7OS02' | 'day-2000';
}

/**
 * A catalogue of leadership and management development interventions, each classified by Day's
 * (2000) distinction as leader development (individual, human capital) or leadership development
 * (collective, social capital), with its typical format and duration, the conditions it needs,
 * its known risks, and how strong the evidence for it is.
 *
 * It holds the individual-facing interventions the 7OS06 seed lists (coaching, mentoring,
 * 360-degree feedback, assessment centres, executive education, personal development planning),
 * two more Day discusses (job assignments, networking), the collective ones the seed lists (action
 * learning sets, team coaching, cross-functional projects, communities of practice, culture change
 * programmes), and three initiatives from the 7OS02 examples (peer learning circles, on-the-job
 * coaching by line managers, lunch-and-learn sessions).
 *
 * @example
 * interventions.length //=> 16
 * interventions.filter((entry) => entry.focus === 'leadership').map((entry) => entry.id)
 * //=> ['action-learning-set', 'team-coaching', 'cross-functional-project', 'community-of-practice', 'culture-change-programme', 'peer-learning-circle']
 * @see {@link getIntervention} and {@link classifyIntervention}
 * @see Day, D. V. (2000). Leadership development: a review in context. The Leadership Quarterly, 11(4), 581–613.
 */
export const interventions = /* @__PURE__ */ deepFreeze([
  {
    id: 'coaching',
    name: 'Coaching',
    focus: 'leader',
    capital: 'human',
    focusNote: 'One-to-one work on one person’s goals and self-awareness.',
    description:
      'A trained coach, internal or external, helps one person clarify goals, reflect on their own behaviour and try new approaches.',
    format: 'One-to-one conversations, in person or remote.',
    typicalDuration: 'Six to twelve sessions over three to twelve months.',
    conditions: [
      'A skilled coach the person trusts',
      'Clear, agreed goals linked to the role',
      'Confidentiality boundaries agreed with the sponsor',
      'A line manager who supports trying new behaviour at work',
    ],
    risks: [
      'Gains stay with the individual and do not change how the team or organisation works',
      'Coach quality varies widely and is rarely checked',
      'Used to fix a performance problem that is really about the role or the system',
    ],
    evidence: 'meta-analysis',
    evidenceNote:
      'Meta-analysis finds positive effects of workplace coaching on performance and skills, well-being, coping, work attitudes and goal-directed self-regulation, from a small number of studies, many with small samples.',
    basis: ['day-2000'],
    sources: ['theeboom-beersma-vanvianen-2014', 'day-2000'],
    listedIn: '7OS06',
  },
  {
    id: 'mentoring',
    name: 'Mentoring',
    focus: 'leader',
    capital: 'human',
    focusNote: 'A relationship that serves one person’s career and growth; any network it opens stays with that person.',
    description:
      'A more experienced colleague supports a less experienced one over time with career guidance, role modelling and psychosocial support.',
    format: 'Regular one-to-one meetings, formal (matched by a scheme) or informal.',
    typicalDuration: 'Six months to several years.',
    conditions: [
      'Careful matching, with the mentee having some say',
      'Time for both people to meet regularly',
      'Clear expectations about the relationship and how it ends',
    ],
    risks: [
      'Poor matches that fade without anyone noticing',
      'Reproducing the mentor’s habits and the existing culture rather than developing the mentee',
      'Unequal access: informal mentoring tends to favour people who resemble senior staff',
    ],
    evidence: 'meta-analysis',
    evidenceNote:
      'A meta-analysis links mentoring with better career outcomes for protégés (pay, promotion, satisfaction, commitment), with modest and mostly cross-sectional effects; Kram’s qualitative work describes the career and psychosocial functions.',
    basis: ['day-2000'],
    sources: ['allen-eby-poteet-lentz-lima-2004', 'kram-1985'],
    listedIn: '7OS06',
  },
  {
    id: '360-degree-feedback',
    name: '360-degree feedback',
    focus: 'leader',
    capital: 'human',
    focusNote: 'Feedback to one person about their own behaviour, to raise their self-awareness.',
    description:
      'A person receives structured ratings of their behaviour from their manager, peers, direct reports and sometimes others, alongside their own self-rating.',
    format: 'Questionnaire, anonymised report and a feedback conversation.',
    typicalDuration: 'A cycle of four to eight weeks, ideally repeated after a year or more.',
    conditions: [
      'Coaching or facilitated feedback to help the person interpret the report',
      'Specific development goals set after the feedback',
      'Enough raters per group to protect anonymity',
      'Used for development, not tied to pay or selection',
    ],
    risks: [
      'Given as a standalone event, it changes little and can demoralise',
      'People whose self-ratings sit well above others’ ratings of them improve least and may react defensively',
      'Small rater groups expose individual raters',
    ],
    evidence: 'meta-analysis',
    evidenceNote:
      'A meta-analysis of longitudinal studies finds small average improvement after multisource feedback, larger for people who accept the need to change, set goals and are coached.',
    basis: ['day-2000'],
    sources: ['smither-london-reilly-2005', 'atwater-waldman-1998'],
    listedIn: '7OS06',
  },
  {
    id: 'assessment-centre',
    name: 'Assessment centre (development centre)',
    focus: 'leader',
    capital: 'human',
    focusNote: 'Assesses individuals against a competency framework and feeds back to each.',
    description:
      'Trained assessors observe each participant in several exercises (simulations, group tasks, interviews) and rate them against defined leadership dimensions.',
    format: 'Exercises and simulations observed by several assessors, followed by individual feedback.',
    typicalDuration: 'One to three days, plus feedback and development planning afterwards.',
    conditions: [
      'Exercises that reflect the real demands of the target role',
      'Trained assessors and agreed rating rules',
      'Feedback and a development plan for each participant',
    ],
    risks: [
      'Costly to design and run well',
      'Participants experience a development centre as a hidden selection event',
      'Ratings without follow-up development produce insight but no change',
    ],
    evidence: 'meta-analysis',
    evidenceNote:
      'Meta-analysis supports the validity of assessment centre ratings for predicting later managerial success; evidence that development centres themselves change behaviour is thinner.',
    basis: ['day-2000'],
    sources: ['gaugler-rosenthal-thornton-bentson-1987', 'thornton-rupp-2006'],
    listedIn: '7OS06',
  },
  {
    id: 'executive-education',
    name: 'Executive education programme',
    focus: 'leader',
    capital: 'human',
    focusNote: 'Taught content for individual participants, often away from their own organisation.',
    description:
      'A taught programme, often at a business school or with a provider, covering leadership, strategy and management topics for individual participants.',
    format: 'Taught modules, case studies and residential blocks.',
    typicalDuration: 'From a few days to a year of part-time modules.',
    conditions: [
      'Content linked to the organisation’s strategy and the participant’s role',
      'Sessions spread over time, with practice at work in between',
      'A line manager who discusses how to apply the learning',
    ],
    risks: [
      'Learning does not transfer back to a workplace that does not support it',
      'Chosen as a reward or perk rather than for a development need',
      'Evaluated only by participant satisfaction',
    ],
    evidence: 'meta-analysis',
    evidenceNote:
      'Meta-analyses find formal leadership programmes effective: one reports the largest gains in knowledge, a later and larger one finds effects of similar size on learning, behaviour at work and results, with larger effects when training follows a needs analysis, is spread over several sessions and includes practice.',
    basis: ['day-2000'],
    sources: ['collins-holton-2004', 'lacerenza-2017'],
    listedIn: '7OS06',
  },
  {
    id: 'personal-development-planning',
    name: 'Personal development planning',
    focus: 'leader',
    capital: 'human',
    focusNote: 'A plan owned by one person for their own development.',
    description:
      'A person agrees specific development goals and actions with their line manager, usually after appraisal or feedback, and reviews them over time.',
    format: 'A written plan agreed in a one-to-one conversation and reviewed periodically.',
    typicalDuration: 'A yearly cycle with reviews during the year.',
    conditions: [
      'Specific, challenging goals rather than vague intentions',
      'Regular review with the line manager',
      'Time and resources to carry out the planned actions',
    ],
    risks: [
      'Becomes a form filled in once a year and then forgotten',
      'Plans list courses rather than changes in behaviour',
    ],
    evidence: 'practitioner-reported',
    evidenceNote:
      'Evidence for development plans as such is mainly practitioner-reported; goal-setting research and the 360-degree feedback meta-analysis suggest specific goals are what makes them work.',
    basis: ['day-2000'],
    sources: ['locke-latham-2002', 'smither-london-reilly-2005'],
    listedIn: '7OS06',
  },
  {
    id: 'job-assignment',
    name: 'Developmental job assignment',
    focus: 'leader',
    capital: 'human',
    focusNote: 'One person learns from a stretching role; Day counts it among leader-development practices.',
    description:
      'A person is deliberately given a stretching role, such as a turnaround, a start-up, a move across functions or a posting abroad, to learn from the experience.',
    format: 'A real role or project with increased responsibility, ideally with support to reflect on it.',
    typicalDuration: 'Several months to a few years.',
    conditions: [
      'Real challenge and responsibility, not a shadowing exercise',
      'Support to reflect on the experience, such as a coach or mentor',
      'A career system that moves people deliberately',
    ],
    risks: [
      'Sink-or-swim placements that harm the person and the business',
      'Assignments go to those already favoured, narrowing the pipeline',
      'Experience without reflection teaches the wrong lessons',
    ],
    evidence: 'cross-sectional',
    evidenceNote:
      'Studies asking executives which events developed them most consistently name challenging assignments; these are retrospective self-reports rather than tests of planned assignments.',
    basis: ['day-2000'],
    sources: ['mccall-lombardo-morrison-1988', 'mccall-2004'],
    listedIn: 'day-2000',
  },
  {
    id: 'networking',
    name: 'Networking',
    focus: 'leader',
    capital: 'social',
    focusNote:
      'The network built belongs to the individual, so the intervention is individual-facing, though Day notes that it builds social rather than human capital.',
    description:
      'Activities that help a person build relationships beyond their own area, such as peer networks, events, cross-organisation forums and introductions.',
    format: 'Events, forums, introductions and structured peer contact.',
    typicalDuration: 'Ongoing.',
    conditions: [
      'A clear purpose, such as learning, problem-solving or reaching other parts of the organisation',
      'Time to build relationships, not one-off events',
    ],
    risks: [
      'Becomes social contact with no developmental purpose',
      'Benefits those who already network well',
    ],
    evidence: 'theoretical',
    evidenceNote:
      'Day argues from theory and practice that networking builds social capital across functions; he cites little direct evaluation of networking programmes.',
    basis: ['day-2000'],
    sources: ['day-2000'],
    listedIn: 'day-2000',
  },
  {
    id: 'action-learning-set',
    name: 'Action learning set',
    focus: 'leadership',
    capital: 'social',
    focusNote: 'A group of peers learns together by questioning one another about real problems.',
    description:
      'A small set of peers meets regularly over months, each working on a real organisational problem they own, with a set adviser who helps the quality of questioning rather than giving answers.',
    format: 'A set of about five to seven peers meeting for a day or half-day at a time, with a set adviser.',
    typicalDuration: 'Monthly meetings over six to twelve months.',
    conditions: [
      'Real, complex problems each member owns and can act on',
      'Sustained commitment over months, not days',
      'A set adviser who facilitates questioning rather than teaching',
      'Organisational support for members to act on what they learn',
    ],
    risks: [
      'Shortened to a one-day event, which is not action learning',
      'The adviser slips into providing expertise',
      'Members drop out under time pressure',
      'Problems are set exercises rather than real ones',
    ],
    evidence: 'case-based',
    evidenceNote:
      'The evidence is mainly case-based and practitioner-reported; reviews report benefits for relational and adaptive skills, with outcomes varying with the quality of facilitation and organisational support.',
    basis: ['day-2000', 'revans-2011'],
    sources: ['revans-2011', 'pedler-burgoyne-brook-2005'],
    listedIn: '7OS06',
  },
  {
    id: 'team-coaching',
    name: 'Team coaching',
    focus: 'leadership',
    capital: 'social',
    focusNote: 'Works on how a team works together, not on one member.',
    description:
      'A coach works with a whole team on how it pursues its task: its effort, its approach and how it uses the skills of its members.',
    format: 'Sessions with the whole team, timed around the start, middle and end of its work.',
    typicalDuration: 'Several sessions over three to twelve months.',
    conditions: [
      'A real team with a shared task and stable membership',
      'A team design (structure, context) that does not undermine it',
      'Timing matched to the team’s work cycle',
    ],
    risks: [
      'Coaching cannot compensate for a badly designed team or an unsupportive context',
      'Drifts into interpersonal relations only and ignores the task',
    ],
    evidence: 'theoretical',
    evidenceNote:
      'Hackman and Wageman set out a theory of when team coaching helps; they note that it matters less than how the team is designed and supported, and rigorous outcome studies are few.',
    basis: ['day-2000'],
    sources: ['hackman-wageman-2005'],
    listedIn: '7OS06',
  },
  {
    id: 'cross-functional-project',
    name: 'Cross-functional project',
    focus: 'leadership',
    capital: 'social',
    focusNote: 'Builds relationships and shared understanding across organisational boundaries.',
    description:
      'People from different functions work together on a real organisational challenge, building relationships and a shared view of the organisation as they do.',
    format: 'A project team with a sponsor, a real brief and review points.',
    typicalDuration: 'Three to twelve months.',
    conditions: [
      'A real brief that matters to the organisation, with a sponsor',
      'Time released from day jobs',
      'Deliberate reflection on how the group works, not only on the output',
    ],
    risks: [
      'Treated as extra work on top of the day job',
      'Only the task is reviewed, so the developmental value is lost',
    ],
    evidence: 'practitioner-reported',
    evidenceNote:
      'Support comes mainly from practitioner accounts and from studies of learning through experience; controlled evaluations are rare.',
    basis: ['day-2000'],
    sources: ['day-2000', 'mccall-2004'],
    listedIn: '7OS06',
  },
  {
    id: 'community-of-practice',
    name: 'Community of practice',
    focus: 'leadership',
    capital: 'social',
    focusNote: 'Learning happens in the shared practice of a group.',
    description:
      'People who share a domain of practice meet regularly to share experience, develop shared resources and learn from each other.',
    format: 'Regular meetings, online spaces and shared resources, often self-organising.',
    typicalDuration: 'Ongoing, often for years.',
    conditions: [
      'A shared domain members care about',
      'Coordinators with time to keep the community active',
      'Sponsorship without heavy control',
    ],
    risks: [
      'Fades when enthusiasts move on',
      'Becomes an exclusive group or a talking shop',
      'Over-formalised by management until members stop taking part',
    ],
    evidence: 'case-based',
    evidenceNote:
      'Wenger’s account rests on ethnographic study of practice; evidence that communities of practice develop leadership capacity is case-based.',
    basis: ['day-2000'],
    sources: ['wenger-1998'],
    listedIn: '7OS06',
  },
  {
    id: 'culture-change-programme',
    name: 'Culture change programme',
    focus: 'leadership',
    capital: 'social',
    focusNote: 'Works on the shared assumptions and norms within which everyone leads.',
    description:
      'A sustained organisation-wide effort to change shared assumptions, norms and ways of working, including how leadership is exercised.',
    format: 'Several interventions together: leadership involvement, changes to systems and structures, communication and dialogue.',
    typicalDuration: 'Years.',
    conditions: [
      'Visible and consistent commitment from senior leaders',
      'Changes to structures, rewards and routines, not only messages',
      'Patience: sustained over years',
    ],
    risks: [
      'Reduced to a communications campaign',
      'Hard to evaluate and easy to abandon when leaders change',
      'Stated values contradicted by what is rewarded',
    ],
    evidence: 'case-based',
    evidenceNote:
      'Evidence is mainly from case studies of organisations; culture change is hard to attribute to any single programme.',
    basis: ['day-2000'],
    sources: ['schein-2010', 'day-2000'],
    listedIn: '7OS06',
  },
  {
    id: 'peer-learning-circle',
    name: 'Peer learning circle',
    focus: 'leadership',
    capital: 'social',
    focusNote:
      'Colleagues learn from one another’s practice in a recurring group, building relationships and shared understanding (classified by lmdkit from the 7OS02 example).',
    description:
      'Small groups of colleagues meet regularly, without a trainer, to share how they have handled situations in their work and learn from each other’s practice.',
    format: 'A small recurring group with a rotating host or facilitator, sometimes themed.',
    typicalDuration: 'Monthly meetings, ongoing.',
    conditions: [
      'Protected time within working hours',
      'A safe space where admitting uncertainty is accepted',
      'A coordinator and rotating facilitation',
    ],
    risks: [
      'Fades without organisational backing',
      'Suits those who learn by talking more than those who learn by doing',
      'Dominated by confident voices',
    ],
    evidence: 'practitioner-reported',
    evidenceNote:
      'The 7OS02 example is an illustrative practitioner account; related work on communities of practice is case-based.',
    basis: ['day-2000'],
    sources: ['wenger-1998'],
    listedIn: '7OS02',
  },
  {
    id: 'line-manager-coaching',
    name: 'On-the-job coaching by line managers',
    focus: 'leader',
    capital: 'human',
    focusNote:
      'Develops each manager’s coaching skill and each employee’s own capability; classified by lmdkit as leader development, though it also improves relationships in the team.',
    description:
      'Line managers learn to coach in everyday work, asking questions and giving feedback in check-ins rather than saving development for annual appraisal.',
    format: 'Short practice-based workshops for managers, peer observation, then coaching in day-to-day conversations.',
    typicalDuration: 'A few workshops over one to three months, then continuing practice.',
    conditions: [
      'Workload adjusted so coaching is not one more task on top of everything else',
      'Practice and feedback for managers, not theory alone',
      'Senior leaders who value development conversations',
    ],
    risks: [
      'Managers feel out of their depth or see coaching as not their job',
      'Burnout when coaching is added without shifting priorities',
      'Hard to measure, so quickly deprioritised',
    ],
    evidence: 'cross-sectional',
    evidenceNote:
      'A dyadic survey study links supervisors’ coaching behaviour with employees’ satisfaction and performance; the 7OS02 account is illustrative.',
    basis: ['day-2000'],
    sources: ['ellinger-ellinger-keller-2003', 'theeboom-beersma-vanvianen-2014'],
    listedIn: '7OS02',
  },
  {
    id: 'lunch-and-learn',
    name: 'Lunch-and-learn session',
    focus: 'leader',
    capital: 'human',
    focusNote: 'Short informal sessions in which individuals pick up knowledge and practical tips.',
    description:
      'Short, informal sessions over lunch on a practical topic, ideally built around real problems the participants face.',
    format: 'A short session of under an hour, informal, often led by a colleague.',
    typicalDuration: 'Under an hour per session; a series over several weeks or months.',
    conditions: [
      'Topics drawn from real problems participants face',
      'A series rather than a one-off session',
      'Managers who make time for staff to attend',
    ],
    risks: [
      'Eats into breaks and signals that learning is not part of work',
      'Too short for practice, so little changes in behaviour',
      'Evaluated only by attendance and reactions',
    ],
    evidence: 'practitioner-reported',
    evidenceNote:
      'The 7OS02 example rests on manager feedback; meta-analytic evidence on leadership training favours sessions spread over time with practice, which a lunchtime series only partly provides.',
    basis: ['day-2000'],
    sources: ['lacerenza-2017'],
    listedIn: '7OS02',
  },
] as const satisfies readonly InterventionData[]);
