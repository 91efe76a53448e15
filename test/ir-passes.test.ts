// Each IR pass on its own, on IR written by hand (test/helpers/ir.ts): what it computes (evaluated
// on numbers and compared with the method's formula), what it must leave alone, and its errors.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import type { Expr, IntegrationMethod, MathFn, NeuronModelIR } from '../ir/types';
import { forEachNode } from '../ir/expr';
import { ModelError } from '../ir/errors';
import { expandIntegrators } from '../ir/passes/expand-integrators';
import { foldConstants, foldNode } from '../ir/passes/fold-constants';
import { hoistUniforms } from '../ir/passes/hoist-uniforms';
import { differentiate, isZero } from '../ir/passes/differentiate';
import { verifyModel } from '../ir/verify';
import {
  add,
  arg,
  bool,
  call,
  code,
  div,
  dt,
  evaluate,
  field,
  gt,
  lt,
  mul,
  neg,
  neuronModel,
  noise,
  not,
  num,
  ode,
  pow,
  rand,
  select,
  stepCall,
  sub,
  t,
  uniformValues,
} from './helpers/ir';
import type { Values } from './helpers/ir';

/** Equal to within a few roundings (the pass may order the operations otherwise than the formula). */
function near(tc: ExecutionContext, actual: number | boolean, expected: number, what: string): void {
  tc.is(typeof actual, 'number', what);
  const a = actual as number;
  tc.true(Math.abs(a - expected) <= 1e-12 * Math.max(1, Math.abs(expected)), `${what}: ${a} instead of ${expected}`);
}

const nodesOf = (roots: Expr[]): Expr[] => {
  const out: Expr[] = [];
  forEachNode(roots, (e) => out.push(e));
  return out;
};

// ---- expand-integrators -------------------------------------------------------------------------

/** A model whose update is `x = step(this.dx, x, ...extra)` for the given right-hand sides of x (and more). */
function integrated(method: IntegrationMethod, returns: Expr[], vars: string[], extra: string[] = []): NeuronModelIR {
  const o = ode('dx', method, [...vars, ...extra], returns);
  const steps = stepCall(
    o,
    [...vars, ...extra].map((v) => field(v)),
    0,
    num(3),
  );
  const fields: Record<string, 'state' | 'param'> = {};
  for (const v of vars) fields[v] = 'state';
  for (const p of [...extra, 'xinf', 'tau', 'sigma', 'w2']) fields[p] = 'param';
  return neuronModel(fields, [o], code(Object.fromEntries(vars.map((v, i) => [v, steps[i]]))));
}

/** The value each variable gets from one expanded step. */
function stepped(m: NeuronModelIR, v: Values): Record<string, number | boolean> {
  const out = expandIntegrators(m);
  verifyModel(out, { expanded: true }, 'expand-integrators');
  return Object.fromEntries(out.update.writes.map((w) => [w.field, evaluate(w.value, v)]));
}

// dx/dt = (xinf - x) / tau: relaxation, whose exact step is xinf + (x - xinf) e^(-dt/tau)
const relaxation = [div(sub(field('xinf'), arg(0)), field('tau'))];
const relaxValues = { fields: { x: -60, xinf: -50, tau: 2 }, dt: 1 };
const g = (x: number) => (-50 - x) / 2;

test('expand-integrators: each method is its formula on a linear equation', (tc) => {
  const { x } = relaxValues.fields,
    h = relaxValues.dt;
  const k1 = g(x);
  const heun = x + (h / 2) * (k1 + g(x + h * k1));
  const r1 = g(x),
    r2 = g(x + (h / 2) * r1),
    r3 = g(x + (h / 2) * r2),
    r4 = g(x + h * r3);
  const expected: Record<string, number> = {
    euler: x + h * g(x),
    rk2: heun,
    rk4: x + (h / 6) * (r1 + 2 * r2 + 2 * r3 + r4),
    exp_euler: -50 + (x + 50) * Math.exp(-h / 2),
  };
  for (const [method, want] of Object.entries(expected)) {
    near(tc, stepped(integrated(method as IntegrationMethod, relaxation, ['x']), relaxValues).x, want, method);
  }
  // the four differ by far more than the tolerance, so a method swapped for another would show
  const values = Object.values(expected).sort((a, b) => a - b);
  for (let i = 1; i < values.length; i++) tc.true(values[i] - values[i - 1] > 1e-4);
});

test('expand-integrators: Heun and RK4 evaluate each stage at the state of the stage before (dx/dt = -x^2)', (tc) => {
  const f = (x: number) => -x * x;
  const rhs = [neg(mul(arg(0), arg(0)))];
  const x = 1,
    h = 0.5;
  const k1 = f(x),
    k2 = f(x + h * k1);
  near(tc, stepped(integrated('rk2', rhs, ['x']), { fields: { x }, dt: h }).x, x + (h / 2) * (k1 + k2), 'rk2');
  const r1 = f(x),
    r2 = f(x + (h / 2) * r1),
    r3 = f(x + (h / 2) * r2),
    r4 = f(x + h * r3);
  near(tc, stepped(integrated('rk4', rhs, ['x']), { fields: { x }, dt: h }).x, x + (h / 6) * (r1 + 2 * r2 + 2 * r3 + r4), 'rk4');
});

test('expand-integrators: a system of two variables steps together, extra arguments held constant', (tc) => {
  // x' = v, v' = -w2 x + F, with F = this.I passed after the integrated variables
  const rhs = [arg(1), add(neg(mul(field('w2'), arg(0))), arg(2))];
  const f = ([x, v]: number[]): number[] => [v, -4 * x + 0.3];
  const y = [1, -0.5],
    h = 0.25;
  const axpy = (s: number, k: number[]) => y.map((yi, i) => yi + s * k[i]);
  const k1 = f(y),
    k2 = f(axpy(h / 2, k1)),
    k3 = f(axpy(h / 2, k2)),
    k4 = f(axpy(h, k3));
  const want = y.map((yi, i) => yi + (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]));
  const got = stepped(integrated('rk4', rhs, ['x', 'v'], ['I']), { fields: { x: y[0], v: y[1], w2: 4, I: 0.3 }, dt: h });
  near(tc, got.x, want[0], 'x');
  near(tc, got.v, want[1], 'v');
});

test('expand-integrators: exponential Euler falls back to Euler where the coefficient is 0', (tc) => {
  // dx/dt = a x + b: A = a is symbolic, so the kernel chooses at run time
  const rhs = [add(mul(field('a'), arg(0)), field('b'))];
  const m = integrated('exp_euler', rhs, ['x'], ['a', 'b']);
  near(tc, stepped(m, { fields: { x: 2, a: 0, b: 3 }, dt: 0.1 }).x, 2 + 0.1 * 3, 'a = 0');
  near(tc, stepped(m, { fields: { x: 2, a: -1, b: 3 }, dt: 0.1 }).x, 3 + (2 - 3) * Math.exp(-0.1), 'a = -1');
  // dx/dt = b: A is 0 symbolically, so the step is plain Euler with no exp at all
  const constant = expandIntegrators(integrated('exp_euler', [field('b')], ['x'], ['b']));
  tc.false(
    nodesOf([constant.update.writes[0].value]).some((e) => e.k === 'call' || e.k === 'select'),
    'no exp and no choice for a constant slope',
  );
});

test('expand-integrators: Euler-Maruyama adds g sqrt(dt) N(0, 1), one draw per noisy variable', (tc) => {
  // x' = -x/tau + sigma xi, y' = -y (no noise: no draw)
  const rhs = [add(div(neg(arg(0)), field('tau')), mul(field('sigma'), noise)), neg(arg(1))];
  const m = integrated('euler_maruyama', rhs, ['x', 'y']);
  const draws: number[] = [];
  const draw = (dist: string, counter: number) => {
    tc.is(dist, 'normal');
    draws.push(counter);
    return 0.7;
  };
  const got = stepped(m, { fields: { x: 1, y: 2, tau: 10, sigma: 0.4 }, dt: 0.1, draw });
  near(tc, got.x, 1 + 0.1 * (-1 / 10) + 0.4 * Math.sqrt(0.1) * 0.7, 'x');
  near(tc, got.y, 2 + 0.1 * -2, 'y');
  tc.deepEqual(draws, [3], "the call's counter (3) for the first variable; none for the noiseless one");
});

test('expand-integrators: noise outside Euler-Maruyama, non-linear noise and a non-linear exponential Euler are refused', (tc) => {
  const noisy = [add(neg(arg(0)), noise)];
  const wrongMethod = tc.throws(() => expandIntegrators(integrated('rk4', noisy, ['x'])), { instanceOf: ModelError });
  tc.is(wrongMethod?.code, 'BTS1015');
  tc.regex(wrongMethod?.message ?? '', /euler_maruyama/);
  const squared = tc.throws(() => expandIntegrators(integrated('euler_maruyama', [mul(noise, noise)], ['x'])), { instanceOf: ModelError });
  tc.is(squared?.code, 'BTS1015');
  const nonlinear = tc.throws(() => expandIntegrators(integrated('exp_euler', [neg(mul(arg(0), arg(0)))], ['x'])), {
    instanceOf: ModelError,
  });
  tc.is(nonlinear?.code, 'BTS1014');
  const missing = neuronModel({ x: 'state' }, [], code({ x: stepCall(ode('dy', 'euler', ['x'], [arg(0)]), [field('x')])[0] }));
  tc.is(tc.throws(() => expandIntegrators(missing), { instanceOf: ModelError })?.code, 'BTS1012');
});

test('expand-integrators: code without step() calls is left as it is', (tc) => {
  const value = add(field('x'), mul(dt, num(1)));
  const m = neuronModel({ x: 'state' }, [ode('dx', 'rk4', ['x'], [neg(arg(0))])], code({ x: value }, gt(field('x'), num(1))));
  const out = expandIntegrators(m);
  tc.is(out.update.writes[0].value, value, 'the same node, not even folded');
  tc.is(out.update.spike, m.update.spike);
  tc.is(out.odes, m.odes);
});

test('expand-integrators: the variables of one step() call are expanded once, sharing their stages', (tc) => {
  const rhs = [arg(1), neg(arg(0))];
  const out = expandIntegrators(integrated('rk4', rhs, ['x', 'v']));
  const [x, v] = out.update.writes.map((w) => new Set(nodesOf([w.value])));
  const shared = [...x].filter((e) => v.has(e) && e.k === 'bin');
  tc.true(shared.length > 0, "x's and v's steps share the stage nodes");
});

// ---- fold-constants -----------------------------------------------------------------------------

test('fold-constants: constant subexpressions are evaluated as JavaScript would', (tc) => {
  const fold = (e: Expr) => foldNode(e);
  tc.deepEqual(fold(mul(num(2), num(3))), num(6));
  tc.deepEqual(fold(call('exp', num(0))), num(1));
  tc.deepEqual(fold(lt(num(1), num(2))), bool(true));
  tc.deepEqual(fold(neg(num(4))), num(-4));
  tc.deepEqual(fold(not(bool(false))), bool(true));
  tc.deepEqual(fold(div(num(1), num(0))), num(Infinity));
});

test('fold-constants: the identities exact in IEEE arithmetic', (tc) => {
  const x = field('x'),
    y = field('y'),
    c = gt(x, y);
  const fold = (e: Expr) => foldNode(e);
  tc.is(fold(mul(x, num(1))), x, 'x * 1');
  tc.is(fold(mul(num(1), x)), x, '1 * x');
  tc.deepEqual(fold(mul(x, num(-1))), neg(x), 'x * -1');
  tc.is(fold(div(x, num(1))), x, 'x / 1');
  tc.is(fold(pow(x, num(1))), x, 'x ** 1');
  tc.deepEqual(fold(pow(x, num(0))), num(1), 'x ** 0 (1 even for NaN, as in JavaScript)');
  tc.is(fold(add(x, num(-0))), x, 'x + -0');
  tc.is(fold(sub(x, num(0))), x, 'x - 0');
  tc.is(fold(neg(neg(x))), x, '-(-x)');
  tc.is(fold(select(c, x, x)), x, 'c ? x : x');
  tc.deepEqual(fold(select(c, num(2), num(2))), num(2), 'c ? 2 : 2 (equal literals)');
  tc.is(fold(select(bool(true), x, y)), x, 'true ? x : y');
  tc.is(fold(select(bool(false), x, y)), y, 'false ? x : y');
  tc.is(fold(select(c, bool(true), bool(false))), c, 'c ? true : false');
  tc.deepEqual(fold(select(c, bool(false), bool(true))), not(c), 'c ? false : true');
  const d = lt(x, num(0));
  tc.deepEqual(fold(select(c, bool(true), d)), { k: 'bin', op: 'or', a: c, b: d, span: c.span }, 'c ? true : d');
  tc.deepEqual(fold(select(c, d, bool(false))), { k: 'bin', op: 'and', a: c, b: d, span: c.span }, 'c ? d : false');
});

test('fold-constants: rewrites that are not exact are left alone, unless symbolic', (tc) => {
  const x = field('x');
  for (const [e, why] of [
    [add(x, num(0)), 'x + 0 is +0 for x = -0'],
    [mul(x, num(0)), 'x * 0 is NaN for x = Infinity'],
    [div(num(0), x), '0 / x is NaN for x = 0'],
    [sub(x, num(-0)), 'x - (-0) is +0 for x = -0'],
    [sub(num(0), x), '0 - x is +0, not -0, for x = 0'],
  ] as const) {
    tc.is(foldNode(e), e, why);
  }
  // differentiation folds them (its results are derivatives, not values a neuron stores)
  tc.is(foldNode(add(x, num(0)), true), x);
  tc.deepEqual(foldNode(mul(x, num(0)), true), num(0));
  tc.deepEqual(foldNode(sub(num(0), x), true), neg(x));
  // a random draw is never a constant, even with constant arguments
  const draw = rand('poisson', num(0), [num(2)]);
  tc.is(foldNode(draw), draw);
});

test('fold-constants: a model is folded everywhere, a shared node once', (tc) => {
  const shared = mul(field('x'), num(1));
  const m = neuronModel(
    { x: 'state', y: 'state' },
    [ode('dx', 'euler', ['x'], [mul(arg(0), num(1))])],
    code({ x: add(shared, num(-0)), y: shared }, gt(shared, mul(num(2), num(3)))),
  );
  const out = foldConstants(m);
  const x = field('x');
  tc.deepEqual(out.update.writes[0].value, x);
  tc.is(out.update.writes[0].value, out.update.writes[1].value, 'both writes hold the one folded node');
  tc.deepEqual(out.update.spike, gt(x, num(6)));
  tc.deepEqual(out.odes[0].returns[0], arg(0), 'ODE right-hand sides are folded too');
  const folded = code({ x: add(x, num(1)) });
  tc.is(foldConstants(neuronModel({ x: 'state' }, [], folded)).update.writes[0].value, folded.writes[0].value, 'nothing to fold');
});

// ---- hoist-uniforms -----------------------------------------------------------------------------

/** V = V + (dt / tau) * (E_L - V), spike when V > theta * 2 */
function leaky(): NeuronModelIR {
  const V = field('V');
  return neuronModel(
    { V: 'state', tau: 'param', E_L: 'param', theta: 'param' },
    [],
    code({ V: add(V, mul(div(dt, field('tau')), sub(field('E_L'), V))) }, gt(V, mul(field('theta'), num(2)))),
  );
}
const leakyValues: Values = { fields: { V: -60, tau: 10, E_L: -65, theta: -25 }, dt: 0.1 };

test('hoist-uniforms: what depends only on dt and uniform parameters is computed once per call', (tc) => {
  const m = leaky();
  const out = hoistUniforms(m, (name) => name !== 'V');
  verifyModel(out, { expanded: true }, 'hoist-uniforms');
  tc.deepEqual(
    out.update.uniforms.map((u) => u.value),
    [div(dt, field('tau')), mul(field('theta'), num(2))],
  );
  tc.deepEqual(out.update.writes[0].value, add(field('V'), mul({ k: 'uniform', index: 0, span: m.span }, sub(field('E_L'), field('V')))));
  tc.deepEqual(out.update.spike, gt(field('V'), { k: 'uniform', index: 1, span: m.span }), 'a condition through its numeric operands');
  const uniforms = uniformValues(out.update, leakyValues);
  near(
    tc,
    evaluate(out.update.writes[0].value, { ...leakyValues, uniforms }),
    evaluate(m.update.writes[0].value, leakyValues) as number,
    'V',
  );
  tc.is(evaluate(out.update.spike!, { ...leakyValues, uniforms }), evaluate(m.update.spike!, leakyValues));
});

test('hoist-uniforms: per-neuron parameters, states and draws stay in the neuron loop', (tc) => {
  const m = leaky();
  const perNeuron = hoistUniforms(m, () => false);
  tc.deepEqual(perNeuron.update.uniforms, [], 'nothing is uniform when every parameter is per neuron');
  tc.is(perNeuron.update.writes[0].value, m.update.writes[0].value);
  // a draw times dt is per neuron, and a bare parameter is read, not hoisted
  const draw = mul(rand('uniform', num(0)), dt);
  const m2 = neuronModel({ V: 'state', tau: 'param' }, [], code({ V: add(draw, field('tau')) }));
  const out = hoistUniforms(m2, (name) => name === 'tau');
  tc.deepEqual(out.update.uniforms, []);
  tc.is(out.update.writes[0].value, m2.update.writes[0].value);
});

test('hoist-uniforms: a uniform condition stays a condition; a uniform choice of numbers is hoisted whole', (tc) => {
  const V = field('V');
  const late = gt(t, field('t0'));
  const isUniform = (name: string) => name === 't0';
  // t > t0 ? V : 0 chooses per neuron: the condition (a boolean) is not made a uniform value
  const gated = neuronModel({ V: 'state', t0: 'param' }, [], code({ V: select(late, V, num(0)) }));
  tc.deepEqual(hoistUniforms(gated, isUniform).update.uniforms, []);
  // V + (t > t0 ? 2 dt : 0): the choice is one number for the group
  const choice = select(late, mul(num(2), dt), num(0));
  const kicked = neuronModel({ V: 'state', t0: 'param' }, [], code({ V: add(V, choice) }));
  const out = hoistUniforms(kicked, isUniform);
  tc.deepEqual(
    out.update.uniforms.map((u) => u.value),
    [choice],
  );
  tc.deepEqual(out.update.writes[0].value, add(V, { k: 'uniform', index: 0, span: choice.span }));
});

test('hoist-uniforms: uniforms already there keep their indices', (tc) => {
  const m = leaky();
  const earlier = { name: 'u0', value: mul(t, num(2)) };
  const withOne = { ...m, update: { ...m.update, uniforms: [earlier] } };
  const out = hoistUniforms(withOne, (name) => name !== 'V');
  tc.is(out.update.uniforms[0], earlier);
  tc.deepEqual(
    out.update.uniforms.map((u) => u.name),
    ['u0', 'u1', 'u2'],
  );
});

// ---- differentiate ------------------------------------------------------------------------------

const X = field('x');
const isX = (e: Expr) => e.k === 'field' && e.name === 'x';
const at = (e: Expr, x: number) => evaluate(e, { fields: { x, y: 0.7 } }) as number;

/** d/dx of `e` at x, against a central difference. */
function derivativeMatches(tc: ExecutionContext, e: Expr, x: number, what: string): void {
  const h = 1e-6;
  const numeric = (at(e, x + h) - at(e, x - h)) / (2 * h);
  const symbolic = at(differentiate(e, isX), x);
  tc.true(Math.abs(symbolic - numeric) <= 1e-6 * Math.max(1, Math.abs(numeric)), `d/dx ${what} at ${x}: ${symbolic} vs ${numeric}`);
}

test('differentiate: every differentiable math function, through the chain rule', (tc) => {
  const inner = add(mul(num(0.3), X), num(0.1)); // 0.22 at x = 0.4: inside every domain
  const unary: MathFn[] = [
    'exp',
    'expm1',
    'log',
    'log1p',
    'log2',
    'log10',
    'sqrt',
    'cbrt',
    'sin',
    'cos',
    'tan',
    'tanh',
    'sinh',
    'cosh',
    'atan',
    'asin',
    'acos',
    'abs',
    'exprel',
  ];
  for (const fn of unary) derivativeMatches(tc, call(fn, inner), 0.4, fn);
  for (const fn of ['min', 'max', 'atan2', 'pow'] as const) {
    derivativeMatches(tc, call(fn, inner, mul(field('y'), X)), 0.4, `${fn}(a, b)`);
    derivativeMatches(tc, call(fn, mul(field('y'), X), inner), 0.4, `${fn}(b, a)`);
  }
  derivativeMatches(tc, call('exprel', X), 1e-3, 'exprel near 0');
  tc.is(at(differentiate(call('exprel', X), isX), 0), 0.5, "exprel'(0) is its limit 1/2");
});

test('differentiate: products, quotients, powers and selects', (tc) => {
  const y = field('y');
  const cases: [Expr, string][] = [
    [mul(X, X), 'x * x'],
    [div(y, X), 'y / x'],
    [div(X, add(X, y)), 'x / (x + y)'],
    [pow(X, num(3)), 'x ** 3'],
    [pow(num(2), X), '2 ** x'],
    [pow(X, X), 'x ** x'],
    [sub(y, neg(X)), 'y - (-x)'],
  ];
  for (const [e, what] of cases) derivativeMatches(tc, e, 0.8, what);
  // each arm of a select on its own side
  const piecewise = select(gt(X, num(0)), mul(X, X), neg(X));
  derivativeMatches(tc, piecewise, 0.8, 'x > 0 ? x * x : -x');
  derivativeMatches(tc, piecewise, -0.8, 'x > 0 ? x * x : -x');
});

test('differentiate: what does not depend on x, and the steps of a linear function, are symbolic zeros', (tc) => {
  const y = field('y');
  for (const e of [mul(call('exp', y), y), num(3), call('floor', X), call('sign', X), div(t, y)]) {
    tc.true(isZero(differentiate(e, isX)), 'no dependence on x (or a piecewise-constant one)');
  }
  // exponential Euler's linearity check: (E - x) / tau is linear, x * x / tau is not
  const linear = div(sub(y, X), field('tau'));
  const slope = differentiate(linear, isX);
  tc.false(isZero(slope));
  tc.true(isZero(differentiate(slope, isX)));
  tc.false(isZero(differentiate(differentiate(div(mul(X, X), field('tau')), isX), isX)));
  // the derivative is a new expression: the original is untouched
  const before = JSON.stringify(linear);
  differentiate(linear, isX);
  tc.is(JSON.stringify(linear), before);
});
