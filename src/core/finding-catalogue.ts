import type { FindingAudience, FindingSeverity } from './finding.js';

/**
 * What one finding code means, defined once: how much it matters and, in a sentence, what it says.
 * A module's catalogue of these (code → definition) is the single source for its rules, its
 * exported list of codes and its docs.
 * @see {@link findingCodesOf}
 */
export interface FindingDefinition {
  /** The severity every finding with this code carries. */
  readonly severity: FindingSeverity;
  /** What a finding with this code says, in one plain UK English sentence. */
  readonly meaning: string;
  /** For a finding about a person: who may read it. */
  readonly audience?: FindingAudience;
}

/**
 * The codes of a finding catalogue, in its order, as a frozen array of literal codes.
 *
 * @param catalogue - a module's code → {@link FindingDefinition} record
 * @returns its codes
 * @example
 * findingCodesOf({ A_CODE: { severity: 'info', meaning: 'Context.' } }) //=> ['A_CODE']
 * @see {@link FindingDefinition}
 */
export function findingCodesOf<Code extends string>(catalogue: Readonly<Record<Code, FindingDefinition>>): readonly Code[] {
  return Object.freeze(Object.keys(catalogue) as Code[]);
}
