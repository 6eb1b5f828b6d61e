/**
 * One ratee's change across 360 cycles as a Markdown section. Pure.
 *
 * @module
 */
import type { ParticipantCycleComparison360, RateeCycleComparison360 } from '../lmd/index.js';
import { findingList } from './_internal/markdown-finding-list.js';
import { trendIntro360, trendMarkdown360 } from './_internal/trend-table-360.js';
import { escapeMarkdownText } from './escape-markdown-text.js';

/**
 * One ratee's change across 360 cycles as a Markdown section: all others' mean per competency in
 * each cycle, the change since the previous cycle and what it means. Given the participant's
 * comparison ({@link participantCycleComparison360}) it is headed "Since the last cycle", says
 * what the change means in plain words and lists the notes meant for them; given the coach's (an
 * entry of {@link compareCycles360}'s `ratees`) it is headed "Change across cycles" and adds the
 * reliable change index, the reliability with its source, and the findings with their codes. The
 * participant's and coach's Markdown pages print the same section when their context carries a
 * comparison.
 *
 * @param comparison - the participant's or the coach's comparison
 * @param headingLevel - the level of the section's heading (default 2)
 * @returns the section's lines joined with newlines (no trailing newline)
 * @example
 * import { render360TrendMarkdown } from 'lmdkit/report';
 * const instrument = { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] };
 * const cycle = (label: string, scores: Record<string, number[]>) => ({
 *   label,
 *   ...interpret360Cohort({
 *     instrument,
 *     ratings: Object.entries(scores).flatMap(([rateeId, others]) =>
 *       others.map((score, n) => ({ rateeId, raterId: `${rateeId}-${n}`, group: 'peer' as const, itemId: 'i', score })),
 *     ),
 *   }),
 * });
 * const comparison = compareCycles360({
 *   earlier: [cycle('2026', { a: [2, 2, 3, 2], b: [3, 3, 4, 4], c: [4, 4, 5, 4], d: [2, 3, 3, 2], e: [4, 5, 5, 4] })],
 *   current: cycle('2027', { a: [4, 4, 5, 4] }),
 *   reliability: 0.8,
 * });
 * const section = render360TrendMarkdown(participantCycleComparison360(comparison.ratees[0]!));
 * section.split('\n')[0] //=> '## Since the last cycle'
 * section.includes("| Coaching   | 2.25 | 4.25 | +2.00             | higher, by more than the measurement's noise |") //=> true
 * section.includes('RCI') //=> false
 * render360TrendMarkdown(comparison.ratees[0]!).includes('RCI') //=> true
 * @see {@link compareCycles360}, {@link participantCycleComparison360}
 */
export function render360TrendMarkdown(comparison: ParticipantCycleComparison360 | RateeCycleComparison360, headingLevel = 2): string {
  const h = '#'.repeat(headingLevel);
  if ('audience' in comparison && comparison.audience === 'participant') {
    return [
      `${h} Since the last cycle`,
      '',
      trendIntro360(comparison, 'participant'),
      '',
      trendMarkdown360(comparison, 'participant'),
      ...(comparison.notes.length === 0 ? [] : ['', ...comparison.notes.map((note) => `- ${escapeMarkdownText(note.message)}`)]),
    ].join('\n');
  }
  const coach = comparison as RateeCycleComparison360;
  return [
    `${h} Change across cycles`,
    '',
    trendIntro360(coach, 'coach'),
    '',
    trendMarkdown360(coach, 'coach'),
    ...(coach.findings.length === 0 ? [] : ['', ...findingList(coach.findings)]),
  ].join('\n');
}
