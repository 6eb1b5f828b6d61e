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
  // 360-degree feedback interpretation and anonymity (issue 3)
  'yammarino-atwater-1997': {
    id: 'yammarino-atwater-1997',
    authors: ['Yammarino, F. J.', 'Atwater, L. E.'],
    year: 1997,
    title:
      'Do managers see themselves as others see them? Implications of self-other rating agreement for human resources management',
    outlet: 'Organizational Dynamics, 25(4), 35–44',
    verified: true,
    note: 'The four agreement categories: over-estimators, in-agreement/good, in-agreement/poor and under-estimators.',
  },
  'fleenor-smither-atwater-braddy-sturm-2010': {
    id: 'fleenor-smither-atwater-braddy-sturm-2010',
    authors: ['Fleenor, J. W.', 'Smither, J. W.', 'Atwater, L. E.', 'Braddy, P. W.', 'Sturm, R. E.'],
    year: 2010,
    title: 'Self-other rating agreement in leadership: a review',
    outlet: 'The Leadership Quarterly, 21(6), 1005–1034',
    verified: true,
    note: 'Reviews difference-score and categorical approaches to self-other agreement and their problems.',
  },
  'kluger-denisi-1996': {
    id: 'kluger-denisi-1996',
    authors: ['Kluger, A. N.', 'DeNisi, A.'],
    year: 1996,
    title:
      'The effects of feedback interventions on performance: a historical review, a meta-analysis, and a preliminary feedback intervention theory',
    outlet: 'Psychological Bulletin, 119(2), 254–284',
    verified: true,
    note: 'About a third of feedback interventions lowered performance; the basis for treating feedback as capable of harm.',
  },
  'london-smither-2002': {
    id: 'london-smither-2002',
    authors: ['London, M.', 'Smither, J. W.'],
    year: 2002,
    title: 'Feedback orientation, feedback culture, and the longitudinal performance management process',
    outlet: 'Human Resource Management Review, 12(1), 81–100',
    verified: true,
  },
  'ccl-benchmarks-360': {
    id: 'ccl-benchmarks-360',
    authors: ['Center for Creative Leadership'],
    year: 2020,
    title: 'Benchmarks 360-degree assessment: feedback report and facilitator guidance',
    outlet: 'Center for Creative Leadership, practitioner documentation',
    verified: false,
    note: 'Practice cited for a minimum of three raters per group, a minimum of four for an all-observers figure, merging small groups, and flagging a spread of three or more points within a group; taken from the 360 issue brief, not checked against the licensed documents. Year is a placeholder for the current edition.',
  },
  'glint-360-confidentiality': {
    id: 'glint-360-confidentiality',
    authors: ['Glint (Microsoft Viva Glint)'],
    year: 2023,
    title: 'Confidentiality thresholds for 360 feedback reports',
    outlet: 'Microsoft Viva Glint product documentation',
    verified: false,
    note: 'Practice cited for leaving a rater group below the threshold out of every figure rather than merging it; not checked against the product documentation. Year is a placeholder.',
  },
  'hundepool-et-al-2012': {
    id: 'hundepool-et-al-2012',
    authors: [
      'Hundepool, A.',
      'Domingo-Ferrer, J.',
      'Franconi, L.',
      'Giessing, S.',
      'Schulte Nordholt, E.',
      'Spicer, K.',
      'de Wolf, P.-P.',
    ],
    year: 2012,
    title: 'Statistical disclosure control',
    outlet: 'Wiley',
    verified: true,
    note: 'Threshold rules for tables and the differencing (subtraction) attack that secondary suppression defends against.',
  },
  'satyanarayan-et-al-2017': {
    id: 'satyanarayan-et-al-2017',
    authors: ['Satyanarayan, A.', 'Moritz, D.', 'Wongsuphasawat, K.', 'Heer, J.'],
    year: 2017,
    title: 'Vega-Lite: a grammar of interactive graphics',
    outlet: 'IEEE Transactions on Visualization and Computer Graphics, 23(1), 341–350',
    verified: true,
  },
  // --- issue 3 (wt-stats): 360-degree feedback agreement and reliability statistics ---
  'james-demaree-wolf-1984': {
    id: 'james-demaree-wolf-1984',
    authors: ['James, L. R.', 'Demaree, R. G.', 'Wolf, G.'],
    year: 1984,
    title: 'Estimating within-group interrater reliability with and without response bias',
    outlet: 'Journal of Applied Psychology, 69(1), 85–98',
    doi: '10.1037/0021-9010.69.1.85',
    verified: true,
    note: 'Source of r_wg and r_wg(J) and of the uniform null variance (A² − 1) / 12.',
  },
  'lindell-brandt-whitney-1999': {
    id: 'lindell-brandt-whitney-1999',
    authors: ['Lindell, M. K.', 'Brandt, C. J.', 'Whitney, D. J.'],
    year: 1999,
    title: 'A revised index of interrater agreement for multi-item ratings of a single target',
    outlet: 'Applied Psychological Measurement, 23(2), 127–135',
    doi: '10.1177/01466219922031257',
    verified: true,
    note: 'Source of r*_wg(J), the multi-item index without the Spearman–Brown step-up.',
  },
  'brown-hauenstein-2005': {
    id: 'brown-hauenstein-2005',
    authors: ['Brown, R. D.', 'Hauenstein, N. M. A.'],
    year: 2005,
    title: 'Interrater agreement reconsidered: an alternative to the rwg indices',
    outlet: 'Organizational Research Methods, 8(2), 165–184',
    doi: '10.1177/1094428105275376',
    verified: true,
    note: 'Source of a_wg and its maximum-variance denominator.',
  },
  'burke-finkelstein-dusig-1999': {
    id: 'burke-finkelstein-dusig-1999',
    authors: ['Burke, M. J.', 'Finkelstein, L. M.', 'Dusig, M. S.'],
    year: 1999,
    title: 'On average deviation indices for estimating interrater agreement',
    outlet: 'Organizational Research Methods, 2(1), 49–68',
    doi: '10.1177/109442819921004',
    verified: true,
  },
  'burke-dunlap-2002': {
    id: 'burke-dunlap-2002',
    authors: ['Burke, M. J.', 'Dunlap, W. P.'],
    year: 2002,
    title: 'Estimating interrater agreement with the average deviation index: a user’s guide',
    outlet: 'Organizational Research Methods, 5(2), 159–172',
    doi: '10.1177/1094428102005002002',
    verified: true,
    note: 'Source of the c / 6 upper limit for the average deviation (c = number of scale points).',
  },
  'shrout-fleiss-1979': {
    id: 'shrout-fleiss-1979',
    authors: ['Shrout, P. E.', 'Fleiss, J. L.'],
    year: 1979,
    title: 'Intraclass correlations: uses in assessing rater reliability',
    outlet: 'Psychological Bulletin, 86(2), 420–428',
    doi: '10.1037/0033-2909.86.2.420',
    verified: true,
    note: 'The six ICC forms; their Tables 1 and 2 give the six-target, four-judge example used in the tests.',
  },
  'mcgraw-wong-1996': {
    id: 'mcgraw-wong-1996',
    authors: ['McGraw, K. O.', 'Wong, S. P.'],
    year: 1996,
    title: 'Forming inferences about some intraclass correlation coefficients',
    outlet: 'Psychological Methods, 1(1), 30–46',
    doi: '10.1037/1082-989X.1.1.30',
    verified: true,
    note: 'The absolute-agreement and consistency names for the two-way ICC forms.',
  },
  'bliese-2000': {
    id: 'bliese-2000',
    authors: ['Bliese, P. D.'],
    year: 2000,
    title: 'Within-group agreement, non-independence, and reliability: implications for data aggregation and analysis',
    outlet:
      'In K. J. Klein & S. W. J. Kozlowski (Eds.), Multilevel theory, research, and methods in organizations (pp. 349–381). Jossey-Bass',
    verified: true,
  },
  'cronbach-1951': {
    id: 'cronbach-1951',
    authors: ['Cronbach, L. J.'],
    year: 1951,
    title: 'Coefficient alpha and the internal structure of tests',
    outlet: 'Psychometrika, 16(3), 297–334',
    doi: '10.1007/BF02310555',
    verified: true,
  },
  'spearman-1910': {
    id: 'spearman-1910',
    authors: ['Spearman, C.'],
    year: 1910,
    title: 'Correlation calculated from faulty data',
    outlet: 'British Journal of Psychology, 3(3), 271–295',
    verified: true,
  },
  'brown-1910': {
    id: 'brown-1910',
    authors: ['Brown, W.'],
    year: 1910,
    title: 'Some experimental results in the correlation of mental abilities',
    outlet: 'British Journal of Psychology, 3(3), 296–322',
    verified: true,
  },
  'jacobson-truax-1991': {
    id: 'jacobson-truax-1991',
    authors: ['Jacobson, N. S.', 'Truax, P.'],
    year: 1991,
    title: 'Clinical significance: a statistical approach to defining meaningful change in psychotherapy research',
    outlet: 'Journal of Consulting and Clinical Psychology, 59(1), 12–19',
    doi: '10.1037/0022-006X.59.1.12',
    verified: true,
  },
  'lebreton-senter-2008': {
    id: 'lebreton-senter-2008',
    authors: ['LeBreton, J. M.', 'Senter, J. L.'],
    year: 2008,
    title: 'Answers to 20 questions about interrater reliability and interrater agreement',
    outlet: 'Organizational Research Methods, 11(4), 815–852',
    doi: '10.1177/1094428106296642',
    verified: true,
    note: 'Bands for agreement indices (lack of agreement to very strong agreement) and guidance on ICC(1) and ICC(2).',
  },
  'lance-butts-michels-2006': {
    id: 'lance-butts-michels-2006',
    authors: ['Lance, C. E.', 'Butts, M. M.', 'Michels, L. C.'],
    year: 2006,
    title: 'The sources of four commonly reported cutoff criteria: what did they really say?',
    outlet: 'Organizational Research Methods, 9(2), 202–220',
    doi: '10.1177/1094428105284919',
    verified: true,
    note: 'Traces the r_wg ≥ .70 convention (among others) and questions its use as a fixed cut-off.',
  },
  'crocker-algina-1986': {
    id: 'crocker-algina-1986',
    authors: ['Crocker, L.', 'Algina, J.'],
    year: 1986,
    title: 'Introduction to classical and modern test theory',
    outlet: 'Holt, Rinehart and Winston',
    verified: false,
    note: 'Cited for percentile ranks with ties counted at the mid-point; the chapter and page were not checked.',
  },
  'bliese-multilevel-2022': {
    id: 'bliese-multilevel-2022',
    authors: ['Bliese, P.'],
    year: 2022,
    title: 'multilevel: multilevel functions (R package version 2.7)',
    outlet: 'The Comprehensive R Archive Network (CRAN)',
    verified: true,
    note: 'The R implementation of rwg, rwg.j, rwg.j.lindell, awg, ad.m, ICC1 and ICC2 that lmdkit mirrors and is tested against.',
  },
  'revelle-psych-2022': {
    id: 'revelle-psych-2022',
    authors: ['Revelle, W.'],
    year: 2022,
    title: 'psych: procedures for psychological, psychometric, and personality research (R package version 2.2.9)',
    outlet: 'Northwestern University, Evanston, Illinois; The Comprehensive R Archive Network (CRAN)',
    verified: true,
    note: 'The R implementation of ICC and alpha that lmdkit is tested against.',
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
