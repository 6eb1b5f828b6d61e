// Keeps the "Designing and measuring initiatives" section of docs/evaluation.md honest: its code
// runs as written here, and its tables are read from the guide and compared with the results
// (7OS02 AC 2.3, ../shared/seeds/001_…txt).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkInitiativeDesign,
  evaluationMeasureSchema,
  getInitiativeTemplate,
  initiativeTemplates,
  recommendMeasures,
  type PeerLearningCircleDesign,
} from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/evaluation.md', import.meta.url), 'utf8');
const section = guide.slice(guide.indexOf('## Designing and measuring initiatives'));
/** The cells of every table row in the section whose first cell starts with a backticked id. */
const rows = (text: string): string[][] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim().replace(/`/g, '')));
const tableAfter = (heading: string): string[][] => {
  const start = section.indexOf(heading);
  const end = section.indexOf('\n### ', start + heading.length);
  return rows(section.slice(start, end === -1 ? undefined : end));
};

const firstPlan: PeerLearningCircleDesign = {
  template: 'peer-learning-circles',
  name: 'Frontline practice circles',
  protectedTime: true,
  host: 'appointed',
  facilitation: 'rotating',
  psychologicalSafety: true,
  themes: 'flexible',
  groupSize: 14,
  frequency: 'monthly',
  seniorBacking: true,
};

describe('docs/evaluation.md: designing and measuring initiatives', () => {
  it('the templates table', () => {
    expect(tableAfter('## Designing and measuring initiatives').slice(0, 2)).toEqual(
      initiativeTemplates.map((template) => [template.id, expect.any(String), template.interventionId, template.evidence]),
    );
  });

  it('the condition lists quote the templates’ severities and defaults', () => {
    expect(getInitiativeTemplate('peer-learning-circles').conditions.filter((c) => c.severityIfMissing === 'risk').map((c) => c.id)).toEqual([
      'protected-time',
      'psychological-safety',
    ]);
    expect(getInitiativeTemplate('on-the-job-coaching').conditions.filter((c) => c.severityIfMissing === 'risk').map((c) => c.id)).toEqual([
      'workload-relief',
    ]);
    expect(checkInitiativeDesign(firstPlan).thresholds).toMatchObject({ minimumGroupSize: 3, maximumGroupSize: 10, maximumSessionMinutes: 120 });
  });

  it('checking a design: the findings table, the quoted message, conditions and risks', () => {
    const check = checkInitiativeDesign(firstPlan);
    expect(tableAfter('### Checking a design')).toEqual(
      check.findings.map((finding) => [finding.code, finding.severity, finding.conditionId, finding.basis.join(', ')]),
    );
    expect(section.replace(/\s+/g, ' ')).toContain(`The first message reads: "${check.findings[0]?.message ?? ''}"`);
    expect(check.conditions).toHaveLength(8);
    expect(check.risks.every((risk) => risk.heightened)).toBe(true);
    const fixed = checkInitiativeDesign({ ...firstPlan, groupSize: 7, host: 'volunteer' });
    expect(fixed.findings).toEqual([]);
  });

  it('recommending measures: the plan table, the pure measures and the isolation note', () => {
    const plan = recommendMeasures({ template: 'peer-learning-circles' });
    expect(tableAfter('### Recommending measures')).toEqual(
      plan.recommendations.map((row) => [row.id, row.name, String(row.level.level), row.kind, row.timing, row.isolation ?? '—']),
    );
    expect(plan.measures).toHaveLength(6);
    for (const measure of plan.measures) expect(evaluationMeasureSchema.parse(measure)).toEqual(measure);
    expect(section.replace(/\s+/g, ' ')).toContain(`"${plan.isolationNote}"`);
    expect(recommendMeasures(firstPlan)).toEqual(plan);
    expect(recommendMeasures({ template: 'peer-learning-circles' }, { comparisonGroup: false }).measures[0]?.isolation).toBe('trend-line');
  });

  it('the coaching plan as the last paragraph describes it', () => {
    const plan = recommendMeasures({ template: 'on-the-job-coaching' });
    expect(plan.recommendations.filter((row) => row.level.level === 3 && row.kind === 'quantitative').map((row) => row.id)).toEqual([
      'learning-conversations',
      'monthly-pulse',
      'upward-feedback',
    ]);
    expect(plan.recommendations.filter((row) => row.level.level === 4).map((row) => row.id)).toEqual(['turnover']);
    expect(plan.recommendations.filter((row) => row.kind === 'qualitative').map((row) => row.id)).toEqual(['short-interviews', 'anonymous-comments']);
  });
});
