// The Markdown writers on the sample organisation (examples/data/): each number the report
// states is computed here from the inputs or from the library's own result, independently of
// the writer's formatting code.
import { describe, expect, it } from 'vitest';
import { renderDemoMarkdown, runDemoAnalyses } from '../../src/cli/command-demo.js';
import { evaluateCase } from '../../src/report/index.js';
import { evaluationCaseSchema, type EvaluationCase } from '../../src/report/index.js';
import { markdownTable } from '../../src/report/index.js';
import { readRatingsCsv } from '../../src/cli/read-ratings-csv.js';
import { render360CohortMarkdown } from '../../src/report/index.js';
import { selfOtherAgreementCategoryLabels } from '../../src/index.js';
import { render360Markdown } from '../../src/report/index.js';
import { renderEvaluationMarkdown } from '../../src/report/index.js';
import { renderIipMarkdown } from '../../src/report/index.js';
import { assessLmModel } from '../../src/indicators/assess-lm-model.js';
import { lmStatusLabels } from '../../src/indicators/lm-status.js';
import { instrument360Schema } from '../../src/lmd/feedback360/instrument-360.js';
import { interpret360Cohort } from '../../src/lmd/feedback360/interpret-360-cohort.js';
import { roundTrip, unsafeJsonPaths } from '../helpers/json-safety.js';
import { peerScoresOf, sampleTexts } from '../cli/sample-data.js';

const instrument = instrument360Schema.parse(JSON.parse(sampleTexts.instrument));
const settings = JSON.parse(sampleTexts.settings) as { policy: { minGroupSize: number }; readiness: Record<string, object> };
const rows = readRatingsCsv(sampleTexts.ratings, '360-ratings.csv', instrument).rows;
const cohort = interpret360Cohort({ instrument, ratings: rows, policy: settings.policy, readiness: settings.readiness as never });
const m07 = cohort.ratees.find((entry) => entry.rateeId === 'M07')?.report;
const evaluationCase: EvaluationCase = evaluationCaseSchema.parse(JSON.parse(sampleTexts.case));

describe('markdownTable', () => {
  it('pads columns to one width and aligns numbers right', () => {
    expect(markdownTable(['Name', 'n'], [['a|b', '10'], ['c', '2']], ['left', 'right'])).toBe(
      ['| Name | n   |', '| ---- | --: |', '| a\\|b |  10 |', '| c    |   2 |'].join('\n').replace('| n   |', '|   n |'),
    );
  });
});

describe('360 Markdown on the sample cycle', () => {
  it('reads every row of the sample CSV (3,240 rows, 20 managers)', () => {
    expect(rows).toHaveLength(3240);
    expect(cohort.ratees).toHaveLength(20);
  });

  it('shows M07 self against others by competency with the library’s figures', () => {
    if (m07 === undefined) throw new Error('M07 missing from the sample');
    const text = render360Markdown(m07, { rateeId: 'M07', instrument });
    for (const competency of m07.competencies) {
      const self = competency.self?.mean.toFixed(2) as string;
      const others = `${competency.others?.mean.toFixed(2)} (n=${competency.others?.n})`;
      const gap = `+${(competency.gap as number).toFixed(2)}`;
      expect(text).toMatch(new RegExp(`\\| ${competency.name} +\\| ${self} \\| ${others.replace(/[()]/g, '\\$&')} \\| ${gap.replace('+', '\\+')} \\|`));
    }
    // M07 is the sample's over-estimator: self 4.33 against others 3.00 overall (README of examples/data).
    expect(m07.agreement?.category).toBe('over-estimator');
    expect(text).toContain(
      `- Category: **over-estimator (self-ratings are well above how others rate)** (\`over-estimator\`); six-way: over-estimator, with others’ ratings at or above the cut-off (\`${m07.agreement?.sixWay}\`); self ${m07.agreement?.self.toFixed(2)} vs all others ${m07.agreement?.others.toFixed(2)}`,
    );
    expect(text).toContain('- Peers: hidden, fewer raters than the minimum group size (3)');
    for (const finding of m07.findings) expect(text).toContain(`\`${finding.code}\`: ${finding.message}`);
    expect(text).toContain('Sources: Atwater & Waldman (1998); Smither et al. (2005).');
    // The sample instrument carries wording (issue 15): items are named by it.
    const firstBlindSpot = instrument.items.find((item) => item.id === m07.blindSpots[0]);
    expect(text).toContain(`Blind spots (self at least 1 scale point above others; the 3 largest): ${firstBlindSpot?.text ?? `${m07.blindSpots[0]} (`}`);
  });

  it('shows nothing of M07’s hidden peer group: no peer column or figure, no peer mean', () => {
    if (m07 === undefined) throw new Error('M07 missing from the sample');
    const text = render360Markdown(m07, { rateeId: 'M07', instrument });
    const tableLines = text.split('\n').filter((line) => line.startsWith('|'));
    expect(tableLines.join('\n')).not.toMatch(/peer/i);
    expect(text).not.toContain('(n=2)');
    const peers = peerScoresOf('M07');
    expect(peers.get('(all)')?.length).toBeGreaterThan(0);
    for (const [competency, scores] of peers) {
      const mean = scores.reduce((total, score) => total + score, 0) / scores.length;
      const name = instrument.competencies.find((entry) => entry.id === competency)?.name ?? '(all)';
      // Every published figure is written "mean (n=…)"; the peers' mean must not be one of them.
      expect(tableLines.find((line) => line.startsWith(`| ${name} `)) ?? '').not.toContain(`${mean.toFixed(2)} (n=`);
    }
  });

  it('summarises the cohort: agreement counts, differences and one line per ratee', () => {
    const text = render360CohortMarkdown(cohort);
    for (const [category, count] of Object.entries(cohort.agreement)) {
      const label = (selfOtherAgreementCategoryLabels as Record<string, string>)[category] as string;
      expect(text).toMatch(new RegExp(`\\| ${label.replace(/[()]/g, '\\$&')} +\\| +${count} \\|`));
    }
    const differences = cohort.ratees.flatMap(({ report }) => (report.agreement === null ? [] : [report.agreement.difference]));
    const mean = differences.reduce((total, value) => total + value, 0) / differences.length;
    expect(text).toContain(`Over ${differences.length} ratees: mean ${mean >= 0 ? '+' : '−'}${Math.abs(mean).toFixed(2)}`);
    expect(text).toMatch(/\| M07 +\| over-estimator +\| +\+1\.33 \| Peers, Others +\| FB360_OVER_ESTIMATOR/);
    expect(text.split('\n').filter((line) => /^\| M\d\d /.test(line))).toHaveLength(20);
  });
});

describe('IIP Markdown on the sample evidence', () => {
  const file = JSON.parse(sampleTexts.iip) as { organisation: string; evidence: never[] };
  const assessment = assessLmModel(file.evidence);

  it('states the counts, every indicator’s status, every finding and next action', () => {
    const text = renderIipMarkdown(assessment, { organisation: file.organisation, assessedOn: '2026-10-14' });
    expect(text).toContain(`Assessed on 2026-10-14; ${file.evidence.length} evidence items.`);
    for (const indicator of assessment.indicators) expect(text).toMatch(new RegExp(`\\| ${indicator.id} +\\| ${indicator.name} +\\| ${lmStatusLabels[indicator.status]} +\\|`));
    for (const finding of assessment.findings) expect(text).toContain(finding.message);
    for (const action of assessment.nextActions) expect(text).toContain(action.action);
    expect(text).toContain('Sources: Investors in People UK (2003).');
  });

  it('keeps only risks and warnings in the brief form, shows a code given more than three times once with a count, and counts the rest', () => {
    const text = renderIipMarkdown(assessment, { organisation: file.organisation, brief: true });
    const main = assessment.findings.filter((finding) => finding.severity === 'risk' || finding.severity === 'warning');
    const perCode = new Map<string, number>();
    for (const finding of main) perCode.set(finding.code, (perCode.get(finding.code) ?? 0) + 1);
    const expectedLines = [...perCode.values()].reduce((total, count) => total + (count > 3 ? 1 : count), 0);
    expect(text.split('\n').filter((line) => line.startsWith('- **'))).toHaveLength(expectedLines);
    const thin = perCode.get('LM_MET_ON_THIN_EVIDENCE') ?? 0;
    expect(thin).toBeGreaterThan(3);
    expect(text).toContain(`Similar findings: ${thin - 1} more (`);
    expect(text).toContain(`- … and ${assessment.findings.length - main.length} more (advice and information)`);
  });
});

describe('evaluation Markdown on the sample pilot', () => {
  const evaluation = evaluateCase(evaluationCase);
  const text = renderEvaluationMarkdown(evaluation);

  it('computes the rates and the difference-in-differences from the raw figures', () => {
    // Turnover = leavers ÷ average headcount × 100 (CIPD); lost time = hours lost ÷ hours available × 100.
    const { pilot, comparison } = evaluationCase.workforce;
    if (comparison === undefined) throw new Error('the sample has a comparison group');
    const turnover = (period: { leavers: number; averageHeadcount: number }) => (period.leavers / period.averageHeadcount) * 100;
    const lost = (period: { hoursLost: number; hoursAvailable: number }) => (period.hoursLost / period.hoursAvailable) * 100;
    expect(evaluation.pilot.turnover.before).toBeCloseTo(turnover(pilot.before), 12); // 9 / 64 = 14.0625 %
    expect(evaluation.pilot.lostTime.after).toBeCloseTo(lost(pilot.after), 12);
    const didTurnover = turnover(pilot.after) - turnover(pilot.before) - (turnover(comparison.after) - turnover(comparison.before));
    const didLost = lost(pilot.after) - lost(pilot.before) - (lost(comparison.after) - lost(comparison.before));
    expect(evaluation.differenceInDifferences?.turnoverPoints).toBeCloseTo(didTurnover, 12);
    expect(evaluation.differenceInDifferences?.lostTimePoints).toBeCloseTo(didLost, 12);
    expect(text).toMatch(/\| Supported housing teams \(with circles\) \| Turnover over 6 months +\| 14\.06% \|  7\.94% \| +−6\.13 \| +−43\.6% \|/);
    expect(text).toContain(`turnover −${Math.abs(didTurnover).toFixed(2)} points over 6 months, lost time −${Math.abs(didLost).toFixed(2)} points`);
  });

  it('states the Phillips ROI from the benefits, each isolated once, and the costs', () => {
    // Phillips: both sample benefits come from comparison-group measures, so each counts at its
    // value a year (no attribution or confidence on top); ROI = (benefits − costs) ÷ costs × 100.
    const benefits = evaluationCase.roi.benefits.reduce((total, benefit) => total + benefit.annualValue, 0);
    expect(evaluationCase.roi.benefits.every((benefit) => benefit.attribution === undefined && benefit.confidence === undefined)).toBe(true);
    const costs = (evaluationCase.roi.costs as { amount: number }[]).reduce((total, cost) => total + cost.amount, 0);
    expect(benefits).toBe(48_440);
    expect(costs).toBe(17_800);
    expect(text).toContain(`ROI **${(((benefits - costs) / costs) * 100).toFixed(1)}%**, benefit-cost ratio ${(benefits / costs).toFixed(2)}, payback ${((costs * 12) / benefits).toFixed(1)} months`);
    expect(text).toMatch(/\| \*\*total\*\* +\| 17,800 \|/);
    // The sample ROI has no findings, and the report says so in words rather than as a bare bullet.
    expect(text).toMatch(/schemes\.\n\nNo findings\.\n/);
    expect(text).not.toMatch(/^- none$/m);
    expect(text).toContain('Intangibles (no money value): Staff raise problems earlier in team meetings; Staff know colleagues in other schemes.');
  });

  it('prints only published quotes, never a withheld one or the source of a small theme', () => {
    const published = new Set(evaluation.themes.themes.flatMap((theme) => theme.quotes.map((quote) => quote.text)));
    for (const record of evaluationCase.records) {
      if (!published.has(record.text)) expect(text).not.toContain(record.text);
    }
    const attributedSources = new Set(evaluation.themes.themes.filter((theme) => theme.attributed).flatMap((theme) => theme.quotes.map((quote) => quote.source)));
    for (const record of evaluationCase.records) {
      if (record.source !== undefined && !attributedSources.has(record.source)) expect(text).not.toContain(`(${record.source}`);
    }
    expect(text).toContain('Kirkpatrick 4');
  });

  it('returns JSON-safe results', () => {
    expect(unsafeJsonPaths(evaluation)).toEqual([]);
    expect(roundTrip(evaluation)).toEqual(evaluation);
  });
});

describe('360 cohort Markdown for one ratee (audit of issue 7)', () => {
  it('says "1 ratee", not "1 ratees"', () => {
    const one = interpret360Cohort({ instrument, ratings: rows.filter((row) => row.rateeId === 'M01') });
    const text = render360CohortMarkdown(one);
    expect(text).toContain('\n1 ratee; minimum group size 3');
    expect(text).toMatch(/Over 1 ratee: mean [+−]\d/);
  });

  it('says "1 item", "1 evidence item", "1 record from 1 source" and "1 measure" in the singular', () => {
    const one = interpret360Cohort({
      instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'C' }], items: [{ id: 'i', competencyId: 'c' }] },
      ratings: ['self', 'peer', 'peer', 'peer', 'peer'].map((group, rater) => ({ rateeId: 'm', raterId: `r${rater}`, group: group as 'peer', itemId: 'i', score: 3 })),
    });
    const report = one.ratees[0]?.report;
    if (report === undefined) throw new Error('one ratee');
    expect(render360Markdown(report, { rateeId: 'm', instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'C' }], items: [{ id: 'i', competencyId: 'c' }] } })).toContain(' over 1 item, ');
    const iip = assessLmModel([{ requirementId: 'LM1.1', audience: 'top-managers', source: 'interview', supports: 'yes' }]);
    expect(renderIipMarkdown(iip, { organisation: 'A' })).toContain('\n1 evidence item. ');
    const single = evaluationCaseSchema.parse({
      ...JSON.parse(sampleTexts.case),
      records: [evaluationCase.records[0]],
      plan: { ...evaluationCase.plan, measures: evaluationCase.plan.measures.slice(0, 1) },
      roi: { ...evaluationCase.roi, benefits: evaluationCase.roi.benefits.slice(0, 1) },
    });
    const text = renderEvaluationMarkdown(evaluateCase(single));
    expect(text).toContain('\n1 record from 1 source.');
    expect(text).toMatch(/; 1 measure; claims ROI/);
  });
});

describe('evaluation Markdown: every printed number by hand (audit of issue 7)', () => {
  const evaluation = evaluateCase(evaluationCase);
  const text = renderEvaluationMarkdown(evaluation);

  it('prints all four rate rows as worked by hand from the case file', () => {
    // Turnover = leavers ÷ average headcount × 100; lost time = hours lost ÷ hours available × 100 (CIPD);
    // the change in per cent is (after − before) ÷ before × 100.
    // Pilot turnover 9/64 = 14.0625 % → 5/63 = 7.9365 %: −6.1260 points, −43.56 %.
    // Pilot lost time 2650/57600 = 4.6007 % → 1960/56700 = 3.4568 %: −1.1439 points, −24.86 %.
    // Comparison turnover 8/58 = 13.7931 % → 7/59 = 11.8644 %: −1.9287 points, −13.98 %.
    // Comparison lost time 2380/52200 = 4.5594 % → 2300/53100 = 4.3315 %: −0.2279 points, −5.00 %.
    const rows = text.split('\n').filter((line) => /^\| (Supported|Housing officer)/.test(line)).map((line) => line.split('|').slice(2, 7).map((cell) => cell.trim()));
    expect(rows).toEqual([
      ['Turnover over 6 months', '14.06%', '7.94%', '−6.13', '−43.6%'],
      ['Lost time (share of hours)', '4.60%', '3.46%', '−1.14', '−24.9%'],
      ['Turnover over 6 months', '13.79%', '11.86%', '−1.93', '−14.0%'],
      ['Lost time (share of hours)', '4.56%', '4.33%', '−0.23', '−5.0%'],
    ]);
    // Difference-in-differences: −6.1260 − (−1.9287) = −4.1973; −1.1439 − (−0.2279) = −0.9160.
    expect(text).toContain('turnover −4.20 points over 6 months, lost time −0.92 points');
    // Phillips, isolation counted once: both benefits come from comparison-group measures, so
    // 31,800 + 16,640 = 48,440 against costs 17,800: net 30,640, ROI 30,640 ÷ 17,800 = 172.13 %,
    // BCR 2.72, payback 17,800 ÷ (48,440 ÷ 12) = 4.4 months.
    expect(text).toContain('ROI **172.1%**, benefit-cost ratio 2.72, payback 4.4 months (adjusted benefits 48,440 over 1 year, costs 17,800, net 30,640).');
    expect(text).toMatch(/\| 31,800 \| comparison group \| +– \| +– \| +31,800 \|/);
    expect(text).toMatch(/\| 16,640 \| comparison group \| +– \| +– \| +16,640 \|/);
  });

  it('says how small the turnover numbers are and what the adjustments and the DiD assume', () => {
    expect(text).toContain(
      'The turnover rates rest on small numbers: the pilot had 9 leavers before and 5 after (average headcount 64 and 63), ' +
        'the comparison group 8 leavers before and 7 after (average headcount 58 and 59); one leaver more or fewer moves the pilot\'s rate after by 1.6 points.',
    );
    expect(text).toContain('with no test of significance');
    expect(text).toContain('It credits the initiative only if both groups would otherwise have moved alike.');
    expect(text).toContain('Isolation is counted once');
    expect(text).toContain('one resting on an estimate counts at a year × attribution × confidence');
    expect(text).not.toMatch(/significant(?!ce)/);
    // The evidence chain's numbers are changes in percentage points, and say so.
    expect(text).toContain('Staff turnover rate: −6.13 points over 6 months (improved); Absence rate (time lost): −1.14 points (improved)');
  });

  it('writes every negative number with the true minus sign, a loss-making ROI included', () => {
    const costly = evaluationCaseSchema.parse({ ...JSON.parse(sampleTexts.case), roi: { ...evaluationCase.roi, costs: [{ label: 'All', amount: 100_000, category: 'delivery' }] } });
    const loss = renderEvaluationMarkdown(evaluateCase(costly));
    // (48,440 − 100,000) ÷ 100,000 = −51.6 %; net −51,560.
    expect(loss).toContain('ROI **−51.6%**, benefit-cost ratio 0.48');
    expect(loss).toContain('net −51,560).');
    // Payback 100,000 ÷ (48,440 ÷ 12) = 24.8 months, beyond the one-year horizon: the report says so; the sample's 4.4 months is within it.
    expect(loss).toContain('The payback, 24.8 months, falls after the 1 year evaluated: within that horizon the costs are not recovered.');
    expect(text).not.toContain('falls after the');
    for (const report of [text, loss, renderDemoMarkdown(runDemoAnalyses(sampleTexts), instrument), render360CohortMarkdown(cohort)]) {
      expect(report.match(/(?<![\w-])-\d/g) ?? []).toEqual([]);
    }
  });
});

describe('demo Markdown', () => {
  it('puts the four parts in order and stays short enough to read', () => {
    const result = runDemoAnalyses(sampleTexts);
    const text = renderDemoMarkdown(result, instrument);
    const order = ['## IIP Leadership & Management assessment', '## Your 360-degree feedback, M07', '## Your development plan, M07', '## M07 a year later: the 2027 cycle', '## The 360 cohort (20 managers): agreement categories', '## Evaluation: Peer learning circles pilot'];
    const positions = order.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Issue 18 added M07's change a year later (15 lines).
    expect(text.split('\n').length).toBeLessThanOrEqual(240);
    expect(text).toMatch(new RegExp(`\\| Rate themselves well above how others rate them +\\| +${cohort.agreement['over-estimator']} \\|`));
  });

  it('dates the IIP assessment as lmdkit iip does (audit of issue 7)', () => {
    const text = renderDemoMarkdown(runDemoAnalyses(sampleTexts), instrument);
    expect(text).toContain('Assessed on 2026-10-14; 25 evidence items.');
  });
});
