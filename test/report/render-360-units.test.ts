import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUnitsCsv } from '../../src/import/index.js';
import { interpret360Cohort, LmdInputError, summariseUnits360, type CohortRating360 } from '../../src/index.js';
import { render360UnitsHtml, render360UnitsMarkdown } from '../../src/report/index.js';
import { readSampleInstrument, readSampleRows } from '../cli/sample-data.js';

const instrument = readSampleInstrument();
const cohort = interpret360Cohort({ instrument, ratings: readSampleRows() as readonly CohortRating360[] });
const units = parseUnitsCsv(readFileSync(new URL('../../examples/data/360-units.csv', import.meta.url), 'utf8'));
const summary = summariseUnits360(cohort, units);
const html = render360UnitsHtml(summary, { instrument, organisation: 'Larkspur Vale Housing', cycleName: 'Spring cycle' });
const markdown = render360UnitsMarkdown(summary, { instrument, organisation: 'Larkspur Vale Housing' });
const textOf = (page: string): string => page.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the sample organisation rolled up by unit', () => {
  it('shows the organisation, Operations and its two teams; holds back Housing services to protect the organisation, and the small units', () => {
    // Operations 11 = North 6 + Repairs 5; Housing services 5 (3 + 2); Finance and resources 4 (2 + 2).
    // The organisation (20) less Operations and Housing services would give Finance and resources'
    // 4, so the smaller shown department, Housing services, is held back too.
    expect(summary.units.map((unit) => [unit.path.slice(1).join(' / ') || 'Larkspur Vale Housing', unit.ratees, unit.withheld])).toEqual([
      ['Larkspur Vale Housing', 20, null],
      ['Finance and resources', 4, 'too-few-ratees'],
      ['Finance and resources / Finance team', 2, 'too-few-ratees'],
      ['Finance and resources / IT team', 2, 'too-few-ratees'],
      ['Housing services', 5, 'protects-another-unit'],
      ['Housing services / Lettings team', 2, 'too-few-ratees'],
      ['Housing services / Tenancy team', 3, 'too-few-ratees'],
      ['Operations', 11, null],
      ['Operations / North team', 6, null],
      ['Operations / Repairs team', 5, null],
    ]);
  });
});

describe('render360UnitsHtml', () => {
  it('names units, never a person, and prints no code', () => {
    for (const { rateeId } of cohort.ratees) expect(textOf(html)).not.toContain(rateeId);
    expect(textOf(html)).not.toMatch(/FB360_|estimator|in-agreement|not-classified|too-few-ratees|protects-another-unit/);
    expect(html).toContain('<title>360-degree feedback by unit: Larkspur Vale Housing</title>');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('<script');
  });

  it('says why each unit is held back', () => {
    expect(html).toContain('<th scope="row">Larkspur Vale Housing / Housing services</th><td>5</td><td>held back so that Larkspur Vale Housing, less the units shown under it, cannot be worked back to fewer than 5 people</td>');
    expect(html).toContain('<th scope="row">Larkspur Vale Housing / Housing services / Tenancy team</th><td>3</td><td>fewer than 5 people</td>');
  });

  it('prints each shown unit’s figures, and no row for a unit held back', () => {
    const profile = /<section id="profile"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const north = summary.units.find((unit) => unit.path.at(-1) === 'North team');
    expect(profile).toContain(`<th scope="row">Larkspur Vale Housing / Operations / North team</th><td>${(north?.figures?.competencies[0]?.othersMean as number).toFixed(2)}</td>`);
    expect(profile).not.toContain('Housing services');
    const counts = [...(/<section id="agreement"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').matchAll(/<tr><th scope="row">Larkspur Vale Housing<\/th>(.*?)<\/tr>/g)].flatMap((match) => [...(match[1] ?? '').matchAll(/<td>(\d+)<\/td>/g)].map((cell) => Number(cell[1])));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(20);
  });

  it('says so when no unit can be shown, and refuses a roll-up from another instrument', () => {
    const few = summariseUnits360({ ...cohort, ratees: cohort.ratees.slice(0, 4) }, units);
    expect(render360UnitsHtml(few, { instrument })).toContain('No unit has enough people for its figures to be shown.');
    expect(() => render360UnitsHtml(summary, { instrument: { ...instrument, competencies: instrument.competencies.slice(1) } })).toThrow(LmdInputError);
    expect(() => render360UnitsHtml(null as never, { instrument })).toThrow(LmdInputError);
  });
});

describe('render360UnitsMarkdown', () => {
  it('lists the units with why each held back one is, names no person and prints no code', () => {
    expect(markdown.split('\n')[0]).toBe('# 360-degree feedback by unit: Larkspur Vale Housing');
    expect(markdown).toMatch(/\| Larkspur Vale Housing \/ Housing services \/ Tenancy team +\| +3 \| fewer than 5 people/);
    for (const { rateeId } of cohort.ratees) expect(markdown).not.toContain(rateeId);
    expect(markdown).not.toMatch(/FB360_|estimator|in-agreement|not-classified|too-few-ratees|protects-another-unit/);
    expect(markdown).toContain('## Development priorities by unit');
  });

  it('has one profile row per shown unit', () => {
    const profile = markdown.split('## Competency profile by unit')[1]?.split('Self minus others')[0] ?? '';
    expect(profile.split('\n').filter((line) => line.startsWith('| Larkspur'))).toHaveLength(summary.units.filter((unit) => unit.shown).length);
  });
});
