import { deepFreeze } from '../core/deep-freeze.js';
import type { ReferenceId } from '../core/references.js';

/**
 * The structure of the current (sixth generation, 2015) Investors in People framework: three
 * headings of three indicators each, four performance levels an indicator can be assessed at, and
 * four accreditation grades. Names only: the framework's themes and statements are licensed and
 * not reproduced. Indicators 7–9 are marked `verified: false` (names taken from public summaries
 * that could not be checked against the framework).
 *
 * IIP does not publish a rule that turns indicator levels into a grade; see
 * {@link accreditationGrade}, which applies a rule the caller supplies.
 *
 * @example
 * iipFramework2015.headings.map((heading) => heading.name) //=> ['Leading', 'Supporting', 'Improving']
 * iipFramework2015.levels.map((level) => level.id) //=> ['developed', 'established', 'advanced', 'high-performing']
 * iipFramework2015.grades.map((grade) => grade.id) //=> ['accredited', 'silver', 'gold', 'platinum']
 * @see {@link accreditationGrade}
 */
export const iipFramework2015 = /* @__PURE__ */ deepFreeze({
  name: 'Investors in People framework (sixth generation)',
  year: 2015,
  headings: [
    { id: 'leading', name: 'Leading', indicators: [1, 2, 3] },
    { id: 'supporting', name: 'Supporting', indicators: [4, 5, 6] },
    { id: 'improving', name: 'Improving', indicators: [7, 8, 9] },
  ],
  indicators: [
    { number: 1, name: 'Leading and inspiring people', heading: 'leading', verified: true },
    { number: 2, name: 'Living the organisation’s values and behaviours', heading: 'leading', verified: true },
    { number: 3, name: 'Empowering and involving people', heading: 'leading', verified: true },
    { number: 4, name: 'Managing performance', heading: 'supporting', verified: true },
    { number: 5, name: 'Recognising and rewarding high performance', heading: 'supporting', verified: true },
    { number: 6, name: 'Structuring work', heading: 'supporting', verified: true },
    { number: 7, name: 'Building capability', heading: 'improving', verified: false },
    { number: 8, name: 'Delivering continuous improvement', heading: 'improving', verified: false },
    { number: 9, name: 'Creating sustainable success', heading: 'improving', verified: false },
  ],
  levels: [
    { id: 'developed', name: 'Developed', rank: 1 },
    { id: 'established', name: 'Established', rank: 2 },
    { id: 'advanced', name: 'Advanced', rank: 3 },
    { id: 'high-performing', name: 'High performing', rank: 4 },
  ],
  grades: [
    { id: 'accredited', name: 'Accredited', rank: 1 },
    { id: 'silver', name: 'Silver', rank: 2 },
    { id: 'gold', name: 'Gold', rank: 3 },
    { id: 'platinum', name: 'Platinum', rank: 4 },
  ],
  sources: ['iip-framework-2015'],
} as const satisfies { readonly sources: readonly ReferenceId[]; readonly [key: string]: unknown });

/**
 * A performance level of the 2015 framework, or `'not-met'` (lmdkit's addition) for an indicator
 * that does not reach Developed.
 * @see {@link iipFramework2015}
 */
export type FrameworkLevel = 'not-met' | (typeof iipFramework2015)['levels'][number]['id'];

/**
 * An accreditation grade of the 2015 framework.
 * @see {@link iipFramework2015}
 */
export type FrameworkGrade = (typeof iipFramework2015)['grades'][number]['id'];
