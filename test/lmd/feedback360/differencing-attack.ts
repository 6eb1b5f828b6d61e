// A differencing attacker for 360 reports, used by the anonymity property test.
//
// The attacker knows the documented rule behind every published figure: an item figure for groups
// G pools the raters of G who scored that item; a competency figure averages the published item
// figures for the same G; the all-others figure pools the published non-self item figures; the
// overall agreement averages self and all-others over the items where both are published. It is
// stronger than a real reader: it also knows which raters answered which items (the null pattern).
//
// Each published figure becomes one linear equation over the unknown ratings (one unknown per
// rater × item). Ratings by exempt raters (self, and the manager when exempt) are published
// individually anyway, so they are treated as known and their columns dropped. A set T of
// non-exempt raters is *determined* when some linear combination of the published figures depends
// only on T's ratings (is non-zero and supported on T's columns) — for example a figure minus
// another that differ by two peers. That holds exactly when dropping T's columns lowers the rank
// of the system. The property: no T smaller than the minimum group size is determined.
import type { Feedback360Report, RaterGroup } from '../../../src/index.js';

/** One rating of the ground truth. */
export interface TruthRating {
  readonly raterId: string;
  readonly group: RaterGroup;
  readonly itemId: string;
  readonly score: number | null;
}

/** One published figure as an equation: weights over unknown ratings, and its published value. */
export interface Equation {
  readonly weights: ReadonlyMap<string, number>;
  readonly value: number;
  readonly label: string;
}

const key = (raterId: string, itemId: string): string => `${raterId}\u0000${itemId}`;

/**
 * Turns a report into equations over the true ratings, checking on the way that every published
 * figure is exactly what the documented rule says (its `n` and its mean); a report that pooled
 * ratings it does not declare fails here.
 */
export function equationsFromReport(report: Feedback360Report, truth: readonly TruthRating[]): Equation[] {
  const scored = truth.filter((rating) => rating.score !== null);
  const byItem = new Map<string, TruthRating[]>();
  for (const rating of scored) byItem.set(rating.itemId, [...(byItem.get(rating.itemId) ?? []), rating]);
  const equations: Equation[] = [];
  const itemRow = (itemId: string, groups: readonly RaterGroup[], n: number, mean: number, label: string): Map<string, number> => {
    const raters = (byItem.get(itemId) ?? []).filter((rating) => groups.includes(rating.group));
    if (raters.length !== n) throw new Error(`${label}: published n ${n} but the rule gives ${raters.length}`);
    const actual = raters.reduce((total, rating) => total + (rating.score as number), 0) / n;
    if (Math.abs(actual - mean) > 1e-9) throw new Error(`${label}: published mean ${mean} but the rule gives ${actual}`);
    return new Map(raters.map((rating) => [key(rating.raterId, itemId), 1 / n]));
  };
  const itemMeans = new Map<string, Map<string, number>>(); // "groups|item" -> row
  for (const item of report.items) {
    const figures = (item.self === null ? [] : [item.self]).concat(item.groups);
    for (const figure of figures) {
      const label = `item ${item.itemId} [${figure.groups.join('+')}]`;
      const row = itemRow(item.itemId, figure.groups, figure.n, figure.mean, label);
      itemMeans.set(`${figure.groups.join('+')}|${item.itemId}`, row);
      equations.push({ weights: row, value: figure.mean, label });
    }
    if (item.others !== null) {
      if (item.others.groups.includes('self')) throw new Error(`item ${item.itemId}: all-others includes self`);
      const label = `item ${item.itemId} [all others]`;
      const row = itemRow(item.itemId, item.others.groups, item.others.n, item.others.mean, label);
      itemMeans.set(`others|${item.itemId}`, row);
      equations.push({ weights: row, value: item.others.mean, label });
    }
  }
  const average = (rows: readonly Map<string, number>[]): Map<string, number> => {
    const result = new Map<string, number>();
    for (const row of rows) for (const [column, weight] of row) result.set(column, (result.get(column) ?? 0) + weight / rows.length);
    return result;
  };
  const valueOf = (row: ReadonlyMap<string, number>): number => {
    let total = 0;
    for (const [column, weight] of row) {
      const rating = scored.find((entry) => key(entry.raterId, entry.itemId) === column);
      total += weight * (rating?.score as number);
    }
    return total;
  };
  for (const competency of report.competencies) {
    const itemIds = report.items.filter((item) => item.competencyId === competency.competencyId).map((item) => item.itemId);
    const figures = (competency.self === null ? [] : [{ figure: competency.self, pooled: false }])
      .concat(competency.groups.map((figure) => ({ figure, pooled: false })))
      .concat(competency.others === null ? [] : [{ figure: competency.others, pooled: true }]);
    for (const { figure, pooled } of figures) {
      const label = `competency ${competency.competencyId} [${pooled ? 'all others' : figure.groups.join('+')}]`;
      const rows = itemIds.flatMap((itemId) => {
        const row = itemMeans.get(pooled ? `others|${itemId}` : `${figure.groups.join('+')}|${itemId}`);
        return row === undefined ? [] : [row];
      });
      if (rows.length !== figure.items) throw new Error(`${label}: published ${figure.items} items but the rule gives ${rows.length}`);
      const row = average(rows);
      if (Math.abs(valueOf(row) - figure.mean) > 1e-9) throw new Error(`${label}: published mean ${figure.mean} but the rule gives ${valueOf(row)}`);
      const raters = new Set([...row.keys()].map((column) => column.split('\u0000')[0]));
      if (raters.size !== figure.n) throw new Error(`${label}: published n ${figure.n} but ${raters.size} raters contribute`);
      equations.push({ weights: row, value: figure.mean, label });
    }
  }
  if (report.agreement !== null) {
    const selfRows: Map<string, number>[] = [];
    const otherRows: Map<string, number>[] = [];
    for (const item of report.items) {
      if (item.self === null || item.others === null) continue;
      selfRows.push(itemMeans.get(`self|${item.itemId}`) as Map<string, number>);
      otherRows.push(itemMeans.get(`others|${item.itemId}`) as Map<string, number>);
    }
    const othersRow = average(otherRows);
    if (otherRows.length !== report.agreement.items || Math.abs(valueOf(othersRow) - report.agreement.others) > 1e-9) {
      throw new Error('overall agreement: others figure does not follow the rule');
    }
    if (Math.abs(valueOf(average(selfRows)) - report.agreement.self) > 1e-9) throw new Error('overall agreement: self figure does not follow the rule');
    const othersRaters = new Set([...othersRow.keys()].map((column) => column.split('\u0000')[0]));
    if (othersRaters.size !== report.agreement.othersN) throw new Error(`overall agreement: published othersN ${report.agreement.othersN} but ${othersRaters.size} raters contribute`);
    equations.push({ weights: othersRow, value: report.agreement.others, label: 'overall others' });
  }
  for (const ranked of [...report.highestRatedItems, ...report.lowestRatedItems]) {
    const others = report.items.find((item) => item.itemId === ranked.itemId)?.others;
    if (others?.n !== ranked.n || others.mean !== ranked.mean || others.groups.join() !== ranked.groups.join()) {
      throw new Error(`ranked item ${ranked.itemId}: not the published all-others figure`);
    }
  }
  return equations;
}

function rank(matrix: number[][], columns: readonly number[]): number {
  const rows = matrix.map((row) => columns.map((column) => row[column] as number));
  let r = 0;
  for (let c = 0; c < columns.length && r < rows.length; c += 1) {
    let pivot = r;
    for (let i = r + 1; i < rows.length; i += 1) if (Math.abs(rows[i]?.[c] as number) > Math.abs(rows[pivot]?.[c] as number)) pivot = i;
    if (Math.abs(rows[pivot]?.[c] as number) < 1e-9) continue;
    [rows[r], rows[pivot]] = [rows[pivot] as number[], rows[r] as number[]];
    const top = rows[r] as number[];
    for (let i = r + 1; i < rows.length; i += 1) {
      const row = rows[i] as number[];
      const factor = (row[c] as number) / (top[c] as number);
      if (factor === 0) continue;
      for (let j = c; j < columns.length; j += 1) row[j] = (row[j] as number) - factor * (top[j] as number);
    }
    r += 1;
  }
  return r;
}

function* subsets<T>(items: readonly T[], size: number, start = 0, chosen: T[] = []): Generator<T[]> {
  if (chosen.length === size) {
    yield chosen.slice();
    return;
  }
  for (let i = start; i <= items.length - (size - chosen.length); i += 1) {
    chosen.push(items[i] as T);
    yield* subsets(items, size, i + 1, chosen);
    chosen.pop();
  }
}

/**
 * The smallest-found set of fewer than `minimum` non-exempt raters whose ratings some combination
 * of the equations pins down, or `null` when there is none.
 */
export function findDeterminedSmallSet(
  equations: readonly Equation[],
  exemptRaters: ReadonlySet<string>,
  minimum: number,
): string[] | null {
  const columnKeys = [...new Set(equations.flatMap((equation) => [...equation.weights.keys()]))].filter(
    (column) => !exemptRaters.has(column.split('\u0000')[0] as string),
  );
  const columnIndex = new Map(columnKeys.map((column, index) => [column, index]));
  const matrix = equations.map((equation) => {
    const row: number[] = new Array<number>(columnKeys.length).fill(0);
    for (const [column, weight] of equation.weights) {
      const index = columnIndex.get(column);
      if (index !== undefined) row[index] = weight;
    }
    return row;
  });
  const raters = [...new Set(columnKeys.map((column) => column.split('\u0000')[0] as string))].sort();
  const all = columnKeys.map((_, index) => index);
  const fullRank = rank(matrix, all);
  if (fullRank === 0) return null;
  const size = Math.min(minimum - 1, raters.length);
  for (const chosen of subsets(raters, size)) {
    const kept = all.filter((index) => !chosen.includes(columnKeys[index]?.split('\u0000')[0] as string));
    if (rank(matrix, kept) < fullRank) return chosen;
  }
  return null;
}
