// What docs/semantics.md says, checked: its examples give the results it states, refractoryOver
// counts whole steps, and the connectors make self-connections as its table says.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  refractoryOver,
  allToAll,
  fixedProb,
  fixedNumberPre,
  fixedNumberPost,
  gaussianGrid,
  fixedTotal,
  oneToOne,
  gridFour,
  gridEight,
  smallWorld,
  scaleFree,
  fromArrays,
  fromMatrix,
  runNetworkReference,
} from '../index';
import type { Connector, Network } from '../index';
import { docExample, loadDocExample } from './helpers/doc-examples';
import { ROOT } from './helpers/fixtures';

const DOC = 'docs/semantics.md';
const dt = 0.1;

async function example(name: string): Promise<Network> {
  const net = loadDocExample<{ default: () => Network }>(docExample(DOC, name)).default();
  return net;
}

test('onPre adding into a current reaches the target in the next step, once', async (t) => {
  const net = await example('onpre-current');
  await net.run(2, { dt });
  const s = net.state(net.groups.get('cell')!).arrays;
  t.is(Math.round(s.get('first')![0] / dt), 11, 'the spike of step 10 is seen by the update of step 11');
  t.is(s.get('total')![0], 2, 'the current is used in one step, then cleared');
});

test('a DeltaSynapse moves V of a refractory LIF, which integrates from there once the refractory period is over', async (t) => {
  const net = await example('delta-refractory');
  await net.run(7, { dt });
  const V = net.stateMonitors[0].values('V'); // row s: V at the start of step s
  t.is(V[20], -65, 'before the spike of step 20 arrives');
  t.is(V[21], -62, 'the jump is there while the neuron is refractory');
  t.is(V[50], -62, 'held, not integrated, until t_ref = 5 ms');
  t.true(V[51] < -62 && V[51] > -62.1, `integrating again from -62 mV in step 50: ${V[51]}`);
  t.is(net.spikeCount(net.groups.get('cell')!), 0);
});

test('a CrossingNeuronGroup spikes once per upward crossing, in the step where V rises through V_th, natively as in JavaScript', async (t) => {
  const net = await example('crossing');
  await net.run(1000, { dt });
  const times = Array.from(net.spikeMonitors[0].times);
  // V = sin(2 pi t / 100 ms) rises through 0.5 at t = 100 k + 100/12 ms: the spike is in the step ending after it
  const expected = Array.from({ length: 10 }, (_, k) => Math.ceil((100 * k + 100 / 12) / dt) * dt);
  t.is(times.length, 10, `one spike per period, not one per step above V_th: ${times.join(', ')}`);
  times.forEach((time, k) => t.true(Math.abs(time - expected[k]) < dt + 1e-9, `spike ${k} at ${time} ms, V crosses at ${expected[k]}`));
  const js = await example('crossing');
  await js.run(0, { dt });
  const reference = runNetworkReference(js, { steps: 10000 });
  t.deepEqual(
    reference.spikes.cell.map(([step]) => step * dt),
    times,
    'the JavaScript run of the same class',
  );
});

test('refractoryOver counts whole steps, with a tolerance of a thousandth of a step', (t) => {
  // a spike in step 100 (t_last = 10 ms), t_ref = 2 ms: held in steps 101 ... 119, free from step 120
  const over = (step: number, tRef = 2) => refractoryOver(step * dt, 100 * dt, tRef, dt);
  t.false(over(101));
  t.false(over(119));
  t.true(over(120));
  t.true(refractoryOver(11.9999999, 10, 2, dt), '1.9999999 ms counts as 20 steps');
  t.false(over(119, 2.05), '2.05 ms is 20 whole steps');
  t.true(over(120, 2.05));
});

/** The connectors of the table, built for a group connected to itself. */
const n = 40;
const CONNECTORS: Record<string, (self?: boolean) => Connector> = {
  'allToAll()': (self) => allToAll(self === undefined ? {} : { selfConnections: self }),
  'fixedProb(p)': (self) => fixedProb(0.5, self === undefined ? {} : { selfConnections: self }),
  'fixedNumberPre(k)': (self) => fixedNumberPre(n - 1, self === undefined ? {} : { selfConnections: self }),
  'fixedNumberPost(k)': (self) => fixedNumberPost(n - 1, self === undefined ? {} : { selfConnections: self }),
  'gaussianGrid(...)': (self) => gaussianGrid(1, 1, { preWidth: 8, ...(self === undefined ? {} : { selfConnections: self }) }),
  'fixedTotal(n)': () => fixedTotal(n * n),
  'oneToOne()': () => oneToOne(),
  'gridFour()': () => gridFour(8),
  'gridEight()': () => gridEight(8),
  'smallWorld(k, beta)': () => smallWorld(4, 0.3),
  'scaleFree(m)': () => scaleFree(2),
};

function selfPairs(c: Connector): { self: number; total: number } {
  const { rowptr, col } = c.build(n, n, 12345);
  let self = 0;
  for (let i = 0; i < n; i++) for (let k = rowptr[i]; k < rowptr[i + 1]; k++) if (col[k] === i) self++;
  return { self, total: col.length };
}

test('the connectors make self-connections as the table of docs/semantics.md says', (t) => {
  const text = readFileSync(join(ROOT, DOC), 'utf8');
  const rows = [...text.matchAll(/^\| ((?:`[^`]+`(?:, )?)+?) *\| (yes|possible|only|never|as given) *\|/gm)];
  const seen = new Set<string>();
  for (const [, names, says] of rows) {
    for (const name of [...names.matchAll(/`([^`]+)`/g)].map((m) => m[1])) {
      seen.add(name);
      if (says === 'as given') continue;
      const make = CONNECTORS[name];
      if (!t.truthy(make, `the table names ${name}, which this test does not build`)) continue;
      const { self, total } = selfPairs(make());
      if (says === 'yes' || says === 'possible') t.true(self > 0, `${name} makes i -> i by default`);
      if (says === 'yes') t.is(selfPairs(make(false)).self, 0, `${name} with selfConnections: false`);
      if (says === 'only') t.is(self, total, `${name}: only i -> i`);
      if (says === 'never') t.is(self, 0, `${name} never makes i -> i`);
    }
  }
  for (const name of Object.keys(CONNECTORS)) t.true(seen.has(name), `the table lists ${name}`);
  t.true(seen.has('fromArrays(i, j)') && seen.has('fromMatrix(m)'));
  // the given connectors make exactly the pairs given
  t.is(selfPairs(fromArrays([0, 1], [0, 2])).self, 1);
  t.is(selfPairs(fromMatrix(Float64Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 1 : 0)))).self, n);
});
