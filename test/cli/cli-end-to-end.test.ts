// End to end: spawns the built command (`node dist/cli/main.js`, built by `npm test`) on the
// sample organisation and on broken files. Each spawn costs about 100 ms, so assertions are
// grouped per spawn.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratersByGroup, sampleTexts } from './sample-data.js';

const root = resolve(import.meta.dirname, '../..');
const main = join(root, 'dist/cli/main.js');
const data = 'examples/data';
const instrument = `${data}/360-instrument.json`;
const ratings = `${data}/360-ratings.csv`;
const settings = `${data}/360-settings.json`;
const STACK = /\n\s+at /;

let temp = '';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function lmdkit(...args: string[]): Run {
  const result = spawnSync(process.execPath, [main, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LMDKIT_DEBUG: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a command that must fail on its input: exit 1, the message, no stack trace, nothing on stdout. */
function expectInputError(run: Run, message: string | RegExp): void {
  expect(run.code, run.stderr).toBe(1);
  if (typeof message === 'string') expect(run.stderr).toContain(message);
  else expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(STACK);
  expect(run.stdout).toBe('');
}

function write(name: string, text: string): string {
  const path = join(temp, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(() => {
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first (npm test does)`);
  temp = mkdtempSync(join(tmpdir(), 'lmdkit-cli-'));
});

afterAll(() => {
  if (temp !== '') rmSync(temp, { recursive: true, force: true });
});

describe('lmdkit demo', () => {
  it('prints the four parts in order as Markdown, with nothing on stderr', () => {
    const run = lmdkit('demo');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const headings = ['## IIP Leadership & Management assessment: Larkspur Vale Housing', '## Your 360-degree feedback, M07', '## Your development plan, M07', '## M07 a year later: the 2027 cycle', '### Since the last cycle', '## The 360 cohort (20 managers): agreement categories', '## Evaluation: Peer learning circles pilot', '### Return on investment (Phillips)'];
    const positions = headings.map((heading) => run.stdout.indexOf(heading));
    expect(positions.every((position) => position > 0), positions.join()).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(run.stdout).toContain('ROI **172.1%**, benefit-cost ratio 2.72, payback 4.4 months');
    // M07 gets their own page (no category) and their plan; the coach's view is lmdkit 360 --audience coach.
    expect(run.stdout).not.toContain('over-estimator');
    expect(run.stdout).toContain('### 1. Develops people');
    // A year later, M07's change since 2026, read against the measurement's noise, without the statistics.
    expect(run.stdout).toMatch(/\| Develops people +\| 2\.50 \| 3\.60 \| \+1\.10 +\| higher, by more than the measurement's noise \|/);
    expect(run.stdout).not.toContain('RCI');
    // Issue 18 added M07's change a year later (15 lines).
    expect(run.stdout.split('\n').length).toBeLessThan(240);
  });

  it('prints the same results as JSON', () => {
    const run = lmdkit('demo', '--format', 'json');
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as { command: string; result: { feedback360: { rateeId: string }; change: { rateeId: string; cycles: string[] }; cohortAgreement: Record<string, number>; evaluation: { roi: { roiPercent: number } } } };
    expect(output.command).toBe('demo');
    expect(output.result.feedback360.rateeId).toBe('M07');
    expect(output.result.change).toMatchObject({ rateeId: 'M07', cycles: ['2026', '2027'] });
    expect(Object.values(output.result.cohortAgreement).reduce((a, b) => a + b, 0)).toBe(20);
    expect(output.result.evaluation.roi.roiPercent).toBeCloseTo(((48_440 - 17_800) / 17_800) * 100, 10);
  });
});

describe('lmdkit 360', () => {
  it('summarises the cohort', () => {
    const run = lmdkit('360', ratings, '--instrument', instrument, '--settings', settings);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('# 360-degree feedback cohort');
    expect(run.stdout.split('\n').filter((line) => /^\| M\d\d /.test(line))).toHaveLength(20);
  });

  it('reports on M07 in Markdown with no figure of the hidden peer group', () => {
    const run = lmdkit('360', ratings, '--instrument', instrument, '--settings', settings, '--ratee', 'M07', '--audience', 'coach');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('# 360-degree feedback: M07');
    const tables = run.stdout.split('\n').filter((line) => line.startsWith('|')).join('\n');
    expect(tables).toContain('| Competency');
    expect(tables).not.toMatch(/peer/i);
    // M07 has two peers (examples/data/README.md): a peer figure would read "(n=2)". All others
    // pools the manager and the direct reports only.
    const groups = ratersByGroup('M07');
    expect(groups.get('peer')).toBe(2);
    expect(run.stdout).not.toContain(`(n=${groups.get('peer')})`);
    expect(tables).toContain(`(n=${(groups.get('manager') ?? 0) + (groups.get('direct-report') ?? 0)})`);
  });

  it('reports on M07 in JSON with no figure pooling or resting on the two peers', () => {
    const run = lmdkit('360', ratings, '--instrument', instrument, '--settings', settings, '--ratee', 'M07', '--format', 'json', '--audience', 'coach');
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as { command: string; input: { ratee: string }; result: { hiddenGroups: { groups: string[] }[] } };
    expect(output.command).toBe('360');
    expect(output.input.ratee).toBe('M07');
    expect(output.result.hiddenGroups.map((hidden) => hidden.groups)).toContainEqual(['peer']);
    const { hiddenGroups: _hidden, findings: _findings, ...figures } = output.result as unknown as Record<string, unknown>;
    const groupLists: string[][] = [];
    const figures_: { mean: number; n: number }[] = [];
    JSON.stringify(figures, (key, value: unknown) => {
      if (key === 'groups' || key === 'othersGroups') groupLists.push(value as string[]);
      if (value !== null && typeof value === 'object' && 'mean' in value && 'n' in value) figures_.push(value as { mean: number; n: number });
      return value;
    });
    expect(groupLists.length).toBeGreaterThan(10);
    expect(groupLists.filter((groups) => groups.includes('peer'))).toEqual([]);
    // No figure rests on the two peers: none has n = 2, and the all-others n counts no peer.
    const groups = ratersByGroup('M07');
    expect(figures_.length).toBeGreaterThan(20);
    expect(figures_.filter((figure) => figure.n === groups.get('peer'))).toEqual([]);
    const othersN = (groups.get('manager') ?? 0) + (groups.get('direct-report') ?? 0);
    expect((output.result as unknown as { agreement: { othersN: number } }).agreement.othersN).toBe(othersN);
  });

  it('writes an HTML page for one ratee with --out', () => {
    const out = join(temp, 'html', 'M07.html');
    const run = lmdkit('360', ratings, '--instrument', instrument, '--ratee', 'M07', '--format', 'html', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('writes one file per ratee and the cohort file with --out-dir (JSON and HTML)', () => {
    const json = join(temp, 'json-dir');
    expect(lmdkit('360', ratings, '--instrument', instrument, '--settings', settings, '--format', 'json', '--out-dir', json).code).toBe(0);
    const files = readdirSync(json).sort();
    expect(files).toHaveLength(21);
    expect(files).toContain('cohort.json');
    expect(files).toContain('M07.json');
    expect((JSON.parse(readFileSync(join(json, 'M12.json'), 'utf8')) as { input: { ratee: string } }).input.ratee).toBe('M12');
    const html = join(temp, 'html-dir');
    const run = lmdkit('360', ratings, '--instrument', instrument, '--format', 'html', '--out-dir', html);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(readdirSync(html).filter((name) => name.endsWith('.html'))).toHaveLength(20);
    expect(readdirSync(html)).toContain('cohort.md');
  });

  it('shows progress on stderr for a large cycle (60,000 rows), never on stdout, and none with --quiet', () => {
    const lines = ['ratee_id,rater_id,rater_group,item_id,score'];
    const items = ['D1', 'D2', 'D3', 'P1', 'P2', 'P3', 'C1', 'C2', 'C3', 'T1', 'T2', 'T3', 'R1', 'R2', 'R3'];
    const groups = ['self', 'manager', 'peer', 'peer', 'peer', 'direct-report', 'direct-report', 'direct-report', 'direct-report', 'other'];
    for (let ratee = 0; ratee < 400; ratee += 1) {
      groups.forEach((group, rater) => {
        for (const [index, item] of items.entries()) lines.push(`X${ratee},X${ratee}-${rater},${group},${item},${1 + ((ratee + rater + index) % 5)}`);
      });
    }
    expect(lines.length - 1).toBe(60_000);
    const big = write('big.csv', `${lines.join('\n')}\n`);
    const out = join(temp, 'big-dir');
    const run = lmdkit('360', big, '--instrument', instrument, '--out-dir', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^lmdkit: read 60,000 rows about 400 ratees in \d+\.\d s$/m);
    expect(run.stderr).toMatch(/^lmdkit: interpreted 400 ratees in \d+\.\d s$/m);
    expect(run.stderr.match(/^lmdkit: wrote \d+ of 400 ratee files \(\d+%\)$/gm)).toHaveLength(10);
    expect(readdirSync(out)).toHaveLength(401);
    const quiet = lmdkit('360', big, '--instrument', instrument, '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toContain('400 ratees');
  });
});

describe('lmdkit iip and evaluate', () => {
  it('assesses the sample evidence in Markdown and in JSON to a file', () => {
    const markdown = lmdkit('iip', `${data}/iip-evidence.json`);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain('# IIP Leadership & Management assessment: Larkspur Vale Housing (fictional)');
    const out = join(temp, 'iip.json');
    expect(lmdkit('iip', `${data}/iip-evidence.json`, '--format', 'json', '--out', out).stdout).toBe('');
    const output = JSON.parse(readFileSync(out, 'utf8')) as { command: string; result: { indicators: unknown[] } };
    expect(output.command).toBe('iip');
    expect(output.result.indicators).toHaveLength(9);
  });

  it('evaluates the sample pilot in Markdown and JSON', () => {
    const markdown = lmdkit('evaluate', `${data}/evaluation-case.json`);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain('## Evidence chain');
    expect(markdown.stdout).toContain('## Themes in the comments and interviews');
    const json = lmdkit('evaluate', `${data}/evaluation-case.json`, '--format', 'json');
    const output = JSON.parse(json.stdout) as { result: { differenceInDifferences: { turnoverPoints: number } } };
    const turnover = (leavers: number, headcount: number) => (leavers / headcount) * 100;
    expect(output.result.differenceInDifferences.turnoverPoints).toBeCloseTo(turnover(5, 63) - turnover(9, 64) - (turnover(7, 59) - turnover(8, 58)), 10);
  });
});

describe('help and version', () => {
  it('prints each help text with options, an example and the exit codes', () => {
    for (const args of [['--help'], ['360', '--help'], ['iip', '--help'], ['evaluate', '--help'], ['demo', '--help']]) {
      const run = lmdkit(...args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: lmdkit/);
      expect(run.stdout).toContain('Example:');
      expect(run.stdout).toContain('Exit codes:');
    }
    expect(lmdkit('360', '--help').stdout).toContain('Run with --explain first to see how each column is read.');
    const version = lmdkit('--version');
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });
});

describe('broken files', () => {
  const header = 'ratee_id,rater_id,rater_group,item_id,score';
  const good = sampleTexts.ratings.trim().split('\n').slice(1, 6);

  it('rejects a bad score, an unknown group, a missing column and an unterminated quote (exit 1)', () => {
    const badScore = write('bad-score.csv', [header, ...good, 'M01,r9,peer,D1,4.5'].join('\n'));
    expectInputError(lmdkit('360', badScore, '--instrument', instrument), `${badScore} line 7, column "score": expected a whole number from 1 to 5, one of the labels "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree", a not-observed answer ("Not observed", "Don't know") or a blank (received "4.5")`);
    // "Boss" reads as manager since issue 15; an unknown label is named with what is expected.
    const badGroup = write('bad-group.csv', ['Ratee ID,Rater ID,Rater Group,Item ID,Score', ...good, 'M01,r9,Neighbour,D1,4'].join('\n'));
    expectInputError(lmdkit('360', badGroup, '--instrument', instrument), `${badGroup} line 7, column "Rater Group": expected one of self, manager, peer, direct-report, other, or a common relationship label`);
    const noScore = write('no-score.csv', ['ratee_id,rater_id,rater_group,item_id', 'M01,r1,self,D1'].join('\n'));
    expectInputError(lmdkit('360', noScore, '--instrument', instrument), `${noScore} line 1: missing column "score"`);
    const quote = write('quote.csv', [header, ...good, 'M01,"r9,peer,D1,4'].join('\n'));
    expectInputError(lmdkit('360', quote, '--instrument', instrument), `${quote} line 7: a quoted value is never closed`);
  });

  it('rejects a library input error found after reading, naming the CSV line', () => {
    const twice = write('twice.csv', [header, 'M01,r1,self,D1,4', 'M01,r2,peer,D1,3', 'M01,r2,peer,D1,5'].join('\n'));
    expectInputError(lmdkit('360', twice, '--instrument', instrument), new RegExp(`${twice.replace(/[.]/g, '\\.')} line 4, column "item_id": rater "r2" already rated this item in line 3`));
  });

  it('rejects broken JSON: a syntax error with line and column, a schema error with the path (exit 1)', () => {
    const syntax = write('syntax.json', '{\n  "organisation": "A",\n  "evidence": [,]\n}\n');
    expectInputError(lmdkit('iip', syntax), `${syntax} line 3, column 16: not valid JSON: expected a value (found ",")`);
    const schema = write('schema.json', JSON.stringify({ organisation: 'A', evidence: [{ requirementId: 'LM1.1', audience: 'boss', source: 'interview', supports: 'yes' }] }));
    expectInputError(lmdkit('iip', schema), `${schema}, at evidence[0].audience: expected one of`);
    const instrumentSchema = write('instrument.json', '{"scale": {"min": 1, "max": 5}, "competencies": [], "items": []}');
    expectInputError(lmdkit('360', ratings, '--instrument', instrumentSchema), `${instrumentSchema}, at competencies:`);
    expectInputError(lmdkit('evaluate', join(temp, 'missing.json')), 'missing.json: cannot read the file (no such file or folder)');
  });

  it('rejects usage errors with exit 2 and a pointer to --help', () => {
    const cases: [string[], string][] = [
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['360', ratings, '--instrument', instrument, '--colour'], "Unknown option '--colour'"],
      [['360', ratings], 'missing --instrument <file.json>'],
      [['iip'], 'missing the <evidence.json> argument'],
      [['evaluate', `${data}/evaluation-case.json`, '--format', 'html'], '--format html is only for the 360 report'],
    ];
    for (const [args, message] of cases) {
      const run = lmdkit(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('--help" for usage.');
      expect(run.stderr).not.toMatch(STACK);
    }
  });

  // Audit of issue 7: files as users produce them, through the built command. Each must fail with
  // exit 1 and one message naming the file, print nothing on stdout and leave no --out file.
  it('rejects real-world bad files with exit 1, a message naming the file, and no --out file', () => {
    const out = join(temp, 'never-written.md');
    const binary = write('binary.csv', `\u007fELF\u0002\u0001\u0000\u0000${'\u0000'.repeat(40)}`);
    const folder = join(temp, 'folder.csv');
    mkdirSync(folder);
    const duplicate = write('duplicate.json', '{\n  "policy": { "minGroupSize": 5 },\n  "policy": { "minGroupSize": 3 }\n}\n');
    const comment = write('comment.json', '// evidence\n{ "organisation": "A", "evidence": [] }\n');
    const nullCase = write('null.json', 'null');
    const cases: [string[], string][] = [
      [['360', binary, '--instrument', instrument, '--out', out], `${binary}: not a text file (it holds NUL bytes`],
      [['360', folder, '--instrument', instrument, '--out', out], `${folder}: cannot read the file (it is a folder, not a file)`],
      [['360', ratings, '--instrument', instrument, '--settings', duplicate, '--out', out], `${duplicate} line 3, column 3: not valid JSON: the key "policy" appears twice in the same object (first at line 2); keep one`],
      [['iip', comment, '--out', out], `${comment} line 1, column 1: not valid JSON: comments are not allowed in JSON`],
      [['evaluate', nullCase, '--out', out], `${nullCase}: expected a JSON object { … } (received null)`],
    ];
    for (const [args, message] of cases) {
      expectInputError(lmdkit(...args), message);
      expect(existsSync(out), args.join(' ')).toBe(false);
    }
  });

  it('reads the sample cycle saved by Excel in a decimal-comma locale (";", BOM, CRLF) to the same report', () => {
    const excel = write('excel.csv', `\uFEFF${sampleTexts.ratings.trim().replace(/,/g, ';').split('\n').join('\r\n')}\r\n`);
    const fromExcel = lmdkit('360', excel, '--instrument', instrument, '--settings', settings, '--ratee', 'M07');
    const original = lmdkit('360', ratings, '--instrument', instrument, '--settings', settings, '--ratee', 'M07');
    expect(fromExcel.code, fromExcel.stderr).toBe(0);
    expect(fromExcel.stdout).toBe(original.stdout);
  });

  it('gives a subcommand’s help for "lmdkit help <command>"', () => {
    const run = lmdkit('help', '360');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(lmdkit('360', '--help').stdout);
  });
});
