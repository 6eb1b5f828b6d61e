import { deepFreeze } from '../core/deep-freeze.js';
import type { EvidenceStrength } from '../core/evidence-strength.js';
import type { ReferenceId } from '../core/references.js';

/**
 * The data of Investors in People UK's 2010 report on a possible Leadership & Management Good
 * Practice Award, as frozen records: the votes on nine possible "stretch" topics, the vote by IIP
 * centre on whether there is a market for an award, the four options with their pros and cons
 * (paraphrased), the report's recommendation, the ways of measuring L&M capability respondents
 * suggested, and the figures the report quotes.
 *
 * Counts are as printed; a blank cell is recorded as 0 and listed in `blankCells`. The evidence is
 * `consultation`: interviews and focus groups held September–December 2009, not a sample
 * designed to represent employers.
 *
 * @example
 * consultation2010.stretchTopics.length //=> 9
 * consultation2010.awardMarket.reduce((total, centre) => total + centre.yes, 0) //=> 37
 * consultation2010.recommendation.option //=> 'themed-approach'
 * @see {@link supportShare} and {@link rankBySupport} to analyse the votes
 */
export const consultation2010 = /* @__PURE__ */ deepFreeze({
  evidence: 'consultation',
  period: { from: '2009-09', to: '2009-12' },
  stretchTopics: [
    { id: 'leadership-only', topic: 'An award that concentrates on leadership alone', yes: 20, no: 22, maybe: 9 },
    { id: 'individual-stretch', topic: 'Stretch for the individual leader as well as for the organisation', yes: 35, no: 4, maybe: 10 },
    { id: 'business-acumen', topic: 'Building leaders’ and managers’ business acumen: focus on results and resources, and political awareness', yes: 36, no: 7, maybe: 8 },
    { id: 'long-term-strategy', topic: 'Helping leaders and managers build long-term strategies', yes: 29, no: 7, maybe: 13 },
    { id: 'succession-planning', topic: 'Developing the organisation’s succession planning strategy', yes: 38, no: 3, maybe: 9 },
    { id: 'innovation', topic: 'Building the capability to innovate and a culture in which innovation thrives', yes: 29, no: 2, maybe: 18 },
    { id: 'customer-stakeholder-awareness', topic: 'Putting customer and stakeholder awareness first and letting those relationships shape practice', yes: 26, no: 6, maybe: 18 },
    { id: 'leadership-impact', topic: 'Showing the impact of effective leadership', yes: 44, no: 3, maybe: 3 },
    { id: 'ethical-leadership', topic: 'Corporate social responsibility and ethical leadership: integrity, morality and environmental issues', yes: 32, no: 8, maybe: 10 },
  ],
  strongestSupportAsReported: ['leadership-impact', 'succession-planning', 'business-acumen', 'individual-stretch'],
  awardMarketQuestion: 'Would a Good Practice Award in leadership and management be useful to your organisation?',
  awardMarket: [
    { centre: 'IIPUK', name: 'Investors in People UK', yes: 6, no: 0, maybe: 0, blankCells: [], verified: true },
    { centre: 'YHAL', name: 'Yorkshire and Humber (expansion assumed)', yes: 6, no: 0, maybe: 0, blankCells: [], verified: false },
    { centre: 'NW', name: 'North West', yes: 6, no: 0, maybe: 2, blankCells: [], verified: true },
    { centre: 'WALES', name: 'Wales', yes: 3, no: 1, maybe: 0, blankCells: [], verified: true },
    { centre: 'TAN', name: 'TAN (not expanded in the report)', yes: 5, no: 0, maybe: 2, blankCells: [], verified: false },
    { centre: 'EMIDS', name: 'East Midlands', yes: 11, no: 2, maybe: 0, blankCells: ['maybe'], verified: true },
  ],
  awardMarketTotalAsReported: { yes: 37, no: 3, maybe: 4 },
  awardMarketShareAsReported: 0.84,
  options: [
    {
      id: 'themed-approach',
      number: 1,
      name: 'Themed approach',
      summary: 'Recognise leadership and management through an L&M themed assessment within the IIP framework, which already covers the whole model.',
      pros: [
        'Keeps the IIP framework as the single core product, with nothing to distract from it.',
        'Strengthens the leadership and management focus within the framework.',
        'Already in use in Northern Ireland, where diagnosis against the framework emphasises L&M, with government backing and good take-up.',
      ],
      cons: [
        'Other themes in the framework, such as managing change, would have no external recognition of their own.',
        'Further recognition may over-complicate an offer in which Bronze, Silver and Gold are still new.',
        'Leaves no near-term route to new L&M topics outside the framework.',
        'The theme is large: the 39 Standard evidence requirements come first, so it is no easier a way in for organisations new to the framework.',
      ],
    },
    {
      id: 'explore-the-framework',
      number: 2,
      name: 'Explore the framework',
      summary: 'Grow the core framework with the new stretch topics, giving one core product with flexible focus and recognition.',
      pros: [
        'The framework remains the product everything sits within.',
        'Reinforces the message that organisations use the framework as suits their needs.',
        'Reinforces that leadership and management are fundamental to the framework.',
        'New topics can be added, sensibly as part of the framework review.',
      ],
      cons: [
        'Cannot respond year by year, since the framework is reviewed only every three to four years or less often.',
        'May be slow to meet new customers’ needs.',
        'The framework may come to seem unwieldy unless it is communicated well.',
      ],
    },
    {
      id: 'partner-products',
      number: 3,
      name: 'Link with partner products in new areas',
      summary: 'A partner develops an L&M product on new content and IIP shows how the framework supports and underpins it, as with the Health and Wellbeing Award.',
      pros: [
        'A new product without adding to IIP’s own portfolio.',
        'Reaches new audiences through the partner’s channels.',
        'A well-chosen partner can strengthen understanding of IIP’s effect on L&M capability and results.',
        'Keeps the portfolio simple while raising IIP’s profile.',
        'Brings extra expertise into the specialist network.',
        'A UK-wide partner would help the devolved administrations support the idea early.',
      ],
      cons: ['Less control over development with a partner involved.'],
    },
    {
      id: 'business-networks',
      number: 4,
      name: 'Business networks',
      summary: 'Make joining a local business network, for sharing practice on leadership and management, part of achieving an L&M award.',
      pros: [
        'Brings organisations together around a common theme.',
        'Encourages good practice, peer support and recognition of what the framework can do for L&M capability.',
        'A chance to explore L&M metrics and measurement with organisations.',
      ],
      cons: [
        'A UK-wide network would need every IIP centre to take part in delivery.',
        'Would need UKCES to help set the agenda and link it to the wider skills agenda.',
      ],
    },
  ],
  recommendation: {
    option: 'themed-approach',
    statement:
      'Recognise leadership and management through themed assessments and certificates within the IIP framework, and use the next framework review to explore the other areas the consultation identified.',
  },
  measurementApproaches: [
    { id: 'iip-assessment', name: 'The IIP assessment itself' },
    { id: '360-degree-feedback', name: '360-degree feedback' },
    { id: 'employee-survey', name: 'Employee surveys' },
    { id: 'appraisal', name: 'Appraisals' },
    { id: 'leadership-index', name: 'A Leadership Index' },
    { id: 'benchmarking', name: 'Benchmarking against other leaders and managers' },
    { id: 'recruitment', name: 'Monitoring recruitment' },
    { id: 'retention', name: 'Monitoring retention' },
    { id: 'absence', name: 'Monitoring absence' },
    { id: 'innovative-ideas', name: 'Counting new innovative ideas' },
    { id: 'promotions', name: 'Monitoring promotions' },
  ],
  measurementCaveats: [
    'Most respondents thought L&M effectiveness can be measured over time if the measures are tied explicitly to the business plan.',
    'Some doubted that qualities such as integrity and authenticity can be measured; one suggested they can only be judged by talking to stakeholders, employees, customers and non-executives.',
  ],
  facts: [
    { id: 'lm-model-publications-sold', value: 38000, unit: 'publications', statement: 'L&M Model publications sold through TSO since the 2003 launch (more than this figure).', source: 'iip-lm-consultation-2010' },
    { id: 'lm-recognitions-uk', value: 227, unit: 'organisations', statement: 'UK organisations recognised against the L&M Model at the time of the report.', source: 'iip-lm-consultation-2010' },
    { id: 'lm-commitments-uk', value: 140, unit: 'organisations', statement: 'UK organisations committed to the L&M Model at the time of the report.', source: 'iip-lm-consultation-2010' },
    { id: 'lm-recognitions-wales', value: 62, unit: 'organisations', statement: 'Organisations recognised against the L&M Model through the Wales centre.', source: 'iip-lm-consultation-2010' },
    { id: 'lm-commitments-wales', value: 133, unit: 'organisations', statement: 'Organisations committed to the L&M Model through the Wales centre.', source: 'iip-lm-consultation-2010' },
    { id: 'senior-leaders-knowing-iip', value: 49, unit: 'percent', statement: 'Senior leaders who knew a lot or a fair amount about IIP (2008 Captains of Industry survey).', source: 'ipsos-mori-2009' },
    { id: 'senior-leaders-knowing-efqm', value: 12, unit: 'percent', statement: 'Senior leaders who knew a lot or a fair amount about the EFQM Excellence Model (same survey).', source: 'ipsos-mori-2009' },
  ],
  sources: ['iip-lm-consultation-2010', 'ipsos-mori-2009', 'bourne-franco-santos-2010'],
} as const satisfies {
  readonly evidence: EvidenceStrength;
  readonly facts: readonly { readonly source: ReferenceId; readonly [key: string]: unknown }[];
  readonly sources: readonly ReferenceId[];
  readonly [key: string]: unknown;
});

/**
 * The id of one of the nine stretch topics voted on in the 2010 consultation.
 * @see {@link consultation2010}
 */
export type StretchTopicId = (typeof consultation2010)['stretchTopics'][number]['id'];
