import * as z from 'zod';
import { parseInput } from '../../../core/parse-input.js';
import { raterGroups } from '../rater-group.js';
import { decodeBitset } from './_internal/hex-bitset.js';
import { mergeLedgers } from './_internal/ledger-state.js';

/** A pseudonym: what the caller's keyed hash gave for one rater id. */
const pseudonymSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[A-Za-z0-9_+/=-]{8,128}$/, { message: 'expected a pseudonym of 8 to 128 letters, digits or + / = _ - (a keyed hash, such as HMAC-SHA-256 in hex)' });

/** A set of positions as hexadecimal text (see the ledger's documentation). */
const bitsetSchema = /* @__PURE__ */ z.string().regex(/^[0-9a-f]*[1-9a-f]$/, { message: 'expected a non-empty set as lower-case hexadecimal without trailing zeros' });

/**
 * The zod schema of one published figure in the release ledger: the release and the scopes it was
 * published in (positions in the ledger's `releases` and `scopes`), the rater groups it pools,
 * whether it is the all-others figure, whether it is identifiable (an exempt group shown whatever
 * its size), its count, and its raters (positions in the ratee's `raters`).
 *
 * @example
 * releaseLedgerFigureSchema.safeParse({ release: 0, scopes: '7', groups: ['peer'], allOthers: false, identifiable: false, n: 3, raters: '7' }).success //=> true
 * @see {@link releaseLedgerSchema}
 */
export const releaseLedgerFigureSchema = /* @__PURE__ */ z.strictObject({
  release: /* @__PURE__ */ z.int().min(0),
  scopes: bitsetSchema,
  groups: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(raterGroups)).min(1),
  allOthers: /* @__PURE__ */ z.boolean(),
  identifiable: /* @__PURE__ */ z.boolean(),
  n: /* @__PURE__ */ z.int().min(1),
  raters: bitsetSchema,
});

/**
 * The zod schema of one ratee's part of the release ledger: the ratee, the pseudonyms of every
 * rater behind a published figure about them (each once), and the figures.
 *
 * @example
 * releaseLedgerRateeSchema.safeParse({ rateeId: 'M07', raters: ['not-a-hash'], figures: [] }).success //=> true
 * @see {@link releaseLedgerSchema}
 */
export const releaseLedgerRateeSchema = /* @__PURE__ */ z.strictObject({
  rateeId: /* @__PURE__ */ z.string().min(1),
  raters: /* @__PURE__ */ z.array(pseudonymSchema),
  figures: /* @__PURE__ */ z.array(releaseLedgerFigureSchema),
});

/**
 * The zod schema of the roll-up part of the release ledger (`units`): what the roll-ups by unit
 * ({@link summariseUnits360} with `releases`) have published. A release's unit figures for one
 * scope are nested sums over ratees, so they are recorded as their *blocks*: each shown unit's
 * ratees less those of the shown units under it. The blocks determine every unit figure of the
 * scope and are determined by them, so a reader can learn exactly as much from one as the other.
 *
 * - `scopes`: `'unit'` (a unit's counts of agreement categories and priorities),
 *   `'competency:<id>'` (the others' mean and spread), `'gap:<id>'` (the mean gap) or `'item:<id>'`;
 * - `ratees`: ratee ids (a unit's ratees are named in the report of any unit roll-up anyway);
 * - `blocks`: per block, the release (a position in the ledger's `releases`), the scopes it serves
 *   and its ratees (both sets of positions in the ledger's hexadecimal form), and how many ratees.
 *
 * @example
 * releaseLedgerUnitsSchema.safeParse({ scopes: ['unit'], ratees: ['M1', 'M2', 'M3'], blocks: [{ release: 0, scopes: '1', n: 3, ratees: '7' }] }).success //=> true
 * releaseLedgerUnitsSchema.safeParse({ scopes: ['unit'], ratees: ['M1'], blocks: [{ release: 0, scopes: '1', n: 2, ratees: '3' }] }).success //=> false
 * @see {@link releaseLedgerSchema}
 */
export const releaseLedgerUnitsSchema = /* @__PURE__ */ z
  .strictObject({
    scopes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().regex(/^(unit|competency:.+|gap:.+|item:.+)$/, { message: "expected 'unit', 'competency:<id>', 'gap:<id>' or 'item:<id>'" })),
    ratees: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)),
    blocks: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.strictObject({
        release: /* @__PURE__ */ z.int().min(0),
        scopes: bitsetSchema,
        n: /* @__PURE__ */ z.int().min(1),
        ratees: bitsetSchema,
      }),
    ),
  })
  .superRefine((units, context) => {
    units.blocks.forEach((block, b) => {
      const path = ['blocks', b];
      if ((decodeBitset(block.scopes) ?? []).some((scope) => scope >= units.scopes.length)) {
        context.addIssue({ code: 'custom', path: path.concat(['scopes']), message: `names a scope beyond the ${units.scopes.length} in scopes`, input: block.scopes });
      }
      const ratees = decodeBitset(block.ratees) ?? [];
      if (ratees.some((ratee) => ratee >= units.ratees.length)) {
        context.addIssue({ code: 'custom', path: path.concat(['ratees']), message: `names a ratee beyond the ${units.ratees.length} in ratees`, input: block.ratees });
      } else if (ratees.length !== block.n) {
        context.addIssue({ code: 'custom', path: path.concat(['n']), message: `expected the number of ratees the block names (${ratees.length})`, input: block.n });
      }
    });
  });

/**
 * The zod schema of the release ledger: a plain-JSON, versioned record of every 360 figure
 * published so far, which the caller keeps between releases and passes back (see
 * {@link interpret360Cohort}'s `releases`). It holds no rater id, only pseudonyms from the caller's
 * keyed hash, and no rating.
 *
 * - `format` `'lmdkit-release-ledger'` and `version` 1;
 * - `releases`: release ids, in the order first recorded;
 * - `scopes`: the scopes figures were published in: `'overall'`, `'competency:<id>'` or
 *   `'item:<id>'`;
 * - `ratees`: per ratee, a table of rater pseudonyms and the published figures, each naming its
 *   raters and scopes as sets of positions written in hexadecimal (the character at position k
 *   holds members 4k to 4k + 3, bit 0 first: `'b'` is {0, 1, 3}, `'01'` is {4}), so a figure costs
 *   a few bytes however many raters it pools, and figures with the same raters share one entry;
 * - `units` (present once a roll-up by unit was checked): {@link releaseLedgerUnitsSchema}.
 *
 * Cross-checks: positions in range, `n` equal to the number of raters, ids and pseudonyms unique.
 *
 * @example
 * releaseLedgerSchema.parse(emptyReleaseLedger).ratees //=> []
 * releaseLedgerSchema.safeParse({ format: 'lmdkit-release-ledger', version: 2, releases: [], scopes: [], ratees: [] }).success //=> false
 * @see {@link interpret360Cohort}; Hundepool et al. (2012) `hundepool-et-al-2012` on disclosure by
 *   differencing across releases.
 */
export const releaseLedgerSchema = /* @__PURE__ */ z
  .strictObject({
    format: /* @__PURE__ */ z.literal('lmdkit-release-ledger'),
    version: /* @__PURE__ */ z.literal(1),
    releases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1).max(200)),
    scopes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().regex(/^(overall|competency:.+|item:.+)$/, { message: "expected 'overall', 'competency:<id>' or 'item:<id>'" })),
    ratees: /* @__PURE__ */ z.array(releaseLedgerRateeSchema),
    units: /* @__PURE__ */ releaseLedgerUnitsSchema.optional(),
  })
  .superRefine((ledger, context) => {
    const duplicate = (values: readonly string[], path: (string | number)[]): void => {
      const seen = new Set<string>();
      values.forEach((value, position) => {
        if (seen.has(value)) context.addIssue({ code: 'custom', path: path.concat([position]), message: 'appears twice', input: value });
        seen.add(value);
      });
    };
    duplicate(ledger.releases, ['releases']);
    if (ledger.units !== undefined) {
      duplicate(ledger.units.scopes, ['units', 'scopes']);
      duplicate(ledger.units.ratees, ['units', 'ratees']);
      ledger.units.blocks.forEach((block, b) => {
        if (block.release >= ledger.releases.length) {
          context.addIssue({ code: 'custom', path: ['units', 'blocks', b, 'release'], message: `expected a position in releases (${ledger.releases.length} long)`, input: block.release });
        }
      });
    }
    duplicate(ledger.scopes, ['scopes']);
    duplicate(
      ledger.ratees.map((ratee) => ratee.rateeId),
      ['ratees'],
    );
    ledger.ratees.forEach((ratee, r) => {
      duplicate(ratee.raters, ['ratees', r, 'raters']);
      ratee.figures.forEach((figure, f) => {
        const path = ['ratees', r, 'figures', f];
        if (figure.release >= ledger.releases.length) {
          context.addIssue({ code: 'custom', path: path.concat(['release']), message: `expected a position in releases (${ledger.releases.length} long)`, input: figure.release });
        }
        const scopes = decodeBitset(figure.scopes) ?? [];
        if (scopes.some((scope) => scope >= ledger.scopes.length)) {
          context.addIssue({ code: 'custom', path: path.concat(['scopes']), message: `names a scope beyond the ${ledger.scopes.length} in scopes`, input: figure.scopes });
        }
        const raters = decodeBitset(figure.raters) ?? [];
        if (raters.some((rater) => rater >= ratee.raters.length)) {
          context.addIssue({ code: 'custom', path: path.concat(['raters']), message: `names a rater beyond the ${ratee.raters.length} in this ratee's raters`, input: figure.raters });
        } else if (raters.length !== figure.n) {
          context.addIssue({ code: 'custom', path: path.concat(['n']), message: `expected the number of raters the figure names (${raters.length})`, input: figure.n });
        }
      });
    });
  });

/**
 * The release ledger as stored: see {@link releaseLedgerSchema}.
 * @see {@link releaseLedgerSchema}
 */
export type ReleaseLedger = z.output<typeof releaseLedgerSchema>;

/**
 * A ledger with nothing published yet: the one to start from before the first release.
 *
 * @example
 * emptyReleaseLedger.version //=> 1
 * emptyReleaseLedger.ratees //=> []
 * @see {@link releaseLedgerSchema}
 */
export const emptyReleaseLedger: ReleaseLedger = /* @__PURE__ */ Object.freeze({
  format: 'lmdkit-release-ledger' as const,
  version: 1 as const,
  releases: /* @__PURE__ */ Object.freeze([]) as unknown as string[],
  scopes: /* @__PURE__ */ Object.freeze([]) as unknown as string[],
  ratees: /* @__PURE__ */ Object.freeze([]) as unknown as ReleaseLedger['ratees'],
});

/**
 * The zod schema of the input of {@link mergeReleaseLedgers}: an array of ledgers.
 *
 * @example
 * mergeReleaseLedgersInputSchema.safeParse([emptyReleaseLedger]).success //=> true
 * @see {@link mergeReleaseLedgers}
 */
export const mergeReleaseLedgersInputSchema = /* @__PURE__ */ z.array(releaseLedgerSchema);

/**
 * Merges release ledgers, such as those of shards of one release split by ratee, or the
 * one-ratee ledgers {@link checkRateeRelease360} returns, into one. It is a union: releases and
 * scopes are matched by name, a ratee's raters by pseudonym and its figures by content, so merging
 * a ledger with an updated copy of itself gives the update, and the order of the ledgers changes
 * only the order of the entries. Ratees appear in order of first appearance.
 *
 * All the ledgers must come from the same keyed hash (the same key): pseudonyms from two keys
 * never match, and the check would then see one rater as two people.
 *
 * @param ledgers - the ledgers ({@link mergeReleaseLedgersInputSchema})
 * @returns one ledger holding every figure of every ledger
 * @throws LmdInputError when a ledger is malformed
 * @example
 * const shard = (rateeId: string) => ({
 *   format: 'lmdkit-release-ledger' as const, version: 1 as const, releases: ['2025'], scopes: ['overall'],
 *   ratees: [{ rateeId, raters: ['0a1b2c3d4e', '5f6a7b8c9d', 'aabbccddee'], figures: [{ release: 0, scopes: '1', groups: ['peer' as const], allOthers: true, identifiable: false, n: 3, raters: '7' }] }],
 * });
 * mergeReleaseLedgers([shard('ann'), shard('bo')]).ratees.map((ratee) => ratee.rateeId) //=> ['ann', 'bo']
 * mergeReleaseLedgers([shard('ann'), shard('ann')]).ratees[0]?.figures.length //=> 1
 * @see {@link releaseLedgerSchema}
 */
export function mergeReleaseLedgers(ledgers: readonly ReleaseLedger[]): ReleaseLedger {
  const parsed = parseInput(mergeReleaseLedgersInputSchema, ledgers, 'ledgers');
  return mergeLedgers(parsed);
}
