// Deno smoke test (issue 7, "Runtime smoke tests"): the packed tarball, installed into a fresh
// project, imported by Deno through `npm:` specifiers (`npm:lmdkit`, `npm:lmdkit/indicators`,
// `npm:lmdkit/lmd`, `npm:lmdkit/evaluation`, `npm:lmdkit/report`, `npm:lmdkit/import`), run and type-checked. Deno is
// the registry's `deno` package, a devDependency (`node_modules/.bin/deno`).
//
// No network. lmdkit is not published, and JSR and deno.land are out of reach here, so every
// `npm:` specifier must resolve from the project's own `node_modules`. That is Deno's supported
// "manual" mode: a `deno.json` with `"nodeModulesDir": "manual"` beside a `package.json` makes
// Deno use the existing `node_modules` as it stands (npm installed it) and never install or fetch
// npm packages itself. Checked by hand with `strace -f -e trace=connect` on `deno run` and
// `deno check` (Deno 2.9.6): no connection was attempted. The test guards the same thing in three
// ways (`prepareDenoProject` in test/helpers/packed-install.ts): Deno runs with `--cached-only`
// (it fails rather than fetch) and `--no-remote`, its npm registry points at a closed local port,
// and its fresh `DENO_DIR` must hold no npm package afterwards. And
// `import.meta.resolve('npm:lmdkit')` must name the file in the project's node_modules. (With the
// package missing from node_modules, manual mode fails at once with "Could not find a matching
// package ... in the node_modules directory" and, again, no connection.)
//
// Least permissions: none. Loading modules from node_modules needs no `--allow-read`, and the
// script reads no file, no environment variable and no network. Deno records every permission
// check, granted or denied (DENO_AUDIT_PERMISSIONS), and the test requires none: a library that
// tried the network and caught the refusal would otherwise pass.
//
// Timings with a warm npm cache (Deno 2.9.6, 2 shared cores): the whole file about 5 s alone and
// 7 s within the full suite; packing and installing 2-4 s, `deno run` 0.3 s, `deno check` 2-3 s
// (its type checker starts cold in each fresh DENO_DIR).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackedLmdkit, prepareDenoProject, type DenoProject, type PackedInstall } from '../helpers/packed-install.js';

// Runs in Deno. Plain checks (no `jsr:@std/assert`: JSR is out of reach) that print `ok` last, so
// a script that stops early cannot pass. The @ts-expect-error lines are for `deno check`: had an
// entry resolved to no declarations (or to `any`), they would be unused and the check would fail.
const mainTs = `
import { LmdInputError, mean, type LmIndicatorId } from 'npm:lmdkit';
import { assessLmModel, type LmAssessment } from 'npm:lmdkit/indicators';
import { interpret360, type Feedback360Report } from 'npm:lmdkit/lmd';
import { phillipsRoi, turnoverRate } from 'npm:lmdkit/evaluation';
import { escapeMarkdownText, render360Markdown } from 'npm:lmdkit/report';
import { readSurveyExport, type SurveyExport } from 'npm:lmdkit/import';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(\`check failed: \${what}\`);
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

check(import.meta.resolve('npm:lmdkit').endsWith('/node_modules/lmdkit/dist/index.js'), 'lmdkit resolves from the local node_modules');

check(mean([1, 2, 3]) === 2, 'mean');

const assessment: LmAssessment = assessLmModel([
  { requirementId: 'LM2.1', audience: 'top-managers', source: 'interview', supports: 'yes' },
]);
check(assessment.indicators.length === 9 && assessment.meetsModel === false, 'assessLmModel');
const indicator: LmIndicatorId = 'LM3';
check(indicator === 'LM3', 'literal id type');
// @ts-expect-error 'LM10' is not an L&M indicator id
const notAnIndicator: LmIndicatorId = 'LM10';
check(String(notAnIndicator) === 'LM10', 'the value itself is only a string');

const report: Feedback360Report = interpret360({
  instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
  ratings: [
    { raterId: 'me', group: 'self', itemId: 'i', score: 5 },
    { raterId: 'p1', group: 'peer', itemId: 'i', score: 3 },
    { raterId: 'p2', group: 'peer', itemId: 'i', score: 3 },
    { raterId: 'p3', group: 'peer', itemId: 'i', score: 3 },
    { raterId: 'p4', group: 'peer', itemId: 'i', score: 3 },
    { raterId: 'd1', group: 'direct-report', itemId: 'i', score: 1 },
  ],
});
check(report.agreement?.category === 'over-estimator', 'interpret360 agreement');
check(JSON.stringify(report.hiddenGroups) === '[{"groups":["direct-report"],"reason":"below-minimum-group-size"}]', 'hidden group');
const page: string = render360Markdown(report, {
  rateeId: 'M<07>',
  instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
});
check(page.includes('M&lt;07&gt;') && !page.includes('M<07>'), 'render360Markdown escapes the ratee id');
check(escapeMarkdownText('[a]') === '\\\\[a\\\\]', 'escapeMarkdownText');

const roi = phillipsRoi({
  benefits: [{ label: 'Fewer errors', annualValue: 10_000, attribution: 0.5, confidence: 0.8 }],
  costs: [{ label: 'Workshop', amount: 4_000, category: 'delivery' }],
});
check(roi.roiPercent === 0 && roi.benefitCostRatio === 1, 'phillipsRoi');
check(turnoverRate({ leavers: 18, averageHeadcount: 150 }) === 12, 'turnoverRate');

// One class across the entries: errors thrown by the lmd and evaluation entries are instances of
// the class the root entry exports.
const fromLmd = thrown(() => interpret360({ instrument: {}, ratings: [] } as never));
const fromEvaluation = thrown(() => turnoverRate({ leavers: 1, averageHeadcount: 0 }));
check(fromLmd instanceof LmdInputError && fromEvaluation instanceof LmdInputError, 'LmdInputError is shared');
check(fromEvaluation instanceof Error && (fromEvaluation as LmdInputError).issues.length > 0, 'LmdInputError carries issues');
// @ts-expect-error phillipsRoi needs costs
thrown(() => phillipsRoi({ benefits: [] }));

const survey: SurveyExport = readSurveyExport('\\uFEFFRatee,Relationship,"Rate: [Coaches well]"\\r\\nM07,I report to them,4\\r\\n', {
  instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c', text: 'Coaches well' }] },
});
check(JSON.stringify(survey.ratings) === '[{"rateeId":"M07","raterId":"row-2","group":"direct-report","itemId":"i","score":4}]', 'readSurveyExport');
check(thrown(() => readSurveyExport('', { instrument: {} } as never)) instanceof LmdInputError, 'readSurveyExport throws LmdInputError');

console.log('ok');
`;

let packed: PackedInstall | undefined;
let project: DenoProject | undefined;

/** The prepared Deno project (set up by `beforeAll`). */
function denoProject(): DenoProject {
  if (project === undefined) throw new Error('the Deno project was not prepared');
  return project;
}

describe('the packed tarball in Deno, through npm: specifiers', { timeout: 120_000 }, () => {
  beforeAll(() => {
    packed = installPackedLmdkit({ prefix: 'lmdkit-deno-' });
    project = prepareDenoProject(packed);
    writeFileSync(join(packed.projectDir, 'main.ts'), mainTs);
  }, 180_000);

  afterAll(() => {
    packed?.remove();
  });

  it('uses Deno 2 from the deno devDependency', () => {
    expect(denoProject().deno(['--version'])).toMatch(/^deno 2\.\d+\.\d+ /);
  });

  it('runs one function from each entry with no permissions and prints ok', () => {
    expect(denoProject().deno(['run', '--cached-only', '--no-remote', 'main.ts'])).toBe('ok\n');
  });

  it('type-checks main.ts against the packed declarations', () => {
    expect(denoProject().deno(['check', '--cached-only', '--no-remote', 'main.ts'])).toBe('');
  });

  it('asked for no permission at all: no network, file, environment or process access, not even a denied one', () => {
    // Recorded by DENO_AUDIT_PERMISSIONS during the run above; a caught, denied fetch shows here.
    expect(denoProject().permissionAccesses()).toEqual([]);
  });

  it('fetched nothing: no npm package in DENO_DIR and no lockfile written', () => {
    expect(denoProject().fetchedNpmPackages()).toEqual([]);
    expect(existsSync(join(packed?.projectDir ?? '', 'deno.lock'))).toBe(false);
  });
});
