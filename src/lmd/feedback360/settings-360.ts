import * as z from 'zod';
import { LmdInputError } from '../../core/input-error.js';
import type { InstrumentIndex } from './instrument-index.js';
import type { Instrument360 } from './instrument-360.js';
import type { ReportSettings } from './ratee-report.js';
import { agreementBand, type selfOtherAgreementRuleSchema, type AgreementBand } from './self-other-agreement.js';
import { norms360Schema, normLookup } from './norms-360.js';

// The settings every 360 entry point shares — display options, norms and the agreement band —
// with their defaults, in one place, so that interpret360 and interpret360Cohort cannot drift.
// The anonymity policy and its defaults live with the rest of the guarantee, in ./anonymity/.

/**
 * The zod schema for the display options of {@link interpret360}: `extremeItems` (default 5, 0–50)
 * items in each of the highest- and lowest-rated lists (never more than half the rated items; the
 * lowest list skips items already among the highest, so the lists never overlap),
 * `disagreementSpread` (default 3 scale points, as CCL) for the rater-disagreement flag, and the
 * item flags: an item is a blind spot when self rates it at least `blindSpotGap` scale points
 * (default 1) above all others' mean, a hidden strength when at least that far below, and only the
 * `maxFlaggedItems` (default 3) largest gaps of each kind are flagged. One scale point is the
 * practitioners' convention on five-point scales (`opg-360-blind-spots`; `primalogik-blind-spots`
 * uses a third of the scale's points); on a wider scale set it to about a quarter of the range.
 * Items are judged apart from the overall agreement band, which is meant for a mean over many
 * items and flagged most items when applied to single ones.
 *
 * @example
 * feedback360OptionsSchema.parse({}) //=> { extremeItems: 5, disagreementSpread: 3, blindSpotGap: 1, maxFlaggedItems: 3 }
 * @see {@link interpret360}
 */
export const feedback360OptionsSchema = /* @__PURE__ */ z.strictObject({
  extremeItems: /* @__PURE__ */ z.int().min(0).max(50).default(5),
  disagreementSpread: /* @__PURE__ */ z.int().min(1).max(200).default(3),
  blindSpotGap: /* @__PURE__ */ z.number().min(0.1).max(200).default(1),
  maxFlaggedItems: /* @__PURE__ */ z.int().min(0).max(50).default(3),
});

/** The display options with every default filled in. @internal */
export const optionsWithDefaults = /* @__PURE__ */ feedback360OptionsSchema.default({ extremeItems: 5, disagreementSpread: 3, blindSpotGap: 1, maxFlaggedItems: 3 });

/** Optional norms. @internal */
export const optionalNorms = /* @__PURE__ */ norms360Schema.optional();

/**
 * The default agreement rule: a tenth of the number of scale points either side (half a point on
 * a 5-point scale), with others' rating split good/poor at the scale's midpoint.
 *
 * @internal
 */
export function settingsFor(
  instrument: Instrument360,
  index: InstrumentIndex,
  parsed: {
    policy: ReportSettings['policy'];
    agreementRule?: z.output<typeof selfOtherAgreementRuleSchema> | undefined;
    norms?: z.output<typeof norms360Schema> | undefined;
    options: ReportSettings['options'];
  },
): ReportSettings {
  const { min, max } = instrument.scale;
  const midpoint = (min + max) / 2;
  const rule = parsed.agreementRule ?? { kind: 'scale-fraction' as const, fraction: 0.1, scalePoints: max - min + 1 };
  if (rule.kind === 'scale-fraction' && rule.scalePoints !== max - min + 1) {
    throw new LmdInputError([
      {
        keys: ['agreementRule', 'scalePoints'],
        message: `must match the instrument's scale, which has ${max - min + 1} points from ${min} to ${max} (received ${rule.scalePoints})`,
      },
    ]);
  }
  const computed: AgreementBand = agreementBand(rule);
  const band: AgreementBand =
    rule.kind === 'norm-referenced' || rule.othersCutOff !== undefined ? computed : { ...computed, othersCutOff: midpoint };
  return {
    index,
    policy: parsed.policy,
    band,
    options: parsed.options,
    percentile: parsed.norms === undefined ? null : normLookup(parsed.norms, index),
  };
}

