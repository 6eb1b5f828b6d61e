import * as z from 'zod';

/**
 * The zod schema for a 360-degree feedback instrument: its rating scale (whole points from `min`
 * to `max`), its competencies and its items, each item belonging to one competency. Ids and
 * competency names are unique; every item's competency exists; every competency has at least one
 * item.
 *
 * @example
 * const instrument = instrument360Schema.parse({
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening' }],
 * });
 * instrument.items.length //=> 1
 * @see {@link interpret360}
 */
export const instrument360Schema = /* @__PURE__ */ z
  .strictObject({
    scale: /* @__PURE__ */ z
      .strictObject({
        min: /* @__PURE__ */ z.int().min(-100).max(100),
        max: /* @__PURE__ */ z.int().min(-100).max(100),
      })
      .refine((scale) => scale.max > scale.min, {
        message: 'max must be greater than min (a scale needs at least two points)',
        path: ['max'],
      }),
    competencies: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.strictObject({ id: /* @__PURE__ */ z.string().min(1), name: /* @__PURE__ */ z.string().min(1) }))
      .min(1),
    items: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.strictObject({ id: /* @__PURE__ */ z.string().min(1), competencyId: /* @__PURE__ */ z.string().min(1) }))
      .min(1),
  })
  .superRefine((instrument, context) => {
    const competencyIds = new Set<string>();
    const competencyNames = new Set<string>();
    instrument.competencies.forEach((competency, index) => {
      if (competencyIds.has(competency.id)) {
        context.addIssue({ code: 'custom', path: ['competencies', index, 'id'], input: competency.id, message: 'this competency id is used twice' });
      }
      competencyIds.add(competency.id);
      if (competencyNames.has(competency.name)) {
        context.addIssue({
          code: 'custom',
          path: ['competencies', index, 'name'],
          input: competency.name,
          message: 'another competency has this name; reports and charts label competencies by name',
        });
      }
      competencyNames.add(competency.name);
    });
    const itemIds = new Set<string>();
    const used = new Set<string>();
    instrument.items.forEach((item, index) => {
      if (itemIds.has(item.id)) {
        context.addIssue({ code: 'custom', path: ['items', index, 'id'], input: item.id, message: 'this item id is used twice' });
      }
      itemIds.add(item.id);
      used.add(item.competencyId);
      if (!competencyIds.has(item.competencyId)) {
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'competencyId'],
          input: item.competencyId,
          message: 'no competency in the instrument has this id',
        });
      }
    });
    instrument.competencies.forEach((competency, index) => {
      if (!used.has(competency.id)) {
        context.addIssue({ code: 'custom', path: ['competencies', index, 'id'], input: competency.id, message: 'this competency has no items' });
      }
    });
  });

/**
 * A 360-degree feedback instrument, as {@link instrument360Schema} accepts it.
 * @see {@link instrument360Schema}
 */
export type Instrument360 = z.output<typeof instrument360Schema>;
