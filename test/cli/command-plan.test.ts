// lmdkit plan: the sample manager's development plan from the wide export and the plan choices
// file, for the person (no coach's checks) and for the coach, as Markdown and JSON.
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { dataDir } from './sample-data.js';

const common = ['plan', `${dataDir}/360-export-wide.csv`, '--instrument', `${dataDir}/360-instrument.json`, '--choices', `${dataDir}/360-plan-choices.json`, '--ratee', 'M07', '--settings', `${dataDir}/360-settings.json`];

describe('lmdkit plan', () => {
  it('writes the person’s plan by default: priorities, development that fits, goals, re-rating; no coach’s checks', () => {
    const run = runCliInProcess(common);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^# Your development plan, M07\n/);
    expect(run.stdout).toContain('## 1. Develops people');
    expect(run.stdout).toContain('## Measuring again');
    expect(run.stdout).not.toMatch(/DEVPLAN_|Checks for the coach/);
  });

  it('adds the coach’s checks with --audience coach, and the JSON view keeps them only for the coach', () => {
    const coach = runCliInProcess([...common, '--audience', 'coach']);
    expect(coach.stdout).toContain('## Checks for the coach');
    expect(coach.stdout).toContain('DEVPLAN_GOALS_NOT_SET');
    const participant = JSON.parse(runCliInProcess([...common, '--format', 'json']).stdout) as { result: Record<string, unknown> };
    expect(participant.result['audience']).toBe('participant');
    expect('findings' in participant.result).toBe(false);
    const full = JSON.parse(runCliInProcess([...common, '--format', 'json', '--audience', 'coach']).stdout) as { result: { findings: unknown[] } };
    expect(full.result.findings.length).toBeGreaterThan(0);
  });

  it('writes the person’s plan as an HTML page, and refuses the coach’s view in HTML', () => {
    const run = runCliInProcess([...common, '--format', 'html']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('<title>Your development plan, M07</title>');
    expect(run.stdout).not.toContain('DEVPLAN_');
    expect(runCliInProcess([...common, '--format', 'html', '--audience', 'coach']).code).toBe(2);
  });

  it('refuses a call without choices or ratee (exit 2), and a ratee the export does not hold (exit 1)', () => {
    expect(runCliInProcess(common.filter((_, index) => index !== 5 && index !== 6)).code).toBe(2);
    const unknown = runCliInProcess([...common.slice(0, 7), 'M99']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no ratings are about the ratee "M99"');
  });
});
