// User data in the Markdown reports is escaped (issue 13, item 10). A ratee id or competency name
// such as `"><img src=x onerror=alert(5)>` appeared as raw HTML in .md headings and tables, which
// permissive Markdown viewers render. Every value from the user's files now goes through one
// function, escapeMarkdownText, wherever a Markdown report prints it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDemoMarkdown, runDemoAnalyses } from '../../src/cli/command-demo.js';
import { escapeMarkdownText } from '../../src/report/index.js';
import { readInstrumentFile } from '../../src/cli/read-instrument-file.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { sampleTexts } from '../cli/sample-data.js';

const temp = mkdtempSync(join(tmpdir(), 'lmdkit-escape-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const HOSTILE = '"><img src=x onerror=alert(5)>[click](javascript:alert(1))![i](x) `code` *a* _b_ | c & d &lt; \\';
const ESCAPED_TAG = '&lt;img src=x onerror=alert(5)&gt;';

/** Expects Markdown with no raw HTML and no link or image built from the data. */
function expectInert(markdown: string, where: string): void {
  expect(markdown.includes('<'), `${where}: a raw "<"`).toBe(false);
  expect(markdown, where).not.toMatch(/(?<!\\)\]\(/);
  expect(markdown, where).not.toMatch(/(?<!\\)`code(?<!\\)`/);
}

describe('escapeMarkdownText', () => {
  it('escapes what HTML and Markdown would read as markup, and nothing in plain text', () => {
    expect(escapeMarkdownText('"><img src=x onerror=alert(5)>')).toBe('"&gt;&lt;img src=x onerror=alert(5)&gt;');
    expect(escapeMarkdownText('[a](b) ![c](d)')).toBe('\\[a\\](b) !\\[c\\](d)');
    expect(escapeMarkdownText('`x` *y* _z_ a\\b R&D &amp;')).toBe('\\`x\\` \\*y\\* \\_z\\_ a\\\\b R&amp;D &amp;amp;');
    expect(escapeMarkdownText('one\ntwo\r\nthree')).toBe('one two three');
    for (const plain of ['M07', 'Sets direction', 'Larkspur Vale Housing (fictional)', 'Peer learning circles pilot', '2024-25 Q1', 'José (pilot) – 3.5%']) {
      expect(escapeMarkdownText(plain)).toBe(plain);
    }
  });
});

/** Every string in a JSON value, with a setter, in document order. */
function stringSlots(value: unknown): { get: () => string; set: (text: string) => void }[] {
  const slots: { get: () => string; set: (text: string) => void }[] = [];
  const visit = (holder: Record<string | number, unknown>, key: string | number): void => {
    const item = holder[key];
    if (typeof item === 'string') slots.push({ get: () => holder[key] as string, set: (text) => (holder[key] = text) });
    else if (item !== null && typeof item === 'object') for (const inner of Object.keys(item)) visit(item as Record<string, unknown>, Array.isArray(item) ? Number(inner) : inner);
  };
  visit({ root: value }, 'root');
  return slots;
}

/**
 * The sample file with every free-text value made hostile: each string in turn gets the hostile
 * text added, and keeps it when the command still accepts the file (ids, dates and codes the
 * schema checks are put back).
 */
function hostileFile(text: string, name: string, argv: (file: string) => string[]): { file: string; changed: number } {
  const value = JSON.parse(text) as unknown;
  const file = join(temp, name);
  let changed = 0;
  for (const slot of stringSlots(value)) {
    const before = slot.get();
    if (before.startsWith('../')) continue; // the $schema key
    slot.set(`${before} ${HOSTILE}`);
    writeFileSync(file, JSON.stringify(value, null, 2));
    if (runCliInProcess(argv(file)).code === 0) changed += 1;
    else slot.set(before);
  }
  writeFileSync(file, JSON.stringify(value, null, 2));
  return { file, changed };
}

/** A small 360 cycle whose ratee ids, competency ids and names and item ids are all hostile. */
function hostile360(): { ratings: string; instrument: string; settings: string; ratees: string[] } {
  const competencies = [`c1${HOSTILE}`, `c2${HOSTILE}`];
  const items = [`I1${HOSTILE}`, `I2${HOSTILE}`, `I3${HOSTILE}`];
  const instrument = join(temp, 'instrument.json');
  writeFileSync(
    instrument,
    JSON.stringify({
      scale: { min: 1, max: 5 },
      competencies: competencies.map((id, index) => ({ id, name: `Competency ${index} ${HOSTILE}` })),
      items: items.map((id, index) => ({ id, competencyId: competencies[index % 2] })),
    }),
  );
  const ratees = [`R1 ${HOSTILE}`, `R2 <script>alert(2)</script>`];
  const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;
  const lines = ['ratee_id,rater_id,rater_group,item_id,score'];
  for (const ratee of ratees) {
    const raters: [string, string, number][] = [
      [`self ${HOSTILE}`, 'self', 5],
      ['m', 'manager', 1],
      ['d1', 'direct-report', 1],
      ['d2', 'direct-report', 5],
      ['d3', 'direct-report', 1],
      ['p1', 'peer', 2],
    ];
    for (const [rater, group, score] of raters) items.forEach((item, index) => lines.push([ratee, rater, group, item, String(index === 2 ? 3 : score)].map(quote).join(',')));
  }
  const ratings = join(temp, 'ratings.csv');
  writeFileSync(ratings, `${lines.join('\n')}\n`);
  const settings = join(temp, 'settings.json');
  writeFileSync(settings, JSON.stringify({ readiness: { [ratees[0] as string]: { coaching: false, goalsSet: false } } }));
  return { ratings, instrument, settings, ratees };
}

describe('every Markdown report with hostile text in every field the user supplies', () => {
  it('360: the ratee report, the cohort summary and every --out-dir file', () => {
    const { ratings, instrument, settings, ratees } = hostile360();
    const common = [ratings, '--instrument', instrument, '--settings', settings];
    const cohort = runCliInProcess(['360', ...common]);
    expect(cohort.code, cohort.stderr).toBe(0);
    expectInert(cohort.stdout, 'cohort');
    expect(cohort.stdout).toContain(ESCAPED_TAG);
    for (const ratee of ratees) {
      const report = runCliInProcess(['360', ...common, '--ratee', ratee, '--audience', 'coach']);
      expect(report.code, report.stderr).toBe(0);
      expectInert(report.stdout, ratee);
      expect(report.stdout).toContain(`Competency 0 "&gt;${ESCAPED_TAG}`);
      expect(report.stdout).toMatch(/Blind spots \(self at least 1 scale point above others; the 3 largest\): I1"&gt;&lt;img/);
    }
    const outDir = join(temp, 'out');
    expect(runCliInProcess(['360', ...common, '--out-dir', outDir, '--audience', 'coach']).code).toBe(0);
    for (const name of readdirSync(outDir)) expectInert(readFileSync(join(outDir, name), 'utf8'), name);
  });

  it('iip: the organisation, the date and every evidence text', () => {
    const { file, changed } = hostileFile(sampleTexts.iip, 'evidence.json', (path) => ['iip', path]);
    expect(changed).toBeGreaterThan(0);
    const run = runCliInProcess(['iip', file]);
    expect(run.code, run.stderr).toBe(0);
    expectInert(run.stdout, 'iip');
    expect(run.stdout).toContain(ESCAPED_TAG);
  });

  it('evaluate: the organisation, initiative, periods, groups, costs, benefits, themes, quotes and measures', () => {
    const { file, changed } = hostileFile(sampleTexts.case, 'case.json', (path) => ['evaluate', path]);
    expect(changed).toBeGreaterThan(10);
    const run = runCliInProcess(['evaluate', file]);
    expect(run.code, run.stderr).toBe(0);
    expectInert(run.stdout, 'evaluate');
    expect(run.stdout.split(ESCAPED_TAG).length).toBeGreaterThan(10);
  });

  it('demo: the same renderers on the hostile files', () => {
    const iip = hostileFile(sampleTexts.iip, 'demo-evidence.json', (path) => ['iip', path]).file;
    const evaluation = hostileFile(sampleTexts.case, 'demo-case.json', (path) => ['evaluate', path]).file;
    const texts = { ...sampleTexts, iip: readFileSync(iip, 'utf8'), case: readFileSync(evaluation, 'utf8') };
    const markdown = renderDemoMarkdown(runDemoAnalyses(texts), readInstrumentFile(texts.instrument, 'instrument.json'));
    expectInert(markdown, 'demo');
    expect(markdown).toContain(ESCAPED_TAG);
  });
});
