// Gap junctions (GapJunction, a synapse whose everyStep(t, dt) runs for every synapse at every
// step) against Brian2's gap junction example, exported by test/data/gap_junctions_brian2/make.py:
// ten neurons coupled all-to-all, 500 ms. The coupling synchronizes them; without it they fire
// at their own rates, so the raster tells coupled from uncoupled.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Network, allToAll } from '../index';
import { LIFExact, GapJunction } from '../models/index';
import { ROOT } from './helpers/fixtures';

interface Export {
  n: number;
  w: number;
  dt_ms: number;
  duration_ms: number;
  v_init: number[];
  v0: number[];
  trace_v: number[][];
  spike_i: number[];
  spike_t_ms: number[];
}
const ref = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'gap_junctions_brian2', 'gap_junctions.json'), 'utf8')) as Export;

/** Brian2's model dv/dt = (v0 - v + Igap) / tau as a LIFExact: V_rest = v0, threshold 1, reset 0, no refractoriness. */
async function simulate(w: number) {
  const cells = new LIFExact(ref.n, { V: ref.v_init, V_rest: ref.v0, tau: 10, V_th: 1, V_reset: 0, t_ref: 0, R: 1 });
  const net = new Network({ cells, gap: new GapJunction(cells, cells, { connect: allToAll(), w }) });
  const spikes = net.monitorSpikes(cells);
  const trace = net.monitorState(cells, ['V'], { every: Math.round(1 / ref.dt_ms) });
  await net.run(ref.duration_ms, { dt: ref.dt_ms });
  const raster = Array.from({ length: spikes.count }, (_, k) => `${Math.round(spikes.times[k] / ref.dt_ms)}:${spikes.indices[k]}`);
  return { raster, v: trace.values('V') };
}

const theirs = ref.spike_i.map((i, k) => `${Math.round(ref.spike_t_ms[k] / ref.dt_ms)}:${i}`);
const order = (a: string, b: string) => {
  const [sa, ia] = a.split(':').map(Number),
    [sb, ib] = b.split(':').map(Number);
  return sa - sb || ia - ib;
};

test("gap junctions reproduce Brian2's raster and voltage traces", async (t) => {
  const { raster, v } = await simulate(ref.w);
  t.is(raster.length, theirs.length, 'spike count');
  t.deepEqual(raster.sort(order), [...theirs].sort(order));
  // the trace: rows are recording times, columns neurons; Brian2's is neurons x times
  let worst = 0;
  ref.trace_v.forEach((row, i) => row.forEach((x, s) => (worst = Math.max(worst, Math.abs(v[s * ref.n + i] - x)))));
  t.true(worst < 1e-9, `largest voltage deviation ${worst}`);
  t.log(`${theirs.length} spikes identical to Brian2's; largest voltage deviation ${worst.toExponential(2)}`);
});

test('without the coupling the raster differs (the test above sees the junctions)', async (t) => {
  const { raster } = await simulate(0);
  t.notDeepEqual(raster.sort(order), [...theirs].sort(order));
});
