/**
 * The Markdown report of an evaluation case: workforce rates, the plan check, the Phillips ROI,
 * the themes of the comments and the evidence chain. Pure. Quotes come only from the themes
 * summary's published quotes, so a withheld quote or the source of a small theme never appears.
 *
 * @module
 */
import {
  evidenceSupportLabels,
  isolationMethodLabels,
  numbersVerdictLabels,
  phillipsCostCategoryLabels,
  resultOutcomeLabels,
  storiesVerdictLabels,
  type EvaluationLevelReference,
} from '../evaluation/index.js';
import { counted } from './_internal/counted.js';
import { amount, fixed, signed } from './_internal/format-number.js';
import { findingList } from './_internal/markdown-finding-list.js';
import { escapeMarkdownText } from './escape-markdown-text.js';
import type { CaseEvaluation, GroupRates, RateChange } from './evaluate-case.js';
import { joinMarkdownSections } from './join-markdown-sections.js';
import { markdownTable } from './markdown-table.js';

/**
 * How much of the evaluation {@link renderEvaluationMarkdown} shows.
 *
 * @see {@link renderEvaluationMarkdown}
 */
export interface RenderEvaluationOptions {
  /**
   * The demo's short form: rates, ROI with its tables and findings, and the evidence chain's
   * levels; without the plan's measures, themes and quotes (default `false`: everything).
   */
  readonly brief?: boolean;
  /** The level of the report's heading (default 1). */
  readonly headingLevel?: number;
}

/**
 * A level reference as text (`Kirkpatrick 4`).
 *
 * @param level - the reference
 * @returns the text
 */
function levelName(level: EvaluationLevelReference): string {
  const model = level.model === 'ltem' ? 'LTEM' : level.model[0]?.toUpperCase() + level.model.slice(1);
  return `${model} ${level.level}`;
}

/** The turnover rate's label with its period: "Turnover over 6 months", "Turnover a year (annualised from 6 months)". */
function turnoverLabel(basis: CaseEvaluation['rateBasis']): string {
  if (basis.periodLabel === null) return 'Turnover over the period';
  if (basis.turnoverAnnualised && basis.periodLabel !== 'a year') return `Turnover a year (annualised from ${basis.periodLabel})`;
  return basis.periodLabel === 'a year' ? 'Turnover a year' : `Turnover over ${basis.periodLabel}`;
}

/** The period words after a change in the turnover rate: " over 6 months", " a year", or nothing when unknown. */
function turnoverPeriodWords(basis: CaseEvaluation['rateBasis']): string {
  if (basis.periodLabel === null) return '';
  return basis.turnoverAnnualised || basis.periodLabel === 'a year' ? ' a year' : ` over ${basis.periodLabel}`;
}

/** What the turnover rates can be compared with, given their basis. */
function basisLine(evaluation: CaseEvaluation): string {
  const basis = evaluation.rateBasis;
  if (basis.periodMonths === null) {
    return 'The case does not say how long each period is, so these turnover rates cannot be set beside annual figures or benchmarks.';
  }
  if (basis.turnoverAnnualised || basis.periodMonths === 12) {
    return 'Turnover rates are on an annual basis, so they can be set beside annual benchmarks. Lost time is a share of hours, the same whatever the period.';
  }
  const after = evaluation.pilot.turnover.after;
  return (
    `Turnover rates are over ${basis.periodLabel}, not a year: set them beside annual benchmarks only once annualised ` +
    `(× 12 ÷ ${basis.periodMonths}: the pilot's ${fixed(after)}% after is about ${fixed((after * 12) / basis.periodMonths)}% a year). Lost time is a share of hours, the same whatever the period.`
  );
}

function rateRows(group: GroupRates, basis: CaseEvaluation['rateBasis']): string[][] {
  const row = (measure: string, rate: RateChange): string[] => [
    escapeMarkdownText(group.name),
    measure,
    `${fixed(rate.before)}%`,
    `${fixed(rate.after)}%`,
    signed(rate.changePoints),
    rate.changePercent === null ? '–' : `${signed(rate.changePercent, 1)}%`,
  ];
  return [row(turnoverLabel(basis), group.turnover), row('Lost time (share of hours)', group.lostTime)];
}

/**
 * How small the turnover figures are: the leavers behind each rate, and how far one leaver moves
 * the pilot's rate.
 *
 * @param evaluation - the result of `evaluateCase`
 * @returns one line of text
 */
function smallNumbersLine(evaluation: CaseEvaluation): string {
  const counts = (group: GroupRates): string =>
    `${group.leavers.before} leavers before and ${group.leavers.after} after (average headcount ${amount(group.averageHeadcount.before, 1)} and ${amount(group.averageHeadcount.after, 1)})`;
  const comparison = evaluation.comparison;
  const oneLeaver = 100 / evaluation.pilot.averageHeadcount.after;
  return (
    `The turnover rates rest on small numbers: the pilot had ${counts(evaluation.pilot)}` +
    `${comparison === null ? '' : `, the comparison group ${counts(comparison)}`}; one leaver more or fewer moves the pilot's rate after by ${fixed(oneLeaver, 1)} points.`
  );
}

/**
 * An evaluation case's results as Markdown: each group's turnover and lost-time rates before and
 * after (with the difference-in-differences and how small the numbers behind them are), the plan
 * check, the Phillips ROI with its cost and benefit tables, the themes of the comments with the
 * quotes that may be shown, and the evidence chain, each part with its findings and sources.
 * Quotes come only from the themes summary's published quotes, so a withheld quote or the source
 * of a small theme never appears.
 *
 * @param evaluation - the result of {@link evaluateCase}
 * @param options - how much to show (default everything, heading level 1)
 * @returns the Markdown text, ending with a newline
 * @example
 * import { evaluateCase, renderEvaluationMarkdown } from 'lmdkit/report';
 * const evaluation = evaluateCase({
 *   organisation: 'Larkspur Vale Housing',
 *   initiative: { id: 'plc', name: 'Peer learning circles' },
 *   periods: { before: '2024', after: '2025' },
 *   workforce: {
 *     pilot: {
 *       name: 'Pilot teams',
 *       before: { averageHeadcount: 50, leavers: 10, hoursLost: 900, hoursAvailable: 45_000 },
 *       after: { averageHeadcount: 50, leavers: 5, hoursLost: 450, hoursAvailable: 45_000 },
 *     },
 *   },
 *   plan: { measures: [] },
 *   roi: { benefits: [], costs: [{ label: 'Facilitation', amount: 6_000, category: 'delivery' }] },
 * });
 * const lines = renderEvaluationMarkdown(evaluation).split('\n');
 * lines[0] //=> '# Evaluation: Peer learning circles (Larkspur Vale Housing)'
 * lines.includes('| Pilot teams | Turnover over the period   | 20.00% | 10.00% |          −10.00 |     −50.0% |') //=> true
 * @see {@link evaluateCase}
 */
export function renderEvaluationMarkdown(evaluation: CaseEvaluation, options: RenderEvaluationOptions = {}): string {
  const level = options.headingLevel ?? 1;
  const h = (depth: number): string => '#'.repeat(level + depth - 1);
  const brief = options.brief ?? false;
  const { roi, plan, themes, evidenceChain: chain } = evaluation;

  const rates = rateRows(evaluation.pilot, evaluation.rateBasis).concat(evaluation.comparison === null ? [] : rateRows(evaluation.comparison, evaluation.rateBasis));
  const did = evaluation.differenceInDifferences;
  const ratesSection = [
    `${h(2)} Turnover and lost time (${escapeMarkdownText(evaluation.periods.before)} → ${escapeMarkdownText(evaluation.periods.after)})`,
    '',
    markdownTable(['Group', 'Rate', 'Before', 'After', 'Change (points)', 'Change (%)'], rates, ['left', 'left', 'right', 'right', 'right', 'right']),
    '',
    did === null
      ? 'No comparison group: the changes cannot be set against what happened without the initiative.'
      : `Difference-in-differences, plain arithmetic on the rates ((pilot after − before) − (comparison after − before)), with no test of significance: ` +
        `turnover ${signed(did.turnoverPoints)} points${evaluation.rateBasis.periodLabel === null ? '' : evaluation.rateBasis.turnoverAnnualised ? ' a year' : ` over ${evaluation.rateBasis.periodLabel}`}, lost time ${signed(did.lostTimePoints)} points. ` +
        'It credits the initiative only if both groups would otherwise have moved alike.',
    '',
    basisLine(evaluation),
    '',
    smallNumbersLine(evaluation),
  ];

  const planSection = [
    `${h(2)} Evaluation plan`,
    '',
    `Kirkpatrick levels covered: ${plan.levelsCovered.levels.join(', ') || 'none'}; ${counted(plan.measures.length, 'measure')}; claims ROI: ${plan.claimsRoi ? 'yes' : 'no'}.`,
    '',
    ...findingList(plan.findings, !brief),
  ];

  const costRows = roi.costsByCategory.map((cost) => [escapeMarkdownText(phillipsCostCategoryLabels[cost.category]), amount(cost.amount)]);
  costRows.push(['**total**', amount(roi.totalCost)]);
  const benefitRows = roi.benefits.map((benefit) => [
    escapeMarkdownText(benefit.label),
    amount(benefit.annualValue),
    benefit.isolation === null ? 'not stated' : isolationMethodLabels[benefit.isolation],
    benefit.adjustmentApplies ? fixed(benefit.attribution) : '–',
    benefit.adjustmentApplies ? fixed(benefit.confidence) : '–',
    amount(benefit.adjustedAnnualValue),
  ]);
  benefitRows.push(['**total a year**', '', '', '', '', amount(roi.adjustedAnnualBenefits)]);
  const roiSection = [
    `${h(2)} Return on investment (Phillips)`,
    '',
    `ROI **${fixed(roi.roiPercent, 1)}%**, benefit-cost ratio ${fixed(roi.benefitCostRatio)}, payback ${roi.paybackMonths === null ? 'not reached' : `${fixed(roi.paybackMonths, 1)} months`} ` +
      `(adjusted benefits ${amount(roi.adjustedBenefits)} over ${counted(roi.horizonYears, 'year')}, costs ${amount(roi.totalCost)}, net ${amount(roi.netBenefits)}).`,
    '',
    markdownTable(['Cost category', 'Amount'], costRows, ['left', 'right']),
    '',
    markdownTable(['Benefit', 'A year', 'Isolated by', 'Attribution', 'Confidence', 'Counted'], benefitRows, ['left', 'right', 'left', 'right', 'right', 'right']),
    '',
    'Isolation is counted once: a benefit isolated by a comparison group, trend line or forecast is already the initiative’s share and counts at its value a year; ' +
      'one resting on an estimate counts at a year × attribution × confidence, cut to the share put down to the initiative and again for doubt in the estimate. ' +
      'Amounts are in the currency of the case file.',
    '',
    ...(roi.paybackMonths !== null && roi.paybackMonths > roi.horizonYears * 12
      ? [`The payback, ${fixed(roi.paybackMonths, 1)} months, falls after the ${counted(roi.horizonYears, 'year')} evaluated: within that horizon the costs are not recovered.`, '']
      : []),
    `Intangibles (no money value): ${roi.intangibles.map(escapeMarkdownText).join('; ') || 'none'}.`,
    '',
    ...findingList(roi.findings, !brief),
  ];

  const themeRows = themes.themes.map((theme) => [
    escapeMarkdownText(theme.theme),
    String(theme.records),
    String(theme.sources),
    `${theme.sentiment.positive}/${theme.sentiment.neutral + theme.sentiment.mixed + theme.sentiment.notStated}/${theme.sentiment.negative}`,
    theme.attributed ? 'yes' : 'no',
  ]);
  const quotes = themes.themes.flatMap((theme) =>
    theme.quotes.map((quote) => `- ${escapeMarkdownText(theme.theme)}: “${escapeMarkdownText(quote.text)}”${quote.source === null ? '' : ` (${escapeMarkdownText(quote.source)}${quote.date === null ? '' : `, ${escapeMarkdownText(quote.date)}`})`}`),
  );
  const withheld = themes.themes.reduce((total, theme) => total + theme.quotesWithheld, 0);
  const themesSection = [
    `${h(2)} Themes in the comments and interviews`,
    '',
    `${counted(themes.records, 'record')} from ${counted(themes.sources, 'source')}.`,
    '',
    markdownTable(['Theme', 'Records', 'Sources', 'Positive/other/negative', 'Attributed'], themeRows, ['left', 'right', 'right', 'right', 'left']),
    '',
    ...(quotes.length === 0 ? ['No quotes can be shown.'] : ['Quotes:', ...quotes]),
    ...(withheld > 0 ? ['', `${withheld} quote place${withheld === 1 ? ' was' : 's were'} left empty to protect anonymity (themes raised by too few sources).`] : []),
    '',
    ...findingList(themes.findings, !brief),
  ];

  const chainRows = chain.levels.map((row) => [
    levelName(row.level),
    String(row.measures.length),
    row.numbers
      .map((number) => `${escapeMarkdownText(number.measure)}: ${signed(number.change)} points${number.measure === evaluation.rateBasis.turnoverMeasure ? turnoverPeriodWords(evaluation.rateBasis) : ''} (${resultOutcomeLabels[number.outcome]})`)
      .join('; ') || '–',
    numbersVerdictLabels[row.numbersVerdict],
    storiesVerdictLabels[row.storiesVerdict],
    evidenceSupportLabels[row.support],
  ]);
  const chainSection = [
    `${h(2)} Evidence chain`,
    '',
    markdownTable(['Level', 'Measures', 'Numbers', 'Numbers say', 'Stories say', 'Support'], chainRows),
    ...(chain.resultsNotInPlan.length === 0 ? [] : ['', `Results not in the plan: ${chain.resultsNotInPlan.map((number) => escapeMarkdownText(number.measure)).join(', ')}.`]),
    '',
    ...findingList(chain.findings, !brief),
  ];

  return joinMarkdownSections([
    [`${h(1)} Evaluation: ${escapeMarkdownText(evaluation.initiative.name)} (${escapeMarkdownText(evaluation.organisation)})`],
    ratesSection,
    brief ? [] : planSection,
    roiSection,
    brief ? [] : themesSection,
    chainSection,
  ]);
}
