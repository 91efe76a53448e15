// Brian2's COBA network, imported (connectivity and initial voltages exported by
// bench/brian2/export_coba.py, numpy target, seed 4321, into test/data/coba_brian2),
// reproduces Brian2's spike raster exactly for the first 20 ms.
import test from 'ava';
import { join } from 'node:path';
import { Network, fromArrays } from '../index';
import { CobaLIF, ExcitatorySynapse, InhibitorySynapse } from '../models/index';
import { readNpy } from '../runtime/output/npy';
import { ROOT } from './helpers/fixtures';

const DATA = join(ROOT, 'test', 'data', 'coba_brian2');
const load = (name: string) => readNpy(join(DATA, `${name}.npy`)).data;

/** Brian2's one population P = E (0 .. nE-1) + I (nE ..): its synapses split by target group. */
function split(pre: Float64Array, post: Float64Array, nE: number) {
  const toE = { pre: [] as number[], post: [] as number[] },
    toI = { pre: [] as number[], post: [] as number[] };
  for (let k = 0; k < pre.length; k++) {
    const side = post[k] < nE ? toE : toI;
    side.pre.push(pre[k]);
    side.post.push(post[k] < nE ? post[k] : post[k] - nE);
  }
  return { toE, toI };
}

test("the first 20 ms of Brian2's COBA raster, spike for spike", async (t) => {
  const v0 = load('v0');
  const nE = 3200,
    n = v0.length;
  const E = new CobaLIF(nE, { v: v0.subarray(0, nE) });
  const I = new CobaLIF(n - nE, { v: v0.subarray(nE) });
  const exc = split(load('Ce_i'), load('Ce_j'), nE);
  const inh = split(load('Ci_i'), load('Ci_j'), nE);
  const net = new Network({
    E,
    I,
    EE: new ExcitatorySynapse(E, E, { connect: fromArrays(exc.toE.pre, exc.toE.post), w: 0.6 }),
    EI: new ExcitatorySynapse(E, I, { connect: fromArrays(exc.toI.pre, exc.toI.post), w: 0.6 }),
    IE: new InhibitorySynapse(I, E, { connect: fromArrays(inh.toE.pre, inh.toE.post), w: 6.7 }),
    II: new InhibitorySynapse(I, I, { connect: fromArrays(inh.toI.pre, inh.toI.post), w: 6.7 }),
  });
  const mE = net.monitorSpikes(E),
    mI = net.monitorSpikes(I);
  await net.run(20, { dt: 0.1 });
  const ours: string[] = [];
  for (let k = 0; k < mE.count; k++) ours.push(`${Math.round(mE.times[k] * 10)}:${mE.indices[k]}`);
  for (let k = 0; k < mI.count; k++) ours.push(`${Math.round(mI.times[k] * 10)}:${mI.indices[k] + nE}`);
  const ref = load('spikes');
  const theirs: string[] = [];
  for (let k = 0; k < ref.length / 2; k++) theirs.push(`${Math.round(ref[2 * k] * 10)}:${ref[2 * k + 1]}`);
  const key = (s: string) => s.split(':').map(Number);
  const order = (a: string, b: string) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1];
  t.is(ours.length, theirs.length, 'spike count');
  t.deepEqual(ours.sort(order), theirs.sort(order));
  t.log(`${theirs.length} spikes in 20 ms, identical (step, neuron) pairs`);
});
