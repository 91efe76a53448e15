#!/usr/bin/python3
"""Brian2's firing rates of COBA, CUBA and COBAHH over several seeds: the reference data of
test/rates.test.ts (written to test/data/brian2_rates.json).

    /usr/bin/python3 bench/brian2/rates.py [--target cpp_standalone] [--seeds 1,2,3,4,5]
                                           [--N 4000] [--duration 1] [--out test/data/brian2_rates.json]

Each (model, seed) is one run of Brian2's benchmark script
(bench/brian2/bench_{coba,cuba,cobahh}.py, dt 0.1 ms, a SpikeMonitor on all neurons),
in its own process; the mean rate is its spike count / (N * duration). Build directories go to a
fresh temporary folder ($BRIAN2_BENCH_BUILD), removed at the end.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get('BRIAN2_BENCH_SCRIPTS', HERE)
SCRIPTS = {'COBA': 'bench_coba.py', 'CUBA': 'bench_cuba.py', 'COBAHH': 'bench_cobahh.py'}

ap = argparse.ArgumentParser()
ap.add_argument('--target', default='cpp_standalone', choices=['cython', 'cpp_standalone'])
ap.add_argument('--seeds', default='1,2,3,4,5')
ap.add_argument('--N', type=int, default=4000)
ap.add_argument('--duration', type=float, default=1.0)
ap.add_argument('--models', default='COBA,CUBA,COBAHH')
ap.add_argument('--out', default=os.path.join(ROOT, 'test', 'data', 'brian2_rates.json'))
args = ap.parse_args()
seeds = [int(s) for s in args.seeds.split(',')]
models = args.models.split(',')

build = tempfile.mkdtemp(prefix='brian2-rates-')
env = dict(os.environ, BRIAN2_BENCH_BUILD=build, PYTHONWARNINGS='ignore')
out = {
    'description': "Brian2's mean firing rate (spikes / (N * duration), Hz) per seed, "
                   'one process per (model, seed), from the shared benchmark scripts',
    'N': args.N, 'duration_s': args.duration, 'dt_ms': 0.1, 'target': args.target, 'seeds': seeds,
    'command': ' '.join(['/usr/bin/python3', 'bench/brian2/rates.py'] + sys.argv[1:]),
    'per_run_command': f'/usr/bin/python3 {SHARED}/bench_<model>.py {args.target} '
                       f'--duration {args.duration:g} --N {args.N} --seed <seed>',
    'models': {},
}
t_all = time.perf_counter()
try:
    for model in models:
        script = os.path.join(SHARED, SCRIPTS[model])
        if args.target == 'cython':   # prime the warm cache with one discarded run
            subprocess.run([sys.executable, script, 'cython', '--warm-cache', '--duration', '0.01',
                            '--N', str(args.N), '--seed', '0'], env=env, check=True, capture_output=True)
        runs = []
        for seed in seeds:
            cmd = [sys.executable, script, args.target, '--duration', str(args.duration),
                   '--N', str(args.N), '--seed', str(seed)]
            if args.target == 'cython':
                cmd.append('--warm-cache')
            r = subprocess.run(cmd, env=env, capture_output=True, text=True)
            line = next((l for l in r.stdout.splitlines() if l.startswith('RESULT ')), None)
            if r.returncode != 0 or line is None:
                sys.exit(f'{model} seed {seed} failed ({r.returncode}):\n{r.stderr[-2000:]}')
            res = json.loads(line[len('RESULT '):])
            runs.append(res)
            print(f"{model} seed {seed}: {res['n_spikes']} spikes, {res['rate_hz']:.4f} Hz, "
                  f"run {res['run_s']:.3f} s, total {res['total_s']:.1f} s, load {res['loadavg_end']:.1f}",
                  flush=True)
        rates = [r['rate_hz'] for r in runs]
        out['models'][model] = {
            'rates_hz': rates,
            'spikes': [r['n_spikes'] for r in runs],
            'n_synapses': [r.get('n_synapses') for r in runs],
            'run_s': [r['run_s'] for r in runs],
        }
        out['brian2'] = runs[0]['brian2']
finally:
    shutil.rmtree(build, ignore_errors=True)
out['wall_s'] = round(time.perf_counter() - t_all, 1)
out['date'] = time.strftime('%Y-%m-%dT%H:%M:%S')
os.makedirs(os.path.dirname(args.out), exist_ok=True)
with open(args.out, 'w') as f:
    json.dump(out, f, indent=2)
    f.write('\n')
print(f'written {args.out} in {out["wall_s"]} s')
