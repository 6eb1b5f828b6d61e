import { deepFreeze } from '../../core/deep-freeze.js';
import type { EvaluationModelId } from './evaluation-models.js';

/**
 * How closely a level of one evaluation model corresponds to a level of another: `exact` when
 * both measure the same thing (perhaps with a detail added), `partial` when one covers only part
 * of the other.
 *
 * @example
 * levelCorrespondences //=> ['exact', 'partial']
 * @see {@link levelMappingTable}
 */
export const levelCorrespondences = /* @__PURE__ */ Object.freeze(['exact', 'partial'] as const);

/**
 * One of {@link levelCorrespondences}.
 * @see {@link levelCorrespondences}
 */
export type LevelCorrespondence = (typeof levelCorrespondences)[number];

/**
 * A level of a model in the {@link evaluationModels} catalogue, named by its label as the source
 * numbers it (`'4'`, or Kaufman's `'1a'`).
 * @see {@link levelMappingTable}
 */
export interface ModelLevelLabel {
  /** The model. */
  readonly model: EvaluationModelId;
  /** The level's label in that model. */
  readonly label: string;
}

/**
 * One row of {@link levelMappingTable}: two levels of different models that correspond, how
 * closely, and why. A row reads both ways.
 * @see {@link levelMappingTable}
 */
export interface LevelMappingRow {
  /** One level. */
  readonly a: ModelLevelLabel;
  /** The corresponding level of another model. */
  readonly b: ModelLevelLabel;
  /** How closely they correspond. */
  readonly quality: LevelCorrespondence;
  /** Why, in one sentence. */
  readonly note: string;
}

/**
 * The correspondences between levels of the five levelled models in {@link evaluationModels}
 * (the Success Case Method has steps, not levels, and appears in none). Each row links two levels
 * and reads both ways; a level with several rows to one model corresponds to each in part (for
 * example Kirkpatrick's learning to LTEM's tiers 4, 5 and 6).
 *
 * The rows follow how each source places itself against Kirkpatrick: Phillips builds levels 1–4 on
 * his and adds 0 and 5; Kaufman & Keller split his level 1 and add societal outcomes; Hamblin
 * splits results into organisation and ultimate value; Thalheimer divides learning into three
 * tiers and places attendance and activity below reaction. Correspondences between the other
 * models follow through Kirkpatrick's levels. Levels with no defensible counterpart are listed,
 * with reasons, in {@link levelMappingGaps}.
 *
 * @example
 * levelMappingTable.length //=> 57
 * levelMappingTable.filter((row) => row.a.model === 'kirkpatrick' && row.b.model === 'phillips').map((row) => row.quality)
 * //=> ['exact', 'exact', 'exact', 'exact']
 * @see {@link mapLevel}
 * @see Sources: the two models' own `sources` in {@link evaluationModels} (kirkpatrick-kirkpatrick-2016,
 * phillips-phillips-2016, thalheimer-2018, kaufman-keller-1994, hamblin-1974).
 */
export const levelMappingTable = /* @__PURE__ */ deepFreeze([
{ a: { model: 'kirkpatrick', label: '1' }, b: { model: 'phillips', label: '1' }, quality: 'exact', note: 'Phillips built level 1 on Kirkpatrick’s reaction and adds the participant’s planned action.' },
  { a: { model: 'kirkpatrick', label: '2' }, b: { model: 'phillips', label: '2' }, quality: 'exact', note: 'Both measure what participants learnt.' },
  { a: { model: 'kirkpatrick', label: '3' }, b: { model: 'phillips', label: '3' }, quality: 'exact', note: 'Both measure use of the learning at work; Phillips also records what helped or hindered it.' },
  { a: { model: 'kirkpatrick', label: '4' }, b: { model: 'phillips', label: '4' }, quality: 'exact', note: 'Both measure change in organisational results; Phillips requires the programme’s share to be isolated.' },
  { a: { model: 'kirkpatrick', label: '1' }, b: { model: 'ltem', label: '3' }, quality: 'partial', note: 'Learner perceptions cover reaction, though LTEM asks about effectiveness rather than satisfaction.' },
  { a: { model: 'kirkpatrick', label: '2' }, b: { model: 'ltem', label: '4' }, quality: 'partial', note: 'Kirkpatrick’s learning spans three LTEM tiers; knowledge is the weakest of them.' },
  { a: { model: 'kirkpatrick', label: '2' }, b: { model: 'ltem', label: '5' }, quality: 'partial', note: 'Kirkpatrick’s learning spans three LTEM tiers, including decision-making in realistic scenarios.' },
  { a: { model: 'kirkpatrick', label: '2' }, b: { model: 'ltem', label: '6' }, quality: 'partial', note: 'Kirkpatrick’s learning spans three LTEM tiers, including performing the task in a realistic setting.' },
  { a: { model: 'kirkpatrick', label: '3' }, b: { model: 'ltem', label: '7' }, quality: 'exact', note: 'Both mean successful use of the learning in the job.' },
  { a: { model: 'kirkpatrick', label: '4' }, b: { model: 'ltem', label: '8' }, quality: 'partial', note: 'LTEM’s effects of transfer include organisational results but also effects on learners, colleagues, community and society.' },
  { a: { model: 'kirkpatrick', label: '1' }, b: { model: 'kaufman', label: '1b' }, quality: 'exact', note: 'Kaufman’s reaction level is Kirkpatrick’s reaction, split off from the quality of resources.' },
  { a: { model: 'kirkpatrick', label: '2' }, b: { model: 'kaufman', label: '2' }, quality: 'exact', note: 'Acquisition is Kaufman’s name for the mastery Kirkpatrick calls learning.' },
  { a: { model: 'kirkpatrick', label: '3' }, b: { model: 'kaufman', label: '3' }, quality: 'exact', note: 'Application is use of what was learnt at work.' },
  { a: { model: 'kirkpatrick', label: '4' }, b: { model: 'kaufman', label: '4' }, quality: 'exact', note: 'Organisational output is the organisation’s results.' },
  { a: { model: 'kirkpatrick', label: '1' }, b: { model: 'hamblin', label: '1' }, quality: 'exact', note: 'Both measure trainees’ reactions.' },
  { a: { model: 'kirkpatrick', label: '2' }, b: { model: 'hamblin', label: '2' }, quality: 'exact', note: 'Both measure what was learnt.' },
  { a: { model: 'kirkpatrick', label: '3' }, b: { model: 'hamblin', label: '3' }, quality: 'exact', note: 'Both measure changed behaviour in the job.' },
  { a: { model: 'kirkpatrick', label: '4' }, b: { model: 'hamblin', label: '4' }, quality: 'partial', note: 'Hamblin splits results into changes in how the organisation functions (level 4) and ultimate value (level 5).' },
  { a: { model: 'kirkpatrick', label: '4' }, b: { model: 'hamblin', label: '5' }, quality: 'partial', note: 'Hamblin splits results into changes in how the organisation functions (level 4) and ultimate value (level 5).' },
  { a: { model: 'phillips', label: '0' }, b: { model: 'ltem', label: '1' }, quality: 'partial', note: 'Both count participation; Phillips level 0 also counts hours, costs and coverage.' },
  { a: { model: 'phillips', label: '1' }, b: { model: 'ltem', label: '3' }, quality: 'partial', note: 'Learner perceptions cover reaction, though LTEM asks about effectiveness and Phillips adds planned action.' },
  { a: { model: 'phillips', label: '2' }, b: { model: 'ltem', label: '4' }, quality: 'partial', note: 'Phillips’ learning spans three LTEM tiers; knowledge is the weakest of them.' },
  { a: { model: 'phillips', label: '2' }, b: { model: 'ltem', label: '5' }, quality: 'partial', note: 'Phillips’ learning spans three LTEM tiers, including decision-making in realistic scenarios.' },
  { a: { model: 'phillips', label: '2' }, b: { model: 'ltem', label: '6' }, quality: 'partial', note: 'Phillips’ learning spans three LTEM tiers, including performing the task in a realistic setting.' },
  { a: { model: 'phillips', label: '3' }, b: { model: 'ltem', label: '7' }, quality: 'exact', note: 'Both mean successful use of the learning in the job.' },
  { a: { model: 'phillips', label: '4' }, b: { model: 'ltem', label: '8' }, quality: 'partial', note: 'LTEM’s effects of transfer include business impact but also effects on learners, colleagues, community and society.' },
  { a: { model: 'phillips', label: '0' }, b: { model: 'kaufman', label: '1a' }, quality: 'partial', note: 'Both look at inputs: Phillips counts them, Kaufman judges their availability and quality.' },
  { a: { model: 'phillips', label: '1' }, b: { model: 'kaufman', label: '1b' }, quality: 'exact', note: 'Both measure participants’ reactions; Phillips adds planned action.' },
  { a: { model: 'phillips', label: '2' }, b: { model: 'kaufman', label: '2' }, quality: 'exact', note: 'Acquisition is Kaufman’s name for what was learnt.' },
  { a: { model: 'phillips', label: '3' }, b: { model: 'kaufman', label: '3' }, quality: 'exact', note: 'Both measure use of what was learnt at work.' },
  { a: { model: 'phillips', label: '4' }, b: { model: 'kaufman', label: '4' }, quality: 'exact', note: 'Both measure results for the organisation.' },
  { a: { model: 'phillips', label: '1' }, b: { model: 'hamblin', label: '1' }, quality: 'exact', note: 'Both measure participants’ reactions; Phillips adds planned action.' },
  { a: { model: 'phillips', label: '2' }, b: { model: 'hamblin', label: '2' }, quality: 'exact', note: 'Both measure what was learnt.' },
  { a: { model: 'phillips', label: '3' }, b: { model: 'hamblin', label: '3' }, quality: 'exact', note: 'Both measure use of the learning in the job.' },
  { a: { model: 'phillips', label: '4' }, b: { model: 'hamblin', label: '4' }, quality: 'partial', note: 'Business impact covers changes in how the organisation functions and part of its ultimate value.' },
  { a: { model: 'phillips', label: '4' }, b: { model: 'hamblin', label: '5' }, quality: 'partial', note: 'Business impact covers changes in how the organisation functions and part of its ultimate value.' },
  { a: { model: 'phillips', label: '5' }, b: { model: 'hamblin', label: '5' }, quality: 'partial', note: 'Ultimate value includes the financial return that ROI expresses, but also goals that are not financial.' },
  { a: { model: 'ltem', label: '3' }, b: { model: 'kaufman', label: '1b' }, quality: 'partial', note: 'Learner perceptions cover reaction, though LTEM asks about effectiveness rather than satisfaction.' },
  { a: { model: 'ltem', label: '4' }, b: { model: 'kaufman', label: '2' }, quality: 'partial', note: 'Acquisition spans three LTEM tiers; knowledge is the weakest of them.' },
  { a: { model: 'ltem', label: '5' }, b: { model: 'kaufman', label: '2' }, quality: 'partial', note: 'Acquisition spans three LTEM tiers, including decision-making in realistic scenarios.' },
  { a: { model: 'ltem', label: '6' }, b: { model: 'kaufman', label: '2' }, quality: 'partial', note: 'Acquisition spans three LTEM tiers, including performing the task in a realistic setting.' },
  { a: { model: 'ltem', label: '7' }, b: { model: 'kaufman', label: '3' }, quality: 'exact', note: 'Both mean use of what was learnt at work.' },
  { a: { model: 'ltem', label: '8' }, b: { model: 'kaufman', label: '4' }, quality: 'partial', note: 'LTEM’s effects of transfer reach the organisation (Kaufman 4) and the community and society (Kaufman 5).' },
  { a: { model: 'ltem', label: '8' }, b: { model: 'kaufman', label: '5' }, quality: 'partial', note: 'LTEM’s effects of transfer reach the organisation (Kaufman 4) and the community and society (Kaufman 5).' },
  { a: { model: 'ltem', label: '3' }, b: { model: 'hamblin', label: '1' }, quality: 'partial', note: 'Learner perceptions cover reactions, though LTEM asks about effectiveness rather than feelings.' },
  { a: { model: 'ltem', label: '4' }, b: { model: 'hamblin', label: '2' }, quality: 'partial', note: 'Hamblin’s learning spans three LTEM tiers; knowledge is the weakest of them.' },
  { a: { model: 'ltem', label: '5' }, b: { model: 'hamblin', label: '2' }, quality: 'partial', note: 'Hamblin’s learning spans three LTEM tiers, including decision-making in realistic scenarios.' },
  { a: { model: 'ltem', label: '6' }, b: { model: 'hamblin', label: '2' }, quality: 'partial', note: 'Hamblin’s learning spans three LTEM tiers, including performing the task in a realistic setting.' },
  { a: { model: 'ltem', label: '7' }, b: { model: 'hamblin', label: '3' }, quality: 'exact', note: 'Both mean changed behaviour in the job.' },
  { a: { model: 'ltem', label: '8' }, b: { model: 'hamblin', label: '4' }, quality: 'partial', note: 'LTEM’s effects of transfer cover both how the organisation functions and its wider ultimate value.' },
  { a: { model: 'ltem', label: '8' }, b: { model: 'hamblin', label: '5' }, quality: 'partial', note: 'LTEM’s effects of transfer cover both how the organisation functions and its wider ultimate value.' },
  { a: { model: 'kaufman', label: '1b' }, b: { model: 'hamblin', label: '1' }, quality: 'exact', note: 'Both measure participants’ reactions.' },
  { a: { model: 'kaufman', label: '2' }, b: { model: 'hamblin', label: '2' }, quality: 'exact', note: 'Acquisition is Kaufman’s name for learning.' },
  { a: { model: 'kaufman', label: '3' }, b: { model: 'hamblin', label: '3' }, quality: 'exact', note: 'Application is changed behaviour in the job.' },
  { a: { model: 'kaufman', label: '4' }, b: { model: 'hamblin', label: '4' }, quality: 'partial', note: 'Organisational output covers changes in how the organisation functions and the organisation’s part of ultimate value.' },
  { a: { model: 'kaufman', label: '4' }, b: { model: 'hamblin', label: '5' }, quality: 'partial', note: 'Organisational output covers changes in how the organisation functions and the organisation’s part of ultimate value.' },
  { a: { model: 'kaufman', label: '5' }, b: { model: 'hamblin', label: '5' }, quality: 'partial', note: 'Ultimate value can include wider good beyond the organisation, which Kaufman makes a level of its own.' },
] as const satisfies readonly LevelMappingRow[]);

/**
 * One row of {@link levelMappingGaps}: a level that has no defensible counterpart in some models,
 * and why.
 * @see {@link levelMappingGaps}
 */
export interface LevelMappingGap {
  /** The level without a counterpart. */
  readonly level: ModelLevelLabel;
  /** The models in which it has none. */
  readonly toModels: readonly EvaluationModelId[];
  /** Why, in one sentence. */
  readonly reason: string;
}

/**
 * The levels of the levelled models that have no defensible counterpart in some other models,
 * with the reason; {@link mapLevel} returns `correspondence: 'none'` with this reason for them. A
 * test checks that every level without a row in {@link levelMappingTable} to a levelled model is
 * listed here.
 *
 * @example
 * levelMappingGaps.find((gap) => gap.level.model === 'phillips' && gap.level.label === '5')?.toModels
 * //=> ['kirkpatrick', 'ltem', 'kaufman']
 * @see {@link mapLevel}
 * @see Sources: phillips-phillips-2016, thalheimer-2018, kaufman-keller-1994, hamblin-1974.
 */
export const levelMappingGaps = /* @__PURE__ */ deepFreeze([
  {
    level: { model: 'phillips', label: '0' },
    toModels: ['kirkpatrick', 'hamblin'],
    reason: 'Inputs and indicators count what went into a programme (people, hours, costs), which this model does not treat as a level of outcome.',
  },
  {
    level: { model: 'phillips', label: '5' },
    toModels: ['kirkpatrick', 'ltem', 'kaufman'],
    reason: 'ROI sets the money value of the impact against the fully loaded costs, a comparison this model does not make; its results level holds only the impact.',
  },
  {
    level: { model: 'ltem', label: '1' },
    toModels: ['kirkpatrick', 'kaufman', 'hamblin'],
    reason: 'Attendance shows only that people took part; this model has no level for participation, and LTEM places it below reaction so it is not mistaken for evidence of learning.',
  },
  {
    level: { model: 'ltem', label: '2' },
    toModels: ['kirkpatrick', 'phillips', 'kaufman', 'hamblin'],
    reason: 'Activity during learning (attention, interest, participation) is not an outcome this model measures; LTEM places it below reaction so it is not mistaken for evidence of learning.',
  },
  {
    level: { model: 'kaufman', label: '1a' },
    toModels: ['kirkpatrick', 'ltem', 'hamblin'],
    reason: 'Enabling judges the availability and quality of resources before anyone reacts to them, which this model does not assess as a level.',
  },
  {
    level: { model: 'kaufman', label: '5' },
    toModels: ['kirkpatrick', 'phillips'],
    reason: 'Societal outcomes lie beyond the organisation, above the organisational results and impact that this model stops at.',
  },
] as const satisfies readonly LevelMappingGap[]);
