import type { Instrument360 } from './instrument-360.js';

/**
 * A validated instrument with the lookups the aggregation needs, built once per call (or once per
 * cohort).
 *
 * @internal
 */
export interface InstrumentIndex {
  readonly instrument: Instrument360;
  readonly itemCount: number;
  readonly competencyCount: number;
  /** Item id → position in `instrument.items`. */
  readonly itemPosition: ReadonlyMap<string, number>;
  /** Item position → its competency's position. */
  readonly itemCompetency: Int32Array;
  /** Competency position → its items' positions, in instrument order. */
  readonly competencyItems: readonly (readonly number[])[];
  /** Item position → 1 when the item is reverse-scored (a score `x` counts as `max + min − x`). */
  readonly itemReversed: Uint8Array;
}

/** @internal */
export function indexInstrument(instrument: Instrument360): InstrumentIndex {
  const competencyPosition = new Map(instrument.competencies.map((competency, index) => [competency.id, index]));
  const itemPosition = new Map(instrument.items.map((item, index) => [item.id, index]));
  const itemCompetency = new Int32Array(instrument.items.length);
  const itemReversed = new Uint8Array(instrument.items.length);
  const competencyItems: number[][] = instrument.competencies.map(() => []);
  instrument.items.forEach((item, index) => {
    const competency = competencyPosition.get(item.competencyId) ?? 0;
    itemCompetency[index] = competency;
    if (item.reverseScored === true) itemReversed[index] = 1;
    competencyItems[competency]?.push(index);
  });
  return {
    instrument,
    itemCount: instrument.items.length,
    competencyCount: instrument.competencies.length,
    itemPosition,
    itemCompetency,
    competencyItems,
    itemReversed,
  };
}
