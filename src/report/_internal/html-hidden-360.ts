/**
 * The "What is hidden and why" section of the HTML 360 report: which groups are not shown, which
 * figures are withheld on which items, and the anonymity policy behind both, stated as the library
 * applies it. This is the only part of the page that names a hidden group.
 *
 * @module
 */
import { joinWithAnd } from '../../core/_internal/join-with-and.js';
import type { Feedback360Finding, Feedback360Report } from '../../lmd/index.js';
import { escapeHtml } from './html-escape.js';
import { findingList } from './html-findings-360.js';
import { allOthersLabel, groupLabel } from './html-format.js';
import type { SourceList } from './html-sources.js';

/** The finding codes that name hidden groups: shown in this section, never in the findings list. */
export const hiddenSectionFindingCodes: readonly string[] = ['FB360_GROUP_HIDDEN'];

/**
 * The section's content (without its heading).
 *
 * @param report - a report from `interpret360`
 * @param itemLabel - how an item is named on the page (escaped markup)
 * @param findings - the findings that belong here, with their indexes in `report.findings`
 * @param sources - the page's sources list
 * @returns the markup
 */
export function hiddenSection360(
  report: Feedback360Report,
  itemLabel: (itemId: string) => string,
  findings: readonly { readonly finding: Feedback360Finding; readonly index: number }[],
  sources: SourceList,
): string {
  const { policy } = report;
  const parts: string[] = [];
  const exempt = policy.exemptGroups.map((group) => groupLabel([group]));
  parts.push(
    `<p>To protect the people who gave feedback, a rater group is shown only when at least ${policy.minGroupSize} of its raters gave a score, ` +
      `both overall and on each item, and the &ldquo;${allOthersLabel}&rdquo; figure on an item needs at least ${policy.minOthersSize} raters. ` +
      `${escapeHtml(joinWithAnd(exempt))} ${exempt.length === 1 ? 'is' : 'are'} shown whatever the number, so ${exempt.length === 1 ? 'that rating' : 'those ratings'} can be traced to whoever gave ${exempt.length === 1 ? 'it' : 'them'}.</p>`,
  );
  parts.push(
    policy.smallGroupStrategy === 'omit'
      ? `<p>A group with fewer than ${policy.minGroupSize} raters is left out; it is not pooled with another group.</p>`
      : `<p>A group with fewer than ${policy.minGroupSize} raters is first pooled with the smallest other group that is not exempt, and the pool is checked again; a group that cannot be pooled into one large enough is left out. ` +
          'So is a group none of whose raters gave a score: it has no ratings to pool.</p>',
  );

  if (report.hiddenGroups.length > 0) {
    const labels = report.hiddenGroups.map((hidden) => groupLabel(hidden.groups));
    const several = labels.length > 1;
    parts.push(
      `<div class="callout"><p><strong>Not shown: ${escapeHtml(joinWithAnd(labels))}.</strong> ` +
        `Fewer than ${policy.minGroupSize} raters in ${several ? 'each of these groups' : 'this group'} gave a score, so showing ${several ? 'their' : 'its'} ratings could reveal who said what. ` +
        `${several ? 'Their' : 'Its'} ratings are not used anywhere in this report: not in &ldquo;${allOthersLabel}&rdquo;, not in the competency figures, not in the gaps and not in the overall agreement. ` +
        'The report does not say how many raters a hidden group had.</p></div>',
    );
  } else {
    parts.push('<p>Every rater group that gave a score is shown.</p>');
  }
  for (const shown of report.shownGroups) {
    if (shown.merged) {
      parts.push(
        `<p>${escapeHtml(groupLabel(shown.groups))} are shown together because at least one of these groups had fewer than ${policy.minGroupSize} raters; the pooled figures hold all their ratings.</p>`,
      );
    }
  }

  const withheldByGroup = new Map<string, string[]>();
  const othersWithheld: string[] = [];
  const changedSinceEarlier: string[] = [];
  for (const item of report.items) {
    for (const withheld of item.withheld) {
      if (withheld.reason === 'differs-little-from-earlier-release') {
        if (!changedSinceEarlier.includes(item.itemId)) changedSinceEarlier.push(item.itemId);
      } else if (withheld.reason === 'others-below-minimum') {
        othersWithheld.push(item.itemId);
      } else if (withheld.reason === 'below-minimum-on-item') {
        const label = groupLabel(withheld.groups);
        withheldByGroup.set(label, (withheldByGroup.get(label) ?? []).concat([item.itemId]));
      }
    }
  }
  const itemList = (ids: readonly string[]): string => joinWithAnd(ids.map(itemLabel));
  if (changedSinceEarlier.length > 0) {
    parts.push(
      `<p>Checked against earlier reports (the release ledger): on ${itemList(changedSinceEarlier)} some figures are withheld because their raters differ from those of a figure already published about this person by fewer than ${policy.minGroupSize} people, so comparing the two could show what those few said.</p>`,
    );
  }
  if (withheldByGroup.size > 0 || othersWithheld.length > 0) {
    parts.push('<h3>Items with too few raters</h3><ul>');
    for (const [label, ids] of withheldByGroup) {
      parts.push(
        `<li>${escapeHtml(label)}: no figure on ${itemList(ids)}, because fewer than ${policy.minGroupSize} of these raters scored ${ids.length === 1 ? 'that item' : 'those items'}. ` +
          `Their ratings of ${ids.length === 1 ? 'it' : 'them'} are also left out of &ldquo;${allOthersLabel}&rdquo; there.</li>`,
      );
    }
    if (othersWithheld.length > 0) {
      parts.push(
        `<li>${allOthersLabel}: no figure on ${itemList(othersWithheld)}, because it would rest on fewer than ${policy.minOthersSize} raters. ` +
          `${othersWithheld.length === 1 ? 'That item has' : 'Those items have'} no gap and no blind-spot or hidden-strength flag, and ${othersWithheld.length === 1 ? 'is' : 'are'} left out of the competency and overall &ldquo;${allOthersLabel}&rdquo; figures.</li>`,
      );
    }
    parts.push('</ul><p>No count is given for a withheld figure: saying how many people answered would itself tell something.</p>');
  } else if (changedSinceEarlier.length === 0) {
    parts.push(`<p>On every item, each shown group and &ldquo;${allOthersLabel}&rdquo; had enough raters for its figure to be shown.</p>`);
  }
  parts.push(
    '<p>Every figure here is built only from the figures that are shown: the competency figures average the shown item figures, and ' +
      `&ldquo;${allOthersLabel}&rdquo; pools only the shown groups. So no figure can be subtracted from another to recover the ratings of a smaller set of people.</p>`,
  );
  if (findings.length > 0) parts.push(`<h3>Findings about anonymity</h3>${findingList(findings, sources)}`);
  return parts.join('');
}
