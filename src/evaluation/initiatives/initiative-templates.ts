import { deepFreeze } from '../../core/deep-freeze.js';
import type { EvidenceStrength } from '../../core/evidence-strength.js';
import type { FindingSeverity } from '../../core/finding.js';
import type { ReferenceId } from '../../core/references.js';
import type { InterventionId } from '../../lmd/interventions.js';

/**
 * The ids of the {@link initiativeTemplates}, in catalogue order: the two learning and development
 * initiatives of the CIPD 7OS02 example (AC 2.3), peer learning circles and on-the-job coaching by
 * middle and line managers (a test keeps this list equal to the catalogue's ids).
 *
 * Source: cipd-7os02-seed.
 *
 * @example
 * initiativeTemplateIds //=> ['peer-learning-circles', 'on-the-job-coaching']
 * @see {@link initiativeTemplates}
 */
export const initiativeTemplateIds = /* @__PURE__ */ deepFreeze(['peer-learning-circles', 'on-the-job-coaching'] as const);

/**
 * The id of an initiative template: a literal union, so a mistyped id fails to compile.
 *
 * @example
 * const id: InitiativeTemplateId = 'on-the-job-coaching';
 * getInitiativeTemplate(id).interventionId //=> 'line-manager-coaching'
 * @see {@link initiativeTemplateIds}
 */
export type InitiativeTemplateId = (typeof initiativeTemplateIds)[number];

/**
 * One design condition of an initiative: something the initiative needs in order to work, with
 * why it matters and how serious its absence is. {@link checkInitiativeDesign} reports each unmet
 * condition as a finding that names the condition's id.
 *
 * @example
 * const condition: InitiativeCondition = getInitiativeTemplate('peer-learning-circles').conditions[0];
 * condition.id //=> 'protected-time'
 * condition.severityIfMissing //=> 'risk'
 * @see {@link initiativeTemplates}
 */
export interface InitiativeCondition {
  /** Stable kebab-case id, unique within its template. */
  readonly id: string;
  /** The condition, as a short label. */
  readonly label: string;
  /** Why it matters, in lmdkit's own words. */
  readonly why: string;
  /** The severity of the finding when the condition is wholly missing (a partial miss may be milder). */
  readonly severityIfMissing: FindingSeverity;
  /** The works the condition rests on (bibliography ids). */
  readonly sources: readonly ReferenceId[];
}

/**
 * One known risk of an initiative, with how to reduce it and the conditions that guard against it.
 *
 * @example
 * const risk: InitiativeRisk = getInitiativeTemplate('on-the-job-coaching').risks[1];
 * risk.id //=> 'manager-burnout'
 * risk.guardedBy //=> ['workload-relief', 'helpful-framing']
 * @see {@link initiativeTemplates}
 */
export interface InitiativeRisk {
  /** Stable kebab-case id, unique within its template. */
  readonly id: string;
  /** What can go wrong. */
  readonly description: string;
  /** What reduces the risk. */
  readonly mitigation: string;
  /** Ids of the template's conditions that guard against it (may be empty). */
  readonly guardedBy: readonly string[];
  /** The works the risk rests on (bibliography ids). */
  readonly sources: readonly ReferenceId[];
}

/**
 * The shape every entry of {@link initiativeTemplates} satisfies.
 *
 * @example
 * const entry: InitiativeTemplateData = getInitiativeTemplate('peer-learning-circles');
 * entry.evidence //=> 'practitioner-reported'
 * @see {@link initiativeTemplates}
 */
export interface InitiativeTemplateData {
  /** Stable kebab-case id. */
  readonly id: InitiativeTemplateId;
  /** Its usual name. */
  readonly name: string;
  /** The matching entry of the intervention catalogue (`interventions` in `lmdkit/lmd`). */
  readonly interventionId: InterventionId;
  /** The need it answers and what it is, in one or two sentences. */
  readonly summary: string;
  /** What it needs in order to work. */
  readonly conditions: readonly InitiativeCondition[];
  /** What commonly goes wrong. */
  readonly risks: readonly InitiativeRisk[];
  /** The kind of evidence behind claims that it works (the same grade as its intervention). */
  readonly evidence: EvidenceStrength;
  /** What that evidence says, and its limits. */
  readonly evidenceNote: string;
  /** The works behind the template as a whole. */
  readonly sources: readonly ReferenceId[];
}

/**
 * Design templates for the two initiatives of the CIPD 7OS02 example (AC 2.3), set in a mid-sized
 * UK charity: **peer learning circles** for frontline staff and **on-the-job coaching** by middle
 * and line managers. Each lists its design conditions as data (with ids, why each matters, the
 * severity when it is missing and its sources), its known risks with mitigations, and an evidence
 * grade. Each links to its entry in the intervention catalogue by `interventionId`.
 *
 * The conditions restate the seed's design advice in lmdkit's words, adding psychological safety
 * (Edmondson, 1999), practice-based and spaced delivery (Lacerenza et al., 2017) and senior
 * backing as a required driver (Kirkpatrick & Kirkpatrick, 2016). The evidence is weak: the seed
 * is an illustrative practitioner account.
 *
 * @example
 * initiativeTemplates.map((template) => template.interventionId) //=> ['peer-learning-circle', 'line-manager-coaching']
 * initiativeTemplates[0]?.conditions.map((condition) => condition.id)
 * //=> ['protected-time', 'voluntary-host', 'rotating-facilitation', 'psychological-safety', 'flexible-themes', 'small-group', 'regular-meetings', 'senior-backing']
 * @see {@link getInitiativeTemplate}, {@link checkInitiativeDesign} and {@link recommendMeasures}
 * @see Source: cipd-7os02-seed, edmondson-1999, lacerenza-2017, kirkpatrick-kirkpatrick-2016, wenger-1998, ellinger-ellinger-keller-2003 in {@link references}.
 */
export const initiativeTemplates = /* @__PURE__ */ deepFreeze([
  {
    id: 'peer-learning-circles',
    name: 'Peer learning circles',
    interventionId: 'peer-learning-circle',
    summary:
      'Frontline staff who feel alone with hard cases meet in small recurring groups, with no trainer, to compare how they handled real situations and to learn from each other’s practice and mistakes.',
    conditions: [
      {
        id: 'protected-time',
        label: 'Protected time in working hours',
        why: 'Circles squeezed into breaks or unpaid time lose attendance and quietly stop; time inside the working day signals that this learning is part of the job.',
        severityIfMissing: 'risk',
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'voluntary-host',
        label: 'A volunteer host or coordinator',
        why: 'Someone has to book rooms and keep the rhythm going; a colleague who chose the role, not necessarily from HR, keeps the circle owned by staff rather than imposed.',
        severityIfMissing: 'warning',
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'rotating-facilitation',
        label: 'Facilitation that rotates among members',
        why: 'Taking turns to facilitate keeps any one voice or grade from steering the discussion, so power differences stay in the background.',
        severityIfMissing: 'warning',
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'psychological-safety',
        label: 'Psychological safety',
        why: 'People only bring their real uncertainties and failures when it feels safe to do so, with no point-scoring; teams that feel safe to take interpersonal risks learn more.',
        severityIfMissing: 'risk',
        sources: ['cipd-7os02-seed', 'edmondson-1999'],
      },
      {
        id: 'flexible-themes',
        label: 'Themes that can flex',
        why: 'A planned theme for each meeting gives focus, but the circle must be free to drop it when a more pressing problem comes up, or it stops serving the work.',
        severityIfMissing: 'advice',
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'small-group',
        label: 'A small group',
        why: 'Comparing practice needs everyone to speak and be heard; in a large group a few confident people talk and the rest listen.',
        severityIfMissing: 'warning',
        sources: ['cipd-7os02-seed', 'wenger-1998'],
      },
      {
        id: 'regular-meetings',
        label: 'Regular meetings, such as monthly',
        why: 'Shared practice and trust build through a steady rhythm of meetings; gaps of months let the circle lose its thread.',
        severityIfMissing: 'warning',
        sources: ['cipd-7os02-seed', 'wenger-1998'],
      },
      {
        id: 'senior-backing',
        label: 'Patient senior backing',
        why: 'Without visible support from leaders who do not demand instant results, even a well-designed circle withers; backing is a required driver of transfer.',
        severityIfMissing: 'warning',
        sources: ['cipd-7os02-seed', 'kirkpatrick-kirkpatrick-2016'],
      },
    ],
    risks: [
      {
        id: 'not-everyone-learns-by-talking',
        description: 'Some staff learn by doing rather than by discussion and get little from a talking circle.',
        mitigation:
          'Offer other ways in: bring a case in writing, try something between meetings and report back, or pair up to observe practice.',
        guardedBy: ['small-group', 'rotating-facilitation'],
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'fizzles-without-backing',
        description: 'Without time in the working day and support from leaders, attendance drops and circles quietly stop.',
        mitigation: 'Protect the time, name a sponsor, and track attendance so a fading circle is noticed early.',
        guardedBy: ['protected-time', 'voluntary-host', 'senior-backing'],
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'confident-voices-dominate',
        description: 'A few confident or senior members do most of the talking.',
        mitigation: 'Rotate facilitation, keep groups small and agree simple ground rules for turn-taking.',
        guardedBy: ['rotating-facilitation', 'small-group', 'psychological-safety'],
        sources: ['cipd-7os02-seed', 'edmondson-1999'],
      },
    ],
    evidence: 'practitioner-reported',
    evidenceNote:
      'The 7OS02 design is an illustrative practitioner account with no measured outcomes; related research on communities of practice is case-based, and the link from psychological safety to team learning is cross-sectional.',
    sources: ['cipd-7os02-seed', 'wenger-1998', 'edmondson-1999'],
  },
  {
    id: 'on-the-job-coaching',
    name: 'On-the-job coaching by middle and line managers',
    interventionId: 'line-manager-coaching',
    summary:
      'Managers between senior leaders and delivery staff, who are expected to develop people but rarely trained for it, learn a coaching approach for everyday check-ins: asking rather than telling, and giving considered feedback.',
    conditions: [
      {
        id: 'short-sessions',
        label: 'Short sessions',
        why: 'Busy managers can attend short sessions spread over weeks, and spacing practice over several sessions helps skills carry into work better than one long event.',
        severityIfMissing: 'advice',
        sources: ['cipd-7os02-seed', 'lacerenza-2017'],
      },
      {
        id: 'practice-based',
        label: 'Practice-based, not theory-heavy',
        why: 'Managers move from telling to asking by rehearsing real scenarios in small groups; leadership training that includes practice transfers to the job better than lectures alone.',
        severityIfMissing: 'warning',
        sources: ['cipd-7os02-seed', 'lacerenza-2017'],
      },
      {
        id: 'peer-observation',
        label: 'Peer observation of supervision',
        why: 'Pairs of managers who sit in on each other’s supervision meetings and then swap get concrete feedback on their coaching in real conversations.',
        severityIfMissing: 'advice',
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'workload-relief',
        label: 'Workload relief',
        why: 'Adding coaching to an already full workload without dropping anything else risks burnout and turns coaching into one more box to tick.',
        severityIfMissing: 'risk',
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'helpful-framing',
        label: 'Framed as helping managers too',
        why: 'Managers who see coaching as something that makes their own job easier take it up; those who see it as an extra duty resist or go through the motions.',
        severityIfMissing: 'warning',
        sources: ['cipd-7os02-seed', 'ellinger-ellinger-keller-2003'],
      },
      {
        id: 'senior-backing',
        label: 'Patient senior backing',
        why: 'Managers keep coaching when leaders value development conversations and resist demanding instant results; backing is a required driver of transfer.',
        severityIfMissing: 'warning',
        sources: ['cipd-7os02-seed', 'kirkpatrick-kirkpatrick-2016'],
      },
    ],
    risks: [
      {
        id: 'managers-out-of-depth',
        description: 'Managers feel out of their depth or say that coaching is not their job.',
        mitigation: 'Keep it practical and small-scale, acknowledge the doubt, and let managers practise with peers before using it with staff.',
        guardedBy: ['practice-based', 'peer-observation', 'helpful-framing'],
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'manager-burnout',
        description: 'Coaching added on top of targets, administration and delivery wears managers out.',
        mitigation: 'Agree what managers stop doing or do less of, and present coaching as a way to save time later.',
        guardedBy: ['workload-relief', 'helpful-framing'],
        sources: ['cipd-7os02-seed'],
      },
      {
        id: 'hard-to-measure',
        description: 'Changes in everyday conversations are hard to count, so the initiative is easily dropped for lack of proof.',
        mitigation: 'Agree the measurement plan at the start, including staff pulse questions and short interviews, and report early signs.',
        guardedBy: ['senior-backing'],
        sources: ['cipd-7os02-seed', 'kirkpatrick-kirkpatrick-2016'],
      },
    ],
    evidence: 'cross-sectional',
    evidenceNote:
      'A dyadic survey study links supervisors’ coaching behaviour with employees’ satisfaction and performance, and meta-analysis supports practice-based, spaced leadership training; the 7OS02 design itself is illustrative.',
    sources: ['cipd-7os02-seed', 'ellinger-ellinger-keller-2003', 'lacerenza-2017'],
  },
] as const satisfies readonly InitiativeTemplateData[]);

/**
 * One entry of {@link initiativeTemplates} as stored there (frozen), with its literal ids.
 *
 * @example
 * const template: InitiativeTemplate = getInitiativeTemplate('peer-learning-circles');
 * template.name //=> 'Peer learning circles'
 * @see {@link getInitiativeTemplate}
 */
export type InitiativeTemplate = (typeof initiativeTemplates)[number];

/**
 * The id of a design condition in any of the {@link initiativeTemplates}.
 * @see {@link InitiativeCondition}
 */
export type InitiativeConditionId = InitiativeTemplate['conditions'][number]['id'];
