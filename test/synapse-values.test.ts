// Per-synapse normal weights and delays drawn in C (runtime/native/synapse-values.c): the draws of
// runtime/init.ts's JavaScript (same keys and counters; libmvec's and libm's log and cos against
// V8's differ in the last bits of about 1 draw in 4), the same on any number of threads, in the connector's list
// order where it differs from the rows'; delays stored as uint16 steps where they fit, int32 where
// not, and the mistakes named.
import test from 'ava';
import { Network, fixedProb, fromArrays, normal, uniform } from '../index';
import { IafPscExp, StaticCurrentSynapse } from '../models/index';
import { fillInitial, fillPerSynapse } from '../runtime/init';
import type { Csr } from '../runtime/csr';

const n = 200_000;
const rows = (order?: Int32Array): Csr => ({ rowptr: Int32Array.of(0, n), col: new Int32Array(n), order });

test('normal weights drawn in C are the JavaScript draws, on any number of threads and in list order', (t) => {
  const law = normal(-351, 35.1, { max: 0 });
  const js = new Float64Array(n);
  fillInitial(js, law, 55, 'L23I_L23E', 'w', 'synapses');
  const one = new Float64Array(n),
    three = new Float64Array(n);
  fillPerSynapse(one, law, 55, 'L23I_L23E', 'w', rows(), 1);
  fillPerSynapse(three, law, 55, 'L23I_L23E', 'w', rows(), 3);
  t.deepEqual(three, one, 'the threads draw the same values');
  let worst = 0,
    same = 0;
  for (let k = 0; k < n; k++) {
    worst = Math.max(worst, Math.abs(one[k] - js[k]) / Math.abs(js[k]));
    if (one[k] === js[k]) same++;
  }
  t.true(worst < 1e-13, `worst relative difference ${worst}`);
  t.true(same > 0.5 * n, `${same} of ${n} equal to the bit`);
  t.true(
    one.every((x) => x <= 0),
    'inside the bounds',
  );
  // a list order other than the rows' (fromArrays): row position k holds list element order[k]
  const order = Int32Array.from({ length: n }, (_, k) => (k * 7919) % n);
  const ordered = new Float64Array(n);
  fillPerSynapse(ordered, law, 55, 'L23I_L23E', 'w', rows(order), 2);
  t.true(ordered.every((x, k) => x === one[order[k]]));
  // rows sorted by delay: row i's position k holds list element rowptr[i] + within[k]; rows of every
  // length up to 40 (empty ones, and ones that end inside a group of eight lanes), each reversed
  const counts = Array.from({ length: 9000 }, (_, i) => (i * 37) % 41);
  const rowptr = new Int32Array(counts.length + 1);
  counts.forEach((c, i) => (rowptr[i + 1] = rowptr[i] + c));
  const m = rowptr[counts.length]; // fewer than n: the list's draws are `one`'s
  const within = new Uint16Array(m);
  for (let i = 0; i < counts.length; i++) for (let k = rowptr[i]; k < rowptr[i + 1]; k++) within[k] = rowptr[i + 1] - 1 - k;
  for (const threads of [1, 3]) {
    const sorted = new Float64Array(m);
    fillPerSynapse(sorted, law, 55, 'L23I_L23E', 'w', { rowptr, col: new Int32Array(m), within }, threads);
    let wrong = 0;
    for (let i = 0; i < counts.length; i++)
      for (let k = rowptr[i]; k < rowptr[i + 1]; k++) if (sorted[k] !== one[rowptr[i] + within[k]]) wrong++;
    t.is(wrong, 0, `rows sorted by delay on ${threads} threads`);
  }
  t.throws(
    () =>
      fillPerSynapse(
        new Float64Array(10),
        normal(0, 1, { min: 10 }),
        1,
        'proj',
        'w',
        { rowptr: Int32Array.of(0, 10), col: new Int32Array(10) },
        2,
      ),
    {
      message: /proj\.w: 1000 draws in a row of normal\(0, 1\) fell outside \[10, Infinity\]; widen the bounds/,
    },
  );
});

test('normal weights of a float32 projection are the float64 draws rounded once to float', (t) => {
  const law = normal(87.8, 8.78, { min: 0 });
  const f64 = new Float64Array(n),
    f32 = new Float32Array(n);
  fillPerSynapse(f64, law, 55, 'L4E_L23E', 'w', rows(), 2);
  fillPerSynapse(f32, law, 55, 'L4E_L23E', 'w', rows(), 2);
  t.true(
    f32.every((x, k) => x === Math.fround(f64[k])),
    'each float is its double rounded',
  );
  t.true(
    f32.some((x, k) => x !== f64[k]),
    'the floats are not the doubles (the test sees the rounding)',
  );
});

/** A built network of two IafPscExp groups joined by static synapses with per-synapse delays. */
async function built(delay: ReturnType<typeof normal>, connect = fixedProb(0.2)) {
  const a = new IafPscExp(50),
    b = new IafPscExp(50);
  const syn = new StaticCurrentSynapse(a, b, { connect, w: 1, delay });
  const net = new Network({ a, b, syn });
  await net.run(0, { dt: 0.1, seed: 9, threads: 1 });
  return net.projection(syn);
}

test('normal delays become whole steps in C: uint16 while the longest fits, int32 beyond', async (t) => {
  const short = await built(normal(1.5, 0.75, { min: 0.05 }));
  t.true(short.delays instanceof Uint16Array);
  const ms = new Float64Array(short.csr.col.length);
  fillInitial(ms, normal(1.5, 0.75, { min: 0.05 }), 9, 'syn', 'delay', 'synapses');
  t.deepEqual(
    Array.from(short.delays!),
    Array.from(ms, (x) => Math.round(x / 0.1)),
  );
  t.is(short.queueSlots, 1 + Math.max(...short.delays!));
  // 10 s at dt 0.1 ms: 100,000 steps, more than a uint16 holds
  const long = await built(normal(10_000, 1, { min: 0.05 }));
  t.true(long.delays instanceof Int32Array);
  t.true(long.delays!.every((d) => Math.abs(d - 100_000) < 100));
  t.is(long.queueSlots, 1 + Math.max(...long.delays!));
});

test('a negative normal delay is one error naming the projection', async (t) => {
  await t.throwsAsync(() => built(normal(0, 1), fromArrays([0, 1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 7, 8])), {
    message: /syn: a delay must be a finite number of ms >= 0, not -/,
  });
});

// normal drawn in C, uniform in JavaScript (init.ts's fillPerSynapse), both through Csr.within
for (const [law, w] of [
  ['normal', normal(87.8, 8.78, { min: 0 })],
  ['uniform', uniform(50, 100)],
] as const)
  test(`${law} weights of rows sorted by delay are drawn in the rows final order: each list element its own draw`, async (t) => {
    const a = new IafPscExp(20),
      b = new IafPscExp(2000);
    const syn = new StaticCurrentSynapse(a, b, { connect: fixedProb(0.2), w, delay: normal(1.5, 0.75, { min: 0.1 }) });
    const net = new Network({ a, b, syn });
    await net.run(0, { dt: 0.1, seed: 9, threads: 2 });
    const p = net.projection(syn);
    t.truthy(p.delayRows, 'rows of about 400 synapses, delays of up to about 50 steps: sorted');
    t.true(p.csr.within instanceof Uint16Array, 'the list order kept as each synapse place in its row');
    const listed = net.synapseState(syn, 'w');
    const js = new Float64Array(listed.length);
    fillInitial(js, w, 9, 'syn', 'w', 'synapses');
    let worst = 0;
    for (let x = 0; x < js.length; x++) worst = Math.max(worst, Math.abs(listed[x] - js[x]) / js[x]);
    t.true(worst < 1e-13, `worst relative difference from the JavaScript draws, in list order: ${worst}`);
    const rows = p.arrays.get('w')!;
    t.true(
      rows.some((v, k) => v !== listed[k]),
      'the rows order is not the list order (the test sees the sort)',
    );
  });
