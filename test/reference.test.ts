// Brian2's reference traces (test/data/brian2_reference, described in docs/reference-data.md)
// reproduced by the built-in models: identical spike steps and every variable within 1e-8 of the
// reference, over the whole horizon (the tolerance stated there). In float32 (docs/precision.md)
// against the same float64 references: identical spike steps, and every variable within
// FLOAT32_TOLERANCE times float32's epsilon of its largest magnitude over the horizon.
import test from 'ava';
import { Network, constant } from '../index';
import type { NeuronGroup } from '../index';
import { LIF, LIFExact, HodgkinHuxley, HodgkinHuxleyExpEuler, Izhikevich, AdEx } from '../models/index';
import { TOLERANCE, csv } from './helpers/brian2-reference';
import type { ExecutionContext } from 'ava';
import type { Precision } from '../ir/pipeline';

/** float32's epsilon, 2^-23: the spacing of floats in [1, 2). */
const EPSILON32 = 2 ** -23;

/**
 * Each reference's float32 tolerance, relative to a variable's largest magnitude. A float32 run
 * rounds every operation to about EPSILON32 / 2 of its value: the float64 trajectory perturbed
 * at every step, and what those perturbations add up to is the model's sensitivity. A LIF
 * neuron's dynamics contract between spikes (tau = 10 ms, reset to a constant), so its error
 * stays at a few epsilon (measured 1.4 and 2.4 epsilon): 16 epsilon. A model that integrates a
 * spike's upstroke (HH, Izhikevich, AdEx's exponential) turns a perturbation in the slow approach
 * to threshold, where dV/dt is small, into a shift of the spike time, which the upstroke (dV/dt of
 * hundreds of mV/ms) makes a difference of V: measured 2.1e3 to 2.5e3 epsilon for HH's V and m,
 * 1.1e3 for Izhikevich's v, 3.1e2 for AdEx's V, far less for the slow variables; 2^13 = 8192
 * epsilon (1e-3 of the range) leaves 3 times the largest. The spike steps must be the same.
 */
const FLOAT32_TOLERANCE: Record<string, number> = {
  lif_euler: 16 * EPSILON32,
  lif_exact: 16 * EPSILON32,
  hh_rk4: 8192 * EPSILON32,
  hh_exponential_euler: 8192 * EPSILON32,
  izhikevich_rs_euler: 8192 * EPSILON32,
  adex_bg2005_euler: 8192 * EPSILON32,
};

interface Case {
  name: string;
  make: () => NeuronGroup;
  input: number;
  dt: number;
  /** reference column -> [model variable, factor from the model's unit to the column's] */
  columns: Record<string, [string, number]>;
}

const cases: Case[] = [
  { name: 'lif_euler', make: () => new LIF(1), input: 20, dt: 0.1, columns: { V_mV: ['V', 1] } },
  { name: 'lif_exact', make: () => new LIFExact(1), input: 20, dt: 0.1, columns: { V_mV: ['V', 1] } },
  {
    name: 'hh_rk4',
    make: () => new HodgkinHuxley(1),
    input: 10,
    dt: 0.01,
    columns: { V_mV: ['V', 1], m: ['m', 1], h: ['h', 1], n: ['n', 1] },
  },
  {
    name: 'hh_exponential_euler',
    make: () => new HodgkinHuxleyExpEuler(1),
    input: 10,
    dt: 0.01,
    columns: { V_mV: ['V', 1], m: ['m', 1], h: ['h', 1], n: ['n', 1] },
  },
  { name: 'izhikevich_rs_euler', make: () => new Izhikevich(1), input: 10, dt: 0.1, columns: { v: ['v', 1], u: ['u', 1] } },
  // AdEx runs in pA; the reference's w is in nA
  { name: 'adex_bg2005_euler', make: () => new AdEx(1), input: 1000, dt: 0.1, columns: { V_mV: ['V', 1], w_nA: ['w', 1e-3] } },
];

for (const c of cases) {
  test(`${c.name}: Brian2's trace and spikes within ${TOLERANCE}`, (t) => compare(t, c, 'float64'));
  test(`${c.name} in float32: Brian2's (float64) trace and spikes within the float32 tolerance`, (t) => compare(t, c, 'float32'));
}

async function compare(t: ExecutionContext, c: Case, precision: Precision): Promise<void> {
  {
    const trace = csv(`${c.name}_trace.csv`);
    const spikesRef = csv(`${c.name}_spikes.csv`).rows.map((r) => r[1]);
    const group = c.make();
    const net = new Network({ neuron: group });
    net.input(group, 'I', constant(c.input));
    const vars = Object.values(c.columns).map(([v]) => v);
    // the reference holds rows t_0 ... t_N: a run of N steps and its end row
    const mon = net.monitorState(group, vars, { includeEnd: true });
    const spikes = net.monitorSpikes(group);
    const steps = trace.rows.length - 1;
    await net.run(steps * c.dt, { dt: c.dt, precision });
    t.is(mon.steps.length, steps + 1);
    t.deepEqual(
      Array.from(spikes.times, (s) => Math.round(s / c.dt)),
      spikesRef,
      'spike steps',
    );
    for (const [column, [v, factor]] of Object.entries(c.columns)) {
      const col = trace.header.indexOf(column);
      const values = mon.values(v);
      let worst = 0;
      let range = 0;
      for (let k = 0; k <= steps; k++) {
        worst = Math.max(worst, Math.abs(values[k] * factor - trace.rows[k][col]));
        range = Math.max(range, Math.abs(trace.rows[k][col]));
      }
      const tolerance = precision === 'float64' ? TOLERANCE : FLOAT32_TOLERANCE[c.name] * range;
      t.true(worst <= tolerance, `${column}: max |difference| ${worst} (tolerance ${tolerance})`);
      t.log(
        `${column}: max |difference| ${worst.toExponential(2)} over ${steps + 1} rows; relative to max |${column}| ${(worst / range).toExponential(2)}`,
      );
    }
  }
}
