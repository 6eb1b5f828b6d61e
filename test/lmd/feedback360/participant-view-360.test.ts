import { describe, expect, it } from 'vitest';
import {
  feedback360FindingCodes,
  feedback360Findings,
  feedbackReadinessFindingCodes,
  feedbackReadinessFindings,
  interpret360Cohort,
  LmdInputError,
  participantView360,
  type CohortRating360,
  type Feedback360Report,
} from '../../../src/index.js';
import { instrument360Schema } from '../../../src/lmd/feedback360/instrument-360.js';
import { readSampleRows, sampleTexts } from '../../cli/sample-data.js';

// Who may read each finding. A participant is the person rated; the coach sees everything. The
// agreement categories, readiness and rater disagreement are for the coach (Smither et al. 2005:
// feedback is worth something inside a coached process; the coach raises how self and others
// differ). What explains the page itself — a group left out, a figure withheld — is for both.
const expectedAudience: Readonly<Record<string, 'participant' | 'coach'>> = {
  FB360_GROUP_HIDDEN: 'participant',
  FB360_GROUPS_MERGED: 'participant',
  FB360_FIGURES_WITHHELD_ON_ITEMS: 'participant',
  FB360_OTHERS_WITHHELD: 'participant',
  FB360_NO_SELF_RATING: 'participant',
  FB360_MANAGER_IDENTIFIABLE: 'participant',
  FB360_OVER_ESTIMATOR: 'coach',
  FB360_UNDER_ESTIMATOR: 'coach',
  FB360_IN_AGREEMENT_POOR: 'coach',
  FB360_BLIND_SPOTS: 'coach',
  FB360_HIDDEN_STRENGTHS: 'coach',
  FB360_RATER_DISAGREEMENT: 'coach',
  FB360_WITHHELD_SINCE_EARLIER_RELEASE: 'participant',
  FB360_STANDALONE_WITHOUT_COACHING: 'coach',
  FB360_OVER_ESTIMATOR_UNSUPPORTED: 'coach',
  FB360_NO_COACHING: 'coach',
  FB360_NOT_EMBEDDED: 'coach',
  FB360_NO_GOALS: 'coach',
  FB360_NEGATIVE_REACTION: 'coach',
  FB360_LOW_FEEDBACK_ORIENTATION: 'coach',
  FB360_NO_NEED_PERCEIVED: 'coach',
  FB360_CHANGE_NOT_BELIEVED_FEASIBLE: 'coach',
  FB360_READINESS_UNKNOWN: 'coach',
  FB360_EXPECT_SMALL_CHANGE: 'coach',
};

const instrument = instrument360Schema.parse(JSON.parse(sampleTexts.instrument));
const settings = JSON.parse(sampleTexts.settings) as { policy: object; readiness: Record<string, object> };
const ratings = readSampleRows() as readonly CohortRating360[];
const cohort = interpret360Cohort({ instrument, ratings, policy: settings.policy, readiness: settings.readiness as never });

describe('finding audiences', () => {
  it('every 360 finding code has the audience this table gives it, and no code is missing from the table', () => {
    const catalogue = { ...feedback360Findings, ...feedbackReadinessFindings } as Record<string, { audience: string }>;
    const codes = [...feedback360FindingCodes, ...feedbackReadinessFindingCodes];
    expect(Object.keys(expectedAudience).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(catalogue[code]?.audience, code).toBe(expectedAudience[code]);
  });

  it('every finding of every report on the sample cycle carries its code’s audience', () => {
    const findings = cohort.ratees.flatMap(({ report }) => report.findings.concat(report.readiness?.findings ?? []));
    expect(findings.length).toBeGreaterThan(50);
    for (const finding of findings) expect(finding.audience, finding.code).toBe(expectedAudience[finding.code]);
  });
});

describe('participantView360', () => {
  const coachOnlyMessages = cohort.ratees.flatMap(({ report }) => report.findings.filter((finding) => expectedAudience[finding.code] === 'coach').map((finding) => finding.message));

  it('keeps no coach-only text, finding code, agreement category, band or readiness, for every manager of the sample cycle', () => {
    expect(coachOnlyMessages.length).toBeGreaterThan(20);
    for (const { rateeId, report } of cohort.ratees) {
      const text = JSON.stringify(participantView360(report));
      expect(text, rateeId).not.toMatch(/FB360_|estimator|in-agreement|readiness|agreementBand|raterDisagreement|"sd"/);
      for (const message of coachOnlyMessages) expect(text.includes(JSON.stringify(message).slice(1, -1)), `${rateeId}: ${message}`).toBe(false);
    }
  });

  it('keeps what the participant needs: the figures, the highest and lowest items, and the notes meant for them', () => {
    const m07 = cohort.ratees.find(({ rateeId }) => rateeId === 'M07')?.report as Feedback360Report;
    const mine = participantView360(m07);
    expect(mine.items.map((item) => item.others?.mean ?? null)).toEqual(m07.items.map((item) => item.others?.mean ?? null));
    expect(mine.highestRatedItems).toEqual(m07.highestRatedItems);
    expect(mine.overall).toEqual({ self: m07.agreement?.self, others: m07.agreement?.others, difference: m07.agreement?.difference, items: m07.agreement?.items });
    expect(mine.items.filter((item) => item.seenDifferently === 'self-higher').map((item) => item.itemId)).toEqual(
      m07.items.filter((item) => m07.blindSpots.includes(item.itemId)).map((item) => item.itemId),
    );
    const participantFindings = m07.findings.filter((finding) => expectedAudience[finding.code] === 'participant');
    expect(participantFindings.length).toBeGreaterThan(0);
    expect(mine.notes).toEqual(participantFindings.map(({ code, message, basis }) => ({ about: code === 'FB360_GROUP_HIDDEN' ? 'hidden' : 'general', message, basis })));
  });

  it('decides by the code, not by an audience written into the report', () => {
    const m07 = cohort.ratees.find(({ rateeId }) => rateeId === 'M07')?.report as Feedback360Report;
    const tampered = { ...m07, findings: m07.findings.map((finding) => ({ ...finding, audience: 'participant' as const })) };
    expect(participantView360(tampered).notes).toEqual(participantView360(m07).notes);
  });

  it('does not change the report, and refuses what is not a report', () => {
    const report = cohort.ratees[0]?.report as Feedback360Report;
    const before = JSON.stringify(report);
    participantView360(report);
    expect(JSON.stringify(report)).toBe(before);
    expect(() => participantView360(null as never)).toThrow(LmdInputError);
    expect(() => participantView360({ items: [] } as never)).toThrow(/expected a 360 report/);
  });
});
