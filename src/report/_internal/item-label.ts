/**
 * How the 360 reports (Markdown and HTML) name an item: its id and its competency's name. Pure.
 *
 * @module
 */
import type { Instrument360 } from '../../lmd/index.js';

/**
 * The item labeller of an instrument: `L1 (Listening)`; an item or competency the instrument does
 * not hold gets an empty name, `X9 ()`.
 *
 * @param instrument - the instrument the report was built from
 * @returns a function from an item id to its label (plain text; the HTML page escapes it)
 */
export function itemLabeller(instrument: Instrument360): (itemId: string) => string {
  const competencyOf = new Map(instrument.items.map((item) => [item.id, item.competencyId]));
  const competencyName = new Map(instrument.competencies.map((competency) => [competency.id, competency.name]));
  return (itemId) => `${itemId} (${competencyName.get(competencyOf.get(itemId) ?? '') ?? ''})`;
}
