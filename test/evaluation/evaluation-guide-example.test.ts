import { describe, expect, it } from 'vitest';
import {
  averageHeadcount,
  bradfordBand,
  bradfordExampleSchemes,
  bradfordFactorFromAbsences,
  compareToBenchmarks,
  costOfTurnover,
  enps,
  enpsBreakdown,
  favourability,
  frequencyRate,
  individualFrequencyRate,
  lostTimeRate,
  pairedEffectSize,
  percentageChange,
  phillipsRoi,
  stabilityIndex,
  tTest,
  turnoverRate,
  wilcoxonSignedRank,
} from '../../src/index.js';

// Keeps docs/evaluation.md honest: every number its worked example quotes (the housing
// association's peer-coaching pilot), step by step. Benchmarks: Lacerenza et al. (2017), Avolio et
// al. (2009); formulas: CIPD, Acas, Phillips & Phillips (2016), Lakens (2013).
describe('the evaluation guide’s worked example', () => {
  it('1. turnover and stability', () => {
    const before = averageHeadcount([148, 152, 150, 150]);
    const during = averageHeadcount([150, 151, 149, 150]);
    expect([before, during]).toEqual([150, 150]);
    const turnoverBefore = turnoverRate({ leavers: 24, averageHeadcount: before });
    const turnoverDuring = turnoverRate({ leavers: 18, averageHeadcount: during });
    expect([turnoverBefore, turnoverDuring]).toEqual([16, 12]);
    expect(percentageChange({ before: turnoverBefore, after: turnoverDuring })).toBe(-25);
    expect(stabilityIndex({ withOneYearService: 129, headcountOneYearAgo: 148 }).toFixed(1)).toBe('87.2');
  });

  it('2. absence', () => {
    expect(lostTimeRate({ hoursLost: 2_340, hoursAvailable: 58_500 })).toBe(4);
    expect(lostTimeRate({ hoursLost: 1_755, hoursAvailable: 58_500 })).toBe(3);
    expect(2_340 - 1_755).toBe(585);
    expect(frequencyRate({ spells: 60, averageWorkers: 150 })).toBe(40);
    expect(individualFrequencyRate({ workersWithAbsence: 54, averageWorkers: 150 })).toBe(36);
    const bradford = bradfordFactorFromAbsences({
      absences: [
        { start: '2024-05-13', end: '2024-05-14' },
        { start: '2024-08-05', days: 1 },
        { start: '2024-11-18', end: '2024-11-20' },
        { start: '2025-02-03', days: 1 },
      ],
      windowEnd: '2025-03-31',
    });
    expect([bradford.spells, bradford.days, bradford.score]).toEqual([4, 7, 112]);
    expect(bradfordBand(bradford.score, bradfordExampleSchemes[0]).label).toBe('Informal review');
  });

  it('3. engagement, and the pilot’s effect size beside the benchmarks', () => {
    const eNpsBefore = [9, 10, 7, 6, 8, 9, 4, 10, 7, 6, 8, 9];
    const eNpsAfter = [9, 10, 9, 6, 8, 9, 7, 10, 9, 6, 8, 10];
    expect(enps(eNpsBefore).toFixed(1)).toBe('16.7');
    expect(enps(eNpsAfter).toFixed(1)).toBe('41.7');
    expect(enpsBreakdown(eNpsAfter).respondents).toBe(12);
    expect((100 / 12).toFixed(0)).toBe('8'); // one person moves the eNPS by about 8 points
    expect(favourability([4, 5, 3, 4, 2, 4, 5, 3, 4, 4]).favourablePercent).toBe(70);
    const effect = pairedEffectSize(eNpsBefore, eNpsAfter);
    expect([effect.meanDifference, effect.dav, effect.gav].map((value) => value?.toFixed(2))).toEqual(['0.67', '0.41', '0.40']);
    expect(tTest(eNpsAfter, eNpsBefore, { variant: 'paired' }).p.toFixed(3)).toBe('0.054');
    const wilcoxon = wilcoxonSignedRank(eNpsAfter.map((score, index) => score - (eNpsBefore[index] ?? 0)));
    expect(wilcoxon.n).toBe(4);
    expect(wilcoxon.findings[0]?.code).toBe('WILCOXON_CANNOT_REACH_05');
    expect(compareToBenchmarks(effect.gav ?? 0).map((row) => [row.criterion, row.benchmark])).toEqual([
      ['reactions', 0.63],
      ['learning', 0.73],
      ['transfer', 0.82],
      ['results', 0.72],
      ['overall', 0.6],
    ]);
  });

  it('4 and 5. cost of turnover and the ROI business-case table', () => {
    const leaverCost = costOfTurnover({
      leavers: 6,
      costsPerLeaver: [
        { label: 'Agency fee', amount: 3_000, category: 'recruitment' },
        { label: 'Advert', amount: 400, category: 'recruitment' },
        { label: 'Interview panel time', amount: 600, category: 'selection' },
        { label: 'Induction', amount: 1_500, category: 'induction-and-training' },
        { label: 'Lost output while the post is vacant and the new starter learns', amount: 4_000, category: 'lost-productivity' },
      ],
    });
    expect([leaverCost.costPerLeaver, leaverCost.totalCost]).toEqual([9_500, 57_000]);
    expect(585 * 22).toBe(12_870);
    expect(40 * 8 * 30).toBe(9_600);
    const roiCase = phillipsRoi({
      benefits: [
        { label: 'Six fewer leavers', annualValue: 57_000, attribution: 0.5, confidence: 0.8 },
        { label: '585 fewer hours of absence at £22', annualValue: 12_870, attribution: 0.4, confidence: 0.7 },
        { label: 'Fewer customer complaints', annualValue: 8_000 },
      ],
      costs: [
        { label: 'Needs analysis', amount: 1_000, category: 'needs-assessment' },
        { label: 'Design of the circles', amount: 3_000, category: 'design' },
        { label: 'Coach and facilitator fees', amount: 7_000, category: 'delivery' },
        { label: 'Participants’ time (40 × 8 h × £30)', amount: 9_600, category: 'participant-time' },
        { label: 'Rooms', amount: 800, category: 'facilities' },
        { label: 'HR administration', amount: 1_200, category: 'overhead' },
        { label: 'Evaluation', amount: 1_500, category: 'evaluation' },
      ],
      intangibles: ['Managers report feeling less isolated', 'More learning conversations in supervision notes'],
    });
    expect(roiCase.benefits.map((row) => Math.round(row.adjustedAnnualValue))).toEqual([22_800, 3_604, 0]);
    expect(roiCase.findings.find((finding) => finding.code === 'PHILLIPS_ADJUSTMENT_MISSING')?.benefitIndex).toBe(2);
    expect(roiCase.adjustedBenefits).toBeCloseTo(26_403.6, 9);
    expect(roiCase.totalCost).toBe(24_100);
    expect(roiCase.netBenefits).toBeCloseTo(2_303.6, 9);
    expect(roiCase.roiPercent.toFixed(2)).toBe('9.56');
    expect(roiCase.roiPercent.toFixed(1)).toBe('9.6');
    expect(roiCase.benefitCostRatio.toFixed(3)).toBe('1.096');
    expect(roiCase.benefitCostRatio.toFixed(2)).toBe('1.10');
    expect(roiCase.paybackMonths?.toFixed(2)).toBe('10.95');
    expect(roiCase.paybackMonths?.toFixed(1)).toBe('11.0');
    expect(57_000 + 12_870 + 8_000).toBe(77_870);
    expect(roiCase.intangibles).toHaveLength(2);
  });
});
