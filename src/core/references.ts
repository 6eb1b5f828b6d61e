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
  // Issue 4 (effect sizes and tests for small samples): statistical sources and benchmarks.
  'abramowitz-stegun-1964': {
    id: 'abramowitz-stegun-1964',
    authors: ['Abramowitz, M.', 'Stegun, I. A.'],
    year: 1964,
    title: 'Handbook of mathematical functions with formulas, graphs, and mathematical tables',
    outlet: 'National Bureau of Standards, Applied Mathematics Series 55',
    verified: true,
  },
  'brent-1973': {
    id: 'brent-1973',
    authors: ['Brent, R. P.'],
    year: 1973,
    title: 'Algorithms for minimization without derivatives',
    outlet: 'Prentice-Hall (chapter 4: a root finder with guaranteed convergence)',
    verified: true,
  },
  'lenth-1989': {
    id: 'lenth-1989',
    authors: ['Lenth, R. V.'],
    year: 1989,
    title: 'Algorithm AS 243: cumulative distribution function of the non-central t distribution',
    outlet: 'Journal of the Royal Statistical Society, Series C (Applied Statistics), 38(1), 185–189',
    doi: '10.2307/2347693',
    verified: true,
  },
  'cohen-1988': {
    id: 'cohen-1988',
    authors: ['Cohen, J.'],
    year: 1988,
    title: 'Statistical power analysis for the behavioral sciences (2nd ed.)',
    outlet: 'Lawrence Erlbaum Associates',
    verified: true,
  },
  'hedges-1981': {
    id: 'hedges-1981',
    authors: ['Hedges, L. V.'],
    year: 1981,
    title: 'Distribution theory for Glass’s estimator of effect size and related estimators',
    outlet: 'Journal of Educational Statistics, 6(2), 107–128',
    doi: '10.3102/10769986006002107',
    verified: true,
  },
  'hedges-olkin-1985': {
    id: 'hedges-olkin-1985',
    authors: ['Hedges, L. V.', 'Olkin, I.'],
    year: 1985,
    title: 'Statistical methods for meta-analysis',
    outlet: 'Academic Press',
    verified: true,
  },
  'lakens-2013': {
    id: 'lakens-2013',
    authors: ['Lakens, D.'],
    year: 2013,
    title: 'Calculating and reporting effect sizes to facilitate cumulative science: a practical primer for t-tests and ANOVAs',
    outlet: 'Frontiers in Psychology, 4, 863',
    doi: '10.3389/fpsyg.2013.00863',
    verified: true,
  },
  'steiger-fouladi-1997': {
    id: 'steiger-fouladi-1997',
    authors: ['Steiger, J. H.', 'Fouladi, R. T.'],
    year: 1997,
    title: 'Noncentrality interval estimation and the evaluation of statistical models',
    outlet: 'In L. L. Harlow, S. A. Mulaik & J. H. Steiger (Eds.), What if there were no significance tests? (pp. 221–257). Lawrence Erlbaum Associates',
    verified: true,
  },
  'cumming-finch-2001': {
    id: 'cumming-finch-2001',
    authors: ['Cumming, G.', 'Finch, S.'],
    year: 2001,
    title: 'A primer on the understanding, use, and calculation of confidence intervals that are based on central and noncentral distributions',
    outlet: 'Educational and Psychological Measurement, 61(4), 532–574',
    doi: '10.1177/0013164401614002',
    verified: true,
  },
  'welch-1947': {
    id: 'welch-1947',
    authors: ['Welch, B. L.'],
    year: 1947,
    title: 'The generalization of "Student’s" problem when several different population variances are involved',
    outlet: 'Biometrika, 34(1–2), 28–35',
    doi: '10.1093/biomet/34.1-2.28',
    verified: true,
  },
  'satterthwaite-1946': {
    id: 'satterthwaite-1946',
    authors: ['Satterthwaite, F. E.'],
    year: 1946,
    title: 'An approximate distribution of estimates of variance components',
    outlet: 'Biometrics Bulletin, 2(6), 110–114',
    doi: '10.2307/3002019',
    verified: true,
  },
  'wilcoxon-1945': {
    id: 'wilcoxon-1945',
    authors: ['Wilcoxon, F.'],
    year: 1945,
    title: 'Individual comparisons by ranking methods',
    outlet: 'Biometrics Bulletin, 1(6), 80–83',
    doi: '10.2307/3001968',
    verified: true,
  },
  'hollander-wolfe-chicken-2014': {
    id: 'hollander-wolfe-chicken-2014',
    authors: ['Hollander, M.', 'Wolfe, D. A.', 'Chicken, E.'],
    year: 2014,
    title: 'Nonparametric statistical methods (3rd ed.)',
    outlet: 'Wiley',
    verified: true,
    note: 'Source of the tie-corrected normal approximation for the signed-rank statistic that R’s wilcox.test follows.',
  },
  'student-1908': {
    id: 'student-1908',
    authors: ['Student (Gosset, W. S.)'],
    year: 1908,
    title: 'The probable error of a mean',
    outlet: 'Biometrika, 6(1), 1–25',
    doi: '10.1093/biomet/6.1.1',
    verified: true,
  },
  'hollander-wolfe-1973': {
    id: 'hollander-wolfe-1973',
    authors: ['Hollander, M.', 'Wolfe, D. A.'],
    year: 1973,
    title: 'Nonparametric statistical methods',
    outlet: 'Wiley',
    verified: true,
    note: 'Its Hamilton depression scale example (pp. 29 f.) is the one R’s wilcox.test documentation reproduces.',
  },
  'angrist-pischke-2009': {
    id: 'angrist-pischke-2009',
    authors: ['Angrist, J. D.', 'Pischke, J.-S.'],
    year: 2009,
    title: 'Mostly harmless econometrics: an empiricist’s companion',
    outlet: 'Princeton University Press (chapter 5: differences-in-differences)',
    verified: true,
  },
  'morris-2008': {
    id: 'morris-2008',
    authors: ['Morris, S. B.'],
    year: 2008,
    title: 'Estimating effect sizes from pretest-posttest-control group designs',
    outlet: 'Organizational Research Methods, 11(2), 364–386',
    doi: '10.1177/1094428106291059',
    verified: true,
  },
  'lacerenza-2017': {
    id: 'lacerenza-2017',
    authors: ['Lacerenza, C. N.', 'Reyes, D. L.', 'Marlow, S. L.', 'Joseph, D. L.', 'Salas, E.'],
    year: 2017,
    title: 'Leadership training design, delivery, and implementation: a meta-analysis',
    outlet: 'Journal of Applied Psychology, 102(12), 1686–1718',
    doi: '10.1037/apl0000241',
    verified: true,
    note: 'The four criterion effects (reactions, learning, transfer, results) are as stated in the abstract; they are corrected for unreliability (δ), from 335 independent samples.',
  },
  'avolio-2009': {
    id: 'avolio-2009',
    authors: ['Avolio, B. J.', 'Reichard, R. J.', 'Hannah, S. T.', 'Walumbwa, F. O.', 'Chan, A.'],
    year: 2009,
    title: 'A meta-analytic review of leadership impact research: experimental and quasi-experimental studies',
    outlet: 'The Leadership Quarterly, 20(5), 764–784',
    verified: false,
    note: 'Bibliographic details and the abstract’s 66% versus 50% probability of a positive outcome were confirmed; the DOI and the overall d were not checked against the article.',
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
