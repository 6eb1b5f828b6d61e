import * as z from 'zod';
import type { Finding } from '../core/finding.js';
import { joinWithAnd } from '../core/_internal/join-with-and.js';
import { parseInput } from '../core/parse-input.js';
import { sum } from '../core/stats/sum.js';
import { getIntervention } from './get-intervention.js';
import { interventionIds } from './interventions.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../core/finding-catalogue.js';

/**
 * How a systemic condition bears on the use of what leaders learn: it `enabling`ly rewards and
 * supports it, is `neutral`, or is `constraining`.
 *
 * @example
 * systemicConditionRatings //=> ['enabling', 'neutral', 'constraining']
 * @see {@link analysePortfolio}
 */
export const systemicConditionRatings = /* @__PURE__ */ Object.freeze(['enabling', 'neutral', 'constraining'] as const);

/**
 * The four systemic conditions the 7OS06 seed names as deciding whether individual development
 * turns into organisational capability, in the order {@link analysePortfolio} reports them.
 *
 * @example
 * systemicConditionIds //=> ['roleDesign', 'governance', 'culture', 'accountability']
 * @see {@link analysePortfolio}
 */
export const systemicConditionIds = /* @__PURE__ */ Object.freeze(['roleDesign', 'governance', 'culture', 'accountability'] as const);

const rating = /* @__PURE__ */ z.enum(systemicConditionRatings, {
  error: 'expected one of enabling, neutral, constraining',
});

const amount = /* @__PURE__ */ z.number().min(0).max(1e15).optional();

/**
 * The zod schema for the input of {@link analysePortfolio}.
 *
 * @example
 * portfolioInputSchema.safeParse({ items: [{ interventionId: 'coaching' }] }).success //=> true
 * portfolioInputSchema.safeParse({ items: [] }).success //=> false
 * @see {@link analysePortfolio}
 */
export const portfolioInputSchema = /* @__PURE__ */ z.strictObject({
  items: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.strictObject({
        interventionId: /* @__PURE__ */ z.enum(interventionIds, {
          error: 'expected an intervention id from the catalogue (see interventionIds)',
        }),
        spend: amount,
        participants: /* @__PURE__ */ z.int().min(0).optional(),
        hours: amount,
      }),
    )
    .min(1, { error: 'expected at least one item in the portfolio' }),
  conditions: /* @__PURE__ */ z
    .strictObject({ roleDesign: rating, governance: rating, culture: rating, accountability: rating })
    .optional(),
  interOrganisational: /* @__PURE__ */ z.boolean().default(false),
});

/**
 * A programme portfolio: the interventions an organisation funds, each with optional spend (any
 * currency, the same for every item), participants and hours (total learning hours across its
 * participants); optionally how the four systemic conditions are rated; and whether the
 * development serves partnership or inter-organisational working (default `false`). Unknown keys
 * are rejected, so a misspelt field (`cost` for `spend`) is an error rather than silently ignored.
 * @see {@link portfolioInputSchema}
 */
export type PortfolioInput = z.input<typeof portfolioInputSchema>;

/**
 * One line of a {@link PortfolioInput}.
 * @see {@link analysePortfolio}
 */
export type PortfolioItem = PortfolioInput['items'][number];

/**
 * The zod schema for the options of {@link analysePortfolio}.
 *
 * @example
 * portfolioOptionsSchema.parse({}).minimumLeadershipShare //=> 0.3
 * @see {@link PortfolioOptions}
 */
export const portfolioOptionsSchema = /* @__PURE__ */ z.strictObject({
  minimumLeadershipShare: /* @__PURE__ */ z.number().min(0).max(1).default(0.3),
});

/**
 * Options of {@link analysePortfolio}:
 *
 * - `minimumLeadershipShare` (default `0.3`, a fraction 0–1): a leadership-development share
 *   below this is reported as under-investment. Day (2000) argues the imbalance but gives no
 *   figure; 0.3 is lmdkit's default, chosen so that a portfolio needs roughly a third of its
 *   weight on collective development before the finding clears. Set your own.
 *
 * @example
 * const options: PortfolioOptions = { minimumLeadershipShare: 0.5 };
 * analysePortfolio({ items: [{ interventionId: 'coaching' }, { interventionId: 'team-coaching' }] }, options).rule
 * //=> { minimumLeadershipShare: 0.5 }
 * @see {@link analysePortfolio}
 */
export type PortfolioOptions = z.input<typeof portfolioOptionsSchema>;

/**
 * What each finding {@link analysePortfolio} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link portfolioFindingCodes} lists the codes.
 *
 * @example
 * portfolioFindings.PORTFOLIO_LEADERSHIP_UNDER_INVESTED.severity //=> 'warning'
 * @see {@link analysePortfolio}
 */
export const portfolioFindings = /* @__PURE__ */ deepFreeze({
  PORTFOLIO_LEADERSHIP_UNDER_INVESTED: { severity: 'warning', meaning: 'The leadership-development share is below the minimum (Day, 2000).' },
  PORTFOLIO_ALL_INDIVIDUAL: { severity: 'warning', meaning: 'Every item is leader development; if leadership is a distributed practice, this leaves the collective practice untouched (Spillane, 2006).' },
  PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER: { severity: 'risk', meaning: 'The portfolio has leader development and at least one systemic condition is constraining, so individual development is unlikely to transfer into organisational capability (Day, 2000).' },
  PORTFOLIO_CONDITIONS_NOT_RATED: { severity: 'info', meaning: 'No conditions were given, so transfer was not judged.' },
  PORTFOLIO_INTER_ORGANISATIONAL: { severity: 'advice', meaning: 'The context is inter-organisational, which calls for development that builds relational capacity across organisations (Archer & Cameron, 2013).' },
  PORTFOLIO_BASIS_FALLBACK: { severity: 'info', meaning: 'Some but not all items carry spend (or hours), so the shares fell back to the next basis.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link analysePortfolio} can return, in the order of {@link portfolioFindings},
 * which says what each means.
 *
 * @example
 * portfolioFindingCodes.length //=> 6
 * @see {@link analysePortfolio}
 */
export const portfolioFindingCodes = /* @__PURE__ */ findingCodesOf(portfolioFindings);

/**
 * A finding of {@link analysePortfolio}.
 *
 * @example
 * const finding: PortfolioFinding | undefined = analysePortfolio({ items: [{ interventionId: 'coaching' }] }).findings[0];
 * finding?.code //=> 'PORTFOLIO_LEADERSHIP_UNDER_INVESTED'
 * @see {@link portfolioFindingCodes}
 */
export type PortfolioFinding = Finding<(typeof portfolioFindingCodes)[number]>;

/**
 * What the shares were computed from: total `spend`, total `hours`, or the `count` of items.
 * @see {@link analysePortfolio}
 */
export type PortfolioBasis = 'spend' | 'hours' | 'count';

/**
 * Totals for one side of the portfolio. `spend`, `hours` and `participants` add up only the items
 * that carry them (0 when none does).
 *
 * @example
 * const totals: PortfolioSideTotals = analysePortfolio({ items: [{ interventionId: 'coaching', spend: 500 }] }).totals.leader;
 * totals //=> { items: 1, spend: 500, hours: 0, participants: 0 }
 * @see {@link PortfolioAnalysis}
 */
export interface PortfolioSideTotals {
  /** How many items. */
  readonly items: number;
  /** Their total spend. */
  readonly spend: number;
  /** Their total learning hours. */
  readonly hours: number;
  /** Their total participants. */
  readonly participants: number;
}

/**
 * The result of {@link analysePortfolio}.
 *
 * @example
 * const result: PortfolioAnalysis = analysePortfolio({ items: [{ interventionId: 'mentoring' }] });
 * result.leaderShare //=> 1
 * @see {@link analysePortfolio}
 */
export interface PortfolioAnalysis {
  /** The leader-development share, a fraction 0–1. */
  readonly leaderShare: number;
  /** The leadership-development share, a fraction 0–1. */
  readonly leadershipShare: number;
  /** What the shares were computed from. */
  readonly basis: PortfolioBasis;
  /** Totals per side. */
  readonly totals: { readonly leader: PortfolioSideTotals; readonly leadership: PortfolioSideTotals };
  /** The systemic conditions rated `constraining`, in {@link systemicConditionIds} order. */
  readonly constrainingConditions: readonly (typeof systemicConditionIds)[number][];
  /** Findings, most specific first within each theme. */
  readonly findings: readonly PortfolioFinding[];
  /** The options applied, defaults filled in. */
  readonly rule: { readonly minimumLeadershipShare: number };
}

type ParsedItem = z.output<typeof portfolioInputSchema>['items'][number];

const CONDITION_NAMES = {
  roleDesign: 'role design',
  governance: 'governance',
  culture: 'culture',
  accountability: 'accountability',
} as const;

/**
 * Analyses a leadership and management development portfolio through Day's (2000) distinction:
 * how its weight splits between leader development (individual, human capital) and leadership
 * development (collective, social capital), and what follows.
 *
 * **Shares.** By total spend when every item carries `spend` and the total is above 0; otherwise
 * by total `hours` when every item carries hours and the total is above 0; otherwise by the count
 * of items. When only some items carry spend (or hours), that basis is not used, because the
 * missing amounts would bias the shares, and a `PORTFOLIO_BASIS_FALLBACK` finding says so.
 * `participants` is totalled but never used as a basis. The two shares add up to 1 (up to
 * floating-point rounding).
 *
 * **Findings.** Leadership development below `minimumLeadershipShare` (default 0.3) of the
 * portfolio is under-invested (Day's argument); a portfolio of leader development only triggers
 * the distributed-leadership implication (Spillane, 2006); any constraining systemic condition
 * (role design, governance, culture, accountability) with leader development in the portfolio
 * means individual development is unlikely to transfer (a `risk`); an inter-organisational
 * context triggers the collaborative-leadership implication (Archer & Cameron, 2013).
 *
 * @param input - items, optional conditions and `interOrganisational` (default `false`); not changed
 * @param options - see {@link PortfolioOptions}
 * @returns shares (fractions 0–1), the basis used, totals per side, findings and the rule applied
 * @throws LmdInputError when an item names an unknown intervention, an amount is negative or not a
 * finite number, a rating is unknown, or there are no items
 * @example
 * const result = analysePortfolio({
 *   items: [
 *     { interventionId: 'executive-education', spend: 60000 },
 *     { interventionId: 'coaching', spend: 30000 },
 *     { interventionId: 'action-learning-set', spend: 10000 },
 *   ],
 * });
 * result.basis //=> 'spend'
 * result.leadershipShare //=> 0.1
 * result.findings.map((finding) => finding.code) //=> ['PORTFOLIO_LEADERSHIP_UNDER_INVESTED', 'PORTFOLIO_CONDITIONS_NOT_RATED']
 * analysePortfolio({ items: [{ interventionId: 'away-day' as InterventionId }] }) //=> throws LmdInputError
 * @see {@link interventions}
 * @see Day (2000); Spillane (2006); Archer & Cameron (2013)
 */
export function analysePortfolio(input: PortfolioInput, options: PortfolioOptions = {}): PortfolioAnalysis {
  const { items, conditions, interOrganisational } = parseInput(portfolioInputSchema, input, 'input');
  const rule = parseInput(portfolioOptionsSchema, options, 'options');
  const findings: PortfolioFinding[] = [];

  const leaderItems = items.filter((item) => getIntervention(item.interventionId).focus === 'leader');
  const leadershipItems = items.filter((item) => getIntervention(item.interventionId).focus === 'leadership');
  const totals = { leader: sideTotals(leaderItems), leadership: sideTotals(leadershipItems) };

  const basis = chooseBasis(items, totals, findings);
  const weight = (side: PortfolioSideTotals): number =>
    basis === 'spend' ? side.spend : basis === 'hours' ? side.hours : side.items;
  const total = weight(totals.leader) + weight(totals.leadership);
  const leaderShare = weight(totals.leader) / total;
  const leadershipShare = weight(totals.leadership) / total;

  if (leadershipShare < rule.minimumLeadershipShare) {
    findings.push({
      code: 'PORTFOLIO_LEADERSHIP_UNDER_INVESTED',
      severity: portfolioFindings.PORTFOLIO_LEADERSHIP_UNDER_INVESTED.severity,
      message: `Leadership development takes ${percentBelow(leadershipShare, rule.minimumLeadershipShare)} of the portfolio by ${basis}, below the ${percent(rule.minimumLeadershipShare, 12)} threshold, so collective capacity is under-invested relative to individual development.`,
      basis: ['day-2000'],
    });
  }
  if (leadershipItems.length === 0) {
    findings.push({
      code: 'PORTFOLIO_ALL_INDIVIDUAL',
      severity: portfolioFindings.PORTFOLIO_ALL_INDIVIDUAL.severity,
      message:
        'Every intervention in the portfolio develops individuals; if leadership is a practice distributed across people, routines and tools, the team dynamics, structures and norms in which it happens are left undeveloped.',
      basis: ['spillane-2006', 'day-2000'],
    });
  }

  const constrainingConditions =
    conditions === undefined ? [] : systemicConditionIds.filter((id) => conditions[id] === 'constraining');
  if (conditions === undefined) {
    findings.push({
      code: 'PORTFOLIO_CONDITIONS_NOT_RATED',
      severity: portfolioFindings.PORTFOLIO_CONDITIONS_NOT_RATED.severity,
      message:
        'Role design, governance, culture and accountability were not rated, so whether individual development can transfer into organisational capability was not judged.',
      basis: ['day-2000'],
    });
  } else if (constrainingConditions.length > 0 && leaderItems.length > 0) {
    findings.push({
      code: 'PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER',
      severity: portfolioFindings.PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER.severity,
      message: `With ${listNames(constrainingConditions)} constraining, individual development is unlikely to turn into organisational capability until those conditions enable and reward its use.`,
      basis: ['day-2000'],
    });
  }

  if (interOrganisational) {
    findings.push({
      code: 'PORTFOLIO_INTER_ORGANISATIONAL',
      severity: portfolioFindings.PORTFOLIO_INTER_ORGANISATIONAL.severity,
      message:
        'In partnership or inter-organisational work leadership is shared across organisational boundaries, so include development that builds relationships and trust with partner organisations, ideally alongside them.',
      basis: ['archer-cameron-2013'],
    });
  }

  return {
    leaderShare,
    leadershipShare,
    basis,
    totals,
    constrainingConditions,
    findings,
    rule,
  };
}

function sideTotals(items: readonly ParsedItem[]): PortfolioSideTotals {
  return {
    items: items.length,
    spend: sum(items.map((item) => item.spend ?? 0)),
    hours: sum(items.map((item) => item.hours ?? 0)),
    participants: sum(items.map((item) => item.participants ?? 0)),
  };
}

function chooseBasis(
  items: readonly ParsedItem[],
  totals: { readonly leader: PortfolioSideTotals; readonly leadership: PortfolioSideTotals },
  findings: PortfolioFinding[],
): PortfolioBasis {
  for (const key of ['spend', 'hours'] as const) {
    const carrying = items.filter((item) => item[key] !== undefined).length;
    if (carrying === items.length && totals.leader[key] + totals.leadership[key] > 0) return key;
    if (carrying > 0) {
      findings.push({
        code: 'PORTFOLIO_BASIS_FALLBACK',
        severity: portfolioFindings.PORTFOLIO_BASIS_FALLBACK.severity,
        message:
          carrying === items.length
            ? `Every item's ${key} is 0, so the shares are not computed by ${key}.`
            : `Only ${carrying} of ${items.length} items carry ${key}, so the shares are not computed by ${key}.`,
        basis: [],
      });
    }
  }
  return 'count';
}

function percent(fraction: number, decimals: number): string {
  return `${Number((fraction * 100).toFixed(decimals))}%`;
}

// A share just below the threshold must not read as equal to it ("30% … below the 30% threshold"):
// one decimal place normally, more until the share's text differs from the threshold's.
function percentBelow(share: number, threshold: number): string {
  for (let decimals = 1; decimals < 12; decimals += 1) {
    const text = percent(share, decimals);
    if (text !== percent(threshold, decimals)) return text;
  }
  return percent(share, 12);
}

function listNames(ids: readonly (typeof systemicConditionIds)[number][]): string {
  return joinWithAnd(ids.map((id) => CONDITION_NAMES[id]));
}
