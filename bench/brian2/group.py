"""One neuron group in Brian2's C++ standalone mode, the peer of `npm run bench -- groups`.

    /usr/bin/python3 bench/brian2/group.py {lif|hh} N DURATION_S DT_MS [THREADS]

Prints one line `RESULT {json}` with run_s (the loop inside the binary, Brian2's own
device._last_run_time, as in bench/brian2/harness.py), build_s (code generation + make),
make_s, exec_s (the ./main process) and the spike count. Every run builds in a fresh directory
(clean=True), so build_s is always a full, cold build: Brian2 standalone has no build cache.

The models mirror models/lif.ts and models/hh.ts and the reference traces
(docs/reference-data.md, sections a and b): identical neurons, constant input, no noise.
With THREADS > 1, the simulation runs on that many OpenMP threads (as ours does).
Spikes are counted with SpikeMonitor(record=False), which keeps only per-neuron counts: the same
work as our driver's spike counting, without storing (t, i) pairs.
"""
import json
import os
import shutil
import sys
import tempfile
import time

model, N, duration_s, dt_ms = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
threads = int(sys.argv[5]) if len(sys.argv) > 5 else 1

import brian2 as b2  # noqa: E402  (after argument parsing: the import takes ~2 s and is not timed)
from brian2 import ms, mV, second, uF, cm, mS, uA  # noqa: E402

build_dir = tempfile.mkdtemp(prefix=f'braints-bench-{model}-{N}-')
b2.set_device('cpp_standalone', directory=build_dir, build_on_run=False)
if threads > 1:
    b2.prefs.devices.cpp_standalone.openmp_threads = threads  # as many threads as ours
b2.defaultclock.dt = dt_ms * ms
t0 = time.perf_counter()

if model == 'lif':
    # models/lif.ts: tau dV/dt = V_rest - V + R I (unless refractory), euler, refractory 2 ms
    ns = dict(tau=10 * ms, V_rest=-65 * mV, V_reset=-65 * mV, V_th=-50 * mV, R=1, I=20 * mV)
    G = b2.NeuronGroup(N, 'dv/dt = (V_rest - v + R*I)/tau : volt (unless refractory)',
                       threshold='v > V_th', reset='v = V_reset', refractory=2 * ms,
                       method='euler', namespace=ns)
    G.v = -65 * mV
elif model == 'hh':
    # models/hh.ts HodgkinHuxley: squid axon, rk4; spike once per upward crossing of 0 mV, no reset
    ns = dict(Cm=1 * uF / cm**2, gNa=120 * mS / cm**2, gK=36 * mS / cm**2, gL=0.3 * mS / cm**2,
              ENa=50 * mV, EK=-77 * mV, EL=-54.387 * mV, I=10 * uA / cm**2)
    eqs = '''
    dv/dt = (I - gNa*m**3*h*(v - ENa) - gK*n**4*(v - EK) - gL*(v - EL))/Cm : volt
    dm/dt = (1 - m)/exprel(-(v + 40*mV)/(10*mV))/ms - 4*exp(-(v + 65*mV)/(18*mV))/ms*m : 1
    dh/dt = 0.07*exp(-(v + 65*mV)/(20*mV))/ms*(1 - h) - h/(1 + exp(-(v + 35*mV)/(10*mV)))/ms : 1
    dn/dt = 0.1*(1 - n)/exprel(-(v + 55*mV)/(10*mV))/ms - 0.125*exp(-(v + 65*mV)/(80*mV))/ms*n : 1
    '''
    G = b2.NeuronGroup(N, eqs, threshold='v > 0*mV', refractory='v > 0*mV', method='rk4', namespace=ns)
    G.v = -65 * mV
    G.m = 0.05293248525724958
    G.h = 0.5961207535084603
    G.n = 0.3176769140606974
else:
    sys.exit(f'unknown model {model}: lif or hh')

mon = b2.SpikeMonitor(G, record=False)
net = b2.Network(G, mon)
net.run(duration_s * second)  # standalone: records the run, generates nothing yet
dev = b2.get_device()
dev.build(directory=build_dir, compile=True, run=False, clean=True, with_output=False)
t_built = time.perf_counter()
dev.run(directory=build_dir, with_output=False, run_args=[])
t_end = time.perf_counter()
spikes = int(mon.count[:].sum())
print('RESULT ' + json.dumps(dict(
    model=model, N=N, duration_s=duration_s, dt_ms=dt_ms, run_s=dev._last_run_time,
    build_s=t_built - t0, make_s=dev.timers['compile']['make'], exec_s=t_end - t_built,
    spikes=spikes, brian2=b2.__version__)), flush=True)
shutil.rmtree(build_dir, ignore_errors=True)
