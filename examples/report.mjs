// Rendering reports in your own app: one manager's 360-degree feedback as a self-contained HTML
// page and as Markdown, with lmdkit/report. The renderers are pure (no Node built-ins, no I/O),
// so the same code runs in a browser, a server or a notebook; this script only prints.
// Run from a clone with `npm ci && npm run build && node examples/report.mjs`.
import { interpret360 } from 'lmdkit/lmd';
import { escapeMarkdownText, html360ContentSecurityPolicy, render360Html, render360Markdown } from 'lmdkit/report';

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'listening', name: 'Listening' }],
  items: [
    { id: 'L1', competencyId: 'listening' },
    { id: 'L2', competencyId: 'listening' },
  ],
};

const rater = (raterId, group, scores) => scores.map((score, index) => ({ raterId, group, itemId: `L${index + 1}`, score }));
const report = interpret360({
  instrument,
  ratings: [
    ...rater('me', 'self', [5, 4]),
    ...rater('boss', 'manager', [4, 4]),
    ...rater('p1', 'peer', [3, 4]),
    ...rater('p2', 'peer', [3, 3]),
    ...rater('p3', 'peer', [4, 4]),
    ...rater('d1', 'direct-report', [2, 3]), // one direct report: hidden for anonymity
  ],
});

const context = { rateeId: 'M07', instrument, organisation: 'Larkspur Vale Housing' };

// A web page to send or store: inline CSS and SVG, no script, nothing to load. Serve it with the
// same Content Security Policy as a header.
const html = render360Html(report, context);
console.log(`HTML: ${html.length} characters; <title>${/<title>(.*)<\/title>/.exec(html)?.[1]}</title>`);
console.log(`Content-Security-Policy: ${html360ContentSecurityPolicy}`);

// Markdown for a chat message, a ticket or a notebook cell; text from your data is escaped.
const markdown = render360Markdown(report, context, 2);
console.log(`## Note for ${escapeMarkdownText('M07 [coach: J. Smith]')}\n`);
console.log(markdown);
