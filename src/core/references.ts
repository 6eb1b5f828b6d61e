import type { Citation } from './citation.js';
import { deepFreeze } from './deep-freeze.js';
import { describeValue } from './describe-value.js';
import { LmdInputError } from './input-error.js';

/**
 * lmdkit's bibliography: every work a rule, threshold, formula or datum in the library rests on,
 * keyed by a stable id. Findings name these ids in `basis`; catalogue entries in `sources`.
 *
 * Entries whose details could only be taken from a secondary citation (the seeds, or grey
 * literature not available to check) carry `verified: false`.
 *
 * @example
 * references['judge-piccolo-2004'].year //=> 2004
 * references['iip-lm-model-2003'].verified //=> false
 * @see {@link getReference} to look one up from untyped input
 */
export const references = /* @__PURE__ */ deepFreeze({
  'iip-lm-model-2003': {
    id: 'iip-lm-model-2003',
    authors: ['Investors in People UK'],
    year: 2003,
    title: 'The Leadership and Management Model',
    outlet: 'Investors in People UK (published through The Stationery Office)',
    verified: false,
    note: 'Year and content as given in the 2010 consultation report (its Appendix 2); the publication itself was not available to check.',
  },
  'iip-standard-2004': {
    id: 'iip-standard-2004',
    authors: ['Investors in People UK'],
    year: 2004,
    title: 'The Investors in People Standard',
    outlet: 'Investors in People UK',
    verified: false,
    note: 'Ten indicators in Plan, Do and Review; the total of 39 evidence requirements is confirmed by the 2010 consultation report.',
  },
  'iip-framework-2009': {
    id: 'iip-framework-2009',
    authors: ['Investors in People UK'],
    year: 2009,
    title: 'The Investors in People framework: the new approach, with Bronze, Silver and Gold recognition',
    outlet: 'Investors in People UK',
    verified: false,
    note: 'Launched May 2009 according to the 2010 consultation report; the additional-requirement counts for each level were not checked against the framework documents.',
  },
  'iip-framework-2015': {
    id: 'iip-framework-2015',
    authors: ['Investors in People'],
    year: 2015,
    title: 'We invest in people: the Investors in People Standard (sixth generation)',
    outlet: 'Investors in People Community Interest Company',
    verified: false,
    note: 'Structure (three headings, nine indicators, four performance levels, four accreditation grades) from public summaries; not checked against the licensed framework.',
  },
  'iip-lm-consultation-2010': {
    id: 'iip-lm-consultation-2010',
    authors: ['Investors in People UK'],
    year: 2010,
    title: 'Leadership and management Good Practice Award: stakeholder and employer consultation and options',
    outlet: 'Investors in People UK, internal report',
    verified: false,
    note: 'The copy held is untitled and undated: the title is descriptive and the year follows from its consultation dates (September to December 2009).',
  },
  'bourne-franco-santos-2010': {
    id: 'bourne-franco-santos-2010',
    authors: ['Bourne, M.', 'Franco-Santos, M.'],
    year: 2010,
    title: 'Investors in People, managerial capabilities and performance',
    outlet: 'Cranfield School of Management',
    verified: false,
    note: 'As cited in the 2010 consultation report.',
  },
  'ipsos-mori-2009': {
    id: 'ipsos-mori-2009',
    authors: ['Ipsos MORI'],
    year: 2009,
    title: 'Captains of Industry survey 2008',
    outlet: 'Ipsos MORI',
    verified: false,
    note: 'As cited in the 2010 consultation report.',
  },
  'day-2000': {
    id: 'day-2000',
    authors: ['Day, D. V.'],
    year: 2000,
    title: 'Leadership development: a review in context',
    outlet: 'The Leadership Quarterly, 11(4), 581–613',
    doi: '10.1016/S1048-9843(00)00061-8',
    verified: true,
  },
  'smither-london-reilly-2005': {
    id: 'smither-london-reilly-2005',
    authors: ['Smither, J. W.', 'London, M.', 'Reilly, R. R.'],
    year: 2005,
    title:
      'Does performance improve following multisource feedback? A theoretical model, meta-analysis, and review of empirical findings',
    outlet: 'Personnel Psychology, 58(1), 33–66',
    verified: true,
  },
  'atwater-waldman-1998': {
    id: 'atwater-waldman-1998',
    authors: ['Atwater, L. E.', 'Waldman, D. A.'],
    year: 1998,
    title: '360 degree feedback and leadership development',
    outlet: 'The Leadership Quarterly, 9(4), 423–426',
    verified: false,
    note: 'Cited by the 7OS06 seed for over-raters being least likely to improve; pages not checked.',
  },
  'bass-avolio-1994': {
    id: 'bass-avolio-1994',
    authors: ['Bass, B. M.', 'Avolio, B. J.'],
    year: 1994,
    title: 'Improving organizational effectiveness through transformational leadership',
    outlet: 'Sage, Thousand Oaks, CA',
    verified: true,
  },
  'judge-piccolo-2004': {
    id: 'judge-piccolo-2004',
    authors: ['Judge, T. A.', 'Piccolo, R. F.'],
    year: 2004,
    title: 'Transformational and transactional leadership: a meta-analytic test of their relative validity',
    outlet: 'Journal of Applied Psychology, 89(5), 755–768',
    doi: '10.1037/0021-9010.89.5.755',
    verified: true,
  },
  'wang-oh-courtright-colbert-2011': {
    id: 'wang-oh-courtright-colbert-2011',
    authors: ['Wang, G.', 'Oh, I.-S.', 'Courtright, S. H.', 'Colbert, A. E.'],
    year: 2011,
    title: 'Transformational leadership and performance across criteria and levels: a meta-analytic review of 25 years of research',
    outlet: 'Group & Organization Management, 36(2), 223–270',
    verified: true,
  },
  'spillane-2006': {
    id: 'spillane-2006',
    authors: ['Spillane, J. P.'],
    year: 2006,
    title: 'Distributed leadership',
    outlet: 'Jossey-Bass, San Francisco',
    verified: true,
  },
  'archer-cameron-2013': {
    id: 'archer-cameron-2013',
    authors: ['Archer, D.', 'Cameron, A.'],
    year: 2013,
    title: 'Collaborative leadership: building relationships, handling conflict and sharing control (2nd ed.)',
    outlet: 'Routledge, Abingdon',
    verified: true,
  },
  'revans-2011': {
    id: 'revans-2011',
    authors: ['Revans, R. W.'],
    year: 2011,
    title: 'ABC of action learning',
    outlet: 'Gower, Farnham',
    verified: true,
  },
  'pedler-burgoyne-brook-2005': {
    id: 'pedler-burgoyne-brook-2005',
    authors: ['Pedler, M.', 'Burgoyne, J.', 'Brook, C.'],
    year: 2005,
    title: 'What has action learning learned to become?',
    outlet: 'Action Learning: Research and Practice, 2(1), 49–68',
    verified: true,
  },
  'neumaier-1974': {
    id: 'neumaier-1974',
    authors: ['Neumaier, A.'],
    year: 1974,
    title: 'Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen',
    outlet: 'ZAMM – Zeitschrift für Angewandte Mathematik und Mechanik, 54(1), 39–51',
    verified: true,
  },
  'chan-golub-leveque-1983': {
    id: 'chan-golub-leveque-1983',
    authors: ['Chan, T. F.', 'Golub, G. H.', 'LeVeque, R. J.'],
    year: 1983,
    title: 'Algorithms for computing the sample variance: analysis and recommendations',
    outlet: 'The American Statistician, 37(3), 242–247',
    verified: true,
  },
  // Added for issue 5 (src/lmd: leader vs leadership development, interventions, theories, action learning).
  'avolio-bass-2004': {
    id: 'avolio-bass-2004',
    authors: ['Avolio, B. J.', 'Bass, B. M.'],
    year: 2004,
    title: 'Multifactor Leadership Questionnaire: manual and sampler set (3rd ed.)',
    outlet: 'Mind Garden, Menlo Park, CA',
    verified: false,
    note: 'The MLQ Form 5X manual: source of the nine leadership scales, three outcome scales, their grouping and the 0–4 frequency scale. Publisher location not checked; the items are copyrighted and not carried.',
  },
  'antonakis-avolio-sivasubramaniam-2003': {
    id: 'antonakis-avolio-sivasubramaniam-2003',
    authors: ['Antonakis, J.', 'Avolio, B. J.', 'Sivasubramaniam, N.'],
    year: 2003,
    title:
      'Context and leadership: an examination of the nine-factor full-range leadership theory using the Multifactor Leadership Questionnaire',
    outlet: 'The Leadership Quarterly, 14(3), 261–295',
    verified: true,
  },
  'theeboom-beersma-vanvianen-2014': {
    id: 'theeboom-beersma-vanvianen-2014',
    authors: ['Theeboom, T.', 'Beersma, B.', 'van Vianen, A. E. M.'],
    year: 2014,
    title: 'Does coaching work? A meta-analysis on the effects of coaching on individual level outcomes in an organizational context',
    outlet: 'The Journal of Positive Psychology, 9(1), 1–18',
    verified: true,
  },
  'kram-1985': {
    id: 'kram-1985',
    authors: ['Kram, K. E.'],
    year: 1985,
    title: 'Mentoring at work: developmental relationships in organizational life',
    outlet: 'Scott, Foresman, Glenview, IL',
    verified: true,
  },
  'allen-eby-poteet-lentz-lima-2004': {
    id: 'allen-eby-poteet-lentz-lima-2004',
    authors: ['Allen, T. D.', 'Eby, L. T.', 'Poteet, M. L.', 'Lentz, E.', 'Lima, L.'],
    year: 2004,
    title: 'Career benefits associated with mentoring for protégés: a meta-analysis',
    outlet: 'Journal of Applied Psychology, 89(1), 127–136',
    verified: true,
  },
  'gaugler-rosenthal-thornton-bentson-1987': {
    id: 'gaugler-rosenthal-thornton-bentson-1987',
    authors: ['Gaugler, B. B.', 'Rosenthal, D. B.', 'Thornton, G. C., III', 'Bentson, C.'],
    year: 1987,
    title: 'Meta-analysis of assessment center validity',
    outlet: 'Journal of Applied Psychology, 72(3), 493–511',
    verified: true,
  },
  'thornton-rupp-2006': {
    id: 'thornton-rupp-2006',
    authors: ['Thornton, G. C., III', 'Rupp, D. E.'],
    year: 2006,
    title: 'Assessment centers in human resource management: strategies for prediction, diagnosis, and development',
    outlet: 'Lawrence Erlbaum Associates, Mahwah, NJ',
    verified: true,
  },
  'collins-holton-2004': {
    id: 'collins-holton-2004',
    authors: ['Collins, D. B.', 'Holton, E. F., III'],
    year: 2004,
    title: 'The effectiveness of managerial leadership development programs: a meta-analysis of studies from 1982 to 2001',
    outlet: 'Human Resource Development Quarterly, 15(2), 217–248',
    verified: true,
  },
  'lacerenza-reyes-marlow-joseph-salas-2017': {
    id: 'lacerenza-reyes-marlow-joseph-salas-2017',
    authors: ['Lacerenza, C. N.', 'Reyes, D. L.', 'Marlow, S. L.', 'Joseph, D. L.', 'Salas, E.'],
    year: 2017,
    title: 'Leadership training design, delivery, and implementation: a meta-analysis',
    outlet: 'Journal of Applied Psychology, 102(12), 1686–1718',
    verified: true,
  },
  'locke-latham-2002': {
    id: 'locke-latham-2002',
    authors: ['Locke, E. A.', 'Latham, G. P.'],
    year: 2002,
    title: 'Building a practically useful theory of goal setting and task motivation: a 35-year odyssey',
    outlet: 'American Psychologist, 57(9), 705–717',
    verified: true,
  },
  'mccall-2004': {
    id: 'mccall-2004',
    authors: ['McCall, M. W., Jr.'],
    year: 2004,
    title: 'Leadership development through experience',
    outlet: 'Academy of Management Executive, 18(3), 127–130',
    verified: true,
  },
  'mccall-lombardo-morrison-1988': {
    id: 'mccall-lombardo-morrison-1988',
    authors: ['McCall, M. W., Jr.', 'Lombardo, M. M.', 'Morrison, A. M.'],
    year: 1988,
    title: 'The lessons of experience: how successful executives develop on the job',
    outlet: 'Lexington Books, Lexington, MA',
    verified: true,
  },
  'hackman-wageman-2005': {
    id: 'hackman-wageman-2005',
    authors: ['Hackman, J. R.', 'Wageman, R.'],
    year: 2005,
    title: 'A theory of team coaching',
    outlet: 'Academy of Management Review, 30(2), 269–287',
    verified: true,
  },
  'wenger-1998': {
    id: 'wenger-1998',
    authors: ['Wenger, E.'],
    year: 1998,
    title: 'Communities of practice: learning, meaning, and identity',
    outlet: 'Cambridge University Press, Cambridge',
    verified: true,
  },
  'schein-2010': {
    id: 'schein-2010',
    authors: ['Schein, E. H.'],
    year: 2010,
    title: 'Organizational culture and leadership (4th ed.)',
    outlet: 'Jossey-Bass, San Francisco',
    verified: true,
  },
  'ellinger-ellinger-keller-2003': {
    id: 'ellinger-ellinger-keller-2003',
    authors: ['Ellinger, A. D.', 'Ellinger, A. E.', 'Keller, S. B.'],
    year: 2003,
    title:
      'Supervisory coaching behavior, employee satisfaction, and warehouse employee performance: a dyadic perspective in the distribution industry',
    outlet: 'Human Resource Development Quarterly, 14(4), 435–458',
    verified: false,
    note: 'Journal, volume, issue and first page checked against a copy of the article; the last page was not.',
  },
} as const satisfies Record<string, Citation>);

/**
 * The id of a work in {@link references}: a literal union, so a mistyped id fails to compile.
 *
 * @example
 * const id: ReferenceId = 'day-2000';
 * references[id].authors //=> ['Day, D. V.']
 * @see {@link references}
 */
export type ReferenceId = keyof typeof references;

/**
 * Looks up a work in the bibliography by id, for ids that arrive as untyped strings (from a
 * stored finding, say).
 *
 * @param id - a bibliography id
 * @returns the frozen citation
 * @throws LmdInputError when no work has that id
 * @example
 * getReference('spillane-2006').title //=> 'Distributed leadership'
 * getReference('nobody-1999' as ReferenceId) //=> throws LmdInputError
 * @see {@link references}
 */
export function getReference(id: ReferenceId): Citation {
  if (typeof id === 'string' && Object.hasOwn(references, id)) return references[id];
  throw new LmdInputError([
    { path: 'id', message: `no work in the bibliography has this id (received ${describeValue(id)})` },
  ]);
}
