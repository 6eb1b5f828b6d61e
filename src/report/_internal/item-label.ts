/**
 * How the 360 reports (Markdown and HTML) name an item: by its wording when the instrument has
 * it, otherwise by its id and its competency's name. Pure.
 *
 * @module
 */
import type { Instrument360 } from '../../lmd/index.js';

/**
 * The item labeller of an instrument: the item's wording (`Listens without interrupting`) when the
 * instrument gives it, otherwise `L1 (Listening)`; a reverse-scored item's label says so
 * (`Talks over others (scored in reverse)`). An item or competency the instrument does not hold gets
 * an empty name, `X9 ()`.
 *
 * @param instrument - the instrument the report was built from
 * @returns a function from an item id to its label (plain text; the HTML page escapes it)
 */
export function itemLabeller(instrument: Instrument360): (itemId: string) => string {
  const competencyName = new Map(instrument.competencies.map((competency) => [competency.id, competency.name]));
  const labels = new Map(
    instrument.items.map((item) => {
      const base = item.text ?? `${item.id} (${competencyName.get(item.competencyId) ?? ''})`;
      return [item.id, item.reverseScored === true ? `${base} (scored in reverse)` : base];
    }),
  );
  return (itemId) => labels.get(itemId) ?? `${itemId} ()`;
}
