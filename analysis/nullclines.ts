// Nullclines of a 2-D field: the curves f_i = 0, contoured on the grid by marching squares and
// refined by Newton onto the curve. A cell whose four corners alternate in sign holds either two
// pieces of one branch passing a saddle of f_i or the ends of two branches; the asymptotic
// decider (the sign of the bilinear interpolant at its saddle point) says which, so branches are
// joined as the bilinear surface joins them rather than by a fixed table. Pieces are then chained
// through the cell edges they share: every edge crossing belongs to one piece on each side, so the
// chains are unambiguous, open where they leave the grid and closed otherwise.
import type { VectorField } from './vector-field';

/** A 2-D grid: nx values of the first variable, ny of the second; point (i, j) at index j*nx + i. */
export interface Grid {
  xs: Float64Array;
  ys: Float64Array;
}

/** One connected piece of a nullcline: its points in order along it, [x, y] each. */
export type Branch = [number, number][];

/** A cell edge that a nullcline crosses, by number (see `contour`). */
type EdgeKey = number;

/** The branches of the zero set of `values` (nx*ny, one per grid point), at the linear interpolants of their edge crossings. */
export function contour(grid: Grid, values: Float64Array): Branch[] {
  const nx = grid.xs.length;
  const ny = grid.ys.length;
  const v = (i: number, j: number) => values[j * nx + i];
  const positive = (i: number, j: number) => v(i, j) > 0;
  // edge keys: horizontal (i,j)-(i+1,j) as 2*(j*nx+i), vertical (i,j)-(i,j+1) as 2*(j*nx+i)+1
  const horizontal = (i: number, j: number): EdgeKey => 2 * (j * nx + i);
  const vertical = (i: number, j: number): EdgeKey => 2 * (j * nx + i) + 1;
  const point = new Map<EdgeKey, [number, number]>();
  const crossing = (key: EdgeKey, i0: number, j0: number, i1: number, j1: number) => {
    if (!point.has(key)) {
      const a = v(i0, j0);
      const b = v(i1, j1);
      const s = a / (a - b);
      point.set(key, [grid.xs[i0] + s * (grid.xs[i1] - grid.xs[i0]), grid.ys[j0] + s * (grid.ys[j1] - grid.ys[j0])]);
    }
    return key;
  };
  const links = new Map<EdgeKey, EdgeKey[]>();
  const link = (a: EdgeKey, b: EdgeKey) => {
    links.set(a, [...(links.get(a) ?? []), b]);
    links.set(b, [...(links.get(b) ?? []), a]);
  };
  for (let j = 0; j + 1 < ny; j++) {
    for (let i = 0; i + 1 < nx; i++) {
      const [p00, p10, p01, p11] = [positive(i, j), positive(i + 1, j), positive(i, j + 1), positive(i + 1, j + 1)];
      const bottom = p00 !== p10 ? crossing(horizontal(i, j), i, j, i + 1, j) : undefined;
      const top = p01 !== p11 ? crossing(horizontal(i, j + 1), i, j + 1, i + 1, j + 1) : undefined;
      const left = p00 !== p01 ? crossing(vertical(i, j), i, j, i, j + 1) : undefined;
      const right = p10 !== p11 ? crossing(vertical(i + 1, j), i + 1, j, i + 1, j + 1) : undefined;
      const crossed = [bottom, right, top, left].filter((e): e is EdgeKey => e !== undefined);
      if (crossed.length === 2) link(crossed[0], crossed[1]);
      else if (crossed.length === 4) {
        // the saddle value of the bilinear interpolant: with f00's sign, f00 and f11 are connected
        // through the cell's middle, and the curve cuts off the other two corners
        const [f00, f10, f01, f11] = [v(i, j), v(i + 1, j), v(i, j + 1), v(i + 1, j + 1)];
        const saddle = (f00 * f11 - f10 * f01) / (f00 + f11 - f10 - f01);
        if (saddle > 0 === p00) {
          link(bottom!, right!); // around corner 10
          link(top!, left!); // around corner 01
        } else {
          link(bottom!, left!); // around corner 00
          link(right!, top!); // around corner 11
        }
      }
    }
  }
  return chains(links).map((keys) => keys.map((k) => point.get(k)!));
}

/** The chains of a graph whose nodes have one or two links: open ones from their ends, then the closed ones. */
function chains(links: Map<EdgeKey, EdgeKey[]>): EdgeKey[][] {
  const visited = new Set<EdgeKey>();
  const out: EdgeKey[][] = [];
  const walk = (start: EdgeKey) => {
    const chain = [start];
    visited.add(start);
    let prev = -1;
    let cur = start;
    for (;;) {
      const next = links.get(cur)!.find((k) => k !== prev && !visited.has(k));
      if (next === undefined) {
        // a closed chain ends where it began
        if (links.get(cur)!.includes(start) && chain.length > 2) chain.push(start);
        break;
      }
      chain.push(next);
      visited.add(next);
      [prev, cur] = [cur, next];
    }
    out.push(chain);
  };
  for (const [k, l] of links) if (l.length === 1 && !visited.has(k)) walk(k);
  for (const k of links.keys()) if (!visited.has(k)) walk(k);
  return out;
}

/**
 * Moves each point of `branches` onto f_component = 0 by Newton along the gradient (the shortest
 * step to the linearised curve), all points at once, a few iterations. A point whose iteration
 * would take it further than `maxMove` (per axis) from where the grid put it keeps that place:
 * there the curve is not resolved by the grid.
 */
export function refine(
  field: VectorField,
  component: number,
  branches: Branch[],
  parameters: Float64Array,
  maxMove: [number, number],
): Branch[] {
  const pts = branches.flat();
  const n = pts.length;
  if (n === 0) return branches;
  const x = new Float64Array(pts.flat());
  const start = x.slice();
  const f = new Float64Array(2 * n);
  const jac = new Float64Array(4 * n);
  for (let it = 0; it < 8; it++) {
    field.evaluate(x, parameters, f, jac);
    for (let i = 0; i < n; i++) {
      const fi = f[2 * i + component];
      const gx = jac[4 * i + 2 * component];
      const gy = jac[4 * i + 2 * component + 1];
      const g2 = gx * gx + gy * gy;
      if (!(g2 > 0) || !Number.isFinite(fi)) continue;
      x[2 * i] -= (fi * gx) / g2;
      x[2 * i + 1] -= (fi * gy) / g2;
    }
  }
  for (let i = 0; i < n; i++) {
    const far = Math.abs(x[2 * i] - start[2 * i]) > maxMove[0] || Math.abs(x[2 * i + 1] - start[2 * i + 1]) > maxMove[1];
    if (far || !Number.isFinite(x[2 * i]) || !Number.isFinite(x[2 * i + 1])) [x[2 * i], x[2 * i + 1]] = [start[2 * i], start[2 * i + 1]];
  }
  let k = 0;
  return branches.map((b) => b.map((): [number, number] => [x[2 * k], x[2 * k++ + 1]]));
}
