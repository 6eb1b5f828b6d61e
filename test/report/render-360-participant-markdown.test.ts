import { describe, expect, it } from 'vitest';
import { feedback360Findings, feedbackReadinessFindings, interpret360Cohort, participantView360, type CohortRating360 } from '../../src/index.js';
import { instrument360Schema } from '../../src/lmd/feedback360/instrument-360.js';
import { render360ParticipantMarkdown } from '../../src/report/index.js';
import { readSampleRows, sampleTexts } from '../cli/sample-data.js';

const instrument = instrument360Schema.parse(JSON.parse(sampleTexts.instrument));
const settings = JSON.parse(sampleTexts.settings) as { policy: object; readiness: Record<string, object> };
const ratings = readSampleRows() as readonly CohortRating360[];
const cohort = interpret360Cohort({ instrument, ratings, policy: settings.policy, readiness: settings.readiness as never });
const audience = { ...feedback360Findings, ...feedbackReadinessFindings } as Record<string, { audience: string }>;

describe('render360ParticipantMarkdown on the sample cycle', () => {
  const coachOnly = [...new Set(cohort.ratees.flatMap(({ report }) => report.findings.filter((finding) => audience[finding.code]?.audience === 'coach').map((finding) => finding.message)))];

  it('prints no coach-only sentence, finding code, category, readiness or statistics term for any of the 20 managers', () => {
    expect(cohort.ratees).toHaveLength(20);
    expect(coachOnly.length).toBeGreaterThan(10);
    for (const { rateeId, report } of cohort.ratees) {
      const page = render360ParticipantMarkdown(participantView360(report), { instrument, participantName: rateeId });
      expect(page, rateeId).not.toMatch(/FB360_|estimator|in-agreement|[Rr]eadiness|agreement band|\bn=|\bSD\b|standard deviation|percentile|coaching before/);
      for (const sentence of coachOnly) expect(page.includes(sentence), `${rateeId}: ${sentence}`).toBe(false);
    }
  });

  it('gives M07 their name, the cycle, the competencies, the highest and lowest items and where they and others differ', () => {
    const report = cohort.ratees.find(({ rateeId }) => rateeId === 'M07')?.report;
    if (report === undefined) throw new Error('M07 missing from the sample');
    const view = participantView360(report);
    const page = render360ParticipantMarkdown(view, { instrument, participantName: 'Morgan Ellis', cycleName: 'Leadership 360', cycleDate: '2026-05-01' });
    expect(page.split('\n').slice(0, 3)).toEqual(['# Your 360-degree feedback, Morgan Ellis', '', 'Leadership 360, 2026-05-01']);
    for (const competency of instrument.competencies) expect(page).toContain(`| ${competency.name}`);
    expect(view.highestRatedItems.length).toBeGreaterThan(0);
    const highest = page.slice(page.indexOf('## Rated highest by others'), page.indexOf('## Rated lowest by others'));
    expect(highest.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(view.highestRatedItems.length);
    const higher = view.items.filter((item) => item.seenDifferently === 'self-higher');
    expect(higher.length).toBeGreaterThan(0);
    expect(page).toContain('You rated these higher than others did');
    // Peers are hidden for M07 (fewer than three took part): said plainly, with no count.
    expect(page).toContain('- Peers: fewer than 3 took part, so their answers are left out of every figure');
  });
});
