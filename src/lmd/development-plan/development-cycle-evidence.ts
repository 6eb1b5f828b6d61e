import * as z from 'zod';
import { parseInput } from '../../core/parse-input.js';
import type { LmEvidenceItem } from '../../indicators/lm-evidence.js';

const count = /* @__PURE__ */ z.int().min(0);

/**
 * The zod schema for the facts of one development cycle, for {@link developmentCycleEvidence}:
 *
 * - `leaders`: leaders and managers in the cycle (at least 1);
 * - `receivedFeedback`, `coached`, `goalsSet`, `followUpDone`: how many of them received their
 *   360 feedback, were coached on it, set development goals, and had a follow-up review (each at
 *   most `leaders`; the last three at most `receivedFeedback`);
 * - `regular` (default `false`): whether the 360 is repeated on a set cycle;
 * - `instrumentMatchesRequirements` (default `false`): whether the 360's competencies are the
 *   organisation's own leadership and management requirements (LM1–LM3), so that feedback on them
 *   is feedback against the requirements;
 * - `evaluation` (optional): of those re-rated (`reRated`), how many changed reliably on their
 *   priorities, up (`improvedReliably`) or down (`declinedReliably`);
 * - `improvements` (optional): changes made to the approach after reviewing the cycle.
 *
 * @example
 * developmentCycleFactsSchema.safeParse({ leaders: 20, receivedFeedback: 20, coached: 4, goalsSet: 12, followUpDone: 8 }).success //=> true
 * developmentCycleFactsSchema.safeParse({ leaders: 20, receivedFeedback: 10, coached: 12, goalsSet: 0, followUpDone: 0 }).success //=> false
 * @see {@link developmentCycleEvidence}
 */
export const developmentCycleFactsSchema = /* @__PURE__ */ z
  .strictObject({
    leaders: /* @__PURE__ */ z.int().min(1),
    receivedFeedback: count,
    coached: count,
    goalsSet: count,
    followUpDone: count,
    regular: /* @__PURE__ */ z.boolean().default(false),
    instrumentMatchesRequirements: /* @__PURE__ */ z.boolean().default(false),
    evaluation: /* @__PURE__ */ z
      .strictObject({ reRated: count, improvedReliably: count, declinedReliably: count })
      .optional(),
    improvements: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().trim().min(1, 'expected a description of the change')).optional(),
  })
  .superRefine((facts, context) => {
    const atMost = (key: string, value: number, limit: number, what: string, path: (string | number)[] = [key]): void => {
      if (value > limit) context.addIssue({ code: 'custom', path, input: value, message: `expected at most ${limit}, ${what}` });
    };
    atMost('receivedFeedback', facts.receivedFeedback, facts.leaders, 'the number of leaders');
    for (const key of ['coached', 'goalsSet', 'followUpDone'] as const) atMost(key, facts[key], facts.receivedFeedback, 'the number who received feedback');
    if (facts.evaluation !== undefined) {
      const { reRated, improvedReliably, declinedReliably } = facts.evaluation;
      atMost('reRated', reRated, facts.receivedFeedback, 'the number who received feedback', ['evaluation', 'reRated']);
      atMost('improvedReliably', improvedReliably + declinedReliably, reRated, 'the number re-rated, together with those who declined', ['evaluation', 'improvedReliably']);
    }
  });

/**
 * The facts of a development cycle (see {@link developmentCycleFactsSchema}).
 * @see {@link developmentCycleFactsSchema}
 */
export type DevelopmentCycleFacts = z.input<typeof developmentCycleFactsSchema>;

/**
 * The zod schema for the options of {@link developmentCycleEvidence}: `minimumShare` (default
 * 0.8), the share of leaders a practice must reach before the records count as full support.
 *
 * @example
 * developmentCycleEvidenceOptionsSchema.parse({}).minimumShare //=> 0.8
 * @see {@link developmentCycleEvidence}
 */
export const developmentCycleEvidenceOptionsSchema = /* @__PURE__ */ z.strictObject({
  minimumShare: /* @__PURE__ */ z.number().gt(0).max(1).default(0.8),
});

/**
 * The options of {@link developmentCycleEvidence} (see {@link developmentCycleEvidenceOptionsSchema}).
 * @see {@link developmentCycleEvidenceOptionsSchema}
 */
export type DevelopmentCycleEvidenceOptions = z.input<typeof developmentCycleEvidenceOptionsSchema>;

/**
 * The result of {@link developmentCycleEvidence}.
 * @see {@link developmentCycleEvidence}
 */
export interface DevelopmentCycleEvidence {
  /** Evidence items for {@link assessLmModel}, each with a note saying which requirement and why. */
  readonly evidence: readonly LmEvidenceItem[];
  /** Requirements the cycle bears on but the facts do not support, and why none is claimed. */
  readonly notClaimed: readonly { readonly requirementId: 'LM6.1' | 'LM7.2' | 'LM7.3' | 'LM8.1' | 'LM9.1'; readonly reason: string }[];
  /** The share applied. */
  readonly rule: { readonly minimumShare: number };
}

function share(part: number, whole: number): string {
  return `${part} of ${whole} (${Math.round((part / whole) * 100)} %)`;
}

/**
 * Turns the facts of a 360 development cycle into evidence items for the IIP Leadership &
 * Management Model ({@link assessLmModel}), for the requirements the cycle bears on, and says
 * which it does not support. The records of a cycle are documents (`source: 'document'`) except
 * the re-rating, which is others' survey of the leaders (`survey`); every item is about leaders
 * and managers, except the improvements, which top managers make.
 *
 * - **LM6.1** (leaders are reviewed regularly and given constructive feedback against the
 *   requirements): claimed when anyone received feedback; fully (`yes`) only when at least
 *   `minimumShare` of leaders received it, at least that share of them were coached on it (the
 *   help that makes feedback constructive; Smither et al. 2005), the 360 is repeated on a set
 *   cycle (`regular`) and its competencies are the organisation's requirements
 *   (`instrumentMatchesRequirements`); otherwise `partly`.
 * - **LM7.2** (leaders can say what development they are doing to meet the requirements):
 *   claimed when anyone set goals; `partly` at most, because records show plans and reviews, and
 *   the requirement asks for the leaders' own account.
 * - **LM7.3** (development suits different individuals' needs): claimed only when someone was
 *   coached on their own feedback, and only `partly` (the requirement asks leaders to agree).
 *   Without coaching, nothing in the facts shows development shaped to the person: not claimed.
 * - **LM8.1** (the approach helps leaders meet the requirements): claimed from the re-rating only
 *   when more leaders changed reliably one way than the other: `no` when more declined; `yes`
 *   when at least `minimumShare` of those re-rated improved reliably, `partly` otherwise. Not
 *   isolated from other causes (say so to an assessor).
 * - **LM9.1** (the approach is improved in good time): claimed when changes were made after the
 *   cycle; `yes` when an evaluation informed them, `partly` otherwise.
 *
 * @param facts - the cycle's counts ({@link DevelopmentCycleFacts}); not changed
 * @param options - `minimumShare` ({@link DevelopmentCycleEvidenceOptions})
 * @returns the evidence items, the requirements not claimed and why, and the rule
 * @throws LmdInputError when a count is negative, not whole, or larger than the count it is part of
 * @example
 * const cycle = developmentCycleEvidence({ leaders: 20, receivedFeedback: 20, coached: 0, goalsSet: 12, followUpDone: 6 });
 * cycle.evidence.map((item) => `${item.requirementId} ${item.supports}`) //=> ['LM6.1 partly', 'LM7.2 partly']
 * cycle.notClaimed.map((entry) => entry.requirementId) //=> ['LM7.3', 'LM8.1', 'LM9.1']
 * assessLmModel(cycle.evidence).indicators[5]?.requirements[0]?.status //=> 'partly-met'
 * developmentCycleEvidence({ leaders: 0, receivedFeedback: 0, coached: 0, goalsSet: 0, followUpDone: 0 }) //=> throws LmdInputError
 * @see {@link assessLmModel}; {@link lmModel} for the requirements
 * @see Investors in People UK (2003) `iip-lm-model-2003`; Smither, London & Reilly (2005)
 *   `smither-london-reilly-2005`; Jacobson & Truax (1991) `jacobson-truax-1991`.
 */
export function developmentCycleEvidence(facts: DevelopmentCycleFacts, options: DevelopmentCycleEvidenceOptions = {}): DevelopmentCycleEvidence {
  const cycle = parseInput(developmentCycleFactsSchema, facts, 'facts');
  const { minimumShare } = parseInput(developmentCycleEvidenceOptionsSchema, options, 'options');
  const evidence: LmEvidenceItem[] = [];
  const notClaimed: { requirementId: 'LM6.1' | 'LM7.2' | 'LM7.3' | 'LM8.1' | 'LM9.1'; reason: string }[] = [];
  const { leaders, receivedFeedback, coached, goalsSet, followUpDone } = cycle;
  const reaches = (part: number, whole: number): boolean => whole > 0 && part / whole >= minimumShare;

  if (receivedFeedback === 0) {
    notClaimed.push({ requirementId: 'LM6.1', reason: 'No leader or manager received feedback in this cycle.' });
  } else {
    const full = reaches(receivedFeedback, leaders) && reaches(coached, receivedFeedback) && cycle.regular && cycle.instrumentMatchesRequirements;
    const short = [
      cycle.instrumentMatchesRequirements ? null : 'the 360 is not recorded as built on the organisation’s own requirements',
      reaches(receivedFeedback, leaders) ? null : 'not enough leaders received it',
      reaches(coached, receivedFeedback) ? null : 'too few were coached on it',
      cycle.regular ? null : 'one cycle is not yet a regular review',
    ].filter((reason): reason is string => reason !== null);
    evidence.push({
      requirementId: 'LM6.1',
      audience: 'leaders-and-managers',
      source: 'document',
      supports: full ? 'yes' : 'partly',
      note: `LM6.1 (regular review with constructive feedback against the requirements): ${share(receivedFeedback, leaders)} leaders and managers received 360 feedback on the leadership competencies, ${coached} of them coached on it${full ? '.' : `; only in part, because ${short.join(' and ')}.`}`,
    });
  }

  if (goalsSet === 0) {
    notClaimed.push({ requirementId: 'LM7.2', reason: 'No one set development goals after the feedback, so no development is recorded against the requirements.' });
  } else {
    evidence.push({
      requirementId: 'LM7.2',
      audience: 'leaders-and-managers',
      source: 'document',
      supports: 'partly',
      note: `LM7.2 (leaders can say what development they are doing to meet the requirements): ${share(goalsSet, leaders)} set development goals against the competencies and ${followUpDone} had a follow-up review; records show the plans, and the leaders' own account is still needed for full support.`,
    });
  }

  if (coached === 0) {
    notClaimed.push({ requirementId: 'LM7.3', reason: 'No one was coached on their feedback, so nothing in the facts shows development shaped to each person’s needs.' });
  } else {
    evidence.push({
      requirementId: 'LM7.3',
      audience: 'leaders-and-managers',
      source: 'document',
      supports: 'partly',
      note: `LM7.3 (development suits the needs of different individuals): ${share(coached, leaders)} were coached on their own feedback, so their development starts from their own needs; the requirement asks leaders to agree, which needs their own views.`,
    });
  }

  const evaluation = cycle.evaluation;
  if (evaluation === undefined || evaluation.reRated === 0) {
    notClaimed.push({ requirementId: 'LM8.1', reason: 'No one has been re-rated yet, so there is no evidence of change in behaviour.' });
  } else if (evaluation.improvedReliably === evaluation.declinedReliably) {
    notClaimed.push({
      requirementId: 'LM8.1',
      reason: `As many re-rated leaders changed reliably for the better as for the worse (${evaluation.improvedReliably} each of ${evaluation.reRated}), so the re-rating neither supports nor contradicts the requirement.`,
    });
  } else {
    const better = evaluation.improvedReliably > evaluation.declinedReliably;
    evidence.push({
      requirementId: 'LM8.1',
      audience: 'leaders-and-managers',
      source: 'survey',
      supports: !better ? 'no' : reaches(evaluation.improvedReliably, evaluation.reRated) ? 'yes' : 'partly',
      note: `LM8.1 (the approach helps leaders meet the requirements): of ${evaluation.reRated} leaders re-rated by others on their priorities, ${evaluation.improvedReliably} improved and ${evaluation.declinedReliably} declined by more than measurement error (Jacobson & Truax's reliable change); the change is not separated from other causes.`,
    });
  }

  const improvements = cycle.improvements ?? [];
  if (improvements.length === 0) {
    notClaimed.push({ requirementId: 'LM9.1', reason: 'No change to the approach is recorded after the cycle.' });
  } else {
    const informed = evaluation !== undefined && evaluation.reRated > 0;
    evidence.push({
      requirementId: 'LM9.1',
      audience: 'top-managers',
      source: 'document',
      supports: informed ? 'yes' : 'partly',
      note: `LM9.1 (the approach is improved in good time): ${improvements.length} change${improvements.length === 1 ? '' : 's'} made after the cycle (${improvements.join('; ')})${informed ? ', informed by the re-rating.' : '; no evaluation is recorded to show they answer what the cycle found.'}`,
    });
  }
  return { evidence, notClaimed, rule: { minimumShare } };
}
