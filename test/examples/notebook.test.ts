// The notebook example (issue 7): examples/notebook.ipynb is for the Deno Jupyter kernel. This
// test checks the file is a clean nbformat 4 notebook for that kernel (outputs cleared, so it stays
// small and diffs stay readable), then runs its code cells, in order and joined into one module, as
// a plain script with Deno, against the packed lmdkit installed in a fresh project (no network:
// see test/package/deno-smoke.test.ts and `prepareDenoProject`) with examples/data copied to
// ./data, exactly as the notebook reads it from its own folder. The figures it prints are checked
// against the same figures computed here in Node from the built dist/. A second run puts a
// stand-in for Deno's Jupyter API in place, so the branches that display the chart and the tables
// in Jupyter run as well (no Jupyter kernel is installed here to run the notebook itself).
// Anonymity is checked by figure, not only by word: every decimal the 360 part prints must be one
// of M07's report figures, so a cell that printed the hidden peers' mean under any label fails.
// And Deno's permission audit must show reads of ./data and nothing else.
//
// Timings with a warm npm cache (Deno 2.9.6, 2 shared cores): the whole file about 6.5 s alone and
// 9 s within the full suite; packing and installing 2-4 s (once for the file), `deno run` 0.5 s,
// `deno check` 2.5-3 s.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackedLmdkit, prepareDenoProject, repositoryRoot, type DenoProject, type PackedInstall } from '../helpers/packed-install.js';

const notebookPath = join(repositoryRoot, 'examples/notebook.ipynb');
const dataFolder = join(repositoryRoot, 'examples/data');

/** A notebook cell as nbformat 4 stores it (the fields this test reads). */
interface NotebookCell {
  readonly cell_type: unknown;
  readonly id?: unknown;
  readonly metadata?: unknown;
  readonly source: unknown;
  readonly outputs?: unknown;
  readonly execution_count?: unknown;
}

/** A notebook as nbformat 4 stores it (the fields this test reads). */
interface Notebook {
  readonly nbformat: unknown;
  readonly nbformat_minor: unknown;
  readonly metadata: {
    readonly kernelspec?: unknown;
    readonly language_info?: { readonly name?: unknown; readonly file_extension?: unknown };
  };
  readonly cells: readonly NotebookCell[];
}

const notebook = JSON.parse(readFileSync(notebookPath, 'utf8')) as Notebook;

/** A cell's source as one string (nbformat allows a string or a list of lines). */
function sourceOf(cell: NotebookCell): string {
  if (typeof cell.source === 'string') return cell.source;
  if (Array.isArray(cell.source) && cell.source.every((line) => typeof line === 'string')) return cell.source.join('');
  throw new Error(`cell ${String(cell.id)} has no text source`);
}

/** The code cells, in notebook order, as one TypeScript module. */
const notebookModule = `${notebook.cells
  .filter((cell) => cell.cell_type === 'code')
  .map(sourceOf)
  .join('\n\n')}\n`;

// Independent expectations: the same analysis in Node, from the built library.
type LmdModule = typeof import('../../src/lmd/index.js');
type EvaluationModule = typeof import('../../src/evaluation/index.js');

interface Expected {
  readonly m07Category: string;
  readonly chartValues: number;
  readonly chartSources: readonly string[];
  readonly hiddenGroups: readonly string[];
  readonly m07PeerRaterIds: readonly string[];
  readonly m07OtherRaterIds: readonly string[];
  readonly m07Published: readonly number[];
  readonly m07HiddenOnly: readonly number[];
  readonly roiPercent: number;
  readonly rates: readonly { readonly group: string; readonly measure: string; readonly before: number; readonly after: number }[];
}

/** Every number in a report: all of it is published, so the notebook may print any of them. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

interface FigureRating {
  readonly rateeId: string;
  readonly group: string;
  readonly itemId: string;
  readonly score: number | null;
}

/**
 * Figures only M07's hidden raters could produce: each hidden group's mean on each item, on each
 * competency (mean of item means, and over all its scores) and overall, and the all-others mean
 * per item had the hidden groups been pooled into it.
 */
function hiddenOnlyFigures(instrument: { readonly items: readonly { readonly id: string; readonly competencyId: string }[] }, ratings: readonly FigureRating[], hidden: readonly string[]): number[] {
  const average = (values: readonly number[]): number[] => (values.length === 0 ? [] : [values.reduce((sum, value) => sum + value, 0) / values.length]);
  const scored = ratings.filter((rating) => rating.rateeId === 'M07' && rating.score !== null);
  const scoresOf = (groups: readonly string[], itemIds: readonly string[]): number[] =>
    scored.filter((rating) => groups.includes(rating.group) && itemIds.includes(rating.itemId)).map((rating) => rating.score as number);
  const figures: number[] = [];
  const allItems = instrument.items.map((item) => item.id);
  for (const groups of [...hidden.map((group) => [group]), hidden, ['manager', 'direct-report', ...hidden]]) {
    const itemMeans = allItems.flatMap((itemId) => average(scoresOf(groups, [itemId])));
    figures.push(...itemMeans, ...average(scoresOf(groups, allItems)));
    for (const competencyId of new Set(instrument.items.map((item) => item.competencyId))) {
      const itemIds = instrument.items.filter((item) => item.competencyId === competencyId).map((item) => item.id);
      figures.push(...average(itemIds.flatMap((itemId) => average(scoresOf(groups, [itemId])))), ...average(scoresOf(groups, itemIds)));
    }
  }
  return figures;
}

/** Whether a printed decimal (`2.17`, `3.5`) is some figure of a list, rounded to as many places as it shows. */
function isOneOf(printed: string, figures: readonly number[]): boolean {
  const places = printed.split('.')[1]?.length ?? 0;
  return figures.some((figure) => Number(figure.toFixed(places)) === Number(printed));
}

async function expectedFigures(): Promise<Expected> {
  const lmd = (await import(pathToFileURL(join(repositoryRoot, 'dist/lmd/index.js')).href)) as LmdModule;
  const evaluation = (await import(pathToFileURL(join(repositoryRoot, 'dist/evaluation/index.js')).href)) as EvaluationModule;
  const instrument = JSON.parse(readFileSync(join(dataFolder, '360-instrument.json'), 'utf8')) as Parameters<LmdModule['interpret360']>[0]['instrument'];
  const rows = parse(readFileSync(join(dataFolder, '360-ratings.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as readonly Record<string, string>[];
  const ratings = rows.map((row) => ({
    rateeId: String(row['ratee_id']),
    raterId: String(row['rater_id']),
    group: row['rater_group'] as 'self',
    itemId: String(row['item_id']),
    score: row['score'] === '' ? null : Number(row['score']),
  }));
  const report = lmd.interpret360Cohort({ instrument, ratings }).ratees.find((ratee) => ratee.rateeId === 'M07')?.report;
  if (report?.agreement == null) throw new Error('M07 has no agreement in Node');
  const chartRows = (lmd.selfOthersChartSpec(report)['data'] as { readonly values: readonly { readonly source: string }[] }).values;
  const ratersOf = (group: string): string[] => [
    ...new Set(rows.filter((row) => row['ratee_id'] === 'M07' && row['rater_group'] === group).map((row) => String(row['rater_id']))),
  ];

  interface Period {
    readonly averageHeadcount: number;
    readonly leavers: number;
    readonly hoursLost: number;
    readonly hoursAvailable: number;
  }
  interface Group {
    readonly name: string;
    readonly before: Period;
    readonly after: Period;
  }
  const evaluationCase = JSON.parse(readFileSync(join(dataFolder, 'evaluation-case.json'), 'utf8')) as {
    readonly workforce: { readonly pilot: Group; readonly comparison: Group };
    readonly roi: Parameters<EvaluationModule['phillipsRoi']>[0];
  };
  const turnover = (period: Period): number => evaluation.turnoverRate({ leavers: period.leavers, averageHeadcount: period.averageHeadcount });
  const lostTime = (period: Period): number => evaluation.lostTimeRate({ hoursLost: period.hoursLost, hoursAvailable: period.hoursAvailable });
  const groups = [evaluationCase.workforce.pilot, evaluationCase.workforce.comparison];
  return {
    m07Category: report.agreement.category,
    chartValues: chartRows.length,
    chartSources: [...new Set(chartRows.map((row) => row.source))],
    hiddenGroups: report.hiddenGroups.flatMap((hidden) => hidden.groups),
    m07PeerRaterIds: ratersOf('peer'),
    m07OtherRaterIds: ratersOf('other'),
    m07Published: numbersIn(report),
    m07HiddenOnly: hiddenOnlyFigures(instrument, ratings, report.hiddenGroups.flatMap((hidden) => hidden.groups)),
    roiPercent: evaluation.phillipsRoi(evaluationCase.roi).roiPercent,
    rates: groups.flatMap((group) => [
      { group: group.name, measure: 'Turnover %', before: turnover(group.before), after: turnover(group.after) },
      { group: group.name, measure: 'Lost time %', before: lostTime(group.before), after: lostTime(group.after) },
    ]),
  };
}

// Stands in for the Deno kernel, whose `Deno.jupyter` exists only under `deno jupyter` (elsewhere
// reading it throws, which is how the notebook knows it runs as a script; assigning it is allowed).
// It records what the notebook would display, so the Jupyter-only branches run here too.
const jupyterHarness = `
const displayed: { readonly bundle: unknown; readonly options: unknown }[] = [];
const standIn = {
  display: (bundle: unknown, options?: unknown): Promise<void> => {
    displayed.push({ bundle, options: options ?? null });
    return Promise.resolve();
  },
  md: (strings: TemplateStringsArray, ...values: unknown[]) => ({ 'text/markdown': String.raw({ raw: strings }, ...values) }),
};
(Deno as unknown as { jupyter: unknown }).jupyter = standIn;
await import('./notebook.ts');
console.log(\`DISPLAYED \${JSON.stringify(displayed)}\`);
`;

/** What the notebook displayed through the stand-in kernel: a MIME bundle and the display options. */
interface Displayed {
  readonly bundle: Readonly<Record<string, unknown>>;
  readonly options: unknown;
}

let packed: PackedInstall | undefined;
let project: DenoProject | undefined;
let output = '';
let displayed: readonly Displayed[] = [];
let expected: Expected | undefined;

/** The figures computed in Node (set up by `beforeAll`). */
function expectations(): Expected {
  if (expected === undefined) throw new Error('the expected figures were not computed');
  return expected;
}

describe('examples/notebook.ipynb', () => {
  it('is an nbformat 4 notebook for the Deno kernel', () => {
    expect(notebook.nbformat).toBe(4);
    expect(notebook.nbformat_minor).toBeGreaterThanOrEqual(5);
    expect(notebook.metadata.kernelspec).toEqual({ name: 'deno', display_name: 'Deno', language: 'typescript' });
    expect(notebook.metadata.language_info?.name).toBe('typescript');
    expect(notebook.metadata.language_info?.file_extension).toBe('.ts');
    expect(notebook.cells.length).toBeGreaterThanOrEqual(8);
    expect(notebook.cells.length).toBeLessThanOrEqual(14);
    // nbformat 4.5: every cell has a unique id of 1-64 letters, digits, '-' or '_'.
    const ids = notebook.cells.map((cell) => cell.id);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cell of notebook.cells) {
      expect(['markdown', 'code']).toContain(cell.cell_type);
      expect(cell.metadata).toEqual({});
      expect(sourceOf(cell).trim()).not.toBe('');
    }
  });

  it('is stored without outputs or execution counts', () => {
    const code = notebook.cells.filter((cell) => cell.cell_type === 'code');
    expect(code.length).toBeGreaterThanOrEqual(4);
    for (const cell of code) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
    for (const cell of notebook.cells.filter((cell) => cell.cell_type === 'markdown')) {
      expect(cell).not.toHaveProperty('outputs');
      expect(cell).not.toHaveProperty('execution_count');
    }
  });

  it('imports lmdkit and csv-parse with npm: specifiers only', () => {
    const specifiers = [...notebookModule.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(specifiers).toEqual(['npm:csv-parse/sync', 'npm:lmdkit/lmd', 'npm:lmdkit/evaluation']);
  });
});

describe('the notebook, run as a script with Deno against the packed lmdkit', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    expected = await expectedFigures();
    packed = installPackedLmdkit({ prefix: 'lmdkit-notebook-' });
    project = prepareDenoProject(packed);
    cpSync(dataFolder, join(packed.projectDir, 'data'), { recursive: true });
    writeFileSync(join(packed.projectDir, 'notebook.ts'), notebookModule);
    // Least permissions: it reads the data folder and nothing else.
    output = project.deno(['run', '--cached-only', '--no-remote', '--allow-read=data', 'notebook.ts']);
    writeFileSync(join(packed.projectDir, 'jupyter-harness.ts'), jupyterHarness);
    const harnessOutput = project.deno(['run', '--cached-only', '--no-remote', '--allow-read=data', 'jupyter-harness.ts']);
    const lastLine = harnessOutput.trimEnd().split('\n').at(-1) ?? '';
    if (!lastLine.startsWith('DISPLAYED ')) throw new Error(`the Jupyter harness did not finish:\n${harnessOutput}`);
    displayed = JSON.parse(lastLine.slice('DISPLAYED '.length)) as Displayed[];
  }, 180_000);

  afterAll(() => {
    packed?.remove();
  });

  it('reads the whole 360 cycle', () => {
    expect(output).toContain('Read 3240 ratings about 20 managers');
  });

  it("prints M07's agreement category", () => {
    expect(output).toContain(`M07 agreement: ${expectations().m07Category} (`);
    expect(expectations().m07Category).toBe('over-estimator');
  });

  it('prints the chart spec with as many bars as the chart has values', () => {
    expect(output).toContain(`Chart: Self and others by competency, ${expectations().chartValues} bars`);
    const tableRows = output.split('\n').filter((line) => /^│\s*\d+\s*│/.test(line));
    const chartRows = tableRows.filter((line) => expectations().chartSources.some((source) => line.includes(`"${source}"`)));
    expect(chartRows).toHaveLength(expectations().chartValues);
  });

  it('prints nothing of the hidden peer and other groups but that they are hidden, and why', () => {
    expect(expectations().hiddenGroups).toEqual(['peer', 'other']);
    expect(expectations().chartSources).not.toContain('Peers');
    for (const raterId of expectations().m07PeerRaterIds.concat(expectations().m07OtherRaterIds)) expect(output).not.toContain(raterId);
    // In the 360 part of the output (the evaluation part starts with "<initiative>: before = …" and
    // is about peer learning circles), every line that names the peers says they are hidden.
    const evaluationStart = output.search(/^.*: before = /m);
    expect(evaluationStart).toBeGreaterThan(0);
    const feedbackLines = output.slice(0, evaluationStart).split('\n');
    const peerLines = feedbackLines.filter((line) => /peer/i.test(line));
    expect(peerLines.length).toBeGreaterThan(0);
    for (const line of peerLines) expect(line).toMatch(/left out of every figure|Not shown, to protect anonymity/);
    expect(output).toContain('Hidden: Peers (below-minimum-group-size): fewer than 3 of these raters answered');
  });

  it('does not tell, in its own words either, how many raters a hidden group had', () => {
    const prose = notebook.cells.filter((cell) => cell.cell_type === 'markdown').map(sourceOf).join('\n');
    const counted = /\b(?:\d+|one|two|three|four|only|a couple of)\s+(?:of\s+\S+\s+)?(?:peers?|`?other`?\s+raters?)\b/gi;
    expect(prose.match(counted) ?? []).toEqual([]);
  });

  it('prints no figure of the hidden raters: every decimal in the 360 part is one of the report\u2019s own figures', () => {
    const feedbackPart = output.slice(0, output.search(/^.*: before = /m));
    const printed = feedbackPart.match(/(?<![\w.])-?\d+\.\d+(?![\d.])/g) ?? [];
    expect(printed.length).toBeGreaterThan(20);
    expect(printed.filter((text) => !isOneOf(text, expectations().m07Published))).toEqual([]);
    // The check has teeth: most of the hidden raters' own figures are no published figure.
    const hiddenOnly = expectations().m07HiddenOnly.map((figure) => figure.toFixed(2)).filter((text) => !isOneOf(text, expectations().m07Published));
    expect(hiddenOnly.length).toBeGreaterThan(10);
  });

  it('asked Deno only to read its data folder', () => {
    const accesses = project?.permissionAccesses() ?? [];
    expect(accesses.length).toBeGreaterThan(0);
    expect(accesses.filter((access) => access.permission !== 'read' || !/^(\.\/)?data\//.test(access.value ?? ''))).toEqual([]);
  });

  it('prints the turnover and lost-time rates before and after, for both groups', () => {
    const lines = output.split('\n');
    for (const rate of expectations().rates) {
      const shown = (value: number): string => String(Number(value.toFixed(1)));
      const line = lines.find((candidate) => candidate.includes(`"${rate.group}"`) && candidate.includes(`"${rate.measure}"`));
      expect(line, `${rate.group}, ${rate.measure}`).toBeDefined();
      expect(line).toMatch(new RegExp(`│ ${shown(rate.before).replace('.', '\\.')}\\s+│ ${shown(rate.after).replace('.', '\\.')}\\s+│`));
    }
  });

  it('prints the Phillips ROI', () => {
    expect(output).toContain(`ROI: ${expectations().roiPercent.toFixed(1)}%`);
    // The sample's benefits are isolated by a comparison group and counted once (issue 20).
    expect(expectations().roiPercent.toFixed(1)).toBe('172.1');
  });

  it('under Jupyter, displays the Vega-Lite v5 chart and the two tables as Markdown', () => {
    expect(displayed.map((entry) => Object.keys(entry.bundle))).toEqual([
      ['application/vnd.vegalite.v5+json'],
      ['text/markdown'],
      ['text/markdown'],
    ]);
    const [chart, rates, roi] = displayed;
    expect(chart?.options).toEqual({ raw: true });
    const spec = chart?.bundle['application/vnd.vegalite.v5+json'] as { $schema: string; data: { values: { source: string }[] } };
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect(spec.data.values).toHaveLength(expectations().chartValues);
    expect(spec.data.values.map((row) => row.source)).not.toContain('Peers');
    const ratesTable = String(rates?.bundle['text/markdown']);
    expect(ratesTable.split('\n')).toHaveLength(2 + expectations().rates.length);
    expect(ratesTable).toContain('| Group | Measure | Before | After | Change |');
    expect(String(roi?.bundle['text/markdown'])).toContain(`| ROI | ${expectations().roiPercent.toFixed(1)}% |`);
  });

  it('type-checks as one module with Deno', () => {
    expect(project?.deno(['check', '--cached-only', '--no-remote', 'notebook.ts'])).toBe('');
  });

  it('fetched nothing from the network', () => {
    expect(project?.fetchedNpmPackages()).toEqual([]);
  });
});
