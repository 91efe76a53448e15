// Eigenvalues of a small dense real matrix (the Jacobian at a fixed point): ml-matrix's
// EigenvalueDecomposition (JAMA's Hessenberg reduction and shifted QR iteration) on the matrix
// balanced first. JAMA does not balance, and on its own loses most digits of a badly scaled matrix
// (test/eigenvalues.test.ts: a diagonal similarity spreading the entries over 16 orders of
// magnitude leaves errors of 1e-3 in eigenvalues of order 1, under 1e-10 after balancing); neuron models mix such scales (a Hodgkin-Huxley
// Jacobian has entries of order 100, in mV per ms per unit gate, beside ones of order 0.01, and
// SI units spread them far wider). Balancing is EISPACK's balanc (Parlett & Reinsch 1969, in the
// form of Press et al., Numerical Recipes, 3rd ed., section 11.6): a similarity, so the eigenvalues
// are unchanged.
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/** An eigenvalue re + i im. Complex ones come in conjugate pairs, positive imaginary part first. */
export interface Eigenvalue {
  re: number;
  im: number;
}

const RADIX = 2;

/** Scales rows and columns of m by powers of 2 (exact in floating point) so that their norms match. */
function balance(m: Matrix): void {
  const n = m.rows;
  let done = false;
  while (!done) {
    done = true;
    for (let i = 0; i < n; i++) {
      let r = 0;
      let c = 0;
      for (let j = 0; j < n; j++)
        if (j !== i) {
          c += Math.abs(m.get(j, i));
          r += Math.abs(m.get(i, j));
        }
      if (c === 0 || r === 0) continue;
      const s = c + r;
      let f = 1;
      let g = r / RADIX;
      while (c < g) {
        f *= RADIX;
        c *= RADIX * RADIX;
      }
      g = r * RADIX;
      while (c > g) {
        f /= RADIX;
        c /= RADIX * RADIX;
      }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        m.mulRow(i, 1 / f);
        m.mulColumn(i, f);
      }
    }
  }
}

/**
 * The eigenvalues of the n x n row-major matrix `a` (not changed), sorted by decreasing real part
 * (the first decides stability), a complex pair's positive imaginary part first.
 */
export function eigenvalues(a: ArrayLike<number>, n: number): Eigenvalue[] {
  for (let i = 0; i < n * n; i++)
    if (!Number.isFinite(a[i]))
      throw new Error(`eigenvalues: the matrix has a non-finite entry (${a[i]}) at row ${Math.floor(i / n)}, column ${i % n}`);
  if (n === 0) return [];
  const m = new Matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m.set(i, j, a[i * n + j]);
  balance(m);
  const { realEigenvalues: re, imaginaryEigenvalues: im } = new EigenvalueDecomposition(m);
  return re.map((r, i) => ({ re: r, im: im[i] })).sort((u, v) => v.re - u.re || v.im - u.im);
}
