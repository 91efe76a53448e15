// Eigenvalues of a small dense real matrix (the Jacobian at a fixed point): balancing, reduction to
// upper Hessenberg form by stabilised elementary similarity transformations, and the Francis
// double-shift QR iteration on it (EISPACK's balanc, elmhes and hqr, in the form of Press et al.,
// Numerical Recipes, 3rd ed., section 11.6-11.7). Written here because the house rules leave no
// dependency to add, and values alone, without vectors, are what stability needs.
// Balancing matters for neuron models: a Hodgkin-Huxley Jacobian mixes entries of order 100
// (mV per ms per unit gate) with ones of order 0.01.

/** An eigenvalue re + i im. Complex ones come in conjugate pairs, positive imaginary part first. */
export interface Eigenvalue {
  re: number;
  im: number;
}

const RADIX = 2;

/** Scales rows and columns by powers of 2 so that their norms match (a similarity transform). */
function balance(a: Float64Array, n: number): void {
  let done = false;
  while (!done) {
    done = true;
    for (let i = 0; i < n; i++) {
      let r = 0;
      let c = 0;
      for (let j = 0; j < n; j++)
        if (j !== i) {
          c += Math.abs(a[j * n + i]);
          r += Math.abs(a[i * n + j]);
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
        for (let j = 0; j < n; j++) a[i * n + j] /= f;
        for (let j = 0; j < n; j++) a[j * n + i] *= f;
      }
    }
  }
}

/** Reduces a to upper Hessenberg form (entries below the subdiagonal set to zero). */
function hessenberg(a: Float64Array, n: number): void {
  for (let m = 1; m < n - 1; m++) {
    let x = 0;
    let i = m;
    for (let j = m; j < n; j++)
      if (Math.abs(a[j * n + m - 1]) > Math.abs(x)) {
        x = a[j * n + m - 1];
        i = j;
      }
    if (i !== m) {
      for (let j = m - 1; j < n; j++) [a[i * n + j], a[m * n + j]] = [a[m * n + j], a[i * n + j]];
      for (let j = 0; j < n; j++) [a[j * n + i], a[j * n + m]] = [a[j * n + m], a[j * n + i]];
    }
    if (x === 0) continue;
    for (i = m + 1; i < n; i++) {
      let y = a[i * n + m - 1];
      if (y === 0) continue;
      y /= x;
      a[i * n + m - 1] = 0;
      for (let j = m; j < n; j++) a[i * n + j] -= y * a[m * n + j];
      for (let j = 0; j < n; j++) a[j * n + m] += y * a[j * n + i];
    }
  }
}

const sign = (a: number, b: number): number => (b >= 0 ? Math.abs(a) : -Math.abs(a));

/** The eigenvalues of an upper Hessenberg matrix (destroyed), by the shifted QR iteration. */
function hqr(a: Float64Array, n: number): Eigenvalue[] {
  const at = (i: number, j: number): number => a[i * n + j];
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  let anorm = 0;
  for (let i = 0; i < n; i++) for (let j = Math.max(i - 1, 0); j < n; j++) anorm += Math.abs(at(i, j));
  let nn = n - 1;
  let t = 0;
  let p = 0;
  let q = 0;
  let r = 0;
  let x: number;
  let y: number;
  let z: number;
  let w: number;
  while (nn >= 0) {
    let its = 0;
    let l: number;
    do {
      for (l = nn; l >= 1; l--) {
        let s = Math.abs(at(l - 1, l - 1)) + Math.abs(at(l, l));
        if (s === 0) s = anorm;
        if (Math.abs(at(l, l - 1)) + s === s) {
          a[l * n + l - 1] = 0;
          break;
        }
      }
      x = at(nn, nn);
      if (l === nn) {
        wr[nn] = x + t;
        wi[nn--] = 0;
      } else {
        y = at(nn - 1, nn - 1);
        w = at(nn, nn - 1) * at(nn - 1, nn);
        if (l === nn - 1) {
          p = 0.5 * (y - x);
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + sign(z, p);
            wr[nn - 1] = wr[nn] = x + z;
            if (z !== 0) wr[nn] = x - w / z;
            wi[nn - 1] = wi[nn] = 0;
          } else {
            wr[nn - 1] = wr[nn] = x + p;
            wi[nn - 1] = z;
            wi[nn] = -z;
          }
          nn -= 2;
        } else {
          if (its === 60) throw new Error(`eigenvalues: the QR iteration did not converge for a ${n} x ${n} matrix`);
          if (its === 10 || its === 20 || its === 40) {
            // an exceptional shift breaks a cycle of the standard one
            t += x;
            for (let i = 0; i <= nn; i++) a[i * n + i] -= x;
            const s = Math.abs(at(nn, nn - 1)) + Math.abs(at(nn - 1, nn - 2));
            y = x = 0.75 * s;
            w = -0.4375 * s * s;
          }
          ++its;
          let m: number;
          for (m = nn - 2; m >= l; m--) {
            z = at(m, m);
            r = x - z;
            const s0 = y - z;
            p = (r * s0 - w) / at(m + 1, m) + at(m, m + 1);
            q = at(m + 1, m + 1) - z - r - s0;
            r = at(m + 2, m + 1);
            const s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= s;
            q /= s;
            r /= s;
            if (m === l) break;
            const u = Math.abs(at(m, m - 1)) * (Math.abs(q) + Math.abs(r));
            const v = Math.abs(p) * (Math.abs(at(m - 1, m - 1)) + Math.abs(z) + Math.abs(at(m + 1, m + 1)));
            if (u + v === v) break;
          }
          for (let i = m + 2; i <= nn; i++) {
            a[i * n + i - 2] = 0;
            if (i !== m + 2) a[i * n + i - 3] = 0;
          }
          for (let k = m; k <= nn - 1; k++) {
            if (k !== m) {
              p = at(k, k - 1);
              q = at(k + 1, k - 1);
              r = k !== nn - 1 ? at(k + 2, k - 1) : 0;
              x = Math.abs(p) + Math.abs(q) + Math.abs(r);
              if (x !== 0) {
                p /= x;
                q /= x;
                r /= x;
              }
            }
            const s = sign(Math.sqrt(p * p + q * q + r * r), p);
            if (s === 0) continue;
            if (k === m) {
              if (l !== m) a[k * n + k - 1] = -at(k, k - 1);
            } else a[k * n + k - 1] = -s * x;
            p += s;
            x = p / s;
            y = q / s;
            z = r / s;
            q /= p;
            r /= p;
            for (let j = k; j <= nn; j++) {
              p = at(k, j) + q * at(k + 1, j);
              if (k !== nn - 1) {
                p += r * at(k + 2, j);
                a[(k + 2) * n + j] -= p * z;
              }
              a[(k + 1) * n + j] -= p * y;
              a[k * n + j] -= p * x;
            }
            const mmin = nn < k + 3 ? nn : k + 3;
            for (let i = l; i <= mmin; i++) {
              p = x * at(i, k) + y * at(i, k + 1);
              if (k !== nn - 1) {
                p += z * at(i, k + 2);
                a[i * n + k + 2] -= p * r;
              }
              a[i * n + k + 1] -= p * q;
              a[i * n + k] -= p;
            }
          }
        }
      }
    } while (l < nn - 1);
  }
  const values: Eigenvalue[] = [];
  for (let i = 0; i < n; i++) values.push({ re: wr[i], im: wi[i] });
  return values;
}

/**
 * The eigenvalues of the n x n row-major matrix `a` (not changed), sorted by decreasing real part
 * (the first decides stability), a complex pair's positive imaginary part first.
 */
export function eigenvalues(a: ArrayLike<number>, n: number): Eigenvalue[] {
  const m = Float64Array.from({ length: n * n }, (_, i) => a[i]);
  for (let i = 0; i < m.length; i++)
    if (!Number.isFinite(m[i]))
      throw new Error(`eigenvalues: the matrix has a non-finite entry (${m[i]}) at row ${Math.floor(i / n)}, column ${i % n}`);
  if (n === 0) return [];
  balance(m, n);
  hessenberg(m, n);
  return hqr(m, n).sort((u, v) => v.re - u.re || v.im - u.im);
}
