import { describeValue } from '../../core/describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../../core/input-error.js';
import type { ReferenceId } from '../../core/references.js';
import {
  evaluationModelIds,
  getEvaluationModel,
  type EvaluationModelId,
  type EvaluationModelLevel,
} from './evaluation-models.js';
import {
  levelMappingGaps,
  levelMappingTable,
  type LevelCorrespondence,
  type LevelMappingGap,
  type LevelMappingRow,
  type ModelLevelLabel,
} from './level-mapping-table.js';

/**
 * A level of a model as {@link mapLevel} reports it: the model, the level's whole-number
 * position, its label as the source numbers it and its name.
 *
 * @example
 * mapLevel(3, 'kirkpatrick', 'phillips').from //=> { model: 'kirkpatrick', level: 3, label: '3', name: 'Behavior' }
 * @see {@link mapLevel}
 */
export interface MappedLevel {
  /** The model. */
  readonly model: EvaluationModelId;
  /** The level's whole-number position (Kaufman's 1a and 1b are both 1). */
  readonly level: number;
  /** The level's label in its model (`'4'`, `'1a'`). */
  readonly label: string;
  /** The level's name as its source gives it. */
  readonly name: string;
}

/**
 * One level of the target model that {@link mapLevel} found, with how closely it corresponds.
 *
 * @example
 * const target: MappedTargetLevel | undefined = mapLevel(8, 'ltem', 'kirkpatrick').levels[0];
 * target?.correspondence //=> 'partial'
 * @see {@link mapLevel}
 */
export interface MappedTargetLevel extends MappedLevel {
  /** How closely it corresponds to the level mapped from. */
  readonly correspondence: LevelCorrespondence;
  /** Why, in one sentence. */
  readonly note: string;
}

/**
 * The result of {@link mapLevel}.
 *
 * `correspondence` is `exact` when there is one target level and it corresponds exactly,
 * `partial` when the correspondence is partial or spread over several levels, and `none` when no
 * level of the target model corresponds defensibly (then `levels` is empty and `note` says why).
 *
 * @example
 * const mapping: LevelMapping = mapLevel(5, 'phillips', 'kirkpatrick');
 * mapping.correspondence //=> 'none'
 * mapping.levels //=> []
 * @see {@link mapLevel}
 */
export interface LevelMapping {
  /** The level mapped from. */
  readonly from: MappedLevel;
  /** The model mapped to. */
  readonly toModel: EvaluationModelId;
  /** The overall correspondence. */
  readonly correspondence: LevelCorrespondence | 'none';
  /** The corresponding levels of the target model, lowest first; empty when none. */
  readonly levels: readonly MappedTargetLevel[];
  /** Why: the notes of the rows used, or the reason there is no defensible mapping. */
  readonly note: string;
  /** The bibliography ids of both models. */
  readonly basis: readonly ReferenceId[];
}


const stagesReason =
  'The Success Case Method has steps of an inquiry rather than levels of outcome, so none of its steps corresponds to a level; its interviews (step 4) gather evidence of application and results.';

/**
 * Maps a level of one evaluation model to the corresponding level or levels of another, where a
 * correspondence is defensible, using the sourced {@link levelMappingTable}.
 *
 * A level is given by its number (`3`) or by its label as the source numbers it (`'3'`, or
 * Kaufman's `'1a'` and `'1b'`: Kaufman's level 1 is split, so the bare number 1 is rejected for
 * Kaufman as ambiguous). Mapping a level to its own model returns it unchanged (`exact`). Where
 * no level corresponds, the result says so explicitly (`correspondence: 'none'`, no levels) with
 * the reason from {@link levelMappingGaps}, rather than returning `null`: LTEM's attendance and
 * activity tiers and Phillips' inputs (0) and ROI (5) have no Kirkpatrick level, and the Success
 * Case Method's steps correspond to no level at all.
 *
 * @param level - the level's number or label in `fromModel`
 * @param fromModel - the model the level belongs to
 * @param toModel - the model to express it in
 * @returns the corresponding levels with their correspondence and notes
 * @throws LmdInputError when a model id is unknown, or the level is not in `fromModel` (or is Kaufman's bare 1)
 * @example
 * mapLevel(4, 'kirkpatrick', 'phillips').levels.map((target) => target.name) //=> ['Business Impact']
 * mapLevel(4, 'kirkpatrick', 'phillips').correspondence //=> 'exact'
 * mapLevel(2, 'kirkpatrick', 'ltem').levels.map((target) => target.level) //=> [4, 5, 6]
 * mapLevel(1, 'ltem', 'kirkpatrick').correspondence //=> 'none'
 * mapLevel('1b', 'kaufman', 'kirkpatrick').levels[0]?.name //=> 'Reaction'
 * mapLevel(6, 'kirkpatrick', 'phillips') //=> throws LmdInputError
 * @see {@link levelMappingTable} and {@link levelMappingGaps}
 * @see Sources: kirkpatrick-kirkpatrick-2016, phillips-phillips-2016, thalheimer-2018, kaufman-keller-1994,
 * hamblin-1974, brinkerhoff-2003.
 */
export function mapLevel(level: number | string, fromModel: EvaluationModelId, toModel: EvaluationModelId): LevelMapping {
  const from = checkModelId(fromModel, ['fromModel']);
  const to = checkModelId(toModel, ['toModel']);
  const key = checkLevelKey(level);
  const source = findLevel(from, key);
  const basis = uniqueIds(getEvaluationModel(from).sources, getEvaluationModel(to).sources);
  const fromLevel = describeLevel(from, source);
  if (from === to) {
    const same = { ...fromLevel, correspondence: 'exact' as const, note: 'The same level of the same model.' };
    return { from: fromLevel, toModel: to, correspondence: 'exact', levels: [same], note: same.note, basis };
  }
  const here: ModelLevelLabel = { model: from, label: source.label };
  const rows: readonly LevelMappingRow[] = levelMappingTable;
  const targets = rows
    .flatMap((row): { other: ModelLevelLabel; row: LevelMappingRow }[] => {
      if (sameLevel(row.a, here) && row.b.model === to) return [{ other: row.b, row }];
      if (sameLevel(row.b, here) && row.a.model === to) return [{ other: row.a, row }];
      return [];
    })
    .map(({ other, row }): MappedTargetLevel => ({
      ...describeLevel(to, findLevel(to, other.label)),
      correspondence: row.quality,
      note: row.note,
    }))
    .sort((x, y) => x.level - y.level || x.label.localeCompare(y.label));
  if (targets.length === 0) {
    return { from: fromLevel, toModel: to, correspondence: 'none', levels: [], note: gapReason(here, to), basis };
  }
  const single = targets.length === 1 ? targets[0] : undefined;
  const correspondence: LevelCorrespondence = single?.correspondence === 'exact' ? 'exact' : 'partial';
  const note = [...new Set(targets.map((target) => target.note))].join(' ');
  return { from: fromLevel, toModel: to, correspondence, levels: targets, note, basis };
}

// Checked by hand rather than with a zod schema, so that a consumer of this lookup does not bundle zod.
function checkModelId(value: unknown, path: readonly LmdInputPathKey[]): EvaluationModelId {
  if ((evaluationModelIds as readonly unknown[]).includes(value)) return value as EvaluationModelId;
  const expected = evaluationModelIds.map((id) => `'${id}'`).join(', ');
  throw new LmdInputError([{ keys: path, message: `expected one of ${expected} (received ${describeValue(value)})` }]);
}

function checkLevelKey(value: unknown): number | string {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw new LmdInputError([
    { keys: ['level'], message: `expected a whole level number or a level label (received ${describeValue(value)})` },
  ]);
}

function findLevel(model: EvaluationModelId, key: number | string): EvaluationModelLevel {
  const levels: readonly EvaluationModelLevel[] = getEvaluationModel(model).levels;
  const matches =
    typeof key === 'number' ? levels.filter((entry) => entry.level === key) : levels.filter((entry) => entry.label === key);
  const [only] = matches;
  if (only !== undefined && matches.length === 1) return only;
  const labels = levels.map((entry) => `'${entry.label}'`).join(', ');
  const message =
    matches.length > 1
      ? `${model} splits this level: give one of ${matches.map((entry) => `'${entry.label}' (${entry.name})`).join(' or ')} (received ${describeValue(key)})`
      : `${model} has no such level; expected one of ${labels} (received ${describeValue(key)})`;
  throw new LmdInputError([{ keys: ['level'], message }]);
}

function describeLevel(model: EvaluationModelId, entry: EvaluationModelLevel): MappedLevel {
  return { model, level: entry.level, label: entry.label, name: entry.name };
}

function sameLevel(x: ModelLevelLabel, y: ModelLevelLabel): boolean {
  return x.model === y.model && x.label === y.label;
}

function gapReason(here: ModelLevelLabel, to: EvaluationModelId): string {
  if (here.model === 'success-case' || to === 'success-case') return stagesReason;
  const gaps: readonly LevelMappingGap[] = levelMappingGaps;
  const gap = gaps.find((entry) => sameLevel(entry.level, here) && entry.toModels.includes(to));
  return gap?.reason ?? 'No level of the target model corresponds defensibly to this level.';
}

function uniqueIds(first: readonly ReferenceId[], second: readonly ReferenceId[]): ReferenceId[] {
  return [...new Set(first.concat(second))];
}
