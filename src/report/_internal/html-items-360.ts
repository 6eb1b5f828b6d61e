/**
 * The "item by item" section of the HTML 360 pages (the coach's and the participant's): the items
 * others rate highest and lowest, and every item's figures as a chart with its table, folded
 * away so the page stays short. Built from published figures only. Pure.
 *
 * @module
 */
import type { RankedItem360, RaterGroup } from '../../lmd/index.js';
import { chartSeries360, competencyChart360, competencyTable360, itemSubject360, type ChartSource360 } from './html-chart-360.js';
import { escapeHtml } from './html-escape.js';
import { allOthersLabel, formatScore } from './html-format.js';

/** What the section reads from a report or a participant's view. */
export interface ItemsSource360 {
  readonly scale: ChartSource360['scale'];
  readonly shownGroups: ChartSource360['shownGroups'];
  readonly items: readonly {
    readonly itemId: string;
    readonly self: { readonly groups: readonly RaterGroup[]; readonly mean: number } | null;
    readonly groups: readonly { readonly groups: readonly RaterGroup[]; readonly mean: number }[];
    readonly others: { readonly groups: readonly RaterGroup[]; readonly mean: number; readonly n: number } | null;
  }[];
  readonly highestRatedItems: readonly RankedItem360[];
  readonly lowestRatedItems: readonly RankedItem360[];
}

function rankedList(source: ItemsSource360, ranked: readonly RankedItem360[], label: (itemId: string) => string, caption: string): string {
  if (ranked.length === 0) return '<p>No item has a published &ldquo;' + allOthersLabel + '&rdquo; figure.</p>';
  const rows = ranked.map((entry) => {
    const item = source.items.find((candidate) => candidate.itemId === entry.itemId);
    const self = item?.self == null ? 'not shown' : formatScore(item.self.mean);
    return `<tr><th scope="row">${escapeHtml(label(entry.itemId))}</th><td>${formatScore(entry.mean)}</td><td>${entry.n}</td><td>${self}</td></tr>`;
  });
  return (
    `<div class="table-wrap"><table><caption>${caption}</caption>` +
    `<thead><tr><th scope="col" class="text">Item</th><th scope="col">${allOthersLabel}</th><th scope="col">Raters</th><th scope="col">Self</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/**
 * The section's inner markup: highest and lowest rated items, then every item's chart and table
 * inside a `<details>` element, closed until the reader opens it.
 *
 * @param source - the report or view
 * @param label - an item's plain-text label (wording, or id and competency)
 * @param who - how the page names the person rated in prose (`the ratee` or `you`)
 * @returns the markup
 */
export function itemsSection360(source: ItemsSource360, label: (itemId: string) => string, who: 'the ratee' | 'you'): string {
  const chartSource: ChartSource360 = {
    scale: source.scale,
    shownGroups: source.shownGroups,
    rows: source.items.map((item) => ({ name: label(item.itemId), self: item.self, groups: item.groups, others: item.others })),
  };
  const series = chartSeries360(chartSource);
  const detail =
    series.length === 0
      ? '<p>No item figure is shown.</p>'
      : `<details class="item-detail"><summary>Every item, with ${who === 'you' ? 'your own rating' : 'the ratee\u2019s own rating'} and each group shown</summary>` +
        `<figure aria-labelledby="item-chart-caption"><figcaption id="item-chart-caption">Self and others by item, on the ${source.scale.min} to ${source.scale.max} scale</figcaption>` +
        `${competencyChart360(chartSource, series, itemSubject360)}</figure>${competencyTable360(chartSource, series, itemSubject360)}</details>`;
  return (
    '<h3>Rated highest by others</h3>' +
    rankedList(source, source.highestRatedItems, label, `The items &ldquo;${allOthersLabel}&rdquo; rate highest`) +
    '<h3>Rated lowest by others</h3>' +
    rankedList(source, source.lowestRatedItems, label, `The items &ldquo;${allOthersLabel}&rdquo; rate lowest`) +
    detail
  );
}
