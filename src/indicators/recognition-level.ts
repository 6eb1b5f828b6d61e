import * as z from 'zod';
import { deepFreeze } from '../core/deep-freeze.js';
import { parseInput } from '../core/parse-input.js';

/**
 * The recognition levels of the extended Investors in People framework launched in 2009: The
 * Standard's 39 evidence requirements, plus a number of additional requirements from the wider
 * framework for Bronze (26), Silver (76) and Gold (126).
 *
 * @example
 * iipRecognitionLevels2009.map((level) => level.totalRequirements) //=> [39, 65, 115, 165]
 * @see {@link recognitionLevel}
 */
export const iipRecognitionLevels2009 = /* @__PURE__ */ deepFreeze([
  { level: 'standard', name: 'The Standard', additionalRequirements: 0, totalRequirements: 39 },
  { level: 'bronze', name: 'Bronze', additionalRequirements: 26, totalRequirements: 65 },
  { level: 'silver', name: 'Silver', additionalRequirements: 76, totalRequirements: 115 },
  { level: 'gold', name: 'Gold', additionalRequirements: 126, totalRequirements: 165 },
] as const);

/**
 * A level of recognition under the 2009 framework, or `none` when The Standard is not met.
 * @see {@link recognitionLevel}
 */
export type RecognitionLevel = 'none' | (typeof iipRecognitionLevels2009)[number]['level'];

/**
 * The zod schema for the input of {@link recognitionLevel}.
 *
 * @example
 * recognitionLevelInputSchema.safeParse({ meetsStandard: true, additionalRequirementsMet: -1 }).success //=> false
 * @see {@link recognitionLevel}
 */
export const recognitionLevelInputSchema = /* @__PURE__ */ z.strictObject({
  meetsStandard: /* @__PURE__ */ z.boolean(),
  additionalRequirementsMet: /* @__PURE__ */ z.int().min(0),
});

/**
 * The input of {@link recognitionLevel}.
 * @see {@link recognitionLevel}
 */
export type RecognitionLevelInput = z.input<typeof recognitionLevelInputSchema>;

/**
 * The recognition an organisation reached under the 2009 extended framework.
 *
 * The Standard is the base: without it there is no recognition, whatever else is met. With it,
 * 26 or more additional wider-framework requirements give Bronze, 76 or more Silver, 126 or more
 * Gold (thresholds inclusive). The framework also set rules on where the additional requirements
 * must come from; those are not modelled here, so treat the result as the level the count allows.
 *
 * @param input - whether The Standard is met, and how many additional requirements are met
 * @returns `'none'`, `'standard'`, `'bronze'`, `'silver'` or `'gold'`
 * @throws LmdInputError when the count is negative or not a whole number
 * @example
 * recognitionLevel({ meetsStandard: true, additionalRequirementsMet: 26 }) //=> 'bronze'
 * recognitionLevel({ meetsStandard: true, additionalRequirementsMet: 75 }) //=> 'bronze'
 * recognitionLevel({ meetsStandard: true, additionalRequirementsMet: 126 }) //=> 'gold'
 * recognitionLevel({ meetsStandard: false, additionalRequirementsMet: 140 }) //=> 'none'
 * @see {@link iipRecognitionLevels2009}
 * @see Investors in People UK (2009), the extended framework
 */
export function recognitionLevel(input: RecognitionLevelInput): RecognitionLevel {
  const { meetsStandard, additionalRequirementsMet } = parseInput(recognitionLevelInputSchema, input, 'input');
  if (!meetsStandard) return 'none';
  let reached: RecognitionLevel = 'standard';
  for (const level of iipRecognitionLevels2009) {
    if (additionalRequirementsMet >= level.additionalRequirements) reached = level.level;
  }
  return reached;
}
