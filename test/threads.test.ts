// Several threads give bit for bit the results of one (runtime/native/driver.c: every neuron,
// target and synapse has one thread, which does its work in the single-threaded order). Each case
// builds the same network three times and runs it on 1, 2 and 3 threads; every array of every
// group and projection, every spike monitor and every state monitor (of groups and projections)
// must be identical. The groups are a few hundred neurons, not multiples of 64, so every thread has
// a share and the shares end mid-vector.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { Network, constant, fixedProb, uniform } from '../index';
import type { Connector, Initializer, NeuronGroup, Synapse } from '../index';
import {
  CobaLIF,
  ExcitatorySynapse,
  InhibitorySynapse,
  LIF,
  ExpConductanceSynapse,
  ExpCurrentSynapse,
  NMDASynapse,
  GABAaSynapse,
  STDPSynapse,
  GapJunction,
} from '../models/index';
import { loadFixture } from './helpers/fixtures';
import { twoColumns } from './helpers/dealt-network';

const dt = 0.1;
const THREADS = [1, 2, 3];

type SynapseClass = new (
  pre: NeuronGroup,
  post: NeuronGroup,
  opts: { connect: Connector; [k: string]: Initializer | Connector },
) => Synapse;

/** Everything a run leaves: arrays by "group.field" / "projection.field", spike pairs and state rows by monitor. */
async function outcome(
  make: () => Network,
  threads: number,
  steps: number,
): Promise<{ values: Map<string, ArrayLike<number>>; net: Network }> {
  const net = make();
  const spikes = [...net.groups.values()].map((g) => net.monitorSpikes(g));
  const traces = [...net.groups.values()].map((g) =>
    net.monitorState(g, [g.model.ir.fields.find((f) => f.role === 'state')!.name], { every: 3 }),
  );
  // and each projection's per-synapse and per-target states (recorded by thread 0 between phases)
  for (const [name, syn] of net.projections) {
    for (const role of ['state', 'target']) {
      const vars = syn.model.ir.fields.filter((f) => f.role === role).map((f) => f.name);
      if (vars.length) traces.push(net.monitorState(syn, vars, { every: 2, includeEnd: true, name: `${name}.${role}` }));
    }
  }
  await net.run(steps * dt, { dt, seed: 5, threads });
  const values = new Map<string, ArrayLike<number>>();
  for (const [name, g] of net.groups) for (const [f, a] of net.state(g).arrays) values.set(`${name}.${f}`, a);
  for (const [name, syn] of net.projections) for (const [f, a] of net.projection(syn).arrays) values.set(`${name}.${f}`, a);
  for (const m of spikes) values.set(`spikes of ${m.name}`, m.pairs);
  for (const m of traces) for (const v of m.variables) values.set(`trace of ${m.name}.${v}`, m.values(v));
  return { values, net };
}

/**
 * Runs `make()` on 1, 2 and 3 threads and asserts identical outcomes, and that the first group (the
 * source of the spikes) fired; returns the network run on 2 threads.
 */
async function sameOnAnyThreads(t: ExecutionContext, make: () => Network, steps = 300): Promise<Network> {
  const [one, ...more] = await Promise.all(THREADS.map((n) => outcome(make, n, steps)));
  more.forEach((other, k) => {
    for (const [what, a] of one.values) {
      const b = other.values.get(what)!;
      const first = Array.from(a).findIndex((x, i) => !Object.is(x, b[i]));
      t.true(
        a.length === b.length && first < 0,
        `${what} on ${THREADS[k + 1]} threads: ${first < 0 ? `${b.length} values for ${a.length}` : `[${first}] ${b[first]} for ${a[first]}`}`,
      );
    }
  });
  const [name, first] = [...one.net.groups][0];
  t.true(one.net.spikeCount(first) > 0, `${name} fired`);
  t.log(`${one.values.size} arrays identical on ${THREADS.join(', ')} threads`);
  return more[0].net;
}

function coba(delayE: Initializer, delayI: Initializer): Network {
  const E = new CobaLIF(700, { v: uniform(-60, -50) });
  const I = new CobaLIF(300, { v: uniform(-60, -50) });
  const p = fixedProb(0.05);
  return new Network({
    E,
    I,
    ee: new ExcitatorySynapse(E, E, { connect: p, delay: delayE }),
    ei: new ExcitatorySynapse(E, I, { connect: p, delay: delayE }),
    ie: new InhibitorySynapse(I, E, { connect: p, delay: delayI }),
    ii: new InhibitorySynapse(I, I, { connect: p, delay: delayI }),
  });
}

test('COBA: delay 0, projection delays, and per-synapse delays (each thread its own queue)', async (t) => {
  await sameOnAnyThreads(t, () => coba(0, 0));
  await sameOnAnyThreads(t, () => coba(0.3, 0.5));
  await sameOnAnyThreads(t, () => coba(uniform(0, 2), uniform(0.2, 1.5)));
});

/** Two LIF groups driven by constant currents. */
function driven(
  nSource: number,
  nTarget: number,
  members: (s: LIF, t: LIF) => Record<string, Synapse>,
  extra?: (net: Network, s: LIF, t: LIF) => void,
) {
  return () => {
    const source = new LIF(nSource, { V: uniform(-65, -50) });
    const target = new LIF(nTarget, { V: uniform(-65, -50) });
    const net = new Network({ source, target, ...members(source, target) });
    net.input(source, 'I', constant(18));
    net.input(target, 'I', constant(12));
    extra?.(net, source, target);
    return net;
  };
}

test('per-target update(t, dt) in shares: exponential conductance, NMDA and GABA_A, with Poisson input', async (t) => {
  await sameOnAnyThreads(
    t,
    driven(
      500,
      650,
      (s, d) => ({
        ampa: new ExpConductanceSynapse(s, d, { connect: fixedProb(0.02), w: 0.08 }),
        nmda: new NMDASynapse(s, d, { connect: fixedProb(0.02), w: 0.02, delay: 1 }),
        gaba: new GABAaSynapse(d, d, { connect: fixedProb(0.01), w: 0.05, delay: uniform(0.1, 1) }),
      }),
      (net, s) => net.poissonInput(s, 'I', { sources: 20, rate: 10, weight: 0.5 }),
    ),
  );
});

test('STDP: onPost on thread 0, onPre in shares', async (t) => {
  const net = await sameOnAnyThreads(t, () => {
    const pre = new CobaLIF(400, { v: uniform(-60, -50), I: 15 });
    const post = new CobaLIF(300, { v: uniform(-60, -50), I: 11 });
    const stdp = new STDPSynapse(pre, post, {
      connect: fixedProb(0.1),
      delay: 0.2,
      w: uniform(0, 0.5),
      wmax: 1,
      dApre: 0.02,
      dApost: -0.021,
    });
    return new Network({ pre, post, stdp });
  });
  t.true(
    [...net.projections.values()].every((s) => net.projection(s).splits !== undefined),
    'the rows were cut',
  );
});

test('gap junctions (everyStep) keep the synapse dynamics on thread 0; so do the inputs when one lists its neurons', async (t) => {
  const gaps = (s: LIF, d: LIF) => ({
    gap: new GapJunction(d, d, { connect: fixedProb(0.02), w: uniform(0.01, 0.05) }),
    exc: new ExpCurrentSynapse(s, d, { connect: fixedProb(0.05), w: 2 }),
  });
  await sameOnAnyThreads(t, driven(300, 200, gaps));
  await sameOnAnyThreads(
    t,
    driven(300, 200, gaps, (net, s, d) => net.input(d, 'I', constant(4), { neurons: [3, 150, 199, 150], weights: [1, 2, 0.5, 1] })),
  );
});

test('rows that cannot be cut are delivered by one thread: onPre writing the presynaptic neuron, targets out of order', async (t) => {
  const { PreDepressing } = loadFixture<{ PreDepressing: SynapseClass }>('network/threads.ts');
  const net = await sameOnAnyThreads(
    t,
    driven(300, 400, (s, d) => ({ dep: new PreDepressing(s, d, { connect: fixedProb(0.05) }) })),
  );
  t.is(net.projection([...net.projections.values()][0]).splits, undefined);
  // a connector of one's own may list a row's targets in any order: here 399, then 0
  const reversedRows: Connector = {
    description: 'each source to 399 and 0',
    build: (nPre) => ({
      rowptr: Int32Array.from({ length: nPre + 1 }, (_, i) => 2 * i),
      col: Int32Array.from({ length: 2 * nPre }, (_, k) => (k % 2 ? 0 : 399)),
    }),
  };
  const reversed = await sameOnAnyThreads(
    t,
    driven(300, 400, (s, d) => ({ rev: new ExpCurrentSynapse(s, d, { connect: reversedRows, w: 5 }) })),
  );
  t.is(reversed.projection([...reversed.projections.values()][0]).splits, undefined);
});

test('target groups dealt whole to the threads: each delivers every synapse onto its groups (sorted rows, whole rows, a delay queue)', async (t) => {
  const net = await sameOnAnyThreads(t, twoColumns);
  const p = new Map([...net.projections].map(([name, syn]) => [name, net.projection(syn)]));
  const owner = (name: string) => p.get(name)!.deliveredBy;
  // one column to each thread
  t.deepEqual([owner('AA'), owner('AB')].sort(), [0, 1]);
  t.is(owner('BA'), owner('AA'));
  t.is(owner('BB'), owner('AB'));
  t.is(p.get('AA')!.delayRows?.shares, 1, "a dealt projection's bounds are not cut at the threads' shares");
  t.truthy(p.get('BA')!.delays, 'BA queues its synapses');
  t.true(
    [...p.values()].every((x) => x.splits === undefined),
    'nor are its rows',
  );
  const three = twoColumns();
  await three.run(dt, { dt, seed: 5, threads: 3 });
  const cut = [...three.projections.values()].map((syn) => three.projection(syn));
  t.true(
    cut.every((x) => x.deliveredBy === undefined),
    'two groups are not dealt to three threads',
  );
  t.is(three.projection(three.projections.get('AA')!).delayRows?.shares, 3);
});

test("each row is cut at the first target of the second thread's share", async (t) => {
  const net = coba(0, 0);
  await net.run(dt, { dt, seed: 5, threads: 2 });
  for (const syn of net.projections.values()) {
    const p = net.projection(syn);
    const cut = (p.post.group.size >> 1) & ~63; // driver.c's share_begin(n, 1, 2)
    for (let row = 0; row < p.pre.group.size; row++) {
      let k = p.csr.rowptr[row];
      while (k < p.csr.rowptr[row + 1] && p.csr.col[k] < cut) k++;
      if (p.splits![row] !== k) return t.fail(`${p.name} row ${row}: cut at ${p.splits![row]}, not ${k}`);
    }
  }
  t.pass();
});

test("a non-finite state on a later thread's share is reported as on one thread", async (t) => {
  const { Blowup } = loadFixture<{ Blowup: new (n: number, init?: object) => NeuronGroup }>('runtime/blowup.ts');
  const messages = await Promise.all(
    THREADS.map(async (threads) => {
      const x = new Float64Array(500).fill(0.1);
      x[450] = 2;
      const net = new Network({ cells: new Blowup(500, { x }) });
      const err = await t.throwsAsync(net.run(100 * dt, { dt, threads }));
      return [err!.message, net.stepIndex] as const;
    }),
  );
  t.regex(messages[0][0], /cells\.x of neuron 450 is Infinity/);
  for (const m of messages) t.deepEqual(m, messages[0]);
});

test('threads: a whole number from 1 to 64, fixed by the first run', async (t) => {
  const cells = () => new Network({ cells: new LIF(10) });
  await t.throwsAsync(cells().run(1, { threads: 0 }), { message: /threads is a whole number from 1 to 64, not 0/ });
  await t.throwsAsync(cells().run(1, { threads: 1.5 }), { message: /not 1.5/ });
  const net = cells();
  await net.run(1, { threads: 2 });
  t.is(net.threads, 2);
  await t.throwsAsync(net.run(1, { threads: 1 }), { message: /fixed by the first run/ });
});
