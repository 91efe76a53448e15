// Small dense linear algebra for the analyses (systems of a few to a few hundred unknowns, solved
// once per Newton or Levenberg-Marquardt step): LU with partial pivoting. Matrices are row-major
// Float64Arrays, n x n.

/**
 * Solves a x = b in place of copies (neither argument is changed). Returns undefined where a is
 * singular to working precision (a zero pivot), so that a caller can shorten its step or stop.
 */
export function solve(a: Float64Array, b: Float64Array, n: number): Float64Array | undefined {
  const m = Float64Array.from(a.subarray(0, n * n));
  const x = Float64Array.from(b.subarray(0, n));
  for (let k = 0; k < n; k++) {
    let pivot = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(m[i * n + k]) > Math.abs(m[pivot * n + k])) pivot = i;
    const big = m[pivot * n + k];
    if (big === 0 || !Number.isFinite(big)) return undefined;
    if (pivot !== k) {
      for (let j = 0; j < n; j++) [m[k * n + j], m[pivot * n + j]] = [m[pivot * n + j], m[k * n + j]];
      [x[k], x[pivot]] = [x[pivot], x[k]];
    }
    for (let i = k + 1; i < n; i++) {
      const f = m[i * n + k] / big;
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) m[i * n + j] -= f * m[k * n + j];
      x[i] -= f * x[k];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let j = i + 1; j < n; j++) s -= m[i * n + j] * x[j];
    x[i] = s / m[i * n + i];
  }
  return x;
}

/** det a, by LU with partial pivoting (a is not changed). */
export function determinant(a: Float64Array, n: number): number {
  const m = Float64Array.from(a.subarray(0, n * n));
  let det = 1;
  for (let k = 0; k < n; k++) {
    let pivot = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(m[i * n + k]) > Math.abs(m[pivot * n + k])) pivot = i;
    const big = m[pivot * n + k];
    if (big === 0) return 0;
    if (pivot !== k) {
      for (let j = 0; j < n; j++) [m[k * n + j], m[pivot * n + j]] = [m[pivot * n + j], m[k * n + j]];
      det = -det;
    }
    det *= big;
    for (let i = k + 1; i < n; i++) {
      const f = m[i * n + k] / big;
      for (let j = k + 1; j < n; j++) m[i * n + j] -= f * m[k * n + j];
    }
  }
  return det;
}

/** The Euclidean norm of v. */
export function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}
