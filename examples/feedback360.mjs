// 360-degree feedback for one manager: self against each rater group, with a peer group too
// small to show. Run from a clone with `npm ci && npm run build && node examples/feedback360.mjs`.
import { interpret360, selfOthersChartSpec } from 'lmdkit/lmd';

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'listening', name: 'Listening' },
    { id: 'delegating', name: 'Delegating' },
  ],
  items: [
    { id: 'L1', competencyId: 'listening' },
    { id: 'L2', competencyId: 'listening' },
    { id: 'D1', competencyId: 'delegating' },
    { id: 'D2', competencyId: 'delegating' },
  ],
};

// One rater's scores for L1, L2, D1, D2 (null: "not observed").
const rater = (raterId, group, scores) =>
  scores.map((score, index) => ({ raterId, group, itemId: instrument.items[index].id, score }));

const report = interpret360({
  instrument,
  ratings: [
    ...rater('sam', 'self', [5, 5, 4, 5]),
    ...rater('line-manager', 'manager', [3, 4, 4, 3]),
    ...rater('dr1', 'direct-report', [3, 3, 4, 2]),
    ...rater('dr2', 'direct-report', [4, 3, 5, 2]),
    ...rater('dr3', 'direct-report', [2, 3, 4, null]),
    ...rater('dr4', 'direct-report', [3, 4, 5, 3]),
    ...rater('peer1', 'peer', [4, 4, 4, 4]),
    ...rater('peer2', 'peer', [2, 2, 3, 3]),
  ],
  readiness: { coaching: false, embeddedInDevelopmentProcess: true, goalsSet: true },
});

console.table(
  report.competencies.map((competency) => ({
    competency: competency.name,
    self: competency.self?.mean.toFixed(2),
    'all others': competency.others?.mean.toFixed(2),
    raters: competency.others?.n,
    gap: competency.gap?.toFixed(2),
  })),
);
console.log(`Hidden: ${report.hiddenGroups.map((hidden) => `${hidden.groups.join('+')} (${hidden.reason})`).join(', ')}`);
console.log(`Agreement: ${report.agreement?.category}; blind spots: ${report.blindSpots.join(', ')}`);
for (const finding of report.findings) console.log(`${finding.severity.toUpperCase()} ${finding.code} [${finding.basis.join(', ')}]`);
console.log(`Chart: Vega-Lite spec with ${selfOthersChartSpec(report).data.values.length} bars`);
