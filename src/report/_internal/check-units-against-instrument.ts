import { LmdInputError } from '../../core/index.js';
import type { Instrument360, Units360Summary } from '../../lmd/index.js';

/** Throws unless `summary` is a roll-up whose shown units hold the instrument's competencies in order. */
export function checkUnitsAgainstInstrument(summary: Units360Summary, instrument: Instrument360): void {
  if (summary === null || typeof summary !== 'object' || !Array.isArray(summary.units)) {
    throw new LmdInputError([{ keys: ['summary'], message: 'expected a roll-up by unit, from summariseUnits360' }]);
  }
  const expected = instrument.competencies.map((competency) => competency.id).join('\u0000');
  summary.units.forEach((unit, index) => {
    if (unit.figures !== null && unit.figures.competencies.map((competency: { readonly competencyId: string }) => competency.competencyId).join('\u0000') !== expected) {
      throw new LmdInputError([{ keys: ['summary', 'units', index, 'figures', 'competencies'], message: "must hold the instrument's competencies in its order" }]);
    }
  });
}
