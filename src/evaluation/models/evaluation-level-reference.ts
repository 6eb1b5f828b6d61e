import * as z from 'zod';
import { deepFreeze } from '../../core/deep-freeze.js';

/**
 * The evaluation models a measure can be placed in by number: Kirkpatrick (levels 1–4), Phillips
 * (levels 0–5) and LTEM (tiers 1–8). The other models in the catalogue (Brinkerhoff, Kaufman,
 * Hamblin) are described but not used to place measures.
 *
 * Sources: kirkpatrick-kirkpatrick-2016, phillips-phillips-2016, thalheimer-2018.
 *
 * @example
 * levelledEvaluationModels //=> ['kirkpatrick', 'phillips', 'ltem']
 * @see {@link evaluationLevelReferenceSchema}
 */
export const levelledEvaluationModels = /* @__PURE__ */ Object.freeze(['kirkpatrick', 'phillips', 'ltem'] as const);

/**
 * One of {@link levelledEvaluationModels}.
 * @see {@link levelledEvaluationModels}
 */
export type LevelledEvaluationModel = (typeof levelledEvaluationModels)[number];

/**
 * The lowest and highest level number of each levelled model: Kirkpatrick 1–4, Phillips 0–5
 * (0 is inputs and indicators), LTEM 1–8.
 *
 * Sources: kirkpatrick-kirkpatrick-2016, phillips-phillips-2016, thalheimer-2018.
 *
 * @example
 * levelRanges.phillips //=> { lowest: 0, highest: 5 }
 * levelRanges.ltem.highest //=> 8
 * @see {@link evaluationLevelReferenceSchema}
 */
export const levelRanges = /* @__PURE__ */ deepFreeze({
  kirkpatrick: { lowest: 1, highest: 4 },
  phillips: { lowest: 0, highest: 5 },
  ltem: { lowest: 1, highest: 8 },
} as const satisfies Record<LevelledEvaluationModel, { lowest: number; highest: number }>);

const kirkpatrickReferenceSchema = /* @__PURE__ */ z.strictObject({
  model: /* @__PURE__ */ z.literal('kirkpatrick'),
  level: /* @__PURE__ */ z.int().min(1).max(4),
});
const phillipsReferenceSchema = /* @__PURE__ */ z.strictObject({
  model: /* @__PURE__ */ z.literal('phillips'),
  // −0 is read as 0, so that no −0 reaches a result.
  level: /* @__PURE__ */ z.int().min(0).max(5).overwrite((level) => level + 0),
});
const ltemReferenceSchema = /* @__PURE__ */ z.strictObject({
  model: /* @__PURE__ */ z.literal('ltem'),
  level: /* @__PURE__ */ z.int().min(1).max(8),
});

/**
 * Schema for a place in a levelled evaluation model: `{ model, level }`, where `level` is a whole
 * number within the model's range ({@link levelRanges}): Kirkpatrick 1–4, Phillips 0–5, LTEM 1–8.
 *
 * @example
 * evaluationLevelReferenceSchema.parse({ model: 'kirkpatrick', level: 3 }) //=> { model: 'kirkpatrick', level: 3 }
 * evaluationLevelReferenceSchema.safeParse({ model: 'kirkpatrick', level: 5 }).success //=> false
 * @see {@link EvaluationLevelReference}
 */
export const evaluationLevelReferenceSchema = /* @__PURE__ */ z.discriminatedUnion('model', [
  kirkpatrickReferenceSchema,
  phillipsReferenceSchema,
  ltemReferenceSchema,
]);

/**
 * A place in a levelled evaluation model, such as Kirkpatrick level 3 (behaviour) or LTEM tier 5.
 * @see {@link evaluationLevelReferenceSchema}
 */
export type EvaluationLevelReference = z.infer<typeof evaluationLevelReferenceSchema>;
