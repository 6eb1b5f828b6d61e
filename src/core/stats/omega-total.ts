import { deepFreeze } from '../deep-freeze.js';
import type { FindingDefinition } from '../finding-catalogue.js';
import { findingCodesOf } from '../finding-catalogue.js';
import type { Finding } from '../finding.js';
import { assertFiniteMatrix } from '../_internal/assert-finite-matrix.js';
import { assertMatrixWithMissing, assertItemsVary, pairwiseCorrelation, pairwiseCovariance } from '../_internal/pairwise-covariance.js';
import { largestEigenpair } from '../_internal/symmetric-eigen.js';
import { LmdInputError } from '../input-error.js';
import { parseInput } from '../parse-input.js';
import { reliabilityOptionsSchema, type ReliabilityOptions } from './cronbach-alpha.js';

/**
 * What each finding {@link omegaTotal} can return means: code → severity and meaning, defined once.
 *
 * @example
 * omegaFindings.OMEGA_ONE_FACTOR_POOR_FIT.severity //=> 'warning'
 * @see {@link omegaTotal}
 */
export const omegaFindings = /* @__PURE__ */ deepFreeze({
  OMEGA_ONE_FACTOR_POOR_FIT: {
    severity: 'warning',
    meaning:
      'One factor fits the items poorly (RMSEA above .10, the poor-fit band of MacCallum, Browne & Sugawara 1996), so omega, like alpha, describes a total that mixes more than one thing.',
  },
  OMEGA_HEYWOOD_CASE: {
    severity: 'warning',
    meaning: 'An item’s uniqueness reached the lower bound of 0.005 (a Heywood case), so the fit is at a boundary and omega is unstable.',
  },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link omegaTotal} can return.
 *
 * @example
 * omegaFindingCodes //=> ['OMEGA_ONE_FACTOR_POOR_FIT', 'OMEGA_HEYWOOD_CASE']
 * @see {@link omegaFindings}
 */
export const omegaFindingCodes = /* @__PURE__ */ findingCodesOf(omegaFindings);

/**
 * A finding of {@link omegaTotal}.
 * @see {@link omegaFindingCodes}
 */
export type OmegaFinding = Finding<(typeof omegaFindingCodes)[number]>;

/**
 * The result of {@link omegaTotal}.
 * @see {@link omegaTotal}
 */
export interface OmegaTotalResult {
  /** McDonald's omega total, (Σλ)² ÷ ((Σλ)² + Σψ). */
  readonly omega: number;
  /** The standardised loadings of the one factor, oriented so that they sum to a positive number. */
  readonly loadings: readonly number[];
  /** The uniquenesses, 1 − λ² (as psych reports them). */
  readonly uniquenesses: readonly number[];
  /** How many respondents (rows), used for the fit statistics. */
  readonly n: number;
  /** Degrees of freedom of the one-factor model, p (p − 1)/2 − p. */
  readonly df: number;
  /** The maximum-likelihood discrepancy at the solution, tr(Σ̂⁻¹R) − log det(Σ̂⁻¹R) − p. */
  readonly objective: number;
  /** Bartlett-corrected likelihood-ratio χ², objective × (n − 1 − (2p + 5)/6 − 2/3), at least 0. */
  readonly chiSquare: number;
  /** RMSEA as psych computes it, √max(χ² / (df · n) − 1 / (n − 1), 0); `null` when df = 0. */
  readonly rmsea: number | null;
  /** The rule applied for the poor-fit finding. */
  readonly poorFitRmsea: number;
  /** Fit and boundary findings. */
  readonly findings: readonly OmegaFinding[];
}

/** The lower bound psych's maximum-likelihood fit puts on a uniqueness. */
const LOWER_UNIQUENESS = 0.005;
/** RMSEA above this is poor fit (MacCallum, Browne & Sugawara 1996). */
const POOR_FIT_RMSEA = 0.1;

/**
 * McDonald's (1999) omega total for a respondents × items matrix, from a one-factor model fitted
 * to the items' correlation matrix by maximum likelihood, with the loadings, uniquenesses, fit
 * statistics and findings. Equal to the omega computed from `psych::fa(x, nfactors = 1, fm = "ml")`
 * (`(sum(L))^2 / ((sum(L))^2 + sum(f$uniquenesses))` with `L = f$loadings`) to 1e-6.
 *
 * The correlations are R's `cor(x, use = "pairwise")` (with complete data, the ordinary ones).
 *
 * Method: the uniquenesses Ψ minimise the ML discrepancy; at the solution λ = Ψ^½ v √(θ − 1), with
 * θ, v the largest eigenvalue and eigenvector of Ψ^−½ R Ψ^−½, and Ψ = diag(R − λλ'). lmdkit
 * iterates this fixed point (with Ψ kept in [0.005, 1], psych's bounds) until no uniqueness moves
 * by more than 1e−12, which gives the stationary point psych's L-BFGS-B search approaches.
 * Omega = (Σλ)² ÷ ((Σλ)² + Σ(1 − λ²)). Unlike alpha, omega does not assume the items load equally.
 *
 * Findings: `OMEGA_ONE_FACTOR_POOR_FIT` when RMSEA exceeds .10, the band MacCallum, Browne &
 * Sugawara (1996) call poor (only with at least four items, since three items fit one factor
 * exactly); `OMEGA_HEYWOOD_CASE` when a uniqueness reaches the 0.005 bound.
 *
 * Awkward cases: at least three items and as many respondents as items are needed; an item without
 * variance throws (psych drops it); a correlation matrix that is not positive definite (possible
 * with pairwise-missing answers) throws, where psych smooths it.
 *
 * @param matrix - rows = respondents, columns = items (at least three); `null` for a missing
 * answer with `{ missing: 'pairwise' }`
 * @param options - `missing`: `'none'` (default) or `'pairwise'`
 * @returns `{ omega, loadings, uniquenesses, n, df, objective, chiSquare, rmsea, poorFitRmsea, findings }`
 * @throws LmdInputError for a malformed matrix, fewer than three items, fewer respondents than
 * items, an item without variance, a correlation matrix that is not positive definite, or a fit
 * that does not converge
 * @example
 * const data = [[4, 5, 4, 3], [2, 3, 3, 2], [5, 4, 4, 4], [3, 3, 2, 3], [4, 4, 5, 5], [1, 2, 2, 2], [3, 4, 3, 2], [5, 4, 4, 4], [2, 1, 2, 3], [3, 3, 4, 3]];
 * const result = omegaTotal(data);
 * result.omega.toFixed(3) //=> '0.899'
 * result.findings.map((finding) => finding.code) //=> ['OMEGA_ONE_FACTOR_POOR_FIT']
 * omegaTotal([[1, 2], [2, 3]]) //=> throws LmdInputError
 * @see {@link cronbachAlpha}
 * @see Source: mcdonald-1999, maccallum-browne-sugawara-1996 in {@link references}.
 */
export function omegaTotal(matrix: readonly (readonly (number | null)[])[], options: ReliabilityOptions = {}): OmegaTotalResult {
  const valid = parseInput(reliabilityOptionsSchema, options, 'options');
  if (valid.missing === 'pairwise') assertMatrixWithMissing(matrix, ['matrix'], 2, 3);
  else assertFiniteMatrix(matrix, ['matrix'], 2, 3);
  const n = matrix.length;
  const covariance = pairwiseCovariance(matrix, ['matrix']);
  assertItemsVary(covariance, ['matrix']);
  const p = covariance.length;
  if (n < p) {
    throw new LmdInputError([{ keys: ['matrix'], message: `expected at least as many respondents as items, ${p} (received ${n})` }]);
  }
  // R's cor(x, use = "pairwise"): each correlation from the rows both items share.
  const r = pairwiseCorrelation(matrix, ['matrix']);
  if (r.some((row) => row.some((value) => !Number.isFinite(value)))) {
    throw new LmdInputError([{ keys: ['matrix'], message: 'two items do not vary over the respondents who answered both, so their correlation is not defined' }]);
  }
  const logDetR = logDeterminant(r);
  if (logDetR === null) {
    throw new LmdInputError([
      { keys: ['matrix'], message: 'the items’ correlation matrix is not positive definite (an item is a combination of others, or pairwise answers are inconsistent), so no maximum-likelihood fit exists' },
    ]);
  }
  const fit = fitOneFactor(r);
  const sum = fit.loadings.reduce((total, value) => total + value, 0);
  const loadings = sum < 0 ? fit.loadings.map((value) => -value) : fit.loadings;
  const uniquenesses = loadings.map((value) => 1 - value * value);
  const loadingSum = Math.abs(sum);
  const omega = (loadingSum * loadingSum) / (loadingSum * loadingSum + uniquenesses.reduce((total, value) => total + value, 0));
  const objective = discrepancy(r, loadings, logDetR);
  const df = (p * (p - 1)) / 2 - p;
  const chiSquare = Math.max(0, objective * (n - 1 - (2 * p + 5) / 6 - 2 / 3));
  const rmsea = df > 0 ? Math.sqrt(Math.max(chiSquare / (df * n) - 1 / (n - 1), 0)) : null;
  const findings: OmegaFinding[] = [];
  if (rmsea !== null && rmsea > POOR_FIT_RMSEA) {
    findings.push({
      code: 'OMEGA_ONE_FACTOR_POOR_FIT',
      severity: omegaFindings.OMEGA_ONE_FACTOR_POOR_FIT.severity,
      message: `One factor fits these items poorly (RMSEA ${rmsea.toFixed(3)}, above ${POOR_FIT_RMSEA}), so omega describes a total that mixes more than one thing.`,
      basis: ['maccallum-browne-sugawara-1996'],
    });
  }
  if (fit.boundary) {
    findings.push({
      code: 'OMEGA_HEYWOOD_CASE',
      severity: omegaFindings.OMEGA_HEYWOOD_CASE.severity,
      message: 'An item’s uniqueness reached the lower bound of 0.005, so the fit is at a boundary and omega is unstable.',
      basis: ['mcdonald-1999'],
    });
  }
  return { omega, loadings, uniquenesses, n, df, objective, chiSquare, rmsea, poorFitRmsea: POOR_FIT_RMSEA, findings };
}

function fitOneFactor(r: readonly (readonly number[])[]): { loadings: number[]; boundary: boolean } {
  const p = r.length;
  // Start from psych's start values, 1 − squared multiple correlation (1 / diag(R⁻¹)), bounded.
  const inverseDiagonal = inverseDiagonalOf(r);
  let psi = inverseDiagonal.map((value) => clamp(1 / value));
  let loadings: number[] = new Array<number>(p).fill(0);
  for (let iteration = 0; iteration < 200_000; iteration += 1) {
    const roots = psi.map((value) => Math.sqrt(value));
    const scaled = r.map((row, i) => row.map((value, j) => value / ((roots[i] as number) * (roots[j] as number))));
    const { value: theta, vector } = largestEigenpair(scaled);
    const strength = Math.sqrt(Math.max(theta - 1, 0));
    loadings = vector.map((value, i) => (roots[i] as number) * value * strength);
    const next = loadings.map((value) => clamp(1 - value * value));
    let change = 0;
    for (let i = 0; i < p; i += 1) change = Math.max(change, Math.abs((next[i] as number) - (psi[i] as number)));
    psi = next;
    if (change < 1e-12) {
      return { loadings, boundary: psi.some((value) => value <= LOWER_UNIQUENESS) };
    }
  }
  throw new LmdInputError([{ keys: ['matrix'], message: 'the one-factor maximum-likelihood fit did not converge in 200 000 iterations' }]);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(LOWER_UNIQUENESS, value));
}

/** tr(Σ̂⁻¹R) − log det(Σ̂⁻¹R) − p for Σ̂ = λλ' + diag(1 − λ²). */
function discrepancy(r: readonly (readonly number[])[], loadings: readonly number[], logDetR: number): number {
  const p = r.length;
  const model = r.map((row, i) => row.map((_, j) => (i === j ? 1 : (loadings[i] as number) * (loadings[j] as number))));
  const inverse = invert(model);
  let trace = 0;
  for (let i = 0; i < p; i += 1) for (let j = 0; j < p; j += 1) trace += ((inverse[i] as number[])[j] as number) * ((r[j] as number[])[i] as number);
  const logDetModel = logDeterminant(model) as number;
  return trace - (logDetR - logDetModel) - p;
}

/** log det of a symmetric positive definite matrix by Cholesky, or `null` when it is not positive definite. */
function logDeterminant(matrix: readonly (readonly number[])[]): number | null {
  const p = matrix.length;
  const l: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  let total = 0;
  for (let j = 0; j < p; j += 1) {
    let diagonal = (matrix[j] as number[])[j] as number;
    for (let k = 0; k < j; k += 1) diagonal -= ((l[j] as number[])[k] as number) ** 2;
    if (!(diagonal > 1e-14)) return null;
    const root = Math.sqrt(diagonal);
    (l[j] as number[])[j] = root;
    total += 2 * Math.log(root);
    for (let i = j + 1; i < p; i += 1) {
      let value = (matrix[i] as number[])[j] as number;
      for (let k = 0; k < j; k += 1) value -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number);
      (l[i] as number[])[j] = value / root;
    }
  }
  return total;
}

/** The inverse of a small nonsingular matrix by Gauss–Jordan elimination with partial pivoting. */
function invert(matrix: readonly (readonly number[])[]): number[][] {
  const p = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0))]);
  for (let column = 0; column < p; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < p; row += 1) {
      if (Math.abs((a[row] as number[])[column] as number) > Math.abs((a[pivot] as number[])[column] as number)) pivot = row;
    }
    [a[column], a[pivot]] = [a[pivot] as number[], a[column] as number[]];
    const pivotRow = a[column] as number[];
    const divisor = pivotRow[column] as number;
    for (let k = 0; k < 2 * p; k += 1) pivotRow[k] = (pivotRow[k] as number) / divisor;
    for (let row = 0; row < p; row += 1) {
      if (row === column) continue;
      const target = a[row] as number[];
      const factor = target[column] as number;
      if (factor === 0) continue;
      for (let k = 0; k < 2 * p; k += 1) target[k] = (target[k] as number) - factor * (pivotRow[k] as number);
    }
  }
  return a.map((row) => row.slice(p));
}

function inverseDiagonalOf(matrix: readonly (readonly number[])[]): number[] {
  const inverse = invert(matrix);
  return inverse.map((row, i) => row[i] as number);
}
