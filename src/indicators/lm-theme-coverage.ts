import type { ReferenceId } from '../core/references.js';
import { frameworkAudiences, type FrameworkAudience } from './audiences.js';
import { iipStandard2004, type StandardStatementId } from './iip-standard-2004.js';
import { lmModel, type LmIndicatorId } from './lm-model.js';
import { widerFrameworkStatements, type WiderFrameworkStatementId } from './wider-framework-statements.js';

/**
 * One statement an L&M themed assessment examines, with the L&M indicators that map to it.
 *
 * @example
 * const item = lmThemeCoverage().audiences[0]?.standard[0];
 * item?.id //=> '4.1'
 * item?.indicators //=> ['LM1', 'LM3', 'LM4']
 * @see {@link lmThemeCoverage}
 */
export interface LmThemeItem {
  /** The Standard statement id (`'4.1'`) or wider framework statement id (`'WF1'`). */
  readonly id: StandardStatementId | WiderFrameworkStatementId;
  /** lmdkit's paraphrase. */
  readonly statement: string;
  /** The L&M indicators mapped to it. */
  readonly indicators: readonly LmIndicatorId[];
  /** Whether its numbering or place in the mapping is confirmed. */
  readonly verified: boolean;
}

/**
 * What an L&M themed assessment within the IIP framework must examine.
 *
 * @example
 * const coverage: LmThemeCoverage = lmThemeCoverage();
 * coverage.standardBase.evidenceRequirements //=> 39
 * @see {@link lmThemeCoverage}
 */
export interface LmThemeCoverage {
  /** The Standard remains the base of any themed assessment. */
  readonly standardBase: { readonly evidenceRequirements: number; readonly note: string };
  /** For each framework audience, the Standard and wider framework statements the theme adds weight to. */
  readonly audiences: readonly {
    readonly audience: FrameworkAudience;
    readonly name: string;
    readonly standard: readonly LmThemeItem[];
    readonly widerFramework: readonly LmThemeItem[];
  }[];
  /** The report's recommendation this coverage serves. */
  readonly recommendation: string;
  /** Bibliography ids. */
  readonly basis: readonly ReferenceId[];
}

/**
 * What an L&M themed assessment within the IIP framework must examine: the 2010 report's
 * recommended option 1, which replaces the separate L&M Model with an L&M focus inside the
 * framework. Built from the model's mapping (Appendix 2 of the report): the Standard statements
 * and wider framework statements the nine L&M indicators map to, grouped by the audience that
 * gives the evidence, each listing the L&M indicators it serves. A statement written for several
 * audiences appears under each. The 39 Standard evidence requirements remain the base.
 *
 * @returns the coverage, computed afresh from the reference data on each call
 * @example
 * const coverage = lmThemeCoverage();
 * coverage.audiences.map((group) => group.audience) //=> ['top-managers', 'managers', 'people']
 * coverage.audiences[2]?.standard.map((item) => item.id) //=> ['3.2', 'indicator-6', '10.3']
 * @see {@link lmModel}
 * @see {@link iipStandard2004}
 * @see {@link widerFrameworkStatements}
 */
export function lmThemeCoverage(): LmThemeCoverage {
  const standardIndicators = new Map<string, LmIndicatorId[]>();
  const widerIndicators = new Map<string, LmIndicatorId[]>();
  for (const indicator of lmModel.indicators) {
    for (const id of indicator.standard) addTo(standardIndicators, id, indicator.id);
    for (const id of indicator.widerFramework) addTo(widerIndicators, id, indicator.id);
  }

  const audiences = frameworkAudiences.map(({ id: audience, name }) => ({
    audience,
    name,
    standard: themeItems(iipStandard2004.mappedStatements, standardIndicators, audience).sort(compareStandardIds),
    widerFramework: themeItems(widerFrameworkStatements, widerIndicators, audience),
  }));

  return {
    standardBase: {
      evidenceRequirements: iipStandard2004.totalEvidenceRequirements,
      note: 'A themed assessment still covers all 39 Standard evidence requirements; the statements listed here are where the leadership and management theme adds weight.',
    },
    audiences,
    recommendation:
      'Recognise leadership and management through themed assessments and certificates within the IIP framework (option 1), and use the next framework review to explore the other areas the consultation raised.',
    basis: ['iip-lm-consultation-2010', 'iip-lm-model-2003', 'iip-standard-2004', 'iip-framework-2009'],
  };
}

/** The statements written for an audience that at least one L&M indicator maps to. */
function themeItems(
  statements: readonly {
    readonly id: LmThemeItem['id'];
    readonly audiences: readonly FrameworkAudience[];
    readonly statement: string;
    readonly verified: boolean;
  }[],
  indicatorsById: ReadonlyMap<string, LmIndicatorId[]>,
  audience: FrameworkAudience,
): LmThemeItem[] {
  return statements
    .filter((entry) => entry.audiences.includes(audience))
    .map((entry) => ({
      id: entry.id,
      statement: entry.statement,
      indicators: indicatorsById.get(entry.id) ?? [],
      verified: entry.verified,
    }))
    .filter((item) => item.indicators.length > 0);
}

function addTo(map: Map<string, LmIndicatorId[]>, key: string, indicator: LmIndicatorId): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [indicator]);
  else if (!list.includes(indicator)) list.push(indicator);
}

function compareStandardIds(a: LmThemeItem, b: LmThemeItem): number {
  return standardSortKey(a.id) - standardSortKey(b.id);
}

function standardSortKey(id: string): number {
  if (id.startsWith('indicator-')) return Number(id.slice('indicator-'.length)) * 100;
  const [indicator = '0', requirement = '0'] = id.split('.');
  return Number(indicator) * 100 + Number(requirement);
}
