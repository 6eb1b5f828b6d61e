// Generates the fictional 360 cycles (Larkspur Vale Housing is invented; so is every manager,
// rater and comment). The 2026 cycle is written twice over: as a long file, `360-ratings.csv` (one row per rater × item),
// and as the wide export a survey tool gives, `360-export-wide.csv` (one row per response: a
// response id, the manager, the relationship in the rater's words, each question's answer label
// under its wording, and two open questions). Both hold the same ratings. The 2027 cycle, a year
// later, is written the same two ways (`360-ratings-2027.csv`, `360-export-wide-2027.csv`): the
// same managers, some raters gone and some new, and the managers who had a development plan
// better on its priority competencies. Deterministic: the same seeds always write the same files
// (the 2027 cycle draws from its own generators, so the 2026 files are unchanged by it).
// Regenerate all four with `node examples/data/generate-360-cycle.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

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
// The wide export: its own generator for the comments, so that the ratings above keep their draws.
const commentRandom = generator(20261203);
const pick = (list) => list[Math.floor(commentRandom() * list.length)];
const cell = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const relationship = { self: 'Myself', manager: 'I am their line manager', peer: 'Colleague', 'direct-report': 'I report to them', other: 'Customer' };
const labelOf = new Map(instrument.scale.labels.map(({ value, label }) => [String(value), label]));
const keepComments = [
  'Weekly one-to-ones that actually happen',
  'Sharing the repairs figures, good and bad',
  'Backing the team when tenants complain',
  'Asking "what do you need from me?" at the end of every meeting',
  'Clear priorities on a Monday',
  'Coaching rather than telling',
];
const changeComments = [
  'Fewer late changes to the rota',
  'Let people finish, then decide',
  'Say no to some requests, so that we can do the rest well',
  'Follow up on the actions from team meetings.\nSome have been open since spring.',
  'Explain the reasons for decisions, not only the decisions',
];
const wide = [['Response ID', 'Submitted', 'Who are you giving feedback on?', 'How do you work with them?', ...instrument.items.map((item) => item.text), ...instrument.openQuestions.map((question) => question.text)].map(cell).join(',')];
let raterNumber = 0;
// What the 2027 cycle starts from: each manager's levels and raters in 2026 (kept without any draw).
const levels2026 = new Map();
const raters2026 = new Map();
for (const manager of managers) {
  // The manager's true level on each competency, as others see it.
  const level = new Map(instrument.competencies.map((c) => [c.id, 3.3 + 0.5 * normal()]));
  levels2026.set(manager.id, level);
  raters2026.set(manager.id, []);
  const raters = [{ group: 'self' }, { group: 'manager' }]
    .concat(Array.from({ length: manager.peers }, () => ({ group: 'peer' })))
    .concat(Array.from({ length: manager.reports }, () => ({ group: 'direct-report' })))
    .concat(Array.from({ length: manager.others }, () => ({ group: 'other' })));
  for (const rater of raters) {
    raterNumber += 1;
    const raterId = `r${String(raterNumber).padStart(4, '0')}`;
    raters2026.get(manager.id).push({ raterId, group: rater.group });
    const leniency = rater.group === 'self' ? manager.selfBias : 0.35 * normal();
    const answers = [];
    for (const item of instrument.items) {
      // About one score in forty is left blank ("not observed"); never the self-rating.
      const blank = rater.group !== 'self' && random() < 0.025;
      const score = blank ? '' : String(clampScore(level.get(item.competencyId) + leniency + 0.6 * normal()));
      lines.push(`${manager.id},${raterId},${rater.group},${item.id},${score}`);
      answers.push(blank ? 'Not observed' : labelOf.get(score));
    }
    // About one rater in three writes what to keep, one in four what to change.
    const keep = commentRandom() < 0.35 ? pick(keepComments) : '';
    const change = commentRandom() < 0.25 ? pick(changeComments) : '';
    const submitted = `2026-03-${String(2 + (raterNumber % 12)).padStart(2, '0')} ${String(8 + (raterNumber % 9)).padStart(2, '0')}:${String((raterNumber * 7) % 60).padStart(2, '0')}`;
    wide.push([raterId, submitted, manager.id, relationship[rater.group], ...answers, keep, change].map(cell).join(','));
  }
}
writeFileSync(new URL('./360-ratings.csv', import.meta.url), `${lines.join('\n')}\n`);
writeFileSync(new URL('./360-export-wide.csv', import.meta.url), `${wide.join('\r\n')}\r\n`);

// The 2027 cycle: its own generators, so that nothing above draws differently.
{
  const random2027 = generator(20271122);
  const normal2027 = () => {
    const u = Math.max(random2027(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random2027());
  };
  const commentRandom2027 = generator(20271203);
  const pick2027 = (list) => list[Math.floor(commentRandom2027() * list.length)];
  // Managers who made a development plan after 2026, and its priority competencies; they improve
  // on these by about two thirds of a scale point. M07's are those of 360-plan-choices.json.
  const plans = { M07: ['people', 'trust'], M04: ['communication'], M13: ['people', 'delivery'] };
  // M07 keeps two peers (one leaves, one joins) so that the same groups are shown in both cycles.
  const fixedChanges = { M07: { peer: { leave: 1, join: 1 }, 'direct-report': { leave: 1, join: 2 }, other: { leave: 0, join: 0 } } };
  const lines2027 = ['ratee_id,rater_id,rater_group,item_id,score'];
  const wide2027 = [wide[0]];
  let responses = 0;
  for (const manager of managers) {
    const before = levels2026.get(manager.id);
    const priorities = plans[manager.id] ?? [];
    const level = new Map(instrument.competencies.map((c) => [c.id, before.get(c.id) + 0.15 * normal2027() + (priorities.includes(c.id) ? 0.65 : 0)]));
    const raters = [];
    for (const group of ['self', 'manager', 'peer', 'direct-report', 'other']) {
      const previous = raters2026.get(manager.id).filter((rater) => rater.group === group);
      if (group === 'self' || group === 'manager') {
        raters.push(...previous);
        continue;
      }
      const fixed = fixedChanges[manager.id]?.[group];
      // Each rater leaves with probability one in five; up to two new raters join.
      const staying = fixed === undefined ? previous.filter(() => random2027() >= 0.2) : previous.slice(fixed.leave);
      const joining = fixed === undefined ? Math.floor(random2027() * 3) : fixed.join;
      raters.push(...staying);
      for (let joined = 0; joined < joining; joined += 1) {
        raterNumber += 1;
        raters.push({ raterId: `r${String(raterNumber).padStart(4, '0')}`, group });
      }
    }
    for (const rater of raters) {
      responses += 1;
      // Coaching narrows the gap a little: a manager with a plan rates themself closer to others.
      const leniency = rater.group === 'self' ? manager.selfBias - (priorities.length > 0 ? 0.4 : 0) : 0.35 * normal2027();
      const answers = [];
      for (const item of instrument.items) {
        const blank = rater.group !== 'self' && random2027() < 0.025;
        const score = blank ? '' : String(clampScore(level.get(item.competencyId) + leniency + 0.6 * normal2027()));
        lines2027.push(`${manager.id},${rater.raterId},${rater.group},${item.id},${score}`);
        answers.push(blank ? 'Not observed' : labelOf.get(score));
      }
      const keep = commentRandom2027() < 0.35 ? pick2027(keepComments) : '';
      const change = commentRandom2027() < 0.25 ? pick2027(changeComments) : '';
      const submitted = `2027-03-${String(2 + (responses % 12)).padStart(2, '0')} ${String(8 + (responses % 9)).padStart(2, '0')}:${String((responses * 7) % 60).padStart(2, '0')}`;
      wide2027.push([rater.raterId, submitted, manager.id, relationship[rater.group], ...answers, keep, change].map(cell).join(','));
    }
  }
  writeFileSync(new URL('./360-ratings-2027.csv', import.meta.url), `${lines2027.join('\n')}\n`);
  writeFileSync(new URL('./360-export-wide-2027.csv', import.meta.url), `${wide2027.join('\r\n')}\r\n`);
}
