// Connectivity rules: sizes, structure, reproducibility, and the statistics of random rules.
import test from 'ava';
import {
  oneToOne,
  allToAll,
  fixedProb,
  fixedNumberPre,
  fixedNumberPost,
  fixedTotal,
  fromArrays,
  fromMatrix,
  gaussianGrid,
  gridFour,
  gridEight,
  smallWorld,
  scaleFree,
} from '../index';
import type { Csr } from '../index';
import { fmix32, uniformDraw } from '../runtime/random';

/** Every row sorted, every index in range. */
function wellFormed(t: import('ava').ExecutionContext, c: Csr, nPre: number, nPost: number): void {
  t.is(c.rowptr.length, nPre + 1);
  t.is(c.rowptr[nPre], c.col.length);
  for (let i = 0; i < nPre; i++) {
    for (let k = c.rowptr[i]; k < c.rowptr[i + 1]; k++) {
      if (c.col[k] < 0 || c.col[k] >= nPost || (k > c.rowptr[i] && c.col[k] < c.col[k - 1])) return void t.fail(`row ${i} is malformed`);
    }
  }
}

const rows = (c: Csr) => Array.from({ length: c.rowptr.length - 1 }, (_, i) => Array.from(c.col.subarray(c.rowptr[i], c.rowptr[i + 1])));

test('one-to-one, all-to-all, arrays and matrices', (t) => {
  t.deepEqual(rows(oneToOne().build(3, 3, 1)), [[0], [1], [2]]);
  t.deepEqual(rows(allToAll().build(2, 3, 1)), [
    [0, 1, 2],
    [0, 1, 2],
  ]);
  t.deepEqual(rows(allToAll({ selfConnections: false }).build(3, 3, 1)), [
    [1, 2],
    [0, 2],
    [0, 1],
  ]);
  t.deepEqual(rows(fromArrays([1, 0, 1], [2, 1, 0]).build(2, 3, 1)), [[1], [0, 2]]);
  t.deepEqual(rows(fromMatrix([0, 1, 1, 0]).build(2, 2, 1)), [[1], [0]]);
  t.throws(() => fromArrays([0], [5]).build(1, 2, 1), {
    message: /synapse 0 \(0 -> 5\) does not connect neurons of the groups \(pre 0 to 0, post 0 to 1\)/,
  });
});

test('fixed probability: the expected count, no self-connections when asked, reproducible', (t) => {
  const c = fixedProb(0.02).build(4000, 4000, 7);
  wellFormed(t, c, 4000, 4000);
  const expected = 4000 * 4000 * 0.02,
    sd = Math.sqrt(expected * 0.98);
  t.true(Math.abs(c.col.length - expected) < 5 * sd, `${c.col.length} synapses, expected ${expected} +- ${sd.toFixed(0)}`);
  t.deepEqual(fixedProb(0.02).build(4000, 4000, 7).col, c.col, 'same key, same network');
  t.notDeepEqual(fixedProb(0.02).build(4000, 4000, 8).col, c.col, 'another key, another network');
  const noSelf = fixedProb(0.5, { selfConnections: false }).build(200, 200, 1);
  t.true(rows(noSelf).every((r, i) => !r.includes(i)));
  // over several blocks of 65536 targets (each drawn from its own stream): every block's count, and where in it, as p says
  const wide = fixedProb(0.001).build(100, 4 * 65536, 3);
  wellFormed(t, wide, 100, 4 * 65536);
  for (let b = 0; b < 4; b++) {
    const inBlock = Array.from(wide.col).filter((j) => j >= b * 65536 && j < (b + 1) * 65536);
    const mean = 100 * 65536 * 0.001;
    t.true(Math.abs(inBlock.length - mean) < 5 * Math.sqrt(mean), `block ${b}: ${inBlock.length} synapses, expected ${mean}`);
    // the first and the last 1 % of the block: where restarting the gaps would show
    for (const [from, to] of [
      [b * 65536, b * 65536 + 655],
      [(b + 1) * 65536 - 655, (b + 1) * 65536],
    ]) {
      const edge = inBlock.filter((j) => j >= from && j < to).length;
      t.true(Math.abs(edge - 65.5) < 5 * Math.sqrt(65.5), `${edge} targets in ${from}..${to}, expected 65.5`);
    }
  }
  t.is(fixedProb(1).build(3, 4, 1).col.length, 12);
  t.is(fixedProb(0).build(3, 4, 1).col.length, 0);
});

test('fixed numbers of sources, targets, and in total', (t) => {
  const post = fixedNumberPost(5).build(100, 50, 1);
  wellFormed(t, post, 100, 50);
  t.true(rows(post).every((r) => r.length === 5 && new Set(r).size === 5));
  const pre = fixedNumberPre(7, { selfConnections: false }).build(60, 60, 2);
  wellFormed(t, pre, 60, 60);
  const indegree = new Array(60).fill(0);
  rows(pre).forEach((r, i) =>
    r.forEach((j) => {
      indegree[j]++;
      t.not(i, j);
    }),
  );
  t.true(indegree.every((d) => d === 7));
  t.is(fixedTotal(1234).build(10, 20, 3).col.length, 1234);
});

test('grids, small world and scale free', (t) => {
  const four = rows(gridFour(3).build(9, 9, 1));
  t.deepEqual(four[4], [1, 3, 5, 7], 'the centre of a 3x3 grid');
  t.deepEqual(four[0], [1, 3], 'a corner');
  t.is(rows(gridEight(3).build(9, 9, 1))[4].length, 8);
  t.true(rows(gridFour(4, { periodic: true }).build(16, 16, 1)).every((r) => r.length === 4));
  const g = gaussianGrid(1, 1, { preWidth: 20 }).build(400, 400, 5);
  wellFormed(t, g, 400, 400);
  t.true(rows(g)[210].includes(210), 'distance 0: probability pmax = 1');
  t.false(rows(g)[210].includes(0), 'far away: none');
  const ring = rows(smallWorld(4, 0).build(10, 10, 1));
  t.deepEqual(ring[0], [1, 2, 8, 9], 'beta 0: the ring lattice');
  const rewired = smallWorld(4, 0.3).build(500, 500, 1);
  wellFormed(t, rewired, 500, 500);
  t.is(rewired.col.length, 2000);
  t.true(rows(rewired).every((r, i) => !r.includes(i) && new Set(r).size === r.length));
  const sf = scaleFree(2).build(2000, 2000, 3);
  wellFormed(t, sf, 2000, 2000);
  const degrees = rows(sf)
    .map((r) => r.length)
    .sort((a, b) => b - a);
  t.true(degrees[0] > 40 && degrees[degrees.length - 1] === 2, `hubs (max degree ${degrees[0]}) and minimal nodes of degree m`);
});

test('fixedTotal (in C): the pairs of its JavaScript definition, sorted into rows, with multapses; sources and targets uniform', (t) => {
  // the definition: synapse x connects floor(u0 nPre) to floor(u1 nPost), u the draws of fmix32(key ^ x)
  const n = 50_000,
    nPre = 37,
    nPost = 101,
    key = 0x9e3779b9;
  const pairs: [number, number][] = [];
  for (let x = 0; x < n; x++) {
    const h = fmix32(key ^ x);
    pairs.push([Math.floor(uniformDraw(h, 0) * nPre), Math.floor(uniformDraw(h, 1) * nPost)]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const csr = fixedTotal(n).build(nPre, nPost, key);
  wellFormed(t, csr, nPre, nPost);
  const built = rows(csr).flatMap((r, i) => r.map((j) => [i, j]));
  t.deepEqual(built, pairs);
  t.true(
    rows(csr).some((r) => r.some((j, k) => k > 0 && r[k - 1] === j)),
    'multapses are kept',
  );
  // out-degrees: Binomial(n, 1/nPre), sd 36.3 around 1351
  t.true(rows(csr).every((r) => Math.abs(r.length - n / nPre) < 6 * Math.sqrt(n / nPre)));
  t.deepEqual(rows(fixedTotal(0).build(4, 4, 1)), [[], [], [], []]);
  // on several threads (each share of the synapses counted, written and its rows sorted on its own)
  // and with targets of three radix digits (70,000 > 2^16): the same rows as the definition
  const [m, mPre, mPost] = [300_000, 513, 70_000];
  const many: [number, number][] = [];
  for (let x = 0; x < m; x++) {
    const h = fmix32(key ^ x);
    many.push([Math.floor(uniformDraw(h, 0) * mPre), Math.floor(uniformDraw(h, 1) * mPost)]);
  }
  many.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const threads of [1, 2, 3, 64]) {
    const threaded = fixedTotal(m).build(mPre, mPost, key, undefined, threads);
    t.deepEqual(
      rows(threaded).flatMap((r, i) => r.map((j) => [i, j])),
      many,
      `${threads} threads`,
    );
  }
  t.throws(() => fixedTotal(2.5), { message: /fixedTotal\(2.5\): the number of synapses is a whole number >= 0/ });
});
