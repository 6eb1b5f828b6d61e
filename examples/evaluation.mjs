// Evaluating a pilot: turnover before and after, absence, effect size and a Phillips ROI.
// Run from a clone with `npm ci && npm run build && node examples/evaluation.mjs`.
import { cohensD, compareToBenchmarks, phillipsRoi, turnoverRate } from 'lmdkit/evaluation';

const before = turnoverRate({ leavers: 18, averageHeadcount: 120 });
const after = turnoverRate({ leavers: 12, averageHeadcount: 118 });
console.log(`Turnover: ${before.toFixed(1)}% before, ${after.toFixed(1)}% after`);

// Days absent per person in the six months after: pilot team and a comparison team.
const pilot = [2, 0, 1, 3, 0, 1, 2, 0];
const comparison = [3, 2, 4, 1, 5, 2, 3, 4];
const d = cohensD(comparison, pilot);
console.log(`Cohen's d (comparison − pilot): ${d?.toFixed(2)}`);
for (const row of compareToBenchmarks(d ?? 0)) {
  console.log(`  beside ${row.criterion} in ${row.source}: ${row.benchmark} (${row.metric}), difference ${row.difference.toFixed(2)}`);
}

const roi = phillipsRoi({
  benefits: [
    { label: 'Fewer leavers (6 × £8,000 replacement cost)', annualValue: 48_000, attribution: 0.5, confidence: 0.7 },
    { label: 'Absence days saved (40 × £150)', annualValue: 6_000, attribution: 0.6, confidence: 0.8 },
  ],
  costs: [
    { label: 'Facilitator', amount: 6_000, category: 'delivery' },
    { label: 'Participants’ time', amount: 4_500, category: 'participant-time' },
    { label: 'Evaluation', amount: 1_000, category: 'evaluation' },
  ],
  intangibles: ['More open conversations in team meetings'],
});
console.log(`Adjusted benefits £${roi.adjustedBenefits}, cost £${roi.totalCost}, ROI ${roi.roiPercent.toFixed(0)}%, payback ${roi.paybackMonths?.toFixed(1)} months`);
