import * as z from 'zod';
import { parseInput } from '../core/parse-input.js';
import type { FrameworkGrade, FrameworkLevel } from './iip-framework-2015.js';

const levelIds = ['not-met', 'developed', 'established', 'advanced', 'high-performing'] as const;
const levelMessage = 'expected one of not-met, developed, established, advanced, high-performing';
const indicatorKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * The zod schema for the indicator levels given to {@link accreditationGrade}: a level for each of
 * the nine indicators, keyed `1`…`9`.
 *
 * @example
 * frameworkLevelsSchema.safeParse({ 1: 'developed' }).success //=> false
 * @see {@link accreditationGrade}
 */
export const frameworkLevelsSchema = /* @__PURE__ */ z.record(
  /* @__PURE__ */ z.enum(indicatorKeys),
  /* @__PURE__ */ z.enum(levelIds, { error: levelMessage }),
);

/**
 * The assessed level of each of the nine 2015 framework indicators, keyed by indicator number.
 * @see {@link accreditationGrade}
 */
export type FrameworkLevels = Record<'1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9', FrameworkLevel>;

/**
 * The zod schema for a grading rule (see {@link AccreditationRule}).
 *
 * @example
 * accreditationRuleSchema.safeParse({ name: 'Empty', grades: [] }).success //=> false
 * @see {@link accreditationGrade}
 */
export const accreditationRuleSchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ z.string().trim().min(1),
  grades: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.strictObject({
        grade: /* @__PURE__ */ z.enum(['accredited', 'silver', 'gold', 'platinum'], {
          error: 'expected one of accredited, silver, gold, platinum',
        }),
        everyIndicatorAtLeast: /* @__PURE__ */ z.enum(levelIds, { error: levelMessage }),
        atLeast: /* @__PURE__ */ z
          .array(
            /* @__PURE__ */ z.strictObject({
              level: /* @__PURE__ */ z.enum(levelIds, { error: levelMessage }),
              indicators: /* @__PURE__ */ z.int().min(1).max(9),
            }),
          )
          .default([]),
      }),
    )
    .min(1, 'expected at least one grade')
    .refine((grades) => new Set(grades.map((entry) => entry.grade)).size === grades.length, 'each grade may appear once'),
});

/**
 * A caller's rule for turning indicator levels into an accreditation grade. IIP publishes no such
 * rule, so lmdkit ships none: state yours, and it is echoed in the result.
 *
 * Each grade is reached when every indicator is at or above `everyIndicatorAtLeast` and, for each
 * entry of `atLeast`, at least `indicators` indicators are at or above `level`. The grade awarded
 * is the highest one reached whose lower grades in the rule are all reached too (grades are
 * cumulative), so a rule cannot award Gold to an organisation that misses Accredited.
 * @see {@link accreditationGrade}
 */
export type AccreditationRule = z.input<typeof accreditationRuleSchema>;

/**
 * The result of {@link accreditationGrade}.
 * @see {@link accreditationGrade}
 */
export interface AccreditationResult {
  /** The highest grade the rule awards, or `'none'`. */
  readonly grade: FrameworkGrade | 'none';
  /** For each grade in the rule, lowest first: whether it was reached, and what fell short. */
  readonly checks: readonly {
    readonly grade: FrameworkGrade;
    readonly reached: boolean;
    readonly shortfalls: readonly string[];
  }[];
  /** The name of the rule applied. */
  readonly ruleName: string;
}

const gradeRank: Record<FrameworkGrade, number> = { accredited: 1, silver: 2, gold: 3, platinum: 4 };

/**
 * Applies a caller-supplied grading rule to the nine indicator levels of a 2015-framework
 * assessment.
 *
 * IIP does not publish how levels turn into Accredited, Silver, Gold or Platinum; this function
 * makes whatever rule you use explicit and repeatable, and reports each grade's shortfalls.
 *
 * @param levels - the level of each indicator, keyed `1`…`9` (all nine required)
 * @param rule - the grading rule (see {@link AccreditationRule})
 * @returns the grade awarded, the check for each grade, and the rule's name
 * @throws LmdInputError when an indicator is missing, a level or grade is unknown, or the rule is malformed
 * @example
 * const rule: AccreditationRule = {
 *   name: 'Illustrative rule (not published by IIP)',
 *   grades: [
 *     { grade: 'accredited', everyIndicatorAtLeast: 'developed' },
 *     { grade: 'silver', everyIndicatorAtLeast: 'developed', atLeast: [{ level: 'established', indicators: 5 }] },
 *   ],
 * };
 * const levels: FrameworkLevels = { 1: 'established', 2: 'established', 3: 'established', 4: 'established', 5: 'established', 6: 'developed', 7: 'developed', 8: 'developed', 9: 'developed' };
 * accreditationGrade(levels, rule).grade //=> 'silver'
 * accreditationGrade({ ...levels, 9: 'not-met' }, rule).grade //=> 'none'
 * @see {@link iipFramework2015}
 */
export function accreditationGrade(levels: FrameworkLevels, rule: AccreditationRule): AccreditationResult {
  const parsedLevels = parseInput(frameworkLevelsSchema, levels, 'levels');
  const parsedRule = parseInput(accreditationRuleSchema, rule, 'rule');
  const rank = (level: (typeof levelIds)[number]): number => levelIds.indexOf(level);

  const checks = [...parsedRule.grades]
    .sort((a, b) => gradeRank[a.grade] - gradeRank[b.grade])
    .map((criterion) => {
      const shortfalls: string[] = [];
      for (const key of indicatorKeys) {
        if (rank(parsedLevels[key]) < rank(criterion.everyIndicatorAtLeast)) {
          shortfalls.push(`indicator ${key} is ${parsedLevels[key]}, below ${criterion.everyIndicatorAtLeast}`);
        }
      }
      for (const condition of criterion.atLeast) {
        const count = indicatorKeys.filter((key) => rank(parsedLevels[key]) >= rank(condition.level)).length;
        if (count < condition.indicators) {
          shortfalls.push(
            `${count} indicator${count === 1 ? ' is' : 's are'} at ${condition.level} or above; ${condition.indicators} needed`,
          );
        }
      }
      return { grade: criterion.grade, reached: shortfalls.length === 0, shortfalls };
    });

  let grade: FrameworkGrade | 'none' = 'none';
  for (const check of checks) {
    if (!check.reached) break;
    grade = check.grade;
  }
  return { grade, checks, ruleName: parsedRule.name };
}
