// The network of the checkpoint test (test/checkpoint.test.ts), and a script that runs it in a
// process of its own: `node checkpoint-network.js save MS FILE` runs MS ms and saves a checkpoint;
// `node checkpoint-network.js load MS FILE OUT` builds the same network, loads FILE, runs MS ms
// more and writes what the run left (outcome) to OUT.
import { writeFileSync } from 'node:fs';
import { Network, fixedProb, uniform } from '../../index';
import { CobaLIF, ExcitatorySynapse, InhibitorySynapse, STDPSynapse } from '../../models/index';
import type { CubaLIF } from '../../models/index';

export const dt = 0.1;
export const seed = 7;
export const threads = 2;

/**
 * A small COBA network under Poisson input and a few fixed events: one projection with a delay,
 * two with per-synapse delays (STDP among them, so weights change), per-neuron initial values
 * drawn from the seed, spike and state monitors (one with its end row). The checkpoint test also
 * builds it with other sizes or another model of I, to be refused.
 */
export function makeNetwork(sizes = { E: 160, I: 40 }, Inhibitory: typeof CobaLIF | typeof CubaLIF = CobaLIF): Network {
  const E = new CobaLIF(sizes.E, { v: uniform(-60, -50) });
  const I = new Inhibitory(sizes.I, { v: uniform(-60, -50) });
  const EE = new STDPSynapse(E, E, { connect: fixedProb(0.1), delay: uniform(0.1, 3), w: 0.5, wmax: 1, dApre: 0.05, dApost: -0.05 });
  const EI = new ExcitatorySynapse(E, I, { connect: fixedProb(0.1), delay: 1.5, w: 0.6 });
  const IE = new InhibitorySynapse(I, E, { connect: fixedProb(0.2), delay: uniform(0.5, 2), w: 1 });
  const net = new Network({ E, I, EE, EI, IE });
  net.poissonInput(E, 'ge', { sources: 20, rate: 20, weight: 0.5 });
  net.events(I, 'ge', { times: [3, 7.55, 12, 18.3], indices: [0, 1, 2, 3], values: [5, 5, 5, 5] });
  net.monitorSpikes(E);
  net.monitorSpikes(I);
  net.monitorState(E, ['v', 'ge'], { neurons: [0, 5, 9], every: 2, includeEnd: true });
  net.monitorState(EE, ['w', 'apre'], { synapses: [0, 1, 2, 3] });
  return net;
}

/** Everything a run left, by name: every array of every group and projection, and what every monitor recorded. */
export function outcome(net: Network): Record<string, number[]> {
  const out: Record<string, number[]> = { step: [net.stepIndex] };
  for (const [name, g] of net.groups) {
    for (const [f, a] of net.state(g).arrays) out[`${name}.${f}`] = Array.from(a);
    out[`${name}.spikeCount`] = [net.spikeCount(g)];
  }
  for (const [name, p] of net.projections) for (const [f, a] of net.projection(p).arrays) out[`${name}.${f}`] = Array.from(a);
  for (const m of net.spikeMonitors) out[`spikes of ${m.name}`] = Array.from(m.pairs);
  for (const m of net.stateMonitors) {
    out[`steps of ${m.name}`] = m.steps;
    for (const v of m.variables) out[`${m.name}.${v}`] = Array.from(m.values(v));
  }
  return out;
}

/** The outcome with every number as its 64 bits (hex), so a comparison is bit for bit (NaN and -0 included). */
export function bits(o: Record<string, number[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Buffer.from(Float64Array.from(v).buffer).toString('hex')]));
}

async function main(): Promise<void> {
  const [mode, ms, file, out] = process.argv.slice(2);
  const net = makeNetwork();
  if (mode === 'save') {
    await net.run(Number(ms), { dt, seed, threads });
    net.save(file);
  } else {
    await net.load(file);
    await net.run(Number(ms));
    writeFileSync(out, JSON.stringify({ bits: bits(outcome(net)), spikes: net.spikeMonitors.map((m) => m.count) }));
  }
}

if (require.main === module)
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
