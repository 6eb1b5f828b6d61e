import * as z from 'zod';
import { deepFreeze } from '../../core/deep-freeze.js';
import { parseInput } from '../../core/parse-input.js';
import { failInput, readMeasure } from '../_internal/measures.js';

/**
 * The zod schema for a Bradford trigger scheme: an id, a name, and bands in ascending order of
 * their lowest score `from`, the first starting at 0 (the function checks the order).
 *
 * @example
 * bradfordSchemeSchema.safeParse({ id: 'ours', name: 'Our policy', bands: [] }).success //=> false
 * @see {@link bradfordBand}
 */
export const bradfordSchemeSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().min(1),
  name: /* @__PURE__ */ z.string().min(1),
  bands: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.object({
        from: /* @__PURE__ */ z.number().min(0),
        label: /* @__PURE__ */ z.string().min(1),
        action: /* @__PURE__ */ z.string(),
      }),
    )
    .min(1),
});

/**
 * A Bradford trigger scheme: the score bands an employer's absence policy sets, each with the
 * step it takes. Schemes are each employer's own policy; lmdkit ships only examples
 * ({@link bradfordExampleSchemes}).
 * @see {@link bradfordBand}
 */
export type BradfordScheme = z.input<typeof bradfordSchemeSchema>;

/**
 * Example Bradford trigger schemes, **for illustration only**: they are not taken from any
 * published standard and carry no endorsement. Employers set their own trigger points in their
 * absence policy (after consultation, and with adjustments for disability- and pregnancy-related
 * absence); replace these with yours.
 *
 * - `example-four-step`: 0 no action, 51 informal review, 201 first formal stage, 401 second
 *   formal stage, 651 final stage — a shape often seen in practitioner material.
 * - `example-three-step`: 0 no action, 100 review meeting, 300 formal stage, 500 final review.
 *
 * @example
 * bradfordExampleSchemes.map((scheme) => scheme.id) //=> ['example-four-step', 'example-three-step']
 * bradfordExampleSchemes[0]?.illustrative //=> true
 * @see {@link bradfordBand}
 */
export const bradfordExampleSchemes = /* @__PURE__ */ deepFreeze([
  {
    id: 'example-four-step',
    name: 'Example four-step scheme (illustrative; replace with your policy)',
    illustrative: true,
    bands: [
      { from: 0, label: 'No action', action: 'No action beyond the usual return-to-work conversation.' },
      { from: 51, label: 'Informal review', action: 'Informal conversation with the line manager about the pattern of absence.' },
      { from: 201, label: 'First formal stage', action: 'First formal attendance meeting under the absence policy.' },
      { from: 401, label: 'Second formal stage', action: 'Second formal meeting; consider occupational health advice.' },
      { from: 651, label: 'Final stage', action: 'Final formal review under the absence policy.' },
    ],
  },
  {
    id: 'example-three-step',
    name: 'Example three-step scheme (illustrative; replace with your policy)',
    illustrative: true,
    bands: [
      { from: 0, label: 'No action', action: 'No action beyond the usual return-to-work conversation.' },
      { from: 100, label: 'Review meeting', action: 'Review meeting with the line manager.' },
      { from: 300, label: 'Formal stage', action: 'Formal attendance meeting under the absence policy.' },
      { from: 500, label: 'Final review', action: 'Final review under the absence policy.' },
    ],
  },
] as const satisfies readonly (BradfordScheme & { readonly illustrative: true })[]);

/**
 * The band of a trigger scheme that a Bradford score falls in.
 *
 * @example
 * const band: BradfordBandResult = bradfordBand(250, bradfordExampleSchemes[0]);
 * band.label //=> 'First formal stage'
 * @see {@link bradfordBand}
 */
export interface BradfordBandResult {
  /** The score looked up. */
  readonly score: number;
  /** The id of the scheme applied. */
  readonly schemeId: string;
  /** The band's position in the scheme, from 0. */
  readonly index: number;
  /** The band's label. */
  readonly label: string;
  /** The step the scheme sets for the band. */
  readonly action: string;
  /** The band's lowest score (inclusive). */
  readonly from: number;
  /** The next band's lowest score (exclusive), or `null` for the top band. */
  readonly below: number | null;
}

/**
 * Looks up which band of a caller-chosen trigger scheme a Bradford factor score falls in.
 *
 * A score falls in the last band whose `from` is at or below it (so `from` is inclusive and the
 * next band's `from` exclusive). The bands must start at 0 and rise strictly. lmdkit sets no
 * trigger points of its own: pass your absence policy's scheme, or one of
 * {@link bradfordExampleSchemes} to try the function out. The CIPD and Acas warn against applying
 * triggers mechanically: use the band to prompt a conversation, and exclude or adjust for
 * absence related to disability or pregnancy.
 *
 * Source: the Bradford factor (`bradford-factor`); CIPD on trigger points
 * (`cipd-absence-measurement`); Acas (`acas-attendance-turnover`).
 *
 * @param score - a Bradford factor score, at least 0
 * @param scheme - the trigger scheme to apply
 * @returns the band, with the scheme's id and the band's bounds
 * @throws LmdInputError when the score is negative or not finite, or the scheme is malformed
 * (no bands, a first band not starting at 0, bands not rising)
 * @example
 * bradfordBand(250, bradfordExampleSchemes[0]).label //=> 'First formal stage'
 * bradfordBand(50, bradfordExampleSchemes[0]).below //=> 51
 * bradfordBand(-5, bradfordExampleSchemes[0]) //=> throws LmdInputError
 * @see {@link bradfordFactor}
 * @see {@link bradfordExampleSchemes}
 */
export function bradfordBand(score: number, scheme: BradfordScheme): BradfordBandResult {
  readMeasure(score, ['score'], { min: 0 });
  const { id, bands } = parseInput(bradfordSchemeSchema, scheme, 'scheme');
  if (bands[0]?.from !== 0) failInput(['scheme', 'bands', 0, 'from'], `the first band must start at 0 (received ${bands[0]?.from})`);
  bands.forEach((band, index) => {
    const previous = bands[index - 1];
    if (previous !== undefined && band.from <= previous.from) {
      failInput(['scheme', 'bands', index, 'from'], `bands must rise: expected more than ${previous.from} (received ${band.from})`);
    }
  });
  let index = 0;
  while (index + 1 < bands.length && (bands[index + 1]?.from ?? Infinity) <= score) index += 1;
  const band = bands[index] as (typeof bands)[number];
  return { score, schemeId: id, index, label: band.label, action: band.action, from: band.from, below: bands[index + 1]?.from ?? null };
}
