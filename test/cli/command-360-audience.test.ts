// lmdkit 360 for its two audiences and the organisation: the person rated gets their page by
// default (plain words, the comments their report may show, nothing meant for their coach), the
// coach asks for theirs, and the cohort in HTML is the organisation's page that names no one.
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { dataDir } from './sample-data.js';

const wide = `${dataDir}/360-export-wide.csv`;
const instrument = `${dataDir}/360-instrument.json`;
const settings = `${dataDir}/360-settings.json`;
const common = ['360', wide, '--instrument', instrument, '--settings', settings, '--quiet'];

describe('lmdkit 360 --audience', () => {
  it('gives the person rated their own page by default, with comments and no coach-only text', () => {
    const run = runCliInProcess([...common, '--ratee', 'M07']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Your 360-degree feedback\n/);
    expect(run.stdout).toContain('## What people said');
    expect(run.stdout).toContain('### What should this manager keep doing?');
    expect(run.stdout).not.toMatch(/FB360_|estimator|[Rr]eadiness|coaching before/);
  });

  it('gives the coach everything with --audience coach', () => {
    const run = runCliInProcess([...common, '--ratee', 'M07', '--audience', 'coach']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# 360-degree feedback: M07\n/);
    expect(run.stdout).toContain('FB360_OVER_ESTIMATOR_UNSUPPORTED');
  });

  it('writes the participant view as JSON, with no finding code or category', () => {
    const run = runCliInProcess([...common, '--ratee', 'M07', '--format', 'json']);
    const parsed = JSON.parse(run.stdout) as { input: { audience: string }; result: { audience: string; comments?: unknown } };
    expect(parsed.input.audience).toBe('participant');
    expect(parsed.result.audience).toBe('participant');
    expect(parsed.result.comments).toBeDefined();
    expect(run.stdout).not.toMatch(/FB360_|estimator/);
  });

  it('prints the organisation’s page for the whole cycle with --format html, naming no one', () => {
    const run = runCliInProcess([...common, '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<h1>360-degree feedback across the organisation</h1>');
    expect(run.stdout.replace(/<style>[\s\S]*?<\/style>/, '')).not.toMatch(/\bM\d\d\b/);
  });
});
