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
  // Issue 4 (evaluation: HR metrics and ROI), helper wt-eval.
  'cipd-turnover-retention': {
    id: 'cipd-turnover-retention',
    authors: ['Chartered Institute of Personnel and Development'],
    year: 2024,
    title: 'Employee turnover and retention',
    outlet: 'CIPD factsheet, London',
    verified: false,
    note: 'Source of the crude turnover rate (leavers ÷ average headcount × 100) and the stability index (staff with a year’s service or more ÷ headcount a year ago × 100). The factsheet is revised regularly; the year is the revision consulted from memory and was not checked.',
  },
  'cipd-absence-measurement': {
    id: 'cipd-absence-measurement',
    authors: ['Chartered Institute of Personnel and Development'],
    year: 2024,
    title: 'Absence measurement and management',
    outlet: 'CIPD factsheet, London',
    verified: false,
    note: 'Describes the lost time rate, frequency measures and the Bradford factor, and cautions about trigger points. The factsheet is revised regularly; the year was not checked.',
  },
  'acas-attendance-turnover': {
    id: 'acas-attendance-turnover',
    authors: ['Acas'],
    year: 2014,
    title: 'Managing attendance and employee turnover',
    outlet: 'Acas advisory booklet, London',
    verified: false,
    note: 'Defines the lost time rate, the frequency rate (spells ÷ average employees × 100) and the individual frequency rate (employees with an absence ÷ average employees × 100). The year of the edition and the exact wording were not checked; Acas has since moved this material to web guidance.',
  },
  'bradford-factor': {
    id: 'bradford-factor',
    authors: ['Bradford University School of Management'],
    year: 1980,
    title: 'The Bradford factor: S² × D, spells of absence squared times days absent',
    outlet: 'Attributed to research at Bradford University School of Management in the 1980s',
    verified: false,
    note: 'No primary publication could be identified; the formula is as described in CIPD and practitioner guidance. The year is approximate.',
  },
  'reichheld-2003': {
    id: 'reichheld-2003',
    authors: ['Reichheld, F. F.'],
    year: 2003,
    title: 'The one number you need to grow',
    outlet: 'Harvard Business Review, 81(12), 46–54',
    verified: true,
    note: 'Introduces the Net Promoter Score: promoters (9–10) minus detractors (0–6) on a 0–10 likelihood-to-recommend scale. The employee variant (eNPS) applies it to recommending the organisation as a place to work.',
  },
  'phillips-phillips-2016': {
    id: 'phillips-phillips-2016',
    authors: ['Phillips, J. J.', 'Phillips, P. P.'],
    year: 2016,
    title: 'Handbook of training evaluation and measurement methods',
    outlet: 'Routledge, New York (4th edition)',
    verified: false,
    note: 'Source of the ROI (net benefits ÷ costs × 100), the benefit-cost ratio, the payback period and the twelve guiding principles of the ROI Methodology (conservative adjustment of estimates, isolation of effects, first-year benefits for short programmes, fully loaded costs, intangibles not converted to money). Edition details and principle numbering were not checked against the book.',
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
