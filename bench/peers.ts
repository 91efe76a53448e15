// BrainPy and NEST beside Brian2 in `npm run bench -- networks`: COBA and COBAHH as Brian2's
// scripts define them, each written for the peer as its own team writes benchmarks
// (bench/peers/brainpy_bench.py, nest_bench.py; their opening comments list every difference).
// They run under the Python in PEERS_PYTHON (default python3): bench/peers/README.md says how
// they were installed here. A peer that Python cannot import is skipped with one line saying so.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCRIPTS = join(ROOT, 'bench', 'peers');
export const PEERS_PYTHON = process.env.PEERS_PYTHON ?? 'python3';

/** The peer runs of one case: BrainPy in float64 and float32, NEST on one and two threads. */
export const PEER_RUNS = {
  brainpy64: { label: 'BrainPy f64', system: 'brainpy', script: 'brainpy_bench.py', args: [] },
  brainpy32: { label: 'BrainPy f32', system: 'brainpy', script: 'brainpy_bench.py', args: ['--x32'] },
  nest1: { label: 'NEST 1 thr', system: 'nest', script: 'nest_bench.py', args: ['--threads', '1'] },
  nest2: { label: 'NEST 2 thr', system: 'nest', script: 'nest_bench.py', args: ['--threads', '2'] },
} as const;
export type PeerRun = keyof typeof PEER_RUNS;
export type PeerSystem = (typeof PEER_RUNS)[PeerRun]['system'];
/** The networks the peers' scripts define. */
export const PEER_MODELS = ['coba', 'cobahh'] as const;

/** One RESULT line of a peer's script (the fields we use). */
export interface PeerResult {
  system: PeerSystem;
  run_s: number;
  setup_s: number;
  /** BrainPy: the JIT compile of the loop (first call minus the timed call). */
  compile_s?: number;
  /** NEST: nest.Prepare(). */
  prepare_s?: number;
  n_spikes: number;
  rate_hz: number;
  n_synapses: number;
  peak_rss_mib: number;
  /** The peer's version (brainpy or nest field). */
  version: string;
}
export type PeerCell = PeerResult | { error: string } | { skipped: string } | null;
export const isPeerResult = (c: PeerCell | undefined): c is PeerResult => !!c && !('error' in c) && !('skipped' in c);

const MODULE: Record<PeerSystem, string> = { brainpy: 'brainpy', nest: 'nest' };
const INSTALL: Record<PeerSystem, string> = {
  brainpy: 'BrainPy 2.8.2 with jax (bench/peers/README.md says how, from source snapshots)',
  nest: 'NEST 3.10 with its Python module (bench/peers/README.md: a CMake build into the same venv)',
};

/** Which peers PEERS_PYTHON imports; one line on stderr for each it does not. */
export function availablePeers(): Set<PeerSystem> {
  const have = new Set<PeerSystem>();
  for (const system of ['brainpy', 'nest'] as const) {
    const r = spawnSync(PEERS_PYTHON, ['-c', `import ${MODULE[system]}`], { stdio: 'ignore', env: quiet() });
    if (r.status === 0) have.add(system);
    else
      process.stderr.write(`${system} is not importable by ${PEERS_PYTHON}: skipped. Install ${INSTALL[system]}, or set PEERS_PYTHON.\n`);
  }
  return have;
}

/** NEST prints its banner and progress unless told not to; numpy's import warnings are noise here. */
const quiet = (): NodeJS.ProcessEnv => ({ ...process.env, PYTHONWARNINGS: 'ignore', PYNEST_QUIET: '1', JAX_PLATFORMS: 'cpu' });

/** One run of a peer's script. */
export function runPeer(
  run: PeerRun,
  model: (typeof PEER_MODELS)[number],
  n: number,
  durationS: number,
  seed: number,
): PeerResult | { error: string } {
  const p = PEER_RUNS[run];
  const args = [join(SCRIPTS, p.script), model, '--N', String(n), '--duration', String(durationS), '--seed', String(seed), ...p.args];
  const r = spawnSync(PEERS_PYTHON, args, { env: quiet(), encoding: 'utf8', maxBuffer: 1 << 26, timeout: 30 * 60_000 });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
  if (r.status !== 0 || !line)
    return {
      error: `${p.label} failed (status ${r.status}${r.signal ? `, ${r.signal}` : ''}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`,
    };
  const raw = JSON.parse(line.slice('RESULT '.length)) as Omit<PeerResult, 'version'> & { brainpy?: string; nest?: string };
  return { ...raw, version: raw.brainpy ?? raw.nest ?? '?' };
}

/** Keeps the faster of two results of one peer run (every time its minimum). */
export function minPeer(a: PeerCell | undefined, b: PeerResult | { error: string }): PeerCell {
  if (!isPeerResult(a)) return b;
  if ('error' in b) return a;
  const best = b.run_s < a.run_s ? b : a;
  return { ...best, setup_s: Math.min(a.setup_s, b.setup_s), peak_rss_mib: Math.min(a.peak_rss_mib, b.peak_rss_mib) };
}
