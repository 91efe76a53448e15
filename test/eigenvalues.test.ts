// The dense eigenvalue solver (analysis/eigenvalues.ts) on matrices whose eigenvalues are known:
// similarity transforms of given spectra (real, complex pairs, repeated), companion matrices of
// polynomials with given roots, a Jordan block, a badly scaled similarity transform (which needs the
// balancing), and the Hodgkin-Huxley Jacobian of models/hh.ts at rest, whose eigenvalues must agree
// with trace and determinant.
import test from 'ava';
import { determinant } from '../analysis/dense';
import { type Eigenvalue, eigenvalues } from '../analysis/eigenvalues';
import { HH_REST, hodgkinHuxley } from './helpers/model-fields';

/** A x B for n x n row-major matrices. */
function mul(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) for (let j = 0; j < n; j++) c[i * n + j] += a[i * n + k] * b[k * n + j];
  return c;
}

/** S D S^-1 for a block-diagonal D of the given spectrum (a pair re +- i im as a 2 x 2 rotation block) and a fixed S. */
function withSpectrum(spectrum: Eigenvalue[]): Float64Array {
  const n = spectrum.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const e = spectrum[i];
    if (e.im > 0) {
      d[i * n + i] = d[(i + 1) * n + i + 1] = e.re;
      d[i * n + i + 1] = e.im;
      d[(i + 1) * n + i] = -e.im;
      i++;
    } else d[i * n + i] = e.re;
  }
  // S = I + L with L strictly lower triangular, S^-1 = I - L + L^2 - ...; a unit lower triangular S
  // has an exact inverse by forward substitution
  const s = new Float64Array(n * n);
  const sinv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    s[i * n + i] = 1;
    for (let j = 0; j < i; j++) s[i * n + j] = ((i * 7 + j * 3) % 5) / 4 - 0.5;
  }
  for (let c = 0; c < n; c++)
    for (let i = 0; i < n; i++) {
      let v = i === c ? 1 : 0;
      for (let j = 0; j < i; j++) v -= s[i * n + j] * sinv[j * n + c];
      sinv[i * n + c] = v;
    }
  return mul(mul(s, d, n), sinv, n);
}

const close = (got: Eigenvalue[], want: Eigenvalue[], tol: number): boolean =>
  got.length === want.length &&
  want.every((w) => got.some((g) => Math.hypot(g.re - w.re, g.im - w.im) <= tol * (1 + Math.hypot(w.re, w.im))));

test('real, complex and repeated spectra of similarity transforms are recovered to 1e-10', (t) => {
  const spectra: Eigenvalue[][] = [
    [
      { re: 3, im: 0 },
      { re: -1, im: 0 },
      { re: 0.5, im: 0 },
    ],
    [
      { re: -0.2, im: 2 },
      { re: -0.2, im: -2 },
      { re: -5, im: 0 },
      { re: 1e-3, im: 0 },
    ],
    [
      { re: 0, im: 1 },
      { re: 0, im: -1 },
      { re: 0, im: 3 },
      { re: 0, im: -3 },
      { re: -2, im: 0 },
    ],
    [
      { re: 2, im: 0 },
      { re: 2, im: 0 },
      { re: -7, im: 0.5 },
      { re: -7, im: -0.5 },
      { re: 0, im: 0 },
      { re: 40, im: 0 },
    ],
  ];
  for (const spectrum of spectra) {
    const got = eigenvalues(withSpectrum(spectrum), spectrum.length);
    t.true(close(got, spectrum, 1e-10), `got ${JSON.stringify(got)} for ${JSON.stringify(spectrum)}`);
  }
});

test('eigenvalues come sorted by real part, a pair with its positive imaginary part first', (t) => {
  const got = eigenvalues(
    withSpectrum([
      { re: -3, im: 0 },
      { re: 1, im: 2 },
      { re: 1, im: -2 },
      { re: 0, im: 0 },
    ]),
    4,
  );
  t.deepEqual(
    got.map((e) => [Math.round(e.re * 1e9) / 1e9 + 0, Math.round(e.im * 1e9) / 1e9 + 0]),
    [
      [1, 2],
      [1, -2],
      [0, 0],
      [-3, 0],
    ],
  );
});

test('a companion matrix gives its polynomial roots; a 20 x 20 one with roots 1..20 to 1e-6 relative', (t) => {
  // x^3 - 1: roots 1 and -1/2 +- i sqrt(3)/2
  const c3 = Float64Array.from([0, 0, 1, 1, 0, 0, 0, 1, 0]);
  t.true(
    close(
      eigenvalues(c3, 3),
      [
        { re: 1, im: 0 },
        { re: -0.5, im: Math.sqrt(3) / 2 },
        { re: -0.5, im: -Math.sqrt(3) / 2 },
      ],
      1e-12,
    ),
  );
  // diagonal plus a strictly upper part: the diagonal is the spectrum
  const n = 20;
  const u = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) u[i * n + j] = i === j ? i + 1 : Math.sin(i + 2 * j);
  const want = Array.from({ length: n }, (_, i) => ({ re: i + 1, im: 0 }));
  t.true(close(eigenvalues(withSpectrum(want), n), want, 1e-6));
  t.true(close(eigenvalues(u, n), want, 1e-9));
});

// Row i scaled by d_i and column i by 1/d_i (a similarity): entries spread over 16 orders of
// magnitude. ml-matrix's solver alone gets these eigenvalues to about 1e-3; balanced first, to 1e-10.
test('a badly scaled matrix (D A D^-1, d from 1e-4 to 1e4) keeps its spectrum to 1e-10 relative', (t) => {
  const spectrum: Eigenvalue[] = [
    { re: 6, im: 0 },
    { re: -3, im: 0.5 },
    { re: -3, im: -0.5 },
    { re: 2, im: 0 },
    { re: -1, im: 0 },
    { re: 0.25, im: 0 },
  ];
  const n = spectrum.length;
  const a = withSpectrum(spectrum);
  const d = [1e-4, 1e3, 1, 1e4, 1e-2, 1e-3];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] *= d[i] / d[j];
  t.true(close(eigenvalues(a, n), spectrum, 1e-10), JSON.stringify(eigenvalues(a, n)));
});

test('a Jordan block (defective) gives its eigenvalue to the accuracy such blocks allow', (t) => {
  const j = Float64Array.from([2, 1, 0, 0, 2, 1, 0, 0, 2]);
  for (const e of eigenvalues(j, 3)) t.true(Math.hypot(e.re - 2, e.im) < 1e-5);
});

test("the Hodgkin-Huxley Jacobian at rest (entries from 1e-3 to 1e2): det(J - lambda I) vanishes at each, sum and product are J's trace and determinant", async (t) => {
  const field = await hodgkinHuxley();
  const j = new Float64Array(16);
  field.evaluate(Float64Array.from(HH_REST), Float64Array.from([0, 120, 36]), new Float64Array(4), j);
  const eig = eigenvalues(j, 4);
  t.true(
    eig.every((e) => e.re < 0),
    'the rest state is stable',
  );
  const trace = j[0] + j[5] + j[10] + j[15];
  t.true(Math.abs(eig.reduce((s, e) => s + e.re, 0) - trace) < 1e-10 * Math.abs(trace));
  // the product of the eigenvalues, in complex arithmetic
  let [re, im] = [1, 0];
  for (const e of eig) [re, im] = [re * e.re - im * e.im, re * e.im + im * e.re];
  const det = determinant(j, 4);
  t.true(Math.abs(re - det) < 1e-9 * Math.abs(det) && Math.abs(im) < 1e-9 * Math.abs(det));
  for (const e of eig.filter((v) => v.im === 0)) {
    const shifted = Float64Array.from(j);
    for (let i = 0; i < 4; i++) shifted[i * 5] -= e.re;
    t.true(Math.abs(determinant(shifted, 4)) < 1e-9 * Math.abs(det), `det(J - ${e.re} I) = ${determinant(shifted, 4)}`);
  }
});

test('a non-finite entry is refused, naming where it is', (t) => {
  t.throws(() => eigenvalues([1, 2, NaN, 4], 2), { message: /non-finite entry \(NaN\) at row 1, column 0/ });
  t.deepEqual(eigenvalues([5], 1), [{ re: 5, im: 0 }]);
});
