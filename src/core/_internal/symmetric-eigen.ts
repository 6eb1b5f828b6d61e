/**
 * The largest eigenvalue of a real symmetric matrix and its unit eigenvector, by the cyclic Jacobi
 * method (rotations that zero each off-diagonal element in turn until the off-diagonal sum of
 * squares is below 1e−30 of the total, or 100 sweeps). Small matrices only (items of a scale):
 * the cost is of the order of p³ per sweep.
 *
 * Source: Golub, G. H., & Van Loan, C. F. (2013). Matrix computations (4th ed.), section 8.5.
 *
 * @param matrix - a symmetric p × p matrix (not changed)
 * @returns `{ value, vector }` with the vector's largest-magnitude component made positive
 * @internal
 */
export function largestEigenpair(matrix: readonly (readonly number[])[]): { value: number; vector: number[] } {
  const p = matrix.length;
  const a = matrix.map((row) => [...row]);
  const v: number[][] = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)));
  let total = 0;
  for (const row of a) for (const value of row) total += value * value;
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let i = 0; i < p; i += 1) for (let j = i + 1; j < p; j += 1) off += 2 * ((a[i] as number[])[j] as number) ** 2;
    if (off <= 1e-30 * total) break;
    for (let i = 0; i < p; i += 1) {
      for (let j = i + 1; j < p; j += 1) {
        const rowI = a[i] as number[];
        const aij = rowI[j] as number;
        if (aij === 0) continue;
        const aii = rowI[i] as number;
        const ajj = (a[j] as number[])[j] as number;
        const theta = (ajj - aii) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k += 1) {
          const rowK = a[k] as number[];
          const aki = rowK[i] as number;
          const akj = rowK[j] as number;
          rowK[i] = c * aki - s * akj;
          rowK[j] = s * aki + c * akj;
        }
        for (let k = 0; k < p; k += 1) {
          const aik = (a[i] as number[])[k] as number;
          const ajk = (a[j] as number[])[k] as number;
          (a[i] as number[])[k] = c * aik - s * ajk;
          (a[j] as number[])[k] = s * aik + c * ajk;
        }
        for (let k = 0; k < p; k += 1) {
          const rowK = v[k] as number[];
          const vki = rowK[i] as number;
          const vkj = rowK[j] as number;
          rowK[i] = c * vki - s * vkj;
          rowK[j] = s * vki + c * vkj;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < p; i += 1) if (((a[i] as number[])[i] as number) > ((a[best] as number[])[best] as number)) best = i;
  const vector = v.map((row) => row[best] as number);
  let largest = 0;
  for (const value of vector) if (Math.abs(value) > Math.abs(largest)) largest = value;
  return { value: (a[best] as number[])[best] as number, vector: largest < 0 ? vector.map((x) => -x) : vector };
}
