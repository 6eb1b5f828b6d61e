// Designing an evaluation before the money is spent: a measurement plan for peer learning
// circles, the plan checked, a business case checked, and a Leadership Index.
// Run from a clone with `npm ci && npm run build && node examples/evaluation-design.mjs`.
import {
  checkBusinessCase,
  checkEvaluationPlan,
  leadershipIndex,
  recommendMeasures,
} from 'lmdkit/evaluation';

// 1. What to measure for peer learning circles (7OS02 AC 2.3), and whether the plan holds up.
const plan = recommendMeasures({ template: 'peer-learning-circles' });
console.table(plan.measures.map((m) => ({ measure: m.name, level: `${m.level.model} ${m.level.level}`, kind: m.kind, timing: m.timing })));
const planCheck = checkEvaluationPlan({ measures: plan.measures, claimsRoi: true });
console.log(`Plan covers Kirkpatrick levels ${planCheck.levelsCovered.levels.join(', ')}; findings: ${planCheck.findings.map((f) => f.code).join(', ') || 'none'}`);

// A first draft that only hands out feedback forms.
const happySheets = checkEvaluationPlan({
  measures: [{ name: 'End-of-session feedback form', level: { model: 'kirkpatrick', level: 1 }, kind: 'quantitative', timing: 'after' }],
});
for (const finding of happySheets.findings) console.log(`${finding.severity.toUpperCase()} ${finding.code}`);

// 2. A business case as an enthusiastic first draft (7OS02 AC 1.4): what a board would ask.
const draft = checkBusinessCase({
  problem: 'Shift supervisors struggle to communicate with their teams; complaints have escalated',
  goals: ['absence', 'reducing-disputes', 'engagement', 'performance'],
  successMeasures: [{ name: 'Course feedback scores', level: { model: 'kirkpatrick', level: 1 }, kind: 'quantitative', timing: 'after' }],
  costOfInaction: '',
});
console.log(`Business case complete: ${draft.complete}; unanswered: ${draft.missing.join(', ')}`);
for (const finding of draft.findings) console.log(`${finding.severity.toUpperCase()} ${finding.code}`);

// 3. A Leadership Index from measures the organisation already has.
const index = leadershipIndex(
  [
    { name: '360 others mean', value: 3.8, min: 1, max: 5, higherIsBetter: true, weight: 3 },
    { name: 'Engagement (% favourable)', value: 64, min: 0, max: 100, higherIsBetter: true, weight: 2 },
    { name: 'Lost-time rate (%)', value: 4.2, min: 0, max: 10, higherIsBetter: false, weight: 1 },
  ],
  { peers: [48, 52, 55, 57, 60, 61, 63, 67, 70, 74, 79] },
);
console.log(`Leadership Index ${index.index.toFixed(1)}, percentile ${index.benchmark?.percentile.toFixed(0)} among ${index.benchmark?.peers} peers`);
