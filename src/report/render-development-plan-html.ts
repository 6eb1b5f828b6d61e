/**
 * The participant's development plan as a self-contained HTML page, with the same safeguards as
 * the 360 pages (inline CSS, no script, no network, a strict Content Security Policy). Pure. It
 * takes the participant's plan (`participantDevelopmentPlan`), which holds none of the coach's
 * checks.
 *
 * @module
 */
import { developmentQuadrantLabels, type ParticipantDevelopmentPlan } from '../lmd/index.js';
import { escapeHtml } from './_internal/html-escape.js';
import { formatScore } from './_internal/html-format.js';
import { htmlPage, htmlSection } from './_internal/html-page.js';
import { createSourceList } from './_internal/html-sources.js';
import { evidenceWords, raterGroupWords } from './_internal/plan-words.js';

/**
 * Whose plan it is, for {@link renderDevelopmentPlanHtml}.
 * @see {@link renderDevelopmentPlanHtml}
 */
export interface DevelopmentPlanHtmlContext {
  /** The participant's name as they should see it. */
  readonly participantName?: string;
  /** The organisation's name, shown above the title. */
  readonly organisation?: string;
}

/**
 * A participant's development plan as an HTML page: for each priority, why it was chosen, the
 * development that fits it with how strong its evidence is, the goal (what has been written, or
 * what is left to write), the items others will rate again with today's figure and the target,
 * then when the re-rating is due and how many raters it needs, with its sources.
 *
 * @param plan - the participant's plan ({@link participantDevelopmentPlan})
 * @param context - the participant's name and the organisation (optional)
 * @returns the HTML document, deterministic for the same input
 * @example
 * import { renderDevelopmentPlanHtml } from 'lmdkit/report';
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
 * const html = renderDevelopmentPlanHtml(participantDevelopmentPlan(planDevelopment(report, { priorities: 1 })), { participantName: 'Sam' });
 * html.includes('<title>Your development plan, Sam</title>') //=> true
 * html.includes('DEVPLAN_') //=> false
 * @see {@link renderDevelopmentPlanMarkdown} for the same plan as Markdown
 */
export function renderDevelopmentPlanHtml(plan: ParticipantDevelopmentPlan, context: DevelopmentPlanHtmlContext = {}): string {
  const sources = createSourceList();
  const blank = (text: string): string => (text.trim() === '' ? '<em>to write with your coach</em>' : escapeHtml(text));
  const sections = [
    htmlSection(
      'summary',
      'How this plan was made',
      '<p>Chosen from your 360 feedback: the competencies where others\u2019 ratings leave most room to grow, or where you rate yourself higher than others do. ' +
        'A plan works best with a coach, goals you set yourself, and others rating you again later.</p>',
    ),
  ];
  if (plan.priorities.length === 0) sections.push(htmlSection('priorities', 'Priorities', '<p>No competency stands out as a priority: build on your strengths.</p>'));
  for (const priority of plan.priorities) {
    const goal = priority.goal;
    const target = goal.measurable.target === null ? '' : `, aiming for ${formatScore(goal.measurable.target)}`;
    const interventions =
      priority.interventions.length === 0
        ? '<p>Nothing in the catalogue fits the support you have; talk to your coach.</p>'
        : `<ul>${priority.interventions
            .slice(0, 3)
            .map((intervention) => `<li>${escapeHtml(intervention.name)}: ${escapeHtml(evidenceWords[intervention.evidence] ?? intervention.evidence)}</li>`)
            .join('')}</ul>`;
    const items = goal.measurable.items
      .map((item) => `<tr><th scope="row">${escapeHtml(item.text ?? item.itemId)}</th><td>${item.others === null ? 'not shown' : formatScore(item.others)}</td></tr>`)
      .join('');
    sections.push(
      htmlSection(
        `priority-${priority.rank}`,
        `${priority.rank}. ${escapeHtml(priority.name)}`,
        `<p>${escapeHtml(developmentQuadrantLabels[priority.quadrant])}. Others rate you ${formatScore(goal.measurable.baseline)} on average today${target}.</p>` +
          `<h3>Development that fits</h3>${interventions}` +
          '<h3>Your goal</h3><dl class="goal">' +
          `<div><dt>Specific</dt><dd>${blank(goal.specific)}</dd></div>` +
          `<div><dt>Measurable</dt><dd>${goal.measurable.description.trim() === '' ? 'Others rate the items below again.' : escapeHtml(goal.measurable.description)}</dd></div>` +
          `<div><dt>Achievable</dt><dd>${blank(goal.achievable)}</dd></div>` +
          `<div><dt>Relevant</dt><dd>${blank(goal.relevant)}</dd></div>` +
          `<div><dt>Time-bound</dt><dd>${goal.timeBound === null ? '<em>a date to agree</em>' : escapeHtml(goal.timeBound)}</dd></div></dl>` +
          `<div class="table-wrap"><table><caption>The items others will rate again</caption><thead><tr><th scope="col" class="text">Item</th><th scope="col">Others today</th></tr></thead><tbody>${items}</tbody></table></div>`,
      ),
    );
  }
  const remeasurement = plan.remeasurement;
  const groups = remeasurement.groups.map((group) => `${group.ratersNeeded} ${raterGroupWords[group.group][group.ratersNeeded === 1 ? 0 : 1]}`);
  sections.push(
    htmlSection(
      'remeasurement',
      'Measuring again',
      `<p>Others rate the same items again ${remeasurement.reRatingDate === null ? `${remeasurement.intervalMonths} months after the feedback` : `around ${escapeHtml(remeasurement.reRatingDate)}`}` +
        (groups.length === 0 ? '.' : `, ideally by at least ${escapeHtml(groups.join(', '))}, so that the new figures are dependable.`) +
        (plan.dates.followUp === null ? '' : ` A follow-up conversation is planned for ${escapeHtml(plan.dates.followUp)}.`) +
        ` <span class="note">Why we say this: ${sources.cite(remeasurement.basis, ['plan', 'remeasurement', 'basis'])}.</span></p>`,
    ),
  );
  const sourceList = sources.render();
  if (sourceList !== '') sections.push(htmlSection('sources', 'Sources', sourceList));
  const title = `Your development plan${context.participantName === undefined ? '' : `, ${context.participantName}`}`;
  return htmlPage({
    title,
    eyebrow: context.organisation ?? 'Development plan',
    lede: 'Confidential to you and your coach.',
    sections,
    footer: 'Made with lmdkit from your 360 feedback and the choices made with your coach.',
  });
}
