import { sortFindingsBySeverity, type Finding } from '../../core/finding.js';
import { parseInput } from '../../core/parse-input.js';
import {
  initiativeDesignOptionsSchema,
  initiativeDesignSchema,
  type InitiativeDesign,
  type InitiativeDesignOptions,
} from './initiative-design.js';
import { getInitiativeTemplate } from './get-initiative-template.js';
import type { InitiativeConditionId, InitiativeTemplateId } from './initiative-templates.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * What each finding {@link checkInitiativeDesign} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link initiativeDesignFindingCodes} lists the codes.
 * Each code is tied to one design condition of {@link initiativeTemplates} (its `conditionId`): a
 * whole miss carries the condition's `severityIfMissing`, a partial miss a milder severity.
 *
 * @example
 * initiativeDesignFindings.PEER_CIRCLE_NO_PROTECTED_TIME.severity //=> 'risk'
 * @see {@link checkInitiativeDesign}
 */
export const initiativeDesignFindings = /* @__PURE__ */ deepFreeze({
  PEER_CIRCLE_NO_PROTECTED_TIME: { severity: 'risk', meaning: 'The circles have no protected time in working hours (condition: protected time).' },
  PEER_CIRCLE_NO_HOST: { severity: 'warning', meaning: 'Nobody hosts the circles (condition: a voluntary host).' },
  PEER_CIRCLE_HOST_APPOINTED: { severity: 'advice', meaning: 'The host was appointed rather than volunteering (a partial miss of the voluntary-host condition).' },
  PEER_CIRCLE_NO_FACILITATION: { severity: 'warning', meaning: 'Nobody facilitates the circles (condition: rotating facilitation).' },
  PEER_CIRCLE_FIXED_FACILITATOR: { severity: 'advice', meaning: 'One person always facilitates (a partial miss of the rotating-facilitation condition).' },
  PEER_CIRCLE_NO_PSYCHOLOGICAL_SAFETY: { severity: 'risk', meaning: 'The circle has no ground rules that make it safe to speak (condition: psychological safety).' },
  PEER_CIRCLE_THEMES_FIXED: { severity: 'advice', meaning: 'The themes cannot give way to a more urgent problem (condition: flexible themes).' },
  PEER_CIRCLE_GROUP_TOO_SMALL: { severity: 'advice', meaning: 'The circle is below the minimum group size (a partial miss of the small-group condition).' },
  PEER_CIRCLE_GROUP_TOO_LARGE: { severity: 'warning', meaning: 'The circle is above the maximum group size (condition: a small group).' },
  PEER_CIRCLE_MEETINGS_NOT_REGULAR: { severity: 'warning', meaning: 'The circle meets quarterly or irregularly (condition: regular meetings).' },
  COACHING_SESSIONS_TOO_LONG: { severity: 'advice', meaning: 'Coaching sessions are longer than the maximum taken as short (condition: short sessions).' },
  COACHING_NOT_PRACTICE_BASED: { severity: 'warning', meaning: 'The sessions present theory without rehearsal (condition: practice-based sessions).' },
  COACHING_NO_PEER_OBSERVATION: { severity: 'advice', meaning: 'Managers do not observe one another (condition: peer observation).' },
  COACHING_NO_WORKLOAD_RELIEF: { severity: 'risk', meaning: 'Coaching is added on top of managers’ existing workload (condition: workload relief).' },
  COACHING_FRAMED_AS_EXTRA_DUTY: { severity: 'warning', meaning: 'Coaching is not presented as something that helps managers themselves (condition: helpful framing).' },
  INITIATIVE_NO_SENIOR_BACKING: { severity: 'warning', meaning: 'No senior leader visibly and patiently backs the initiative (condition: senior backing).' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link checkInitiativeDesign} can return, in the order of {@link initiativeDesignFindings},
 * which says what each means.
 *
 * @example
 * initiativeDesignFindingCodes.length //=> 16
 * @see {@link checkInitiativeDesign}
 */
export const initiativeDesignFindingCodes = /* @__PURE__ */ findingCodesOf(initiativeDesignFindings);

/**
 * One of {@link initiativeDesignFindingCodes}.
 * @see {@link initiativeDesignFindingCodes}
 */
export type InitiativeDesignFindingCode = (typeof initiativeDesignFindingCodes)[number];

/**
 * A finding of {@link checkInitiativeDesign}: the shared finding shape plus the id of the unmet
 * design condition in the template.
 * @see {@link initiativeDesignFindingCodes}
 */
export interface InitiativeDesignFinding extends Finding<InitiativeDesignFindingCode> {
  /** The template condition the design does not meet. */
  readonly conditionId: InitiativeConditionId;
}

/**
 * One row per design condition of the template in a {@link checkInitiativeDesign} result.
 * @see {@link InitiativeDesignCheck}
 */
export interface InitiativeConditionRow {
  /** The condition's id in the template. */
  readonly id: InitiativeConditionId;
  /** Its label. */
  readonly label: string;
  /** Whether the design meets it fully (no finding names it). */
  readonly met: boolean;
}

/**
 * One row per known risk of the template in a {@link checkInitiativeDesign} result.
 * @see {@link InitiativeDesignCheck}
 */
export interface InitiativeRiskRow {
  /** The risk's id in the template. */
  readonly id: string;
  /** What can go wrong. */
  readonly description: string;
  /** What reduces the risk. */
  readonly mitigation: string;
  /** Whether a condition that guards against it is unmet in this design. */
  readonly heightened: boolean;
}

/**
 * The result of {@link checkInitiativeDesign}.
 *
 * @example
 * const result: InitiativeDesignCheck = checkInitiativeDesign({
 *   template: 'on-the-job-coaching', sessionMinutes: 90, practiceBased: true, peerObservation: true,
 *   workloadRelief: true, framedAsHelpingManagers: true, seniorBacking: true,
 * });
 * result.findings //=> []
 * @see {@link checkInitiativeDesign}
 */
export interface InitiativeDesignCheck {
  /** The template the design follows. */
  readonly template: InitiativeTemplateId;
  /** The design's name, or `null` when it has none. */
  readonly name: string | null;
  /** Every condition of the template, in template order, with whether it is met. */
  readonly conditions: readonly InitiativeConditionRow[];
  /** One finding per unmet condition, most severe first (template order among equals). */
  readonly findings: readonly InitiativeDesignFinding[];
  /** Every known risk of the template, flagged when the design leaves it less guarded. */
  readonly risks: readonly InitiativeRiskRow[];
  /** The thresholds applied (defaults filled in). */
  readonly thresholds: {
    readonly minimumGroupSize: number;
    readonly maximumGroupSize: number;
    readonly maximumSessionMinutes: number;
    readonly regularFrequencies: readonly string[];
  };
}

/**
 * One rule: when it fires, its code and the condition it belongs to. Its severity is its code's,
 * from {@link initiativeDesignFindings}: the condition's `severityIfMissing` for a whole miss, or
 * milder for a partial one (an appointed host, a fixed facilitator, a group below the minimum).
 */
interface DesignRule<Design> {
  readonly code: InitiativeDesignFindingCode;
  readonly conditionId: InitiativeConditionId;
  readonly fires: (design: Design, thresholds: InitiativeDesignCheck['thresholds']) => boolean;
  readonly message: (design: Design, thresholds: InitiativeDesignCheck['thresholds']) => string;
}

type ParsedDesign = ReturnType<typeof initiativeDesignSchema.parse>;
type CircleDesign = Extract<ParsedDesign, { template: 'peer-learning-circles' }>;
type CoachingDesign = Extract<ParsedDesign, { template: 'on-the-job-coaching' }>;

const REGULAR_FREQUENCIES = ['weekly', 'fortnightly', 'monthly'] as const;

const seniorBackingRule: DesignRule<{ seniorBacking: boolean }> = {
  code: 'INITIATIVE_NO_SENIOR_BACKING',
  conditionId: 'senior-backing',
  fires: (design) => !design.seniorBacking,
  message: () =>
    'No senior leader visibly backs the initiative; without leaders who support it and wait patiently for results, it tends to wither, because backing is a required driver of change on the job.',
};

const circleRules: readonly DesignRule<CircleDesign>[] = [
  {
    code: 'PEER_CIRCLE_NO_PROTECTED_TIME',
    conditionId: 'protected-time',
    fires: (design) => !design.protectedTime,
    message: () =>
      'The circles have no protected time in working hours, and circles left to breaks or goodwill tend to fade away quietly.',
  },
  {
    code: 'PEER_CIRCLE_NO_HOST',
    conditionId: 'voluntary-host',
    fires: (design) => design.host === 'none',
    message: () =>
      'Nobody hosts the circles; a colleague who volunteers to coordinate them keeps meetings happening and keeps them owned by staff.',
  },
  {
    code: 'PEER_CIRCLE_HOST_APPOINTED',
    conditionId: 'voluntary-host',
    fires: (design) => design.host === 'appointed',
    message: () =>
      'The host is appointed rather than a volunteer; a colleague who chose the role is more likely to keep the circle feeling like staff’s own space than an imposed meeting.',
  },
  {
    code: 'PEER_CIRCLE_NO_FACILITATION',
    conditionId: 'rotating-facilitation',
    fires: (design) => design.facilitation === 'none',
    message: () =>
      'Nobody facilitates the circle; members taking turns to hold the discussion keeps it focused while stopping any one person from steering it.',
  },
  {
    code: 'PEER_CIRCLE_FIXED_FACILITATOR',
    conditionId: 'rotating-facilitation',
    fires: (design) => design.facilitation === 'fixed',
    message: () =>
      'One person always facilitates; rotating the role among members keeps power differences in the background and shares ownership.',
  },
  {
    code: 'PEER_CIRCLE_NO_PSYCHOLOGICAL_SAFETY',
    conditionId: 'psychological-safety',
    fires: (design) => !design.psychologicalSafety,
    message: () =>
      'The circle has agreed nothing to make it safe to admit uncertainty or failure, so members are likely to hold back the real problems the circle exists to discuss.',
  },
  {
    code: 'PEER_CIRCLE_THEMES_FIXED',
    conditionId: 'flexible-themes',
    fires: (design) => design.themes === 'fixed',
    message: () =>
      'The themes are fixed in advance; let a planned theme give way when a more urgent problem comes up, so the circle stays useful to the work.',
  },
  {
    code: 'PEER_CIRCLE_GROUP_TOO_SMALL',
    conditionId: 'small-group',
    fires: (design, thresholds) => design.groupSize < thresholds.minimumGroupSize,
    message: (design, thresholds) =>
      `A circle of ${design.groupSize} is below the ${thresholds.minimumGroupSize} members taken here as the fewest that give a range of practice to compare.`,
  },
  {
    code: 'PEER_CIRCLE_GROUP_TOO_LARGE',
    conditionId: 'small-group',
    fires: (design, thresholds) => design.groupSize > thresholds.maximumGroupSize,
    message: (design, thresholds) =>
      `A circle of ${design.groupSize} is larger than the ${thresholds.maximumGroupSize} members taken here as small, so a few voices will do most of the talking; split it into smaller circles.`,
  },
  {
    code: 'PEER_CIRCLE_MEETINGS_NOT_REGULAR',
    conditionId: 'regular-meetings',
    fires: (design) => !(REGULAR_FREQUENCIES as readonly string[]).includes(design.frequency),
    message: (design) =>
      `The circle meets ${design.frequency === 'irregular' ? 'irregularly' : 'quarterly'}; a steady rhythm, such as monthly, is what lets trust and shared practice build up.`,
  },
  seniorBackingRule,
];

const coachingRules: readonly DesignRule<CoachingDesign>[] = [
  {
    code: 'COACHING_SESSIONS_TOO_LONG',
    conditionId: 'short-sessions',
    fires: (design, thresholds) => design.sessionMinutes > thresholds.maximumSessionMinutes,
    message: (design, thresholds) =>
      `Sessions of ${design.sessionMinutes} minutes are longer than the ${thresholds.maximumSessionMinutes} taken here as short; shorter sessions spread over weeks are easier for busy managers to attend and help practice stick.`,
  },
  {
    code: 'COACHING_NOT_PRACTICE_BASED',
    conditionId: 'practice-based',
    fires: (design) => !design.practiceBased,
    message: () =>
      'The sessions present theory without rehearsing real scenarios; managers learn to ask rather than tell by practising, and training with practice carries into the job better.',
  },
  {
    code: 'COACHING_NO_PEER_OBSERVATION',
    conditionId: 'peer-observation',
    fires: (design) => !design.peerObservation,
    message: () =>
      'Managers do not observe one another’s supervision meetings; pairing them to sit in and then swap gives feedback on coaching in real conversations.',
  },
  {
    code: 'COACHING_NO_WORKLOAD_RELIEF',
    conditionId: 'workload-relief',
    fires: (design) => !design.workloadRelief,
    message: () =>
      'Nothing is taken off managers’ workload to make room for coaching, which risks burnout and turns coaching into one more task to tick off.',
  },
  {
    code: 'COACHING_FRAMED_AS_EXTRA_DUTY',
    conditionId: 'helpful-framing',
    fires: (design) => !design.framedAsHelpingManagers,
    message: () =>
      'Coaching is not presented as something that helps managers themselves, so it is likely to be seen as an extra duty and done reluctantly, if at all.',
  },
  seniorBackingRule,
];

function applyRules<Design>(
  templateId: InitiativeTemplateId,
  rules: readonly DesignRule<Design>[],
  design: Design,
  thresholds: InitiativeDesignCheck['thresholds'],
): InitiativeDesignFinding[] {
  const template = getInitiativeTemplate(templateId);
  return rules
    .filter((rule) => rule.fires(design, thresholds))
    .map((rule) => {
      const condition = template.conditions.find((entry) => entry.id === rule.conditionId);
      return {
        code: rule.code,
        severity: initiativeDesignFindings[rule.code].severity,
        message: rule.message(design, thresholds),
        basis: [...(condition?.sources ?? ['cipd-7os02-seed'])],
        conditionId: rule.conditionId,
      };
    });
}

/**
 * Checks a concrete design of one of the {@link initiativeTemplates} against the template's design
 * conditions, and reports each unmet condition as a finding with a stable code that states the
 * condition and why it matters (CIPD 7OS02 AC 2.3).
 *
 * Peer learning circles need protected time in working hours, a volunteer host, rotating
 * facilitation, psychological safety, themes that can flex, a small group (by default 3 to 10
 * members, inclusive) meeting regularly (weekly, fortnightly or monthly) and senior backing. On-the-job
 * coaching by managers needs short sessions (by default at most 120 minutes), practice rather than
 * theory, peer observation, workload relief, framing that shows managers how it helps them, and
 * senior backing. Partial misses (an appointed host, a fixed facilitator, a circle below the
 * minimum size) are milder than the condition's `severityIfMissing`. The result also lists every
 * condition as met or not, and every known risk, `heightened` when a condition that guards against
 * it is unmet.
 *
 * @param initiative - the design (not changed); see {@link InitiativeDesign}
 * @param options - see {@link InitiativeDesignOptions}
 * @returns conditions, findings (most severe first), risks and the thresholds applied
 * @throws LmdInputError when the template is unknown, a field is missing, of the wrong type or out of range
 * @example
 * const result = checkInitiativeDesign({
 *   template: 'peer-learning-circles', protectedTime: false, host: 'volunteer', facilitation: 'rotating',
 *   psychologicalSafety: true, themes: 'flexible', groupSize: 8, frequency: 'monthly', seniorBacking: true,
 * });
 * result.findings.map((finding) => finding.code) //=> ['PEER_CIRCLE_NO_PROTECTED_TIME']
 * result.findings[0]?.severity //=> 'risk'
 * result.risks.filter((risk) => risk.heightened).map((risk) => risk.id) //=> ['fizzles-without-backing']
 * checkInitiativeDesign({ template: 'peer-learning-circles' } as InitiativeDesign) //=> throws LmdInputError
 * @see {@link initiativeDesignFindingCodes} and {@link recommendMeasures}
 * @see Source: cipd-7os02-seed, edmondson-1999, lacerenza-2017, kirkpatrick-kirkpatrick-2016 in {@link references}.
 */
export function checkInitiativeDesign(
  initiative: InitiativeDesign,
  options: InitiativeDesignOptions = {},
): InitiativeDesignCheck {
  const design = parseInput(initiativeDesignSchema, initiative, 'initiative');
  const parsedOptions = parseInput(initiativeDesignOptionsSchema, options, 'options');
  const thresholds = {
    minimumGroupSize: parsedOptions.minimumGroupSize,
    maximumGroupSize: parsedOptions.maximumGroupSize,
    maximumSessionMinutes: parsedOptions.maximumSessionMinutes,
    regularFrequencies: [...REGULAR_FREQUENCIES],
  };
  const findings =
    design.template === 'peer-learning-circles'
      ? applyRules(design.template, circleRules, design, thresholds)
      : applyRules(design.template, coachingRules, design, thresholds);
  const unmet = new Set<string>(findings.map((finding) => finding.conditionId));
  const template = getInitiativeTemplate(design.template);
  return {
    template: design.template,
    name: design.name ?? null,
    conditions: template.conditions.map((condition) => ({
      id: condition.id,
      label: condition.label,
      met: !unmet.has(condition.id),
    })),
    findings: sortFindingsBySeverity(findings),
    risks: template.risks.map((risk) => ({
      id: risk.id,
      description: risk.description,
      mitigation: risk.mitigation,
      heightened: risk.guardedBy.some((conditionId: string) => unmet.has(conditionId)),
    })),
    thresholds,
  };
}
