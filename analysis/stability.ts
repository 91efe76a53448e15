// The linear stability of a fixed point of a 1-D or 2-D field from its Jacobian's eigenvalues. An
// eigenvalue counts as zero (or a pair as repeated) within a relative tolerance of a rate typical
// of the field, because a fixed point found numerically at a bifurcation is off by the solver's
// tolerance: in 1-D the Jacobian's own size is no scale, being the eigenvalue itself.
import type { Eigenvalue } from './eigenvalues';

export type Stability =
  | 'stable node'
  | 'unstable node'
  | 'stable focus'
  | 'unstable focus'
  | 'saddle'
  | 'center'
  | 'stable degenerate node'
  | 'unstable degenerate node'
  | 'non-hyperbolic';

export interface LinearStability {
  stability: Stability;
  eigenvalues: Eigenvalue[];
  /** Why a degenerate case is one, in words; absent for a hyperbolic point with distinct eigenvalues. */
  detail?: string;
}

/** Eigenvalues within this fraction of the rate scale count as zero or as equal. */
export const ZERO_TOLERANCE = 1e-6;

/**
 * The stability of a fixed point whose Jacobian is `jac` (dim x dim, row-major; dim 1 or 2);
 * `rate` (1/ms) is a rate typical of the field (its size over the box over the box's size), the
 * scale of the tolerance together with the Jacobian's largest entry.
 */
export function classify(jac: ArrayLike<number>, dim: number, rate = 0): LinearStability {
  const scale = Math.max(rate, ...Array.from({ length: dim * dim }, (_, i) => Math.abs(jac[i])), Number.MIN_VALUE);
  const zero = (v: number) => Math.abs(v) <= ZERO_TOLERANCE * scale;
  if (dim === 1) {
    const l = jac[0];
    const eigenvalues = [{ re: l, im: 0 }];
    if (zero(l)) return { stability: 'non-hyperbolic', eigenvalues, detail: "f' = 0: a saddle-node (fold) point" };
    return { stability: l < 0 ? 'stable node' : 'unstable node', eigenvalues };
  }
  if (dim !== 2) throw new Error(`classify: the phase plane's stability is for 1-D and 2-D fields, not ${dim}-D`);
  const [a, b, c, d] = [jac[0], jac[1], jac[2], jac[3]];
  const tr = a + d;
  const det = a * d - b * c;
  // (a - d)^2 + 4bc instead of tr^2 - 4 det: no cancellation when the eigenvalues are close
  const disc = (a - d) * (a - d) + 4 * b * c;
  const root = Math.sqrt(Math.abs(disc));
  const eigenvalues: Eigenvalue[] =
    disc >= 0
      ? [
          { re: (tr - root) / 2, im: 0 },
          { re: (tr + root) / 2, im: 0 },
        ]
      : [
          { re: tr / 2, im: -root / 2 },
          { re: tr / 2, im: root / 2 },
        ];
  const sign = tr < 0 ? 'stable' : 'unstable';
  if (eigenvalues.some((e) => zero(e.re) && zero(e.im)))
    return { stability: 'non-hyperbolic', eigenvalues, detail: 'a zero eigenvalue: a saddle-node (fold) point or worse' };
  if (disc < 0 && zero(tr))
    return {
      stability: 'center',
      eigenvalues,
      detail: 'purely imaginary eigenvalues: a linear center (a Hopf point, or a center or weak focus of the nonlinear field)',
    };
  if (det < 0) return { stability: 'saddle', eigenvalues };
  if (zero(root)) return { stability: `${sign} degenerate node`, eigenvalues, detail: 'a repeated eigenvalue (star or improper node)' };
  return { stability: disc < 0 ? `${sign} focus` : `${sign} node`, eigenvalues };
}
