import * as z from 'zod';
import { describeValue } from '../../../core/describe-value.js';
import { LmdInputError } from '../../../core/input-error.js';
import { parseInput } from '../../../core/parse-input.js';
import type { Instrument360 } from '../instrument-360.js';
import { raterGroups, type RaterGroup } from '../rater-group.js';
import { closeLedger, closeRatee, decideFigure, openRatee, openTables, raterPositionOf, type LedgerTables } from './_internal/ledger-state.js';
import type { RateeReleaseGate } from './_internal/ratee-release-gate.js';
import { releaseLedgerSchema, type ReleaseLedger } from './release-ledger.js';

/**
 * The zod schema of the release settings of {@link interpret360Cohort} (`releases`), less the
 * `pseudonymise` function, which is checked by hand (a function has no JSON form): the ledger so
 * far ({@link releaseLedgerSchema}; {@link emptyReleaseLedger} before the first release) and an id
 * for this release (a reissue may reuse its release's id or take a new one; the check is the same).
 *
 * @example
 * releases360SettingsSchema.safeParse({ ledger: emptyReleaseLedger, releaseId: '2025' }).success //=> true
 * releases360SettingsSchema.safeParse({ ledger: emptyReleaseLedger, releaseId: '' }).success //=> false
 * @see {@link interpret360Cohort}
 */
export const releases360SettingsSchema = /* @__PURE__ */ z.strictObject({
  ledger: releaseLedgerSchema,
  releaseId: /* @__PURE__ */ z.string().min(1).max(200),
});

/**
 * The zod schema of the release settings of {@link interpret360} (`releases`): those of
 * {@link releases360SettingsSchema} and the id of the ratee the ratings are about, which the
 * ledger files them under.
 *
 * @example
 * release360SettingsSchema.safeParse({ ledger: emptyReleaseLedger, releaseId: '2025', rateeId: 'M07' }).success //=> true
 * @see {@link interpret360}
 */
export const release360SettingsSchema = /* @__PURE__ */ z.strictObject({
  ledger: releaseLedgerSchema,
  releaseId: /* @__PURE__ */ z.string().min(1).max(200),
  rateeId: /* @__PURE__ */ z.string().min(1),
});

/**
 * The caller's keyed hash of a rater id: the same id must always give the same text (8 to 128
 * letters, digits or `+ / = _ -`), different ids different texts, and the key must stay secret and
 * out of the ledger. With Node: `(id) => createHmac('sha256', key).update(id).digest('hex')`
 * (`node:crypto`); in a browser, compute the HMACs with Web Crypto first and look them up here
 * (the library stays synchronous).
 * @see {@link interpret360Cohort}
 */
export type Pseudonymise360 = (raterId: string) => string;

/**
 * The `releases` setting of {@link interpret360Cohort}.
 * @see {@link releases360SettingsSchema}
 */
export type Releases360 = z.input<typeof releases360SettingsSchema> & { readonly pseudonymise: Pseudonymise360 };

/**
 * The `releases` setting of {@link interpret360}.
 * @see {@link release360SettingsSchema}
 */
export type Release360 = z.input<typeof release360SettingsSchema> & { readonly pseudonymise: Pseudonymise360 };

/** The pseudonymise function of a `releases` setting, checked. */
function pseudonymiseOf(releases: unknown, path: readonly (string | number)[]): { settings: Record<string, unknown>; pseudonymise: Pseudonymise360 } {
  if (releases === null || typeof releases !== 'object' || Array.isArray(releases)) {
    throw new LmdInputError([{ keys: [...path], message: `expected an object with ledger, releaseId and pseudonymise (received ${describeValue(releases)})` }]);
  }
  const { pseudonymise, ...settings } = releases as Record<string, unknown>;
  if (typeof pseudonymise !== 'function') {
    throw new LmdInputError([
      { keys: [...path, 'pseudonymise'], message: `expected a function from rater id to keyed hash, such as HMAC-SHA-256 (received ${describeValue(pseudonymise)})` },
    ]);
  }
  return { settings, pseudonymise: pseudonymise as Pseudonymise360 };
}

/**
 * One call's check against the release ledger: a gate per ratee, and the ledger after the release.
 *
 * @internal
 */
export interface ReleaseRun {
  readonly forRatee: (rateeId: string) => RateeReleaseGate;
  readonly ledger: () => ReleaseLedger;
}

/**
 * The scopes the pipeline records: each item. Competency and overall figures average the same
 * report's published item figures, so they add nothing a reader could combine and are not recorded.
 */
function instrumentScopes(instrument: Instrument360): string[] {
  return instrument.items.map((item) => `item:${item.id}`);
}

/**
 * Validates a `releases` setting and opens the release: `rateeId` is the fixed ratee of
 * {@link interpret360}, or `null` for a cycle (ratees from the rows).
 *
 * @internal
 */
export function openReleaseRun(releases: unknown, instrument: Instrument360, minimum: number, rateeId: string | null): ReleaseRun {
  const { settings, pseudonymise } = pseudonymiseOf(releases, ['releases']);
  const parsed =
    rateeId === null
      ? parseInput(releases360SettingsSchema, settings, 'releases')
      : parseInput(release360SettingsSchema, settings, 'releases');
  const ratee = rateeId === null ? null : (parsed as z.output<typeof release360SettingsSchema>).rateeId;
  const { ledger, releaseId } = parsed;
  const tables: LedgerTables = openTables(ledger, releaseId, instrumentScopes(instrument));
  const entries = new Map(ledger.ratees.map((entry) => [entry.rateeId, entry]));
  const updated = new Map<string, ReturnType<typeof closeRatee>>();
  return {
    forRatee: (id) => {
      const key = ratee ?? id;
      const state = openRatee(tables, updated.has(key) ? tables.scopes : ledger.scopes, updated.get(key) ?? entries.get(key), key, minimum, pseudonymise);
      return { releaseId, state, close: (entry) => updated.set(key, entry) };
    },
    ledger: () => closeLedger(ledger, tables, updated),
  };
}

/**
 * Takes the `releases` setting out of an entry point's input, so the rest can be validated by its
 * schema.
 *
 * @internal
 */
export function splitReleases(input: unknown): { input: unknown; releases: unknown } {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || !Object.hasOwn(input, 'releases')) return { input, releases: undefined };
  const { releases, ...rest } = input as Record<string, unknown>;
  return { input: rest, releases };
}

/** Scope texts: overall, a competency or an item. */
const scopeSchema = /* @__PURE__ */ z.string().regex(/^(overall|competency:.+|item:.+)$/, { message: "expected 'overall', 'competency:<id>' or 'item:<id>'" });

/**
 * The zod schema of the input of {@link checkRateeRelease360}, less `pseudonymise` (checked by
 * hand): the ledger, this release's id, the ratee, the minimum group size, and the figures about to
 * be published, each with its scope, the rater groups it pools, whether it is the all-others
 * figure, whether it is identifiable (an exempt group, shown whatever its size) and its raters' ids.
 *
 * @example
 * checkRateeRelease360InputSchema.safeParse({ ledger: emptyReleaseLedger, releaseId: '2025', rateeId: 'M07', figures: [] }).success //=> true
 * @see {@link checkRateeRelease360}
 */
export const checkRateeRelease360InputSchema = /* @__PURE__ */ z.strictObject({
  ledger: releaseLedgerSchema,
  releaseId: /* @__PURE__ */ z.string().min(1).max(200),
  rateeId: /* @__PURE__ */ z.string().min(1),
  minGroupSize: /* @__PURE__ */ z.int().min(3).max(10).default(3),
  figures: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      scope: scopeSchema,
      groups: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(raterGroups)).min(1),
      allOthers: /* @__PURE__ */ z.boolean(),
      identifiable: /* @__PURE__ */ z.boolean(),
      raterIds: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).min(1),
    }),
  ),
});

/**
 * The input of {@link checkRateeRelease360}.
 * @see {@link checkRateeRelease360InputSchema}
 */
export type CheckRateeRelease360Input = z.input<typeof checkRateeRelease360InputSchema> & { readonly pseudonymise: Pseudonymise360 };

/**
 * What {@link checkRateeRelease360} decided: whether each figure may be published, and a
 * one-ratee ledger (the ratee's history with this release's published figures added) to merge
 * into the cycle's ledger with {@link mergeReleaseLedgers}.
 * @see {@link checkRateeRelease360}
 */
export interface RateeReleaseCheck360 {
  /** One entry per figure, in the order given: `true` when it may be published. */
  readonly published: readonly boolean[];
  /** The ratee's part of the ledger after this release, as a ledger of its own. */
  readonly ledger: ReleaseLedger;
}

/**
 * Checks one ratee's figures against the release ledger, for a caller that runs a cycle ratee by
 * ratee (streaming, or sharded by ratee): the rule {@link interpret360Cohort} applies with
 * `releases`. Figures are decided in the order given, each against everything published before
 * for the ratee and scope and against the figures of this call already passed, so give each
 * scope's identifiable figures first, then the other groups', then all-others (the order the
 * pipeline uses). A figure is withheld when, with it, some combination of the scope's published
 * figures would rest on the ratings of at least one and fewer than `minGroupSize` raters alone
 * (raters behind identifiable figures are taken as known), assuming every rater rates the same
 * in every release; for two figures, when their raters differ by 1 to `minGroupSize` − 1 people.
 * Withholding a figure is the caller's job, and so is withholding whatever is derived from it.
 *
 * @param input - the ledger, release, ratee, minimum group size, figures and keyed hash
 *   ({@link checkRateeRelease360InputSchema})
 * @returns the decisions and the ratee's ledger
 * @throws LmdInputError when the input is malformed or the keyed hash gives a bad pseudonym
 * @example
 * const pseudonymise = (id: string) => `hash-of-${id}`; // use an HMAC with a secret key
 * const peers = (...ids: string[]) => ({ scope: 'item:L1', groups: ['peer' as const], allOthers: false, identifiable: false, raterIds: ids });
 * const first = checkRateeRelease360({ ledger: emptyReleaseLedger, releaseId: '2025', rateeId: 'M07', figures: [peers('a', 'b', 'c')], pseudonymise });
 * first.published //=> [true]
 * const second = checkRateeRelease360({ ledger: first.ledger, releaseId: '2026', rateeId: 'M07', figures: [peers('a', 'b', 'c', 'd')], pseudonymise });
 * second.published //=> [false]
 * checkRateeRelease360({ ledger: first.ledger, releaseId: '2026', rateeId: 'M07', figures: [peers('a', 'b', 'c', 'd', 'e', 'f')], pseudonymise }).published //=> [true]
 * @see {@link interpret360Cohort}; Hundepool et al. (2012) `hundepool-et-al-2012`;
 *   `ccl-reissued-reports`.
 */
export function checkRateeRelease360(input: CheckRateeRelease360Input): RateeReleaseCheck360 {
  const { settings, pseudonymise } = pseudonymiseOf(input, []);
  const parsed = parseInput(checkRateeRelease360InputSchema, settings, '');
  const { ledger, releaseId, rateeId, minGroupSize, figures } = parsed;
  const tables = openTables(ledger, releaseId, figures.map((figure) => figure.scope));
  const state = openRatee(
    tables,
    ledger.scopes,
    ledger.ratees.find((entry) => entry.rateeId === rateeId),
    rateeId,
    minGroupSize,
    pseudonymise,
  );
  const published = figures.map((figure, position) => {
    const raters = figure.raterIds.map((raterId) => raterPositionOf(state, raterId));
    if (new Set(raters).size !== raters.length) {
      throw new LmdInputError([{ keys: ['figures', position, 'raterIds'], message: `expected each rater once (received ${describeValue(figure.raterIds)})` }]);
    }
    const groups: readonly RaterGroup[] = figure.groups;
    return decideFigure(state, figure.scope, { groups, allOthers: figure.allOthers, identifiable: figure.identifiable, raters });
  });
  const entry = closeRatee(state);
  return {
    published,
    ledger: { format: 'lmdkit-release-ledger', version: 1, releases: tables.releases.slice(), scopes: tables.scopes.slice(), ratees: [entry] },
  };
}
