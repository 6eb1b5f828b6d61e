/**
 * The "what people said" section of the HTML 360 pages: the comments `publishComments360` lets
 * a report show, question by question, in blocks labelled by group (or unlabelled). Pure.
 *
 * @module
 */
import type { Comments360 } from '../../lmd/index.js';
import { escapeHtml } from './html-escape.js';
import { groupLabel } from './html-format.js';

/**
 * The section's inner markup.
 *
 * @param comments - the publishable comments
 * @returns the markup
 */
export function commentsSection360(comments: Comments360): string {
  if (comments.questions.length === 0) return '<p>The questionnaire asked no open question.</p>';
  return comments.questions
    .map((question) => {
      const blocks = question.blocks.map(
        (block) =>
          `<h4>${block.groups === null ? 'From several people' : escapeHtml(groupLabel(block.groups))}</h4><ul class="comments">${block.comments.map((text) => `<li>${escapeHtml(text).replace(/\r?\n/g, '<br>')}</li>`).join('')}</ul>`,
      );
      const withheld = question.someWithheld ? `<p class="note">Some comments are not shown because fewer than ${comments.minCommenters} people wrote them.</p>` : '';
      const body = blocks.length === 0 ? '<p>No comment can be shown for this question.</p>' : blocks.join('');
      return `<h3>${escapeHtml(question.text)}</h3>${body}${withheld}`;
    })
    .join('');
}
