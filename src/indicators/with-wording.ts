import * as z from 'zod';
import { deepFreeze } from '../core/deep-freeze.js';
import { parseInput } from '../core/parse-input.js';
import type { LmIndicator } from './get-lm-indicator.js';
import { lmIndicatorIds, lmRequirementIds } from './lm-ids.js';
import { lmModel, type LmIndicatorId, type LmRequirementId } from './lm-model.js';

/**
 * The zod schema for official wording a licensed user attaches to the L&M Model: any subset of
 * indicator and requirement ids, each mapped to non-empty text. Unknown ids are rejected.
 *
 * @example
 * lmWordingSchema.safeParse({ 'LM1.1': 'Official text' }).success //=> true
 * lmWordingSchema.safeParse({ 'LM1.9': 'Official text' }).success //=> false
 * @see {@link withWording}
 */
export const lmWordingSchema = /* @__PURE__ */ z.partialRecord(
  // `concat`, not an array spread: esbuild treats a spread as a possible side effect even inside a
  // pure call, which kept this schema (and all of zod) in bundles that never use it.
  /* @__PURE__ */ z.enum(
    /* @__PURE__ */ (lmIndicatorIds as readonly (LmIndicatorId | LmRequirementId)[]).concat(lmRequirementIds),
  ),
  /* @__PURE__ */ z.string().trim().min(1, 'expected non-empty wording'),
);

/**
 * Official wording by indicator or requirement id.
 * @see {@link withWording}
 */
export type LmWording = Partial<Record<LmIndicatorId | LmRequirementId, string>>;

/**
 * A copy of {@link lmModel} in which indicators and requirements that were given official wording
 * carry it in a `wording` field (entries without wording have no such field).
 *
 * @example
 * const model: LmModelWithWording = withWording({ LM9: 'Official text' });
 * model.indicators[8]?.wording //=> 'Official text'
 * @see {@link withWording}
 */
export type LmModelWithWording = Omit<typeof lmModel, 'indicators'> & {
  readonly indicators: readonly (Omit<LmIndicator, 'requirements'> & {
    readonly wording?: string;
    readonly requirements: readonly (LmIndicator['requirements'][number] & { readonly wording?: string })[];
  })[];
};

/**
 * Attaches the official wording of the L&M Model, which lmdkit does not ship (it is copyrighted),
 * to lmdkit's paraphrased model, for users licensed to hold it.
 *
 * @param wording - official text by id; any subset of `LM1`…`LM9` and `LM1.1`…`LM9.1`
 * @returns a new frozen model; `lmModel` itself is unchanged
 * @throws LmdInputError when an id is unknown or a text is empty
 * @example
 * const model = withWording({ 'LM2.1': 'Licensed wording of LM2.1' });
 * model.indicators[1]?.requirements[0]?.wording //=> 'Licensed wording of LM2.1'
 * model.indicators[1]?.requirements[1]?.wording //=> undefined
 * withWording({ LM0: 'text' } as LmWording) //=> throws LmdInputError
 * @see {@link lmModel}
 */
export function withWording(wording: LmWording): LmModelWithWording {
  const texts: Partial<Record<string, string>> = parseInput(lmWordingSchema, wording, 'wording');
  const attachToRequirement = (requirement: LmIndicator['requirements'][number]): LmIndicator['requirements'][number] & { readonly wording?: string } => {
    const text = texts[requirement.id];
    return text === undefined ? { ...requirement } : { ...requirement, wording: text };
  };
  const indicators: LmModelWithWording['indicators'] = lmModel.indicators.map((indicator: LmIndicator) => {
    const text = texts[indicator.id];
    const requirements = (indicator.requirements as readonly LmIndicator['requirements'][number][]).map(attachToRequirement);
    return text === undefined ? { ...indicator, requirements } : { ...indicator, requirements, wording: text };
  });
  return deepFreeze({ ...lmModel, indicators });
}
