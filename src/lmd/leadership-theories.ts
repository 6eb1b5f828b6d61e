import { deepFreeze } from '../core/deep-freeze.js';
import type { EvidenceStrength } from '../core/evidence-strength.js';
import type { ReferenceId } from '../core/references.js';
import type { DevelopmentFocus } from './development-focus.js';

/**
 * The ids of the theories in {@link leadershipTheories}.
 *
 * @example
 * leadershipTheoryIds //=> ['transformational', 'distributed', 'collaborative']
 * @see {@link leadershipTheories}
 */
export const leadershipTheoryIds = /* @__PURE__ */ deepFreeze(['transformational', 'distributed', 'collaborative'] as const);

/**
 * One of {@link leadershipTheoryIds}.
 * @see {@link leadershipTheories}
 */
export type LeadershipTheoryId = (typeof leadershipTheoryIds)[number];

/**
 * The shape every entry of {@link leadershipTheories} satisfies.
 * @see {@link leadershipTheories}
 */
export interface LeadershipTheoryData {
  /** Stable id. */
  readonly id: LeadershipTheoryId;
  /** Its usual name. */
  readonly name: string;
  /** Where leadership is located, in a phrase. */
  readonly locus: string;
  /** Which side of Day's distinction the theory puts weight on. */
  readonly emphasis: DevelopmentFocus;
  /** Its key claims, in lmdkit's words. */
  readonly keyClaims: readonly string[];
  /** What it implies for designing leadership and management development. */
  readonly designImplications: readonly string[];
  /** Its main limitations or criticisms. */
  readonly limitations: readonly string[];
  /** The kind of evidence behind it. */
  readonly evidence: EvidenceStrength;
  /** What that evidence says, and its limits. */
  readonly evidenceNote: string;
  /** The works it rests on. */
  readonly sources: readonly ReferenceId[];
}

/**
 * Three leadership theories that shape leadership and management development design, as data:
 * transformational leadership (the full range model, Bass & Avolio), distributed leadership
 * (Spillane) and collaborative leadership (Archer & Cameron). Each carries its key claims, what it
 * implies for design, its limitations, an evidence grade and sources, in lmdkit's own words.
 *
 * @example
 * leadershipTheories.map((theory) => theory.evidence) //=> ['meta-analysis', 'case-based', 'practitioner-reported']
 * leadershipTheories.find((theory) => theory.id === 'distributed')?.sources //=> ['spillane-2006']
 * @see {@link fullRangeModel} for the transformational model's scales
 * @see Bass & Avolio (1994); Judge & Piccolo (2004); Spillane (2006); Archer & Cameron (2013)
 */
export const leadershipTheories = /* @__PURE__ */ deepFreeze([
  {
    id: 'transformational',
    name: 'Transformational leadership (full range model)',
    locus: 'In the behaviour of individual leaders towards their followers.',
    emphasis: 'leader',
    keyClaims: [
      'Leadership behaviour runs on a range from passive (laissez-faire) through transactional exchange to transformational leadership.',
      'Transformational leadership works through four behaviours: idealised influence, inspirational motivation, intellectual stimulation and individualised consideration.',
      'Transformational leadership adds to the effect of transactional leadership rather than replacing it.',
    ],
    designImplications: [
      'Use multi-rater measures of the full range (such as the MLQ) to diagnose and to evaluate change.',
      'Aim to reduce passive-avoidant behaviour as well as to build transformational behaviour.',
      'Keep effective contingent reward: it predicts outcomes almost as well as transformational leadership.',
    ],
    limitations: [
      'Focuses on the individual leader, so it says little about collective or systemic leadership.',
      'Transformational and contingent reward scores correlate strongly, which blurs their separate effects.',
    ],
    evidence: 'meta-analysis',
    evidenceNote:
      'Meta-analyses find transformational leadership related to follower satisfaction, motivation and performance across settings (overall validity .44), with contingent reward close behind (.39) and laissez-faire negative (−.37).',
    sources: ['bass-avolio-1994', 'judge-piccolo-2004', 'wang-oh-courtright-colbert-2011'],
  },
  {
    id: 'distributed',
    name: 'Distributed leadership',
    locus: 'In the interactions of leaders, followers and their situation, including tools and routines.',
    emphasis: 'leadership',
    keyClaims: [
      'Leadership is a practice spread across several leaders and followers, not an attribute of one person in a formal role.',
      'The practice takes shape in interactions and is shaped by the organisation’s tools and routines.',
    ],
    designImplications: [
      'Develop teams and working relationships, not only individual leaders.',
      'Attend to the structures, routines and norms within which leadership is practised.',
      'Expect limited organisational benefit from individual development alone.',
    ],
    limitations: [
      'Mainly descriptive: it says how to look at leadership more than what works.',
      'Developed largely in schools; transfer to other sectors is assumed rather than shown.',
    ],
    evidence: 'case-based',
    evidenceNote:
      'Built from qualitative study of leadership practice in schools; evidence that distributing leadership improves outcomes is limited and mostly correlational.',
    sources: ['spillane-2006'],
  },
  {
    id: 'collaborative',
    name: 'Collaborative leadership',
    locus: 'In relationships across organisational boundaries.',
    emphasis: 'leadership',
    keyClaims: [
      'In partnerships, commissioning and complex public services, no one organisation is in charge, so leadership is shared across boundaries.',
      'Leading without formal authority rests on relationships, handling conflict and sharing control.',
    ],
    designImplications: [
      'Develop relational capacity across partner organisations at the same time, ideally with them in the room.',
      'Include skills of influence, negotiation and handling conflict without hierarchy.',
    ],
    limitations: [
      'Drawn from practitioner experience rather than systematic testing.',
      'Hard to evaluate because outcomes are shared between organisations.',
    ],
    evidence: 'practitioner-reported',
    evidenceNote:
      'Based on the authors’ consulting experience and interviews with leaders in partnership settings; not tested systematically.',
    sources: ['archer-cameron-2013'],
  },
] as const satisfies readonly LeadershipTheoryData[]);
