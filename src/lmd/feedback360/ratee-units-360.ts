import * as z from 'zod';
import { LmdInputError, type LmdInputIssueInit } from '../../core/input-error.js';
import { formatPath } from '../../core/format-path.js';
import { parseInput } from '../../core/parse-input.js';

/**
 * The zod schema for where each ratee sits in the organisation: one row per ratee with the path
 * of units from the organisation down to the ratee's own unit (any depth), such as
 * `['Larkspur Vale', 'Operations', 'North team']`. A unit is its whole path, so a `North team`
 * under two departments is two units. Names are at most 200 characters, without spaces at either
 * end and without ` / ` (the separator of a path written as one cell).
 *
 * @example
 * rateeUnits360Schema.parse([{ rateeId: 'M07', path: ['Larkspur Vale', 'Operations'] }])[0]?.path
 * //=> ['Larkspur Vale', 'Operations']
 * rateeUnits360Schema.safeParse([{ rateeId: 'M07', path: [] }]).success //=> false
 * @see {@link summariseUnits360} which rolls a cycle up by these units
 */
export const rateeUnits360Schema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.strictObject({
    rateeId: /* @__PURE__ */ z.string().min(1),
    path: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z
          .string()
          .min(1)
          .max(200)
          .refine((name) => name.trim() === name, 'a unit name has no spaces at either end')
          .refine((name) => !name.includes(' / '), "a unit name has no ' / ' (it separates the units of a path written as one cell)"),
      )
      .min(1)
      .max(20),
  }),
);

/**
 * Where each ratee sits: one `{ rateeId, path }` per ratee, the path from the organisation down.
 * @see {@link rateeUnits360Schema}
 */
export type RateeUnits360 = readonly { readonly rateeId: string; readonly path: readonly string[] }[];

/**
 * Validates the units of a cycle's ratees: the schema, then one row per ratee, one organisation
 * at the top of every path, and no two units under one parent whose names differ only in case
 * (most likely one unit typed twice).
 *
 * @internal
 */
export function parseRateeUnits360(units: unknown): { readonly rateeId: string; readonly path: readonly string[] }[] {
  const rows = parseInput(rateeUnits360Schema, units, 'units');
  const issues: LmdInputIssueInit[] = [];
  const seen = new Map<string, number>();
  const spelling = new Map<string, string>();
  const top = rows[0]?.path[0];
  rows.forEach((row, index) => {
    const earlier = seen.get(row.rateeId);
    if (earlier !== undefined) issues.push({ keys: ['units', index, 'rateeId'], message: `ratee '${row.rateeId}' already has a unit, at ${formatPath('units', [earlier])}; a ratee sits in one unit`, seeAlso: ['units', earlier] });
    else seen.set(row.rateeId, index);
    if (row.path[0] !== top) issues.push({ keys: ['units', index, 'path', 0], message: `every path starts at the same organisation, '${String(top)}' (received '${String(row.path[0])}')` });
    row.path.forEach((name, depth) => {
      const parent = row.path.slice(0, depth).join('\u0000');
      const key = `${parent}\u0000${name.toLowerCase()}`;
      const known = spelling.get(key);
      if (known === undefined) spelling.set(key, name);
      else if (known !== name) issues.push({ keys: ['units', index, 'path', depth], message: `'${name}' and '${known}' differ only in case under the same parent; write one unit one way` });
    });
  });
  if (issues.length > 0) throw new LmdInputError(issues.slice(0, 20));
  return rows;
}
