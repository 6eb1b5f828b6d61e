// Finding codes are defined once (issue 14): each 360 catalogue gives every code its severity and
// meaning, the exported code lists are derived from it, and every finding the rules emit carries
// its code's severity from the catalogue.
import { describe, expect, it } from 'vitest';
import {
  assessFeedbackReadiness,
  feedback360FindingCodes,
  feedback360Findings,
  feedbackReadinessFindingCodes,
  feedbackReadinessFindings,
  findingSeverities,
  interpret360Cohort,
} from '../../../src/index.js';
import { readSampleInstrument, readSampleRows, sampleTexts } from '../../cli/sample-data.js';

const catalogues = { feedback360Findings, feedbackReadinessFindings } as const;

describe('360 finding catalogues', () => {
  it('the code lists are the catalogues’ keys, in order, and no code is in both', () => {
    expect(feedback360FindingCodes).toEqual(Object.keys(feedback360Findings));
    expect(feedbackReadinessFindingCodes).toEqual(Object.keys(feedbackReadinessFindings));
    expect(feedback360FindingCodes.filter((code) => (feedbackReadinessFindingCodes as readonly string[]).includes(code))).toEqual([]);
  });

  for (const [name, catalogue] of Object.entries(catalogues)) {
    it(`${name}: each code has a known severity and a one-sentence meaning in UK English`, () => {
      for (const [code, definition] of Object.entries(catalogue)) {
        expect(code).toMatch(/^FB360_[A-Z_]+$/);
        expect(findingSeverities).toContain(definition.severity);
        expect(definition.meaning, code).toMatch(/^[A-Z].*\.$/);
        expect(definition.meaning, code).not.toMatch(/\b(behavior|organization|program)\b/);
      }
    });
  }

  it('every finding over the sample cycle, and every readiness combination, carries its catalogue severity', () => {
    const settings = JSON.parse(sampleTexts.settings) as { policy?: object; readiness?: Record<string, object> };
    const cohort = interpret360Cohort({
      instrument: readSampleInstrument(),
      ratings: readSampleRows(),
      ...(settings.policy === undefined ? {} : { policy: settings.policy }),
      ...(settings.readiness === undefined ? {} : { readiness: settings.readiness }),
    });
    const seen = new Set<string>();
    const all = { ...feedback360Findings, ...feedbackReadinessFindings } as Record<string, { severity: string }>;
    for (const { report } of cohort.ratees) {
      for (const finding of report.findings) {
        expect(finding.severity, finding.code).toBe(all[finding.code]?.severity);
        seen.add(finding.code);
      }
    }
    for (const coaching of [true, false, undefined]) {
      for (const embeddedInDevelopmentProcess of [true, false, undefined]) {
        for (const reaction of ['positive', 'negative', undefined] as const) {
          const readiness = assessFeedbackReadiness({
            ...(coaching === undefined ? {} : { coaching }),
            ...(embeddedInDevelopmentProcess === undefined ? {} : { embeddedInDevelopmentProcess }),
            ...(reaction === undefined ? {} : { reaction }),
            goalsSet: false,
            agreementCategory: 'over-estimator',
          });
          for (const finding of readiness.findings) {
            expect(finding.severity, finding.code).toBe(all[finding.code]?.severity);
            seen.add(finding.code);
          }
        }
      }
    }
    // The check saw most codes, so it cannot pass by seeing none.
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });
});
