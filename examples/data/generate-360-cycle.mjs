// Generates the fictional 360 cycle in `360-ratings.csv` (Larkspur Vale Housing is invented; so
// is every manager and rater). Deterministic: the same seed always writes the same file.
// Regenerate with `node examples/data/generate-360-cycle.mjs > examples/data/360-ratings.csv`.
import { readFileSync } from 'node:fs';

const instrument = JSON.parse(readFileSync(new URL('./360-instrument.json', import.meta.url), 'utf8'));

// mulberry32: a small, well-known 32-bit generator; good enough for sample data.
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20261122);
const normal = () => {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const clampScore = (value) => Math.min(5, Math.max(1, Math.round(value)));

// Each manager: how many raters in each group, and how their self-rating departs from others'.
// M07 is the demo's manager: an over-estimator with only two peers (a group too small to show).
const managers = [
  { id: 'M01', peers: 4, reports: 5, others: 1, selfBias: 0.2 },
  { id: 'M02', peers: 3, reports: 6, others: 0, selfBias: -0.9 },
  { id: 'M03', peers: 5, reports: 4, others: 2, selfBias: 0.1 },
  { id: 'M04', peers: 3, reports: 3, others: 0, selfBias: 1.1 },
  { id: 'M05', peers: 4, reports: 7, others: 1, selfBias: -0.2 },
  { id: 'M06', peers: 3, reports: 5, others: 0, selfBias: 0.0 },
  { id: 'M07', peers: 2, reports: 5, others: 1, selfBias: 1.4 },
  { id: 'M08', peers: 4, reports: 4, others: 0, selfBias: -0.7 },
  { id: 'M09', peers: 3, reports: 6, others: 2, selfBias: 0.3 },
  { id: 'M10', peers: 5, reports: 3, others: 0, selfBias: 0.9 },
  { id: 'M11', peers: 3, reports: 5, others: 1, selfBias: -0.1 },
  { id: 'M12', peers: 4, reports: 2, others: 0, selfBias: 0.2 },
  { id: 'M13', peers: 3, reports: 6, others: 1, selfBias: 1.2 },
  { id: 'M14', peers: 6, reports: 4, others: 0, selfBias: -1.0 },
  { id: 'M15', peers: 3, reports: 5, others: 2, selfBias: 0.1 },
  { id: 'M16', peers: 4, reports: 3, others: 0, selfBias: 0.4 },
  { id: 'M17', peers: 2, reports: 4, others: 0, selfBias: -0.3 },
  { id: 'M18', peers: 3, reports: 5, others: 1, selfBias: 0.8 },
  { id: 'M19', peers: 4, reports: 6, others: 0, selfBias: 0.0 },
  { id: 'M20', peers: 3, reports: 4, others: 1, selfBias: -0.6 },
];

const lines = ['ratee_id,rater_id,rater_group,item_id,score'];
let raterNumber = 0;
for (const manager of managers) {
  // The manager's true level on each competency, as others see it.
  const level = new Map(instrument.competencies.map((c) => [c.id, 3.3 + 0.5 * normal()]));
  const raters = [{ group: 'self' }, { group: 'manager' }]
    .concat(Array.from({ length: manager.peers }, () => ({ group: 'peer' })))
    .concat(Array.from({ length: manager.reports }, () => ({ group: 'direct-report' })))
    .concat(Array.from({ length: manager.others }, () => ({ group: 'other' })));
  for (const rater of raters) {
    raterNumber += 1;
    const raterId = `r${String(raterNumber).padStart(4, '0')}`;
    const leniency = rater.group === 'self' ? manager.selfBias : 0.35 * normal();
    for (const item of instrument.items) {
      // About one score in forty is left blank ("not observed"); never the self-rating.
      const blank = rater.group !== 'self' && random() < 0.025;
      const score = blank ? '' : String(clampScore(level.get(item.competencyId) + leniency + 0.6 * normal()));
      lines.push(`${manager.id},${raterId},${rater.group},${item.id},${score}`);
    }
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
