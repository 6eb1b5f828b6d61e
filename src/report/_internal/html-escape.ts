/**
 * Escaping for the HTML reports (`render360Html`). Every text that comes from the
 * user's data (ids, names, messages) passes through {@link escapeHtml} before it reaches markup.
 *
 * @module
 */

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a text for HTML element content and for quoted attribute values: `&`, `<`, `>`, `"`
 * and `'` become character references, so no input can open a tag, close an attribute or start
 * an entity.
 *
 * @param text - any text
 * @returns the text, safe inside an element or a quoted attribute
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
