import { deepFreeze } from '../../core/deep-freeze.js';
import { describeValue } from '../../core/describe-value.js';
import type { EvidenceStrength } from '../../core/evidence-strength.js';
import { LmdInputError } from '../../core/input-error.js';
import type { ReferenceId } from '../../core/references.js';

/**
 * The ids of the {@link evaluationModels} catalogue, in catalogue order: Kirkpatrick, Phillips,
 * LTEM (Thalheimer), Brinkerhoff's Success Case Method, Kaufman and Hamblin.
 *
 * @example
 * evaluationModelIds.length //=> 6
 * evaluationModelIds.includes('success-case') //=> true
 * @see {@link evaluationModels}
 */
export const evaluationModelIds = /* @__PURE__ */ Object.freeze(['kirkpatrick', 'phillips', 'ltem', 'success-case', 'kaufman', 'hamblin'] as const);

/**
 * The id of a model in {@link evaluationModels}: a literal union, so a mistyped id fails to compile.
 *
 * @example
 * const id: EvaluationModelId = 'hamblin';
 * getEvaluationModel(id).levels.length //=> 5
 * @see {@link evaluationModelIds}
 */
export type EvaluationModelId = (typeof evaluationModelIds)[number];

/**
 * One level (or, for a `stages` model, one step) of an evaluation model.
 *
 * @example
 * const level: EvaluationModelLevel | undefined = getEvaluationModel('kaufman').levels[0];
 * level?.label //=> '1a'
 * level?.level //=> 1
 * @see {@link evaluationModels}
 */
export interface EvaluationModelLevel {
  /** Its whole-number position; Kaufman's split level 1 gives two entries with level 1. */
  readonly level: number;
  /** How the source numbers it: `'0'`–`'8'`, or Kaufman's `'1a'` and `'1b'`. */
  readonly label: string;
  /** The name the source gives it, in the source's own spelling (Kirkpatrick writes "Behavior"). */
  readonly name: string;
  /** What it looks at, in lmdkit's words. */
  readonly description: string;
}

/**
 * Something a model adds beside its levels (New World Kirkpatrick's required drivers, Phillips'
 * intangibles).
 *
 * @example
 * const addition: EvaluationModelAddition | undefined = getEvaluationModel('phillips').additions[0];
 * addition?.name //=> 'Intangible benefits'
 * @see {@link evaluationModels}
 */
export interface EvaluationModelAddition {
  /** Its usual name. */
  readonly name: string;
  /** What it is, in lmdkit's words. */
  readonly description: string;
}

/**
 * The shape every entry of {@link evaluationModels} satisfies.
 *
 * @example
 * const model: EvaluationModelData = getEvaluationModel('ltem');
 * model.structure //=> 'levels'
 * @see {@link evaluationModels}
 */
export interface EvaluationModelData {
  /** Stable kebab-case id. */
  readonly id: EvaluationModelId;
  /** Its usual name. */
  readonly name: string;
  /** Who devised it, and when. */
  readonly originator: string;
  /** `levels` for a hierarchy of outcomes; `stages` for a sequence of steps in an inquiry (the Success Case Method). */
  readonly structure: 'levels' | 'stages';
  /** What it is, in one or two sentences. */
  readonly description: string;
  /** Its levels, lowest first, or its steps in order. */
  readonly levels: readonly EvaluationModelLevel[];
  /** What it adds beside the levels; empty when nothing. */
  readonly additions: readonly EvaluationModelAddition[];
  /** Whether an {@link EvaluationMeasure} can be placed in it (Kirkpatrick, Phillips and LTEM). */
  readonly placesMeasures: boolean;
  /** The kind of evidence that the model, used as intended, leads to sound conclusions. */
  readonly evidence: EvidenceStrength;
  /** What that evidence is, and its limits. */
  readonly evidenceNote: string;
  /** The best-known criticism of the model. */
  readonly critique: string;
  /** The works behind the entry. */
  readonly sources: readonly ReferenceId[];
  /** Whether the level (or step) names were confirmed as the source gives them; `false` when they are not. */
  readonly verified: boolean;
  /** What was and was not confirmed about the names. */
  readonly verificationNote: string;
}

/**
 * A catalogue of six models for evaluating learning and development, each with its levels (or
 * steps) named as its source names them, what it adds beside them, how strong the evidence behind
 * it is and its best-known criticism. Descriptions are lmdkit's own words.
 *
 * - Kirkpatrick's four levels, with the New World additions: required drivers, leading indicators
 *   and planning from the results wanted backwards (Kirkpatrick & Kirkpatrick, 2016).
 * - Phillips' ROI Methodology, levels 0–5, with intangible benefits and the isolation step.
 * - Thalheimer's Learning-Transfer Evaluation Model (LTEM), eight tiers.
 * - Brinkerhoff's Success Case Method: five steps of an inquiry, not levels of outcome.
 * - Kaufman's five levels, with level 1 split into enabling (1a) and reaction (1b), and societal
 *   outcomes at the top.
 * - Hamblin's five levels, from reactions to ultimate value.
 *
 * Where the level names could not be confirmed as the source gives them (Phillips' names vary
 * between editions; the Success Case steps are lmdkit's labels), the entry says so with
 * `verified: false` and a `verificationNote`.
 *
 * All six are frameworks for organising evaluation rather than tested theories: graded
 * `theoretical` or `practitioner-reported`. The chain they share (reaction leads to learning,
 * learning to behaviour, behaviour to results) is weakly supported: Alliger et al. (1997) found
 * small correlations between the levels, so a good score at one level is no evidence for the next.
 *
 * @example
 * evaluationModels.map((model) => model.id) //=> ['kirkpatrick', 'phillips', 'ltem', 'success-case', 'kaufman', 'hamblin']
 * evaluationModels[0]?.levels.map((level) => level.name) //=> ['Reaction', 'Learning', 'Behavior', 'Results']
 * evaluationModels.filter((model) => !model.verified).map((model) => model.id) //=> ['phillips', 'success-case']
 * @see {@link getEvaluationModel} and {@link mapLevel}
 * @see Sources: kirkpatrick-1959, kirkpatrick-kirkpatrick-2016, phillips-phillips-2016, thalheimer-2018,
 * brinkerhoff-2003, kaufman-keller-1994, hamblin-1974, alliger-1997.
 */
export const evaluationModels = /* @__PURE__ */ deepFreeze([
  {
    id: 'kirkpatrick',
    name: 'Kirkpatrick Model (New World Kirkpatrick)',
    originator: 'Donald Kirkpatrick (1959); revised by James and Wendy Kirkpatrick (2016)',
    structure: 'levels',
    description:
      'Four levels of training outcome, from how participants react to the results the organisation gets; the 2016 revision adds what must happen after training for behaviour to change, and asks planners to start from the results.',
    levels: [
      {
        level: 1,
        label: '1',
        name: 'Reaction',
        description:
          'What participants think of the learning while or just after they take part; the 2016 revision asks about involvement and usefulness for the job, not only whether they enjoyed it.',
      },
      {
        level: 2,
        label: '2',
        name: 'Learning',
        description:
          'What participants now know and can do as a result, and (since 2016) whether they feel able and intend to put it into practice.',
      },
      {
        level: 3,
        label: '3',
        name: 'Behavior',
        description: 'Whether the way people work has changed in the direction the learning aimed at.',
      },
      {
        level: 4,
        label: '4',
        name: 'Results',
        description: 'The change in the organisational outcomes the learning was meant to affect, credited to the learning together with the support around it.',
      },
    ],
    additions: [
      {
        name: 'Required drivers',
        description:
          'What the workplace does after the learning to keep the new behaviour going: coaching, job aids, checking in on progress and recognising people who use it.',
      },
      {
        name: 'Leading indicators',
        description:
          'Early signs, seen or counted soon after the learning, that the changed behaviour is heading towards the results wanted, before those results can be measured.',
      },
      {
        name: 'Planning from results backwards',
        description:
          'Design starts at level 4 (the results wanted), then the critical behaviours that produce them, then what must be learnt, and only then the learning experience.',
      },
    ],
    placesMeasures: true,
    evidence: 'theoretical',
    evidenceNote:
      'A framework for sorting evaluation criteria, used very widely in practice; the causal chain it implies has not held up well when tested.',
    critique:
      'The levels are often read as a causal chain in which positive reactions lead to learning, learning to behaviour and behaviour to results, but a meta-analysis (Alliger et al., 1997) found small correlations between the levels, and reactions based on liking barely predicted learning or transfer.',
    sources: ['kirkpatrick-1959', 'kirkpatrick-kirkpatrick-2016', 'alliger-1997'],
    verified: true,
    verificationNote:
      'The four level names, and the New World additions, are the ones both sources use; the 1959 articles’ issue and page numbers were not checked (see the reference).',
  },
  {
    id: 'phillips',
    name: 'ROI Methodology (Phillips)',
    originator: 'Jack Phillips (from the 1980s), with Patti Phillips',
    structure: 'levels',
    description:
      'Extends Kirkpatrick with a level 0 for inputs and a level 5 that compares the monetary benefits of business impact with the fully loaded costs, after isolating the programme’s effect.',
    levels: [
      {
        level: 0,
        label: '0',
        name: 'Inputs and Indicators',
        description: 'What went in: the people reached, hours, duration, costs and coverage of the programme.',
      },
      {
        level: 1,
        label: '1',
        name: 'Reaction and Planned Action',
        description: 'How participants rate the programme’s relevance and value, and what they plan to do with it.',
      },
      {
        level: 2,
        label: '2',
        name: 'Learning',
        description: 'The knowledge, skills and confidence participants gained.',
      },
      {
        level: 3,
        label: '3',
        name: 'Application and Implementation',
        description: 'How far participants use what they learnt at work, and what helped or got in the way.',
      },
      {
        level: 4,
        label: '4',
        name: 'Business Impact',
        description: 'Changes in business measures such as output, quality, cost, time, turnover or complaints, with the programme’s share isolated.',
      },
      {
        level: 5,
        label: '5',
        name: 'ROI',
        description: 'Net monetary benefits of the impact divided by the fully loaded costs, as a percentage.',
      },
    ],
    additions: [
      {
        name: 'Intangible benefits',
        description:
          'Benefits deliberately left without a money value, such as morale or teamwork, reported beside the ROI rather than in it.',
      },
      {
        name: 'Isolation of the programme’s effects',
        description:
          'A required step that separates the programme’s effect from other influences, by a comparison group, trend-line analysis, forecasting or adjusted estimates.',
      },
    ],
    placesMeasures: true,
    evidence: 'practitioner-reported',
    evidenceNote:
      'Supported mainly by case studies published by its authors and practitioners; the methodology’s conservative rules are sensible but its accuracy has rarely been tested independently.',
    critique:
      'Isolation and conversion to money often rest on estimates, so an ROI percentage can look more precise than the evidence behind it, and the cost of a full study is hard to justify for small programmes.',
    sources: ['phillips-phillips-2016'],
    verified: false,
    verificationNote:
      'Phillips’ level names differ between editions and publications (level 0 appears as Input or as Inputs and Indicators, level 4 as Impact or Business Impact); the names here follow common secondary accounts and were not checked against the 2016 handbook.',
  },
  {
    id: 'ltem',
    name: 'Learning-Transfer Evaluation Model (LTEM)',
    originator: 'Will Thalheimer (2018)',
    structure: 'levels',
    description:
      'Eight tiers that separate weak signs of learning (attendance, activity, opinions) from evidence of knowledge, competence, transfer to work and its effects.',
    levels: [
      { level: 1, label: '1', name: 'Attendance', description: 'Whether people signed up, turned up or completed.' },
      { level: 2, label: '2', name: 'Activity', description: 'How attentive, interested and active they were while learning.' },
      {
        level: 3,
        label: '3',
        name: 'Learner Perceptions',
        description: 'What learners think of the learning, ideally asked about its effectiveness rather than their enjoyment.',
      },
      { level: 4, label: '4', name: 'Knowledge', description: 'Whether learners can recall or recognise facts and terms.' },
      {
        level: 5,
        label: '5',
        name: 'Decision-Making Competence',
        description: 'Whether learners make good decisions in realistic scenarios.',
      },
      {
        level: 6,
        label: '6',
        name: 'Task Competence',
        description: 'Whether learners can both decide and carry out the task in a realistic setting.',
      },
      { level: 7, label: '7', name: 'Transfer', description: 'Whether learners use what they learnt successfully in their work.' },
      {
        level: 8,
        label: '8',
        name: 'Effects of Transfer',
        description:
          'The effects of that use on the learners, their colleagues, the organisation, the community and society.',
      },
    ],
    additions: [],
    placesMeasures: true,
    evidence: 'theoretical',
    evidenceNote:
      'Built from research on learning and memory, but the model itself has not been tested as a whole; it is a guide to what counts as stronger evidence.',
    critique:
      'Its finer tiers ask for more demanding measurement (scenario-based decision tests, observed task performance) than most organisations collect, and it gives little help with attributing effects at tier 8.',
    sources: ['thalheimer-2018'],
    verified: true,
    verificationNote:
      'The eight tier names match the LTEM report; its version number and date were not checked (see the reference).',
  },
  {
    id: 'success-case',
    name: 'Success Case Method (Brinkerhoff)',
    originator: 'Robert Brinkerhoff (2003)',
    structure: 'stages',
    description:
      'Five steps of an inquiry that finds the most and least successful participants, verifies and documents their stories of impact, and learns what helped or hindered; it has no levels of outcome.',
    levels: [
      {
        level: 1,
        label: '1',
        name: 'Focus and plan the study',
        description: 'Agree what the study is for, who will use it and which initiative and participants it covers.',
      },
      {
        level: 2,
        label: '2',
        name: 'Create an impact model',
        description: 'Describe what success would look like: the capabilities, critical actions, results and business goals linked.',
      },
      {
        level: 3,
        label: '3',
        name: 'Survey to find the best and worst cases',
        description: 'A short survey of all participants to identify those with the most and the least success.',
      },
      {
        level: 4,
        label: '4',
        name: 'Interview and document the cases',
        description: 'Interview a few of each group, check their accounts against evidence, and record what enabled or blocked success.',
      },
      {
        level: 5,
        label: '5',
        name: 'Communicate findings and recommendations',
        description: 'Report the verified stories, their value and how more participants could succeed.',
      },
    ],
    additions: [],
    placesMeasures: false,
    evidence: 'practitioner-reported',
    evidenceNote:
      'Documented through its author’s and practitioners’ applications; it is designed for credible stories and quick learning, not for estimating an average effect.',
    critique:
      'By design it studies the extremes, so it cannot say how much the typical participant gained, and its conclusions depend on how rigorously the stories are verified.',
    sources: ['brinkerhoff-2003'],
    verified: false,
    verificationNote:
      'The step names are lmdkit’s short labels for Brinkerhoff’s five steps, in his order; they were not checked word for word against the book.',
  },
  {
    id: 'kaufman',
    name: 'Kaufman’s five levels',
    originator: 'Roger Kaufman and John Keller (1994)',
    structure: 'levels',
    description:
      'Kirkpatrick’s levels with reaction split into the quality of resources (enabling) and participants’ reactions, and a level above results for the contribution to clients and society.',
    levels: [
      {
        level: 1,
        label: '1a',
        name: 'Enabling',
        description: 'The availability and quality of the resources and inputs the intervention needs.',
      },
      {
        level: 1,
        label: '1b',
        name: 'Reaction',
        description: 'How participants judge the methods, means and processes used.',
      },
      { level: 2, label: '2', name: 'Acquisition', description: 'Individual and small-group mastery and competence.' },
      { level: 3, label: '3', name: 'Application', description: 'Use of that mastery and competence within the organisation.' },
      { level: 4, label: '4', name: 'Organizational output', description: 'Results and payoffs for the organisation.' },
      { level: 5, label: '5', name: 'Societal outcomes', description: 'Contributions to clients and to society beyond the organisation.' },
    ],
    additions: [
      {
        name: 'Micro, macro and mega results',
        description:
          'Results for individuals and small groups (micro), for the organisation (macro) and for society (mega), planned from the top down.',
      },
    ],
    placesMeasures: false,
    evidence: 'theoretical',
    evidenceNote: 'A conceptual extension of Kirkpatrick argued from planning principles, not tested empirically as a model.',
    critique:
      'Societal outcomes are worthwhile to plan for but rarely measurable for one programme, and attributing them to it is harder still.',
    sources: ['kaufman-keller-1994'],
    verified: true,
    verificationNote:
      'The level labels (1a, 1b, 2–5) and names follow Kaufman and Keller’s table, keeping their US spelling of Organizational; the article’s DOI was not checked (see the reference).',
  },
  {
    id: 'hamblin',
    name: 'Hamblin’s five levels',
    originator: 'A. C. Hamblin (1974)',
    structure: 'levels',
    description:
      'A cause-and-effect chain of five levels, from reactions to the ultimate value of training for the organisation’s aims, with objectives set and evaluated at each level.',
    levels: [
      { level: 1, label: '1', name: 'Reactions', description: 'What trainees think and feel about the training.' },
      { level: 2, label: '2', name: 'Learning', description: 'The knowledge, skills and attitudes gained.' },
      { level: 3, label: '3', name: 'Job behaviour', description: 'Changes in how trainees do their jobs.' },
      { level: 4, label: '4', name: 'Organisation', description: 'Changes in how the organisation or unit functions, such as output or absence.' },
      {
        level: 5,
        label: '5',
        name: 'Ultimate value',
        description: 'The contribution to the organisation’s ultimate goals, such as profit, survival, growth or wider good.',
      },
    ],
    additions: [],
    placesMeasures: false,
    evidence: 'theoretical',
    evidenceNote: 'A conceptual model, widely taught in the UK; the chain it assumes has not been shown empirically.',
    critique:
      'Like Kirkpatrick’s, its chain assumes each level causes the next, which the evidence on correlations between levels does not support (Alliger et al., 1997).',
    sources: ['hamblin-1974', 'alliger-1997'],
    verified: true,
    verificationNote:
      'The five level names are Hamblin’s, in his UK spelling.',
  },
] as const satisfies readonly EvaluationModelData[]);

/**
 * One entry of {@link evaluationModels} as stored there (frozen), with its literal id.
 *
 * @example
 * const model: EvaluationModel = getEvaluationModel('success-case');
 * model.structure //=> 'stages'
 * @see {@link getEvaluationModel}
 */
export type EvaluationModel = (typeof evaluationModels)[number];

/**
 * Looks up an evaluation model in the catalogue by id.
 *
 * @param id - an {@link EvaluationModelId}, such as `'kirkpatrick'`
 * @returns the frozen catalogue entry
 * @throws LmdInputError when the id (from untyped input) names no model
 * @example
 * getEvaluationModel('phillips').levels.map((level) => level.level) //=> [0, 1, 2, 3, 4, 5]
 * getEvaluationModel('kirkpatrick').additions.map((addition) => addition.name)
 * //=> ['Required drivers', 'Leading indicators', 'Planning from results backwards']
 * getEvaluationModel('cipp' as EvaluationModelId) //=> throws LmdInputError
 * @see {@link evaluationModels}
 * @see Sources: the entry's own `sources`.
 */
export function getEvaluationModel<Id extends EvaluationModelId>(id: Id): Extract<EvaluationModel, { id: Id }> {
  const found = evaluationModels.find((model) => model.id === id);
  if (found === undefined) {
    throw new LmdInputError([
      { keys: ['id'], message: `no evaluation model in the catalogue has this id (received ${describeValue(id)})` },
    ]);
  }
  return found as Extract<EvaluationModel, { id: Id }>;
}
