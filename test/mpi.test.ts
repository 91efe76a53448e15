// A network run on several MPI processes gives bit for bit the results of one process
// (runtime/distributed.ts): each case of test/helpers/mpi-case.ts is run alone and under
// `mpiexec -n K` for K = 1, 2, 3 (and 2 processes x 2 threads), in float64 and (coba, plastic) float32, with a delay of 0 (an exchange
// every step) and with every delay at least 1.5 ms (one per 15 steps); every process's group arrays
// and per-target arrays (each process holds its neurons' only; net.state and net.synapseState put
// them together), spikes, state monitor rows and spike counts, and the processes' per-synapse
// arrays put together by list index, must equal the single process's (for net.instances, every
// instance's results; for a checkpoint saved and loaded, on any numbers of processes, the results
// after it). An error on one process
// stops all with its message; asking for MPI without MPICH says what to install. Skipped, with a
// message, where MPICH's mpiexec is not installed.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CASE = join(__dirname, 'helpers', 'mpi-case.js');
const hasMpi = (() => {
  try {
    return /HYDRA/.test(execFileSync('mpiexec', ['--version'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
})();
const mpiTest = hasMpi ? test.serial : test.skip;
if (!hasMpi) test('MPI tests need MPICH (apt-get install mpich libmpich-dev)', (t) => t.pass());

interface RankResult {
  size: number;
  exchanges: number;
  /** Per group: its neurons, the length of each of its arrays in this process's memory, and the bytes per element of each array net.state gives. */
  held: Record<string, { size: number; lengths: number[]; elementBytes: number[] }>;
  /** Per spike monitor: the spikes this process holds of the count it recorded. */
  spikesHeld: Record<string, { held: number; count: number }>;
  out: Record<string, string>;
}

/** Each process holds the arrays of its own neurons only: together one value per neuron, none twice. */
function heldOnce(t: ExecutionContext, name: string, results: RankResult[]): void {
  for (const [g, { size, lengths }] of Object.entries(results[0].held)) {
    if (lengths.length === 0) continue;
    const per = results.map((r) => r.held[g].lengths);
    t.true(
      per.every((l) => l.every((x) => x === l[0])),
      `${name}: every array of ${g} holds the same neurons`,
    );
    const held = per.map((l) => l[0]);
    t.is(
      held.reduce((a, b) => a + b, 0),
      size,
      `${name}: the ${results.length} processes' arrays of ${g} hold ${held.join(' + ')} neurons`,
    );
  }
  // each process keeps its own neurons' spikes, and reading a monitor puts them together
  for (const [m, { count }] of Object.entries(results[0].spikesHeld)) {
    const held = results.map((r) => r.spikesHeld[m].held);
    t.true(
      results.every((r) => r.spikesHeld[m].count === count),
      `${name}: monitor ${m} counts ${count} spikes on every process`,
    );
    t.is(
      held.reduce((a, b) => a + b, 0),
      count,
      `${name}: the ${results.length} processes hold ${held.join(' + ')} of monitor ${m}'s ${count} spikes`,
    );
  }
}

const values = (b64: string) => new Float64Array(new Uint8Array(Buffer.from(b64, 'base64')).buffer);

/** Runs `name` as one process (no MPI), or under mpiexec with `ranks` processes; the processes' results. */
function runCase(
  name: string,
  ranks?: number,
  env: NodeJS.ProcessEnv = {},
): Promise<{ results: RankResult[]; stderr: string; code: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'braints-mpi-'));
  const [cmd, args] = ranks ? ['mpiexec', ['-n', String(ranks), process.execPath, CASE, name, dir]] : [process.execPath, [CASE, name, dir]];
  return new Promise((resolve) => {
    execFile(cmd, args, { env: { ...process.env, ...env }, timeout: 120_000 }, (e, _stdout, stderr) => {
      const results = readdirSync(dir)
        .sort()
        .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RankResult);
      resolve({ results, stderr, code: e ? ((e as { code?: number }).code ?? -1) : 0 });
    });
  });
}

/** A projection's per-synapse arrays put together from the processes' parts, in list order. */
function joined(results: RankResult[], key: string, listKey: string): Float64Array {
  const n = results.reduce((a, r) => a + values(r.out[listKey]).length, 0);
  const out = new Float64Array(n).fill(NaN);
  for (const r of results) {
    const list = values(r.out[listKey]),
      v = values(r.out[key]);
    list.forEach((x, k) => (out[x] = v[k]));
  }
  return out;
}

function same(t: ExecutionContext, what: string, a: Float64Array, b: Float64Array): boolean {
  const first = Array.from(a).findIndex((x, i) => !Object.is(x, b[i]));
  const ok = a.length === b.length && first < 0;
  t.true(ok, `${what}: ${a.length !== b.length ? `${b.length} values for ${a.length}` : `[${first}] ${b[first]} for ${a[first]}`}`);
  return ok;
}

/**
 * Runs `name` alone (with `aloneEnv`) and on 1, 2, 3 processes (and 2 x 2 threads), comparing every
 * array; the exchanges of each multi-process run.
 */
async function sameOnAnyRanks(t: ExecutionContext, name: string, env: NodeJS.ProcessEnv = {}, aloneEnv = env): Promise<number[]> {
  const exchanges: number[] = [];
  const alone = (await runCase(name, undefined, aloneEnv)).results;
  const one = alone[0].out;
  const keys = Object.keys(one);
  t.true(
    keys.some((k) => k.startsWith('spikes of') && values(one[k]).length > 100),
    'the network spikes',
  );
  for (const [ranks, threads] of [
    [1, 1],
    [2, 1],
    [3, 1],
    [2, 2],
  ]) {
    const { results, stderr, code } = await runCase(name, ranks, { ...env, THREADS: String(threads) });
    t.is(code, 0, stderr);
    t.is(results.length, ranks, `one result per process (${stderr})`);
    let ok = true;
    for (const [r, res] of results.entries()) {
      t.is(res.size, ranks);
      for (const k of keys) {
        if (k.endsWith('.list')) continue;
        const perSynapse = k.includes('.synapse.');
        // every process holds the whole of everything but the synapses, which are spread over them
        if (perSynapse && r > 0) continue;
        // both in the list's order (a connector with a list order of its own, fromArrays, stores its synapses in the rows')
        const inList = (of: RankResult[]) => joined(of, k, `${k.split('.synapse.')[0]}.list`);
        const [ours, theirs] = perSynapse ? [inList(alone), inList(results)] : [values(one[k]), values(res.out[k])];
        ok &&= same(t, `${name}: ${k} on rank ${r} of ${ranks} x ${threads} threads`, ours, theirs);
      }
    }
    if (ok) t.log(`${name}: ${keys.length} arrays identical on ${ranks} processes x ${threads} threads`);
    if (ranks > 1) exchanges.push(...results.map((r) => r.exchanges));
    heldOnce(t, name, results);
    const bytes = env.PRECISION === 'float32' ? 4 : 8;
    for (const r of results)
      t.true(
        Object.values(r.held).every((g) => g.elementBytes.every((b) => b === bytes)),
        `${name}: net.state gives arrays of ${bytes} bytes per element on ${ranks} processes`,
      );
  }
  return exchanges;
}

mpiTest(
  'COBA with projection and per-synapse delays, Poisson input, a spike generator and monitors: any number of processes',
  async (t) => {
    // a delay of 0 (ee, ii): the spikes of every step are exchanged before their delivery; 30 ms of 0.1 ms
    t.deepEqual(new Set(await sameOnAnyRanks(t, 'coba')), new Set([300]));
  },
);

mpiTest('COBA in float32 (state, weights, monitors and net.state in float32): any number of processes', async (t) => {
  t.deepEqual(new Set(await sameOnAnyRanks(t, 'coba', { PRECISION: 'float32' })), new Set([300]));
});

mpiTest('STDP (onPre, onPost) and per-target dynamics in float32: any number of processes', async (t) => {
  await sameOnAnyRanks(t, 'plastic', { PRECISION: 'float32' });
});

mpiTest('every delay at least 1.5 ms: one exchange per 15 steps, identical to one process on any number of processes', async (t) => {
  // 300 steps in one native call: 20 exchanges of 15 steps each
  t.deepEqual(new Set(await sameOnAnyRanks(t, 'delayed')), new Set([20]));
});

mpiTest('every delay at least 1.5 ms, a spike monitor filled faster than room is kept for: exchanged early, still identical', async (t) => {
  // 20 neurons spiking in every step fill a first chunk of 4096 spikes: the driver exchanges before the room runs out
  const exchanges = await sameOnAnyRanks(t, 'delayedBurst');
  t.true(
    exchanges.every((x) => x > 20 && x === exchanges[0]),
    `${exchanges.join(', ')} exchanges`,
  );
});

mpiTest('STDP (onPre, onPost) and per-target dynamics: any number of processes', async (t) => {
  await sameOnAnyRanks(t, 'plastic');
});

mpiTest(
  'net.save and net.load on any number of processes (COBA with delay queues, a spike generator and monitors; STDP): identical to one process',
  async (t) => {
    await sameOnAnyRanks(t, 'checkpoint');
    await sameOnAnyRanks(t, 'checkpointPlastic');
  },
);

mpiTest('a checkpoint saved on 2 processes loads on 1, 2 and 3 processes and continues as one process does', async (t) => {
  const file = join(mkdtempSync(join(tmpdir(), 'braints-mpi-checkpoint-')), 'saved-on-2.npz');
  const { code, stderr } = await runCase('checkpoint', 2, { CHECKPOINT_OUT: file });
  t.is(code, 0, stderr);
  await sameOnAnyRanks(t, 'checkpoint', { CHECKPOINT_IN: file }, {});
});

mpiTest(
  'synapse code drawing random numbers (onPre, onPost, everyStep, per-target update; per-synapse delays; a list of its own order): any number of processes',
  async (t) => {
    await sameOnAnyRanks(t, 'noisy');
  },
);

mpiTest(
  'rows sorted by delay (dense rows, normal per-synapse delays, code drawing random numbers), and their checkpoint: any number of processes',
  async (t) => {
    await sameOnAnyRanks(t, 'sorted');
    await sameOnAnyRanks(t, 'checkpointSorted');
  },
);

mpiTest('net.instances: 3 instances, whose combined groups the processes cut, on any number of processes', async (t) => {
  await sameOnAnyRanks(t, 'instances');
});

mpiTest(
  'monitors recording to disk in chunks of a few steps: process 0 writes the files of one process, on any number of processes',
  async (t) => {
    const runOn = async (ranks?: number) => {
      const dir = mkdtempSync(join(tmpdir(), 'braints-mpi-disk-'));
      const { code, stderr } = await runCase('disk', ranks, { DISK_DIR: dir });
      t.is(code, 0, stderr);
      return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
    };
    const one = await runOn();
    t.deepEqual(
      [...one.keys()].sort(),
      ['E.spikes.npy', 'E.ge.npy', 'E.t.npy', 'E.v.npy', 'I.spikes.npy', 'I.t.npy', 'I.v.npy', 'gen.spikes.npy'].sort(),
    );
    // E's chunk holds 375 spikes: its file (128 bytes of header, 16 a spike) was written out many times
    t.true(one.get('E.spikes.npy')!.length > 128 + 16 * 4 * 375, `${one.get('E.spikes.npy')!.length} bytes`);
    for (const ranks of [2, 3]) {
      const many = await runOn(ranks);
      t.deepEqual([...many.keys()].sort(), [...one.keys()].sort());
      for (const [f, bytes] of one) t.true(bytes.equals(many.get(f)!), `${f} on ${ranks} processes identical to one process's`);
    }
  },
);

mpiTest("an error on rank 2 of 3 stops every process with rank 2's message", async (t) => {
  const start = Date.now();
  const { stderr, code, results } = await runCase('failing', 3);
  t.not(code, 0);
  t.regex(stderr, /braints: rank 2 of 3: run stopped at t = 0\.0000 ms: G\.V of neuron 250 is (NaN|-?Infinity)/);
  t.notRegex(stderr, /rank [01] of 3: run stopped/);
  t.is(results.length, 0, 'no process finished');
  t.true(Date.now() - start < 60_000, 'the others did not wait for it');
});

mpiTest('gap junctions (everyStep reading pre.V) are refused on several processes, naming what', async (t) => {
  const { stderr, code } = await runCase('gaps', 2);
  t.not(code, 0);
  t.regex(
    stderr,
    /braints: rank [01] of 2: projection gap \(GapJunction\) uses pre\.V, the state of its presynaptic neurons, which in a run on 2 MPI processes another process holds; exchanging neuron state is not supported yet: run it on one process/,
  );
  // on one process it runs
  t.is((await runCase('gaps', 1)).code, 0);
});

mpiTest('asking for MPI without MPICH is one line saying what to install', async (t) => {
  // PATH without mpicc: as on a machine without libmpich-dev
  const { stderr, code } = await runCase('coba', undefined, { BRAINTS_MPI: '1', PATH: '/nonexistent' });
  t.not(code, 0);
  t.regex(stderr, /this run asks for MPI \(BRAINTS_MPI=1 \(--mpi\)\), but MPICH is not installed: apt-get install mpich libmpich-dev/);
});

mpiTest('`mpiexec -n 2 braints run examples/coba.ts`: process 0 writes the files of one process; summary.json says 2 ranks', async (t) => {
  const root = join(__dirname, '..', '..');
  const bin = join(root, 'bin', 'braints.js');
  const dirs = [mkdtempSync(join(tmpdir(), 'braints-cli-')), mkdtempSync(join(tmpdir(), 'braints-cli-'))];
  const args = (out: string) => [bin, 'run', 'examples/coba.ts', '--duration', '50', '--no-plots', '--out', out];
  execFileSync(process.execPath, args(dirs[0]), { cwd: root, stdio: 'pipe' });
  const { stderr, status } = spawnSync('mpiexec', ['-n', '2', process.execPath, ...args(dirs[1])], { cwd: root, encoding: 'utf8' });
  t.is(status, 0, stderr);
  // process 0's summary alone
  t.is(stderr.match(/on 2 MPI processes x 1 thread/g)?.length, 1, stderr);
  for (const f of ['E.spikes.npy', 'I.spikes.npy'])
    t.true(readFileSync(join(dirs[0], f)).equals(readFileSync(join(dirs[1], f))), `${f} identical`);
  const [one, two] = dirs.map(
    (d) => JSON.parse(readFileSync(join(d, 'summary.json'), 'utf8')) as { ranks: number; threads: number; groups: object },
  );
  t.deepEqual([one.ranks, two.ranks, two.threads], [1, 2, 1]);
  t.deepEqual(one.groups, two.groups);
});
