import { deepFreeze } from '../core/deep-freeze.js';
import type { ReferenceId } from '../core/references.js';

/**
 * The two sides of Day's (2000) distinction, in order: `leader` development (of individuals) and
 * `leadership` development (of the collective).
 *
 * @example
 * developmentFocusIds //=> ['leader', 'leadership']
 * @see {@link developmentFocus}
 */
export const developmentFocusIds = /* @__PURE__ */ deepFreeze(['leader', 'leadership'] as const);

/**
 * Which side of Day's distinction an intervention or theory is on: `'leader'` or `'leadership'`.
 *
 * @example
 * const focus: DevelopmentFocus = classifyIntervention('team-coaching');
 * focus //=> 'leadership'
 * @see {@link developmentFocus}
 */
export type DevelopmentFocus = (typeof developmentFocusIds)[number];

/**
 * The kinds of capital development builds (Day, 2000): `human` capital (an individual's
 * knowledge, skills and attributes) and `social` capital (the relationships and trust between
 * people that let them act together).
 *
 * @example
 * developmentCapitals //=> ['human', 'social']
 * @see {@link developmentFocus}
 */
export const developmentCapitals = /* @__PURE__ */ deepFreeze(['human', 'social'] as const);

/**
 * One of {@link developmentCapitals}.
 * @see {@link developmentCapitals}
 */
export type DevelopmentCapital = (typeof developmentCapitals)[number];

/**
 * Day's (2000) distinction between leader development and leadership development, as data, keyed
 * by {@link DevelopmentFocus}.
 *
 * Leader development works on the individual and is intrapersonal (self-awareness,
 * self-regulation, self-motivation): it builds human capital. Leadership development works on the
 * collective and is interpersonal and systemic (relational networks, collective sense-making,
 * shared vision, leadership capacity distributed across the organisation): it builds social
 * capital. Day argues that organisations invest far more in the first than the second, and that
 * both are needed. Statements are lmdkit's own summary.
 *
 * @example
 * developmentFocus.leader.capital //=> 'human'
 * developmentFocus.leadership.level //=> 'collective'
 * developmentFocus.leader.develops.length //=> 3
 * @see {@link interventions} for the catalogue classified by focus
 * @see Day, D. V. (2000). Leadership development: a review in context. The Leadership Quarterly, 11(4), 581–613.
 */
export const developmentFocus = /* @__PURE__ */ deepFreeze({
  leader: {
    id: 'leader',
    name: 'Leader development',
    level: 'individual',
    orientation: 'intrapersonal',
    develops: ['self-awareness', 'self-regulation', 'self-motivation'],
    capital: 'human',
    summary:
      'Develops the individual: the knowledge, skills and personal qualities a person needs to lead well in a formal role.',
    sources: ['day-2000'],
  },
  leadership: {
    id: 'leadership',
    name: 'Leadership development',
    level: 'collective',
    orientation: 'interpersonal and systemic',
    develops: [
      'relational networks',
      'collective sense-making',
      'shared vision',
      'distributed leadership capacity',
    ],
    capital: 'social',
    summary:
      'Develops the collective: the relationships, trust and shared understanding through which people across an organisation lead together.',
    sources: ['day-2000'],
  },
} as const satisfies Record<
  DevelopmentFocus,
  {
    readonly id: DevelopmentFocus;
    readonly capital: DevelopmentCapital;
    readonly sources: readonly ReferenceId[];
    readonly [key: string]: unknown;
  }
>);
