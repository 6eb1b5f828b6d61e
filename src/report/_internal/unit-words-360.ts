import type { Unit360, UnitFigures360 } from '../../lmd/index.js';
import { counted } from './counted.js';

/** A unit's name as printed: its path from the organisation down, joined with ` / `. */
export function unitName(path: readonly string[]): string {
  return path.join(' / ');
}

/** Why a unit is not shown, in plain words (`''` for a unit shown). */
export function unitWithheldWords(unit: Unit360, minRatees: number): string {
  if (unit.withheld === 'too-few-ratees') return `fewer than ${counted(minRatees, 'person', 'people')}`;
  if (unit.withheld === 'protects-another-unit') {
    return `held back so that ${unit.protects === null ? 'a larger unit' : unitName(unit.protects)}, less the units shown under it, cannot be worked back to fewer than ${counted(minRatees, 'person', 'people')}`;
  }
  if (unit.withheld === 'differs-little-from-earlier-release') {
    return `held back: with the roll-ups published before, it could be worked back to fewer than ${counted(minRatees, 'person', 'people')}`;
  }
  return '';
}

/** Why one competency figure of a shown unit is not shown, in a few words. */
export function figureWithheldWords(reason: UnitFigures360['competencies'][number]['othersWithheld']): string {
  return reason === 'protects-another-unit' || reason === 'differs-little-from-earlier-release' ? 'held back' : 'too few';
}

/** The competencies most often among people's lowest-rated, up to `count`, as `Name (n)`. */
export function unitPriorities(figures: UnitFigures360, count: number): string[] {
  return figures.competencies
    .map((competency, position) => ({ competency, position }))
    .filter(({ competency }) => competency.priorityFor > 0)
    .sort((a, b) => b.competency.priorityFor - a.competency.priorityFor || a.position - b.position)
    .slice(0, count)
    .map(({ competency }) => `${competency.name} (${competency.priorityFor})`);
}
