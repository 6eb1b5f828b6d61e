import * as z from 'zod';
import { parseInput } from '../../core/parse-input.js';
import { sum } from '../../core/stats/sum.js';

/**
 * The kinds of cost a leaver causes, in the order the CIPD lists the costs of labour turnover:
 * the leaver's exit, covering the vacancy, recruiting and selecting a replacement, inducting and
 * training them, and output lost until they are fully effective.
 *
 * @example
 * turnoverCostCategories.length //=> 7
 * @see {@link costOfTurnover}
 */
export const turnoverCostCategories = /* @__PURE__ */ Object.freeze([
  'separation',
  'vacancy-cover',
  'recruitment',
  'selection',
  'induction-and-training',
  'lost-productivity',
  'other',
] as const);

/**
 * One of {@link turnoverCostCategories}.
 * @see {@link costOfTurnover}
 */
export type TurnoverCostCategory = (typeof turnoverCostCategories)[number];

/**
 * The zod schema for the input of {@link costOfTurnover}.
 *
 * @example
 * costOfTurnoverInputSchema.safeParse({ leavers: 3, costsPerLeaver: [] }).success //=> false
 * @see {@link costOfTurnover}
 */
export const costOfTurnoverInputSchema = /* @__PURE__ */ z.strictObject({
  leavers: /* @__PURE__ */ z.int().min(0),
  costsPerLeaver: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.strictObject({
        label: /* @__PURE__ */ z.string().min(1),
        amount: /* @__PURE__ */ z.number().min(0).max(1e12),
        category: /* @__PURE__ */ z.enum(turnoverCostCategories),
      }),
    )
    .min(1),
});

/**
 * The input of {@link costOfTurnover}: how many leavers, and the cost per leaver of each item, in
 * one currency. Every amount is the caller's own estimate; lmdkit supplies no cost figures.
 * @see {@link costOfTurnover}
 */
export type CostOfTurnoverInput = z.input<typeof costOfTurnoverInputSchema>;

/**
 * The result of {@link costOfTurnover}.
 *
 * @example
 * const result: CostOfTurnover = costOfTurnover({
 *   leavers: 2,
 *   costsPerLeaver: [{ label: 'Agency fee', amount: 4_000, category: 'recruitment' }],
 * });
 * result.totalCost //=> 8000
 * @see {@link costOfTurnover}
 */
export interface CostOfTurnover {
  /** The leavers costed. */
  readonly leavers: number;
  /** The sum of the per-leaver amounts. */
  readonly costPerLeaver: number;
  /** `costPerLeaver × leavers`. */
  readonly totalCost: number;
  /** One row per input item, in input order. */
  readonly items: readonly {
    readonly label: string;
    readonly category: TurnoverCostCategory;
    readonly amountPerLeaver: number;
    readonly total: number;
  }[];
  /** Totals by category, in the order of {@link turnoverCostCategories}, categories with items only. */
  readonly byCategory: readonly {
    readonly category: TurnoverCostCategory;
    readonly amountPerLeaver: number;
    readonly total: number;
  }[];
}

/**
 * The cost of labour turnover from the caller's own per-leaver cost estimates.
 *
 * Cost per leaver = the sum of the per-leaver amounts (exit administration, cover, recruitment,
 * selection, induction and training, lost output…); total cost = cost per leaver × leavers. The
 * CIPD sets out these components and notes that the hidden ones (lost output while a post is
 * vacant and while a new starter learns the job) are often the largest; survey averages are no
 * substitute for an organisation's own figures, so lmdkit ships none. In a business case, the
 * benefit of keeping people is the leavers avoided × the cost per leaver.
 *
 * Source: CIPD, *Employee turnover and retention* (`cipd-turnover-retention`).
 *
 * @param input - `leavers` (a whole number, at least 0) and `costsPerLeaver` (at least one item)
 * @returns cost per leaver, total cost, the items and the totals by category
 * @throws LmdInputError when leavers are negative or fractional, there are no cost items, an amount
 * is negative or not finite, or a category is not one of {@link turnoverCostCategories}
 * @example
 * const cost = costOfTurnover({
 *   leavers: 12,
 *   costsPerLeaver: [
 *     { label: 'Agency fee', amount: 4_000, category: 'recruitment' },
 *     { label: 'Interview time', amount: 600, category: 'selection' },
 *     { label: 'Induction', amount: 1_400, category: 'induction-and-training' },
 *     { label: 'Lost output while learning the job', amount: 6_000, category: 'lost-productivity' },
 *   ],
 * });
 * [cost.costPerLeaver, cost.totalCost] //=> [12000, 144000]
 * @see {@link phillipsRoi}
 */
export function costOfTurnover(input: CostOfTurnoverInput): CostOfTurnover {
  const { leavers, costsPerLeaver } = parseInput(costOfTurnoverInputSchema, input, 'input');
  const costPerLeaver = sum(costsPerLeaver.map((item) => item.amount));
  const items = costsPerLeaver.map((item) => ({
    label: item.label,
    category: item.category,
    amountPerLeaver: item.amount,
    total: item.amount * leavers,
  }));
  const byCategory = turnoverCostCategories.flatMap((category) => {
    const inCategory = costsPerLeaver.filter((item) => item.category === category);
    if (inCategory.length === 0) return [];
    const amountPerLeaver = sum(inCategory.map((item) => item.amount));
    return [{ category, amountPerLeaver, total: amountPerLeaver * leavers }];
  });
  return { leavers, costPerLeaver, totalCost: costPerLeaver * leavers, items, byCategory };
}
