// Pass: integrator expansion. Each `step` node (one call of step(this.dX, ...)) becomes the
// expressions of one integration step of its ODE with the ODE's method:
//   euler:      y + dt*f(y)
//   rk2 (Heun): y + dt/2*(k1 + k2),  k1 = f(y), k2 = f(y + dt*k1)
//   rk4:        y + dt/6*(k1 + 2k2 + 2k3 + k4)
//   exp_euler:  per variable, f = A*y + B (A = df/dy by symbolic differentiation, B = f at y = 0):
//               y_new = -B/A + (y + B/A)*exp(A*dt)   (Euler where A is 0)
//   euler_maruyama: y + f0*dt + g*sqrt(dt)*N(0,1),  f0 = f with xi = 0, g = df/dxi
// Extra arguments after the integrated variables are held constant over the step.
import type { Expr, ModelIR, OdeFn, Span } from '../types';
import { mapCode } from '../types';
import { rewrite, bin, num } from '../expr';
import { foldNode } from './fold-constants';
import { differentiate, isZero } from './differentiate';
import { ModelError } from '../errors';

/** f(args): the ODE's right-hand sides with its arguments substituted. */
function apply(ode: OdeFn, args: Expr[], noise: Expr | null = null): Expr[] {
  return rewrite(ode.returns, (e) => {
    if (e.k === 'arg') return args[e.index];
    if (e.k === 'noise' && noise) return noise;
    return foldNode(e);
  });
}

function expandStep(ode: OdeFn, args: Expr[], counter: Expr, span: Span): Expr[] {
  const k = ode.returns.length;
  const dt: Expr = { k: 'builtin', name: 'dt', span };
  const y = args.slice(0, k);
  const extra = args.slice(k);
  const add = (a: Expr, b: Expr) => foldNode(bin('add', a, b, span));
  const mul = (a: Expr, b: Expr) => foldNode(bin('mul', a, b, span));
  const f = (state: Expr[]) => apply(ode, [...state, ...extra]);
  const axpy = (h: Expr, ks: Expr[]) => y.map((yi, i) => add(yi, mul(h, ks[i])));
  checkNoise(ode);
  switch (ode.method) {
    case 'euler':
      return axpy(dt, f(y));
    case 'rk2': {
      const k1 = f(y);
      const k2 = f(axpy(dt, k1));
      return axpy(
        mul(num(0.5, span), dt),
        k1.map((a, i) => add(a, k2[i])),
      );
    }
    case 'rk4': {
      const half = mul(num(0.5, span), dt);
      const k1 = f(y);
      const k2 = f(axpy(half, k1));
      const k3 = f(axpy(half, k2));
      const k4 = f(axpy(dt, k3));
      const two = num(2, span);
      const sum = k1.map((a, i) => add(add(add(a, mul(two, k2[i])), mul(two, k3[i])), k4[i]));
      return axpy(foldNode(bin('div', dt, num(6, span), span)), sum);
    }
    case 'exp_euler':
      return expEuler(ode, y, extra, span, dt);
    case 'euler_maruyama': {
      const zero = num(0, span);
      const drift = apply(ode, [...y, ...extra], zero);
      const full = apply(ode, [...y, ...extra]);
      const sqrtDt: Expr = { k: 'call', fn: 'sqrt', args: [dt], span };
      return y.map((yi, i) => {
        const g = differentiate(full[i], (e) => e.k === 'noise');
        if (!isZero(differentiate(g, (e) => e.k === 'noise'))) {
          throw new ModelError('BTS1015', `in ${ode.name}, noise() must appear linearly (as drift + g * noise())`, ode.returns[i].span);
        }
        const next = add(yi, mul(dt, drift[i]));
        if (isZero(g)) return next;
        const draw: Expr = { k: 'rand', dist: 'normal', counter: foldNode(bin('add', counter, num(i, span), span)), span };
        return add(next, mul(mul(g, sqrtDt), draw));
      });
    }
  }
}

function checkNoise(ode: OdeFn): void {
  if (ode.method === 'euler_maruyama') return;
  const seen: Expr[] = [];
  rewrite(ode.returns, (e) => (e.k === 'noise' && seen.push(e), e));
  if (seen.length) {
    throw new ModelError(
      'BTS1015',
      `${ode.name} uses noise() but its method is '${ode.method}'; use @ode({ method: 'euler_maruyama' })`,
      seen[0].span,
    );
  }
}

function expEuler(ode: OdeFn, y: Expr[], extra: Expr[], span: Span, dt: Expr): Expr[] {
  const fy = apply(ode, [...y, ...extra]);
  return y.map((yi, i) => {
    const isArg = (e: Expr) => e.k === 'arg' && e.index === i;
    const rhs = ode.returns[i];
    const aSym = differentiate(rhs, isArg);
    if (!isZero(differentiate(aSym, isArg))) {
      throw new ModelError(
        'BTS1014',
        `d${ode.params[i]}/dt in ${ode.name} is not linear in ${ode.params[i]}; use method 'rk4' or 'euler' for it`,
        rhs.span,
      );
    }
    const euler = foldNode(bin('add', yi, foldNode(bin('mul', dt, fy[i], span)), span));
    if (isZero(aSym)) return euler;
    const subst = (root: Expr, ith: Expr) =>
      rewrite([root], (e) => (e.k === 'arg' ? (e.index === i ? ith : [...y, ...extra][e.index]) : foldNode(e, true)))[0];
    const A = subst(aSym, yi);
    const B = subst(rhs, num(0, span));
    const BoverA = bin('div', B, A, span);
    const exact = bin(
      'add',
      { k: 'neg', a: BoverA, span },
      bin('mul', bin('add', yi, BoverA, span), { k: 'call', fn: 'exp', args: [bin('mul', A, dt, span)], span }, span),
      span,
    );
    return { k: 'select', c: bin('eq', A, num(0, span), span), a: euler, b: exact, span };
  });
}

export function expandIntegrators<M extends ModelIR>(m: M): M {
  const odes = new Map(m.odes.map((o) => [o.name, o]));
  const expanded = new Map<number, Expr[]>();
  const memo = new Map<Expr, Expr>();
  const expand = (root: Expr): Expr =>
    rewrite(
      [root],
      (e) => {
        if (e.k !== 'step') return e;
        const ode = odes.get(e.ode);
        if (!ode) throw new ModelError('BTS1012', `no @ode method named ${e.ode}`, e.span);
        // the k step nodes of one call are expanded together, once
        let out = expanded.get(e.call);
        if (!out) {
          out = expandStep(ode, e.args, e.counter, e.span);
          expanded.set(e.call, out);
        }
        return out[e.index];
      },
      memo,
    )[0];
  return mapCode(m, (fn) => ({
    ...fn,
    writes: fn.writes.map((w) => ({ ...w, value: expand(w.value) })),
    spike: fn.spike && expand(fn.spike),
  }));
}
