// Brian2's reference traces (test/data/brian2_reference, described in docs/reference-data.md)
// reproduced by the built-in models: identical spike steps and every variable within 1e-8 of the
// reference, over the whole horizon (the tolerance stated there).
import test from 'ava';
import { Network, constant } from '../index';
import type { NeuronGroup } from '../index';
import { LIF, LIFExact, HodgkinHuxley, HodgkinHuxleyExpEuler, Izhikevich, AdEx } from '../models/index';
import { TOLERANCE, csv } from './helpers/brian2-reference';

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
  test(`${c.name}: Brian2's trace and spikes within ${TOLERANCE}`, async (t) => {
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
    await net.run(steps * c.dt, { dt: c.dt });
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
      for (let k = 0; k <= steps; k++) worst = Math.max(worst, Math.abs(values[k] * factor - trace.rows[k][col]));
      t.true(worst <= TOLERANCE, `${column}: max |difference| ${worst}`);
      t.log(`${column}: max |difference| ${worst.toExponential(2)} over ${steps + 1} rows`);
    }
  });
}
