// The release ledger while one release is checked: the ledger's tables (releases, scopes), and per
// ratee the decoded history (each scope's published rater sets) that the check reads and the
// figures this release adds. Tables only grow at their end, so every position in the ledger passed
// in keeps its meaning in the ledger given back.
import { describeValue } from '../../../../core/describe-value.js';
import { LmdInputError } from '../../../../core/input-error.js';
import type { RaterGroup } from '../../rater-group.js';
import type { ReleaseLedger } from '../release-ledger.js';
import { decodeBitset, encodeBitset } from './hex-bitset.js';
import { smallSetInSpan } from './small-set-in-span.js';

type LedgerRatee = ReleaseLedger['ratees'][number];
type LedgerFigure = LedgerRatee['figures'][number];

/** What the caller's keyed hash must give: the ledger's pseudonym pattern. */
const pseudonymPattern = /^[A-Za-z0-9_+/=-]{8,128}$/;

/** A figure published (or about to be) for one scope, as the check sees it. */
interface ScopeFigure {
  readonly raters: readonly number[];
  readonly identifiable: boolean;
}

/** A figure this release adds, before it is written into the ledger. */
interface AddedFigure {
  readonly groups: readonly RaterGroup[];
  readonly allOthers: boolean;
  readonly identifiable: boolean;
  readonly raters: readonly number[];
  readonly scopes: number[];
}

/**
 * The ledger's tables for one release: the release's position and each scope's.
 *
 * @internal
 */
export interface LedgerTables {
  readonly releases: readonly string[];
  readonly scopes: string[];
  readonly scopePosition: Map<string, number>;
  readonly release: number;
}

/**
 * The tables of `ledger` with `releaseId` and `scopes` added at the end where missing.
 *
 * @internal
 */
export function openTables(ledger: ReleaseLedger, releaseId: string, scopes: readonly string[]): LedgerTables {
  const releases = ledger.releases.slice();
  let release = releases.indexOf(releaseId);
  if (release < 0) {
    release = releases.length;
    releases.push(releaseId);
  }
  const table = ledger.scopes.slice();
  const scopePosition = new Map(table.map((scope, position) => [scope, position]));
  for (const scope of scopes) addScope(table, scopePosition, scope);
  return { releases, scopes: table, scopePosition, release };
}

function addScope(table: string[], positions: Map<string, number>, scope: string): number {
  let position = positions.get(scope);
  if (position === undefined) {
    position = table.length;
    table.push(scope);
    positions.set(scope, position);
  }
  return position;
}

/**
 * One ratee's history and this release's decisions about them.
 *
 * @internal
 */
export interface RateeLedgerState {
  readonly rateeId: string;
  readonly tables: LedgerTables;
  readonly minimum: number;
  readonly pseudonymise: (raterId: string) => string;
  readonly raters: string[];
  readonly raterPosition: Map<string, number>;
  readonly byScope: Map<number, ScopeFigure[]>;
  readonly previous: readonly LedgerFigure[];
  /** How many raters the ledger already held for the ratee (their positions never change). */
  readonly previousRaters: number;
  readonly added: Map<string, AddedFigure>;
  readonly pseudonyms: Map<string, number>;
}

/**
 * Decodes one ratee's part of the ledger (or starts an empty one).
 *
 * @internal
 */
export function openRatee(
  tables: LedgerTables,
  scopeNames: readonly string[],
  entry: LedgerRatee | undefined,
  rateeId: string,
  minimum: number,
  pseudonymise: (raterId: string) => string,
): RateeLedgerState {
  const raters = entry === undefined ? [] : entry.raters.slice();
  const byScope = new Map<number, ScopeFigure[]>();
  for (const figure of entry?.figures ?? []) {
    const members = decodeBitset(figure.raters) ?? [];
    for (const scope of decodeBitset(figure.scopes) ?? []) {
      // Scopes keep their positions: the tables only grow at the end.
      const name = scopeNames[scope] as string;
      const position = tables.scopePosition.get(name) as number;
      let list = byScope.get(position);
      if (list === undefined) byScope.set(position, (list = []));
      list.push({ raters: members, identifiable: figure.identifiable });
    }
  }
  return {
    rateeId,
    tables,
    minimum,
    pseudonymise,
    raters,
    raterPosition: new Map(raters.map((pseudonym, position) => [pseudonym, position])),
    byScope,
    previous: entry?.figures ?? [],
    previousRaters: raters.length,
    added: new Map(),
    pseudonyms: new Map(),
  };
}

/**
 * The position of a rater in the ratee's table, through the caller's keyed hash (called once per
 * rater id), whose output is checked.
 *
 * @internal
 */
export function raterPositionOf(state: RateeLedgerState, raterId: string): number {
  const known = state.pseudonyms.get(raterId);
  if (known !== undefined) return known;
  let pseudonym: unknown;
  try {
    pseudonym = state.pseudonymise(raterId);
  } catch (error) {
    // The rater id stays out of the message: it is what the hash is there to hide.
    throw new LmdInputError([
      { keys: ['releases', 'pseudonymise'], message: `expected the keyed hash to give a pseudonym for every rater id (it threw: ${error instanceof Error ? error.message : String(error)})` },
    ]);
  }
  if (typeof pseudonym !== 'string' || !pseudonymPattern.test(pseudonym)) {
    throw new LmdInputError([
      {
        keys: ['releases', 'pseudonymise'],
        message: `expected the keyed hash to give 8 to 128 letters, digits or + / = _ - for every rater id (received ${describeValue(pseudonym)})`,
      },
    ]);
  }
  if (pseudonym === raterId) {
    throw new LmdInputError([{ keys: ['releases', 'pseudonymise'], message: `expected a keyed hash, not the rater id itself (received ${describeValue(pseudonym)})` }]);
  }
  for (const [otherId, position] of state.pseudonyms) {
    if (state.raters[position] === pseudonym && otherId !== raterId) {
      throw new LmdInputError([
        { keys: ['releases', 'pseudonymise'], message: `expected different pseudonyms for different raters of one ratee (received ${describeValue(pseudonym)} twice)` },
      ]);
    }
  }
  let position = state.raterPosition.get(pseudonym);
  if (position === undefined) {
    position = state.raters.length;
    state.raters.push(pseudonym);
    state.raterPosition.set(pseudonym, position);
  }
  state.pseudonyms.set(raterId, position);
  return position;
}

/** Whether two sets differ by at least one and fewer than `minimum` members (joiners plus leavers). */
function differBySmallSet(a: readonly number[], b: readonly number[], minimum: number): boolean {
  const inA = new Set(a);
  let shared = 0;
  for (const member of b) if (inA.has(member)) shared += 1;
  const difference = a.length + b.length - 2 * shared;
  return difference > 0 && difference < minimum;
}

function minus(set: readonly number[], known: ReadonlySet<number>): number[] {
  return known.size === 0 ? set.slice() : set.filter((member) => !known.has(member));
}

/**
 * Decides whether a figure may be published given what was published before for the same ratee
 * and scope (in any release, by any pool), and records it when it may. A reader is assumed to know
 * the ratings behind identifiable figures (exempt groups, shown whatever their size) and to assume
 * that every rater rates the same in every release; the figure is published only when, with it,
 * no combination of the scope's figures depends on the ratings of at least one and fewer than
 * `minimum` other raters alone. An identical rater set published again adds nothing and always
 * passes; for two figures the rule is that their raters differ by 0 or at least `minimum` people.
 *
 * @internal
 */
export function decideFigure(
  state: RateeLedgerState,
  scope: string,
  figure: { readonly groups: readonly RaterGroup[]; readonly allOthers: boolean; readonly identifiable: boolean; readonly raters: readonly number[] },
): boolean {
  const position = addScope(state.tables.scopes, state.tables.scopePosition, scope);
  const history = state.byScope.get(position) ?? [];
  const known = new Set<number>();
  for (const entry of history) if (entry.identifiable) for (const rater of entry.raters) known.add(rater);
  let safe: boolean;
  if (figure.identifiable) {
    const grown = new Set(known);
    for (const rater of figure.raters) grown.add(rater);
    safe = grown.size === known.size || !smallSetInSpan(history.filter((entry) => !entry.identifiable).map((entry) => minus(entry.raters, grown)), state.minimum);
  } else if (!history.some((entry) => !entry.identifiable)) {
    // Nothing pooled was published for this item before: the figure stands alone.
    const own = minus(figure.raters, known);
    safe = own.length === 0 || own.length >= state.minimum;
  } else {
    const own = minus(figure.raters, known);
    // Each distinct set once: a figure published again adds nothing to what a reader can combine.
    const distinct = new Map<string, number[]>();
    for (const entry of history) {
      if (entry.identifiable) continue;
      const set = minus(entry.raters, known);
      distinct.set(encodeBitset(set), set);
    }
    const ownKey = encodeBitset(own);
    if (own.length === 0 || distinct.has(ownKey)) safe = true;
    else if ([...distinct.values()].some((set) => differBySmallSet(set, own, state.minimum))) safe = false;
    else safe = !smallSetInSpan([...distinct.values()].concat([own]), state.minimum, true);
  }
  if (!safe) return false;
  history.push({ raters: figure.raters, identifiable: figure.identifiable });
  state.byScope.set(position, history);
  const key = `${figure.groups.join('+')}|${figure.allOthers}|${figure.identifiable}|${encodeBitset(figure.raters)}`;
  const added = state.added.get(key);
  if (added === undefined) state.added.set(key, { ...figure, scopes: [position] });
  else added.scopes.push(position);
  return true;
}

/**
 * The ratee's part of the ledger after this release: the earlier figures, and this release's,
 * merged with an earlier entry of the same release, pool and raters.
 *
 * @internal
 */
export function closeRatee(state: RateeLedgerState): LedgerRatee {
  // Raters first seen in this release keep a place only when a published figure names them (a
  // rater behind withheld figures only is left out), numbered after the earlier raters.
  const renumber = new Map<number, number>();
  const raters = state.raters.slice(0, state.previousRaters);
  for (const added of state.added.values()) {
    for (const rater of added.raters) {
      if (rater >= state.previousRaters && !renumber.has(rater)) {
        renumber.set(rater, raters.length);
        raters.push(state.raters[rater] as string);
      }
    }
  }
  const position = (rater: number): number => (rater < state.previousRaters ? rater : (renumber.get(rater) as number));
  const figures: LedgerFigure[] = state.previous.map((figure) => ({ ...figure, groups: figure.groups.slice() }));
  const keyOf = (release: number, groups: readonly string[], allOthers: boolean, identifiable: boolean, raters: string): string =>
    `${release}|${groups.join('+')}|${allOthers}|${identifiable}|${raters}`;
  const index = new Map(figures.map((figure, position) => [keyOf(figure.release, figure.groups, figure.allOthers, figure.identifiable, figure.raters), position]));
  for (const added of state.added.values()) {
    const members = added.raters.map(position);
    const bitset = encodeBitset(members);
    const key = keyOf(state.tables.release, added.groups, added.allOthers, added.identifiable, bitset);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, figures.length);
      figures.push({
        release: state.tables.release,
        scopes: encodeBitset(added.scopes),
        groups: added.groups.slice(),
        allOthers: added.allOthers,
        identifiable: added.identifiable,
        n: members.length,
        raters: bitset,
      });
    } else {
      const earlier = figures[at] as LedgerFigure;
      figures[at] = { ...earlier, scopes: encodeBitset((decodeBitset(earlier.scopes) ?? []).concat(added.scopes)) };
    }
  }
  return { rateeId: state.rateeId, raters, figures };
}

/**
 * Assembles the ledger after a release: the ratees of `ledger` in their order, each replaced by
 * its new entry where there is one, then new ratees in the order given.
 *
 * @internal
 */
export function closeLedger(ledger: ReleaseLedger, tables: LedgerTables, updated: ReadonlyMap<string, LedgerRatee>): ReleaseLedger {
  const ratees: LedgerRatee[] = ledger.ratees.map((entry) => updated.get(entry.rateeId) ?? entry);
  const before = new Set(ledger.ratees.map((entry) => entry.rateeId));
  for (const [rateeId, entry] of updated) if (!before.has(rateeId)) ratees.push(entry);
  const closed: ReleaseLedger = { format: 'lmdkit-release-ledger', version: 1, releases: tables.releases.slice(), scopes: tables.scopes.slice(), ratees };
  // The roll-up part is carried as it is: its release positions keep their meaning.
  return ledger.units === undefined ? closed : { ...closed, units: ledger.units };
}

/**
 * The union of several ledgers (see `mergeReleaseLedgers`).
 *
 * @internal
 */
export function mergeLedgers(ledgers: readonly ReleaseLedger[]): ReleaseLedger {
  const releases: string[] = [];
  const releasePosition = new Map<string, number>();
  const scopes: string[] = [];
  const scopePosition = new Map<string, number>();
  const position = (table: string[], positions: Map<string, number>, name: string): number => {
    let at = positions.get(name);
    if (at === undefined) {
      at = table.length;
      table.push(name);
      positions.set(name, at);
    }
    return at;
  };
  interface Merged {
    readonly rateeId: string;
    readonly raters: string[];
    readonly raterPosition: Map<string, number>;
    readonly figures: Map<string, { figure: LedgerFigure; scopes: Set<number> }>;
  }
  const ratees = new Map<string, Merged>();
  for (const ledger of ledgers) {
    const releaseMap = ledger.releases.map((name) => position(releases, releasePosition, name));
    const scopeMap = ledger.scopes.map((name) => position(scopes, scopePosition, name));
    for (const entry of ledger.ratees) {
      let merged = ratees.get(entry.rateeId);
      if (merged === undefined) {
        merged = { rateeId: entry.rateeId, raters: [], raterPosition: new Map(), figures: new Map() };
        ratees.set(entry.rateeId, merged);
      }
      const raterMap = entry.raters.map((pseudonym) => position(merged.raters, merged.raterPosition, pseudonym));
      for (const figure of entry.figures) {
        const raters = encodeBitset((decodeBitset(figure.raters) ?? []).map((rater) => raterMap[rater] as number));
        const release = releaseMap[figure.release] as number;
        const key = `${release}|${figure.groups.join('+')}|${figure.allOthers}|${figure.identifiable}|${raters}`;
        let slot = merged.figures.get(key);
        if (slot === undefined) {
          slot = { figure: { ...figure, groups: figure.groups.slice(), release, raters }, scopes: new Set() };
          merged.figures.set(key, slot);
        }
        for (const scope of decodeBitset(figure.scopes) ?? []) slot.scopes.add(scopeMap[scope] as number);
      }
    }
  }
  // Roll-up blocks: matched by release, ratees and content; their scopes united.
  const unitScopes: string[] = [];
  const unitScopePosition = new Map<string, number>();
  const unitRatees: string[] = [];
  const unitRateePosition = new Map<string, number>();
  const blocks = new Map<string, { release: number; members: string; n: number; scopes: Set<number> }>();
  let anyUnits = false;
  for (const ledger of ledgers) {
    if (ledger.units === undefined) continue;
    anyUnits = true;
    const releaseMap = ledger.releases.map((name) => position(releases, releasePosition, name));
    const scopeMap = ledger.units.scopes.map((name) => position(unitScopes, unitScopePosition, name));
    const rateeMap = ledger.units.ratees.map((id) => position(unitRatees, unitRateePosition, id));
    for (const block of ledger.units.blocks) {
      const release = releaseMap[block.release] as number;
      const members = encodeBitset((decodeBitset(block.ratees) ?? []).map((ratee) => rateeMap[ratee] as number));
      const key = `${release}|${members}`;
      let slot = blocks.get(key);
      if (slot === undefined) blocks.set(key, (slot = { release, members, n: block.n, scopes: new Set() }));
      for (const scope of decodeBitset(block.scopes) ?? []) slot.scopes.add(scopeMap[scope] as number);
    }
  }
  const units = anyUnits
    ? { units: { scopes: unitScopes, ratees: unitRatees, blocks: [...blocks.values()].map((block) => ({ release: block.release, scopes: encodeBitset([...block.scopes]), n: block.n, ratees: block.members })) } }
    : {};
  return {
    format: 'lmdkit-release-ledger',
    version: 1,
    releases,
    scopes,
    ratees: [...ratees.values()].map((merged) => ({
      rateeId: merged.rateeId,
      raters: merged.raters,
      figures: [...merged.figures.values()].map(({ figure, scopes: positions }) => ({ ...figure, scopes: encodeBitset([...positions]) })),
    })),
    ...units,
  };
}
