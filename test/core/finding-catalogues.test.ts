// Finding codes are defined once: every module that emits findings has a catalogue (code →
// severity and meaning), its exported code list is derived from it, its rules take each
// finding's severity from it, and no code is defined by two modules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actionLearningFindingCodes,
  actionLearningFindings,
  analysePortfolio,
  assessLmModel,
  buildEvidenceChain,
  businessCaseFindingCodes,
  businessCaseFindings,
  checkActionLearningDesign,
  checkBusinessCase,
  checkEvaluationPlan,
  checkInitiativeDesign,
  differenceInDifferences,
  differenceInDifferencesFindingCodes,
  differenceInDifferencesFindings,
  evaluationPlanFindingCodes,
  evaluationPlanFindings,
  evidenceChainFindingCodes,
  evidenceChainFindings,
  feedback360Findings,
  feedbackReadinessFindings,
  findingSeverities,
  fullRangeProfileFindingCodes,
  fullRangeProfileFindings,
  initiativeDesignFindingCodes,
  initiativeDesignFindings,
  initiativeTemplates,
  leadershipIndex,
  leadershipIndexFindingCodes,
  leadershipIndexFindings,
  lmAssessmentFindingCodes,
  lmAssessmentFindings,
  phillipsRoi,
  phillipsRoiFindingCodes,
  phillipsRoiFindings,
  portfolioFindingCodes,
  portfolioFindings,
  profileFullRange,
  summariseThemes,
  summariseThemesFindingCodes,
  summariseThemesFindings,
  wilcoxonSignedRank,
  wilcoxonSignedRankFindingCodes,
  wilcoxonSignedRankFindings,
  type Finding,
  type FindingDefinition,
} from '../../src/index.js';

/** Each catalogue, its derived code list, and the source files whose rules emit its codes. */
const modules = [
  { name: 'evidenceChainFindings', catalogue: evidenceChainFindings, codes: evidenceChainFindingCodes, files: ['evaluation/qualitative/evidence-chain.ts'] },
  { name: 'summariseThemesFindings', catalogue: summariseThemesFindings, codes: summariseThemesFindingCodes, files: ['evaluation/qualitative/summarise-themes.ts'] },
  { name: 'wilcoxonSignedRankFindings', catalogue: wilcoxonSignedRankFindings, codes: wilcoxonSignedRankFindingCodes, files: ['evaluation/significance/wilcoxon-signed-rank.ts'] },
  { name: 'differenceInDifferencesFindings', catalogue: differenceInDifferencesFindings, codes: differenceInDifferencesFindingCodes, files: ['evaluation/significance/difference-in-differences.ts'] },
  { name: 'phillipsRoiFindings', catalogue: phillipsRoiFindings, codes: phillipsRoiFindingCodes, files: ['evaluation/roi/phillips-roi.ts'] },
  { name: 'businessCaseFindings', catalogue: businessCaseFindings, codes: businessCaseFindingCodes, files: ['evaluation/business-case/business-case-findings.ts'] },
  { name: 'evaluationPlanFindings', catalogue: evaluationPlanFindings, codes: evaluationPlanFindingCodes, files: ['evaluation/models/check-evaluation-plan.ts'] },
  { name: 'initiativeDesignFindings', catalogue: initiativeDesignFindings, codes: initiativeDesignFindingCodes, files: ['evaluation/initiatives/check-initiative-design.ts'] },
  { name: 'leadershipIndexFindings', catalogue: leadershipIndexFindings, codes: leadershipIndexFindingCodes, files: ['evaluation/leadership-index/leadership-index.ts'] },
  { name: 'lmAssessmentFindings', catalogue: lmAssessmentFindings, codes: lmAssessmentFindingCodes, files: ['indicators/assess-lm-model.ts'] },
  { name: 'fullRangeProfileFindings', catalogue: fullRangeProfileFindings, codes: fullRangeProfileFindingCodes, files: ['lmd/profile-full-range.ts'] },
  { name: 'actionLearningFindings', catalogue: actionLearningFindings, codes: actionLearningFindingCodes, files: ['lmd/check-action-learning-design.ts'] },
  { name: 'portfolioFindings', catalogue: portfolioFindings, codes: portfolioFindingCodes, files: ['lmd/analyse-portfolio.ts'] },
] as const satisfies readonly {
  name: string;
  catalogue: Readonly<Record<string, FindingDefinition>>;
  codes: readonly string[];
  files: readonly string[];
}[];

/** Every catalogue in the library, the 360 ones included, for the uniqueness check. */
const allCatalogues: readonly Readonly<Record<string, FindingDefinition>>[] = [
  ...modules.map((entry) => entry.catalogue),
  feedback360Findings,
  feedbackReadinessFindings,
];

const sourceOf = (file: string): string => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');

/** The severity a finding should carry, looked up in its module's catalogue. */
function expectCatalogueSeverities(catalogue: Readonly<Record<string, FindingDefinition>>, findings: readonly Finding[]): Set<string> {
  const seen = new Set<string>();
  for (const finding of findings) {
    expect(Object.keys(catalogue), finding.code).toContain(finding.code);
    expect(finding.severity, finding.code).toBe(catalogue[finding.code]?.severity);
    seen.add(finding.code);
  }
  return seen;
}

describe('finding catalogues', () => {
  it('no code is defined by two catalogues anywhere in the library', () => {
    const codes = allCatalogues.flatMap((catalogue) => Object.keys(catalogue));
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(repeated).toEqual([]);
    expect(codes.length).toBeGreaterThan(90);
  });

  for (const { name, catalogue, codes, files } of modules) {
    describe(name, () => {
      it('the exported code list is the catalogue’s keys, in order, and is frozen', () => {
        expect(codes).toEqual(Object.keys(catalogue));
        expect(Object.isFrozen(codes)).toBe(true);
        expect(Object.isFrozen(catalogue)).toBe(true);
        for (const definition of Object.values(catalogue)) expect(Object.isFrozen(definition)).toBe(true);
      });

      it('each code has a known severity and a one-sentence meaning in plain UK English', () => {
        for (const [code, definition] of Object.entries(catalogue) as [string, FindingDefinition][]) {
          expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
          expect(findingSeverities).toContain(definition.severity);
          expect(definition.meaning, code).toMatch(/^[A-Z].*\.$/);
          expect(definition.meaning, code).not.toMatch(/`|\{@link|\b(behavior|organization|program)\b/);
        }
      });

      it('every code a rule emits is in the catalogue, and every rule takes its severity from it', () => {
        const known = Object.keys(catalogue);
        for (const file of files) {
          const source = sourceOf(file);
          // Codes written at a rule: `code: 'X'`, or either branch of `code: condition ? 'X' : 'Y'`, or a rule table's code.
          const emitted = [...source.matchAll(/\bcode(?:: |\s*=\s*)([^,\n]+)/g)].flatMap((match) =>
            [...(match[1] ?? '').matchAll(/'([A-Z][A-Z0-9_]+)'/g)].map((code) => code[1] ?? ''),
          );
          expect(emitted.length, file).toBeGreaterThan(0);
          for (const code of emitted) expect(known, `${file}: ${code}`).toContain(code);
          // No severity is written as a literal at a rule: each comes from the catalogue.
          const ruleSeverities = [...source.matchAll(/^\s+severity: (.+),$/gm)].map((match) => match[1] ?? '');
          expect(ruleSeverities.length, file).toBeGreaterThan(0);
          for (const expression of ruleSeverities) expect(expression, file).toMatch(new RegExp(`^${name}(\\.[A-Z0-9_]+|\\[[a-zA-Z.]+\\])\\.severity$`));
          // A rule that names its code beside a catalogue severity names the same code twice.
          for (const match of source.matchAll(/code: '([A-Z0-9_]+)',\s*severity: [a-zA-Z]+\.([A-Z0-9_]+)\.severity/g)) {
            expect(match[2], file).toBe(match[1]);
          }
        }
      });
    });
  }

  it('the initiative catalogue agrees with the templates: a whole miss carries the condition’s severity, a partial miss no more', () => {
    const order = findingSeverities as readonly string[];
    const source = sourceOf('evaluation/initiatives/check-initiative-design.ts');
    for (const template of initiativeTemplates) {
      for (const condition of template.conditions) {
        const codes = [...source.matchAll(new RegExp(`code: '([A-Z_]+)',\\s*conditionId: '${condition.id}'`, 'g'))].map((match) => match[1] as keyof typeof initiativeDesignFindings);
        expect(codes.length, condition.id).toBeGreaterThan(0);
        const severities = codes.map((code) => initiativeDesignFindings[code].severity);
        expect(severities, condition.id).toContain(condition.severityIfMissing);
        for (const severity of severities) expect(order.indexOf(severity)).toBeLessThanOrEqual(order.indexOf(condition.severityIfMissing));
      }
    }
  });

  it('findings emitted at run time carry their catalogue severity', () => {
    const seen = new Set<string>();
    const add = (catalogue: Readonly<Record<string, FindingDefinition>>, findings: readonly Finding[]): void => {
      for (const code of expectCatalogueSeverities(catalogue, findings)) seen.add(code);
    };
    add(phillipsRoiFindings, phillipsRoi({ benefits: [{ label: 'Fewer errors', annualValue: 10_000 }], costs: [{ label: 'Workshop', amount: 5_000, category: 'delivery' }], horizonYears: 2 }).findings);
    add(businessCaseFindings, checkBusinessCase({
      problem: 'Junior solicitors leave within two years',
      goals: ['retention'],
      successMeasures: [{ name: 'Junior turnover', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'before-and-after' }],
      costOfInaction: 'We keep paying to replace about ten juniors a year',
      intangibles: ['Juniors speak up in partner meetings', 'Better morale'],
      evidence: [{ benefit: 'Juniors speak up in partner meetings', kind: 'anecdote', strength: 'practitioner-reported', claimedEffect: 40, citedEffect: 10 }],
    }).findings.filter((finding) => !finding.code.startsWith('PHILLIPS_')));
    add(evaluationPlanFindings, checkEvaluationPlan({ measures: [] }).findings);
    add(evaluationPlanFindings, checkEvaluationPlan({ claimsRoi: true, measures: [
      { name: 'Reaction', level: { model: 'kirkpatrick', level: 1 }, kind: 'quantitative', timing: 'after' },
      { name: 'reaction', level: { model: 'kirkpatrick', level: 1 }, kind: 'quantitative', timing: 'after' },
    ] }).findings);
    add(initiativeDesignFindings, checkInitiativeDesign({
      template: 'peer-learning-circles', protectedTime: false, host: 'appointed', facilitation: 'fixed',
      psychologicalSafety: false, themes: 'fixed', groupSize: 2, frequency: 'quarterly', seniorBacking: false,
    }).findings);
    add(initiativeDesignFindings, checkInitiativeDesign({
      template: 'peer-learning-circles', protectedTime: true, host: 'none', facilitation: 'none',
      psychologicalSafety: true, themes: 'flexible', groupSize: 30, frequency: 'monthly', seniorBacking: true,
    }).findings);
    add(initiativeDesignFindings, checkInitiativeDesign({
      template: 'on-the-job-coaching', sessionMinutes: 240, practiceBased: false, peerObservation: false,
      workloadRelief: false, framedAsHelpingManagers: false, seniorBacking: false,
    }).findings);
    add(evidenceChainFindings, buildEvidenceChain({
      initiative: { id: 'x', name: 'Coaching' },
      measures: [{ name: 'Pulse score', level: { model: 'kirkpatrick', level: 3 }, kind: 'quantitative', timing: 'ongoing' }],
    }).findings);
    add(summariseThemesFindings, summariseThemes([]).findings);
    add(summariseThemesFindings, summariseThemes([{ text: 'Helpful.', source: 'r1', themes: ['Confidence'] }]).findings);
    add(wilcoxonSignedRankFindings, wilcoxonSignedRank([1, 0, -2]).findings);
    add(differenceInDifferencesFindings, differenceInDifferences({ treatedBefore: 6, treatedAfter: 4, comparisonBefore: 6, comparisonAfter: 5.5 }).findings);
    add(leadershipIndexFindings, leadershipIndex([{ name: 'Engagement', value: 170, min: 0, max: 100, higherIsBetter: true }]).findings);
    add(lmAssessmentFindings, assessLmModel([]).findings);
    add(fullRangeProfileFindings, profileFullRange({ 'laissez-faire': 3 }).findings);
    add(actionLearningFindings, checkActionLearningDesign({
      setSize: 9, meetings: 1, spanDays: 1, realProblemsOwned: false, adviserRole: 'provides-expertise', organisationalSupport: false,
    }).findings);
    add(portfolioFindings, analysePortfolio({ items: [{ interventionId: 'coaching' }] }).findings);
    // The check saw most codes, so it cannot pass by seeing none.
    expect(seen.size).toBeGreaterThanOrEqual(40);
  });
});
