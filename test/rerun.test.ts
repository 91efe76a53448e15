// Re-running a built network with changed parameters, inputs or seed: each run after a change
// equals a network built with the new values from the start, and compiles nothing (the kernels
// take parameters, inputs and the seed at run time); a parameter that becomes per-neuron needs
// another kernel variant, compiled once, with a notice.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { Network, constant, fromArrays, runNetworkReference } from '../index';
import type { Initializer, NeuronGroup } from '../index';
import { ExpCurrentSynapse, LIF, PoissonGroup } from '../models/index';

const dt = 0.1;
const n = 6;
const drive = 20;

/** A LIF group driven by a constant current (a uniform current: the kernel takes it as one value). */
function lifNet(init: Record<string, Initializer> = {}, current = drive): { net: Network; g: LIF } {
  const g = new LIF(n, { V: (i: number) => -65 + 2 * i, ...init });
  const net = new Network({ g });
  net.input(g, 'I', constant(current));
  return { net, g };
}

/** Runs `net` for `ms` and returns the seconds it spent compiling. */
async function compileSecondsOf(net: Network, ms: number, seed?: number): Promise<number> {
  const before = net.timing.compileSeconds;
  await net.run(ms, { dt, ...(seed === undefined ? {} : { seed }) });
  return net.timing.compileSeconds - before;
}

function sameState(t: ExecutionContext, a: Network, ga: NeuronGroup, b: Network, gb: NeuronGroup, what: string): void {
  for (const v of ['V', 't_last'])
    t.deepEqual(Array.from(a.state(ga).arrays.get(v)!), Array.from(b.state(gb).arrays.get(v)!), `${what}: ${v}`);
  t.is(a.spikeCount(ga), b.spikeCount(gb), `${what}: spikes`);
}

test('a group-uniform parameter changed between runs: as if built with it, nothing compiled', async (t) => {
  const { net, g } = lifNet();
  await net.run(0, { dt });
  net.set(g, { tau: 20, V_th: -52 });
  t.is(await compileSecondsOf(net, 60), 0);
  const fresh = lifNet({ tau: 20, V_th: -52 });
  await fresh.net.run(60, { dt });
  sameState(t, net, g, fresh.net, fresh.g, 'tau 20');
  const unchanged = lifNet();
  await unchanged.net.run(60, { dt });
  t.notDeepEqual(Array.from(unchanged.net.state(unchanged.g).arrays.get('V')!), Array.from(net.state(g).arrays.get('V')!));
});

test('a per-neuron parameter array changed between runs: as if built with it, nothing compiled', async (t) => {
  const first = Float64Array.from({ length: n }, (_, i) => 8 + i);
  const second = Float64Array.from({ length: n }, (_, i) => 25 - 2 * i);
  const { net, g } = lifNet({ tau: first });
  await net.run(0, { dt });
  net.set(g, { tau: second });
  t.is(await compileSecondsOf(net, 60), 0);
  const fresh = lifNet({ tau: second });
  await fresh.net.run(60, { dt });
  sameState(t, net, g, fresh.net, fresh.g, 'new array');
  // one number for a parameter the kernel takes per neuron fills its array
  net.set(g, { tau: 15 });
  t.deepEqual(Array.from(net.state(g).arrays.get('tau')!), Array(n).fill(15));
});

test('a uniform parameter given per neuron compiles its kernel variant once, with a notice, then nothing', async (t) => {
  const taus = Float64Array.from({ length: n }, (_, i) => 6 + 3 * i);
  const { net, g } = lifNet();
  await net.run(0, { dt });
  const before = net.timing.compileSeconds;
  net.set(g, { tau: taus });
  t.true(net.notices.some((x) => /g gives tau per neuron from now on/.test(x)));
  t.deepEqual(Array.from(net.state(g).arrays.get('tau')!), Array.from(taus));
  const ref = runNetworkReference(net, { steps: 600 });
  await net.run(60, { dt });
  t.true(net.timing.compileSeconds - before > 0, 'the variant is compiled');
  const fresh = lifNet({ tau: taus });
  await fresh.net.run(60, { dt });
  sameState(t, net, g, fresh.net, fresh.g, 'variant');
  const V = ref.groups.g.V;
  net
    .state(g)
    .arrays.get('V')!
    .forEach((v, i) => t.true(Math.abs(v - V[i]) <= 1e-9 * Math.abs(V[i]), `JS reference, neuron ${i}`));
  const notices = net.notices.length;
  net.set(g, { tau: taus.map((x) => x + 1) });
  t.is(await compileSecondsOf(net, 10), 0, 'the variant is in place: the next change compiles nothing');
  t.is(net.notices.length, notices);
});

test("a projection's uniform and per-synapse parameters (in the connector's list order) change without compiling", async (t) => {
  const pre = [2, 0, 1, 2, 0],
    post = [1, 0, 2, 0, 2];
  const build = (init: Record<string, Initializer>) => {
    const a = new LIF(3, { V: (i: number) => -60 + 3 * i });
    const b = new LIF(3);
    const syn = new ExpCurrentSynapse(a, b, { connect: fromArrays(pre, post), ...init });
    const net = new Network({ a, b, syn });
    net.input(a, 'I', constant(drive));
    return { net, b, syn };
  };
  const w = [3, 1, 4, 1, 5];
  const x = build({ w: Float64Array.from([1, 1, 1, 1, 1]) });
  await x.net.run(0, { dt });
  x.net.set(x.syn, { w, tau: 3 });
  t.is(await compileSecondsOf(x.net, 80), 0);
  t.deepEqual(Array.from(x.net.synapseState(x.syn, 'w')), w);
  const fresh = build({ w: Float64Array.from(w), tau: 3 });
  await fresh.net.run(80, { dt });
  sameState(t, x.net, x.b, fresh.net, fresh.b, 'projection');
  t.deepEqual(Array.from(x.net.synapseState(x.syn, 'g')), Array.from(fresh.net.synapseState(fresh.syn, 'g')));
  // w uniform at first: its per-synapse values need the variant, compiled once
  const y = build({});
  await y.net.run(0, { dt });
  const before = y.net.timing.compileSeconds;
  y.net.set(y.syn, { w, tau: 3 });
  t.true(y.net.notices.some((m) => /syn gives w per synapse from now on/.test(m)));
  await y.net.run(80, { dt });
  t.true(y.net.timing.compileSeconds > before);
  sameState(t, y.net, y.b, fresh.net, fresh.b, 'projection variant');
});

test('a monitored parameter is recorded with its new value', async (t) => {
  const { net, g } = lifNet();
  const m = net.monitorState(g, ['tau'], { every: 10 });
  await net.run(1, { dt });
  net.set(g, { tau: 30 });
  await net.run(1, { dt });
  const tau = m.values('tau');
  t.is(tau[0], 10);
  t.is(tau.at(-1), 30);
});

test("the seed of a later run keys that run's draws, compiling nothing", async (t) => {
  const spikes = async (seeds: number[]) => {
    const g = new PoissonGroup(200, { rate: 50 });
    const net = new Network({ g });
    const mon = net.monitorSpikes(g);
    await net.run(0, { dt, seed: seeds[0] });
    let compiled = 0;
    for (const seed of seeds.slice(1)) compiled += await compileSecondsOf(net, 100, seed);
    return { spikes: Array.from(mon.indices), compiled };
  };
  const changed = await spikes([1, 2]);
  t.is(changed.compiled, 0);
  t.deepEqual(changed.spikes, (await spikes([2, 2])).spikes);
  t.notDeepEqual(changed.spikes, (await spikes([1, 1])).spikes);
});

test('a signal input and a Poisson input changed between runs: as if built with them, nothing compiled', async (t) => {
  const { net, g } = lifNet();
  await net.run(0, { dt });
  net.setInput(g, 'I', constant(35));
  t.is(await compileSecondsOf(net, 50), 0);
  const fresh = lifNet({}, 35);
  await fresh.net.run(50, { dt });
  sameState(t, net, g, fresh.net, fresh.g, 'signal');

  const poisson = (rate: number, weight: number) => {
    const p = new LIF(n);
    const pn = new Network({ p });
    pn.poissonInput(p, 'V', { sources: 20, rate, weight });
    return { pn, p };
  };
  const a = poisson(100, 0.5);
  await a.pn.run(0, { dt, seed: 4 });
  a.pn.setInput(a.p, 'V', { rate: 400, weight: 1.5 });
  t.is(await compileSecondsOf(a.pn, 50), 0);
  const b = poisson(400, 1.5);
  await b.pn.run(50, { dt, seed: 4 });
  sameState(t, a.pn, a.p, b.pn, b.p, 'poisson');
  t.true(a.pn.spikeCount(a.p) > 0);
});

test('bad values are one clear error naming the group and parameter, and change nothing', async (t) => {
  const { net, g } = lifNet();
  t.throws(() => net.set(g, { tau: 20 }), {
    message: /set\(g\): the network is built by its first run; give the first values to the constructor/,
  });
  await net.run(0, { dt });
  t.throws(() => net.set(g, { tua: 20 }), {
    message: 'set(g): LIF has no parameter tua; its parameters are tau, V_rest, V_reset, V_th, R, t_ref',
  });
  t.throws(() => net.set(g, { V: -60 }), { message: /^set\(g\): V is a @state of LIF, not a parameter/ });
  t.throws(() => net.set(g, { tau: new Float64Array(n - 1) }), { message: `set(g): tau has ${n - 1} values for ${n} neurons` });
  t.throws(() => net.set(g, { V_th: 1, tau: NaN }), { message: 'set(g): tau is NaN; give a finite number' });
  t.throws(() => net.set(g, { tau: [1, 2, Infinity, 4, 5, 6] }), { message: 'set(g): tau[2] is Infinity; give finite numbers' });
  t.is(net.state(g).params[net.state(g).kernel.signature.uniformParams.indexOf('V_th')], -50, 'a refused call changes nothing');
  t.false(net.state(g).arrays.has('tau'));
  t.throws(() => net.setInput(g, 'V', constant(1)), { message: /setInput\(g\.V\): g\.V has no signal input to change/ });
  t.throws(() => net.setInput(g, 'I', { rate: 5 }), { message: /setInput\(g\.I\): g\.I has no poisson input to change/ });
  const p = new LIF(2);
  const pn = new Network({ p });
  pn.poissonInput(p, 'V', { sources: 1, rate: 10, weight: 1 });
  t.throws(() => pn.setInput(p, 'V', { rate: -1 }), { message: 'setInput(p.V): rate is a finite rate >= 0 Hz, not -1' });
});
