/**
 * The participant's development plan as Markdown: their priorities in plain words, the
 * development that fits each, the goal to write, and when and how others will rate them again.
 * Pure. It takes the participant's plan (`participantDevelopmentPlan`), which holds none of the
 * coach's checks.
 *
 * @module
 */
import { developmentQuadrantLabels, type ParticipantDevelopmentPlan } from '../lmd/index.js';
import { fixed } from './_internal/format-number.js';
import { shortCitation } from './_internal/short-citation.js';
import { escapeMarkdownText } from './escape-markdown-text.js';
import { joinMarkdownSections } from './join-markdown-sections.js';
import { evidenceWords, raterGroupWords } from './_internal/plan-words.js';

/**
 * A participant's development plan as Markdown: for each priority, why it was chosen (in plain
 * words), the development that fits it with how strong its evidence is, the goal to fill in (what
 * they have written, or blanks), the items others will re-rate with today's figure and the
 * target, and when the re-rating is due and how many raters it needs.
 *
 * @param plan - the participant's plan ({@link participantDevelopmentPlan})
 * @param participantName - their name, for the heading (optional)
 * @returns the Markdown text, ending with a newline
 * @example
 * import { renderDevelopmentPlanMarkdown } from 'lmdkit/report';
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'people', name: 'Develops people' }, { id: 'trust', name: 'Builds trust' }],
 *   items: [{ id: 'P1', competencyId: 'people' }, { id: 'T1', competencyId: 'trust' }],
 * };
 * const report = interpret360({
 *   instrument,
 *   ratings: [
 *     { raterId: 'me', group: 'self', itemId: 'P1', score: 5 },
 *     { raterId: 'me', group: 'self', itemId: 'T1', score: 4 },
 *     ...['p1', 'p2', 'p3', 'p4'].flatMap((raterId) => [
 *       { raterId, group: 'peer' as const, itemId: 'P1', score: 2 },
 *       { raterId, group: 'peer' as const, itemId: 'T1', score: 4 },
 *     ]),
 *   ],
 * });
 * const page = renderDevelopmentPlanMarkdown(participantDevelopmentPlan(planDevelopment(report, { priorities: 1 })), 'Sam');
 * page.split('\n')[0] //=> '# Your development plan, Sam'
 * page.includes('## 1. Develops people') //=> true
 * page.includes('DEVPLAN_') //=> false
 * @see {@link render360ParticipantMarkdown} for the report the plan comes from
 */
export function renderDevelopmentPlanMarkdown(plan: ParticipantDevelopmentPlan, participantName?: string): string {
  const title = `# Your development plan${participantName === undefined ? '' : `, ${escapeMarkdownText(participantName)}`}`;
  const intro = [
    title,
    '',
    `Chosen from your 360 feedback: the competencies where others' ratings leave most room to grow${plan.priorities.some((priority) => priority.quadrant === 'blind-spot-to-explore') ? ', or where you rate yourself higher than others do' : ''}. ` +
      'A plan works best with a coach, goals you set yourself, and others rating you again later.',
  ];
  const sections: string[][] = [intro];
  if (plan.priorities.length === 0) sections.push(['No competency stands out as a priority: build on your strengths.']);
  for (const priority of plan.priorities) {
    const goal = priority.goal;
    const blank = (text: string): string => (text.trim() === '' ? '_to write with your coach_' : escapeMarkdownText(text));
    const target = goal.measurable.target === null ? '' : `, aiming for ${fixed(goal.measurable.target)}`;
    const lines = [
      `## ${priority.rank}. ${escapeMarkdownText(priority.name)}`,
      '',
      `${developmentQuadrantLabels[priority.quadrant]}. Others rate you ${fixed(goal.measurable.baseline)} on average today${target}.`,
      '',
      '**Development that fits:**',
      '',
      ...(priority.interventions.length === 0
        ? ['- Nothing in the catalogue fits the support you have; talk to your coach.']
        : priority.interventions.slice(0, 3).map((intervention) => `- ${escapeMarkdownText(intervention.name)}: ${evidenceWords[intervention.evidence] ?? intervention.evidence}.`)),
      '',
      '**Your goal:**',
      '',
      `- Specific: ${blank(goal.specific)}`,
      `- Measurable: ${goal.measurable.description.trim() === '' ? 'others rate these items again' : escapeMarkdownText(goal.measurable.description)}`,
      ...goal.measurable.items.map((item) => `  - ${escapeMarkdownText(item.text ?? item.itemId)}`),
      `- Achievable: ${blank(goal.achievable)}`,
      `- Relevant: ${blank(goal.relevant)}`,
      `- Time-bound: ${goal.timeBound === null ? '_a date to agree_' : escapeMarkdownText(goal.timeBound)}`,
    ];
    sections.push(lines);
  }
  const remeasurement = plan.remeasurement;
  const groups = remeasurement.groups.map((group) => `${group.ratersNeeded} ${raterGroupWords[group.group][group.ratersNeeded === 1 ? 0 : 1]}`);
  sections.push([
    '## Measuring again',
    '',
    `Others rate the same items again ${remeasurement.reRatingDate === null ? `${remeasurement.intervalMonths} months after the feedback` : `around ${escapeMarkdownText(remeasurement.reRatingDate)}`}` +
      (groups.length === 0 ? '.' : `, ideally by at least ${groups.join(', ')}, so that the new figures are dependable.`) +
      (plan.dates.followUp === null ? '' : ` A follow-up conversation is planned for ${escapeMarkdownText(plan.dates.followUp)}.`),
    '',
    `Why we say this: ${remeasurement.basis.map(shortCitation).join('; ')}.`,
  ]);
  return joinMarkdownSections(sections);
}
