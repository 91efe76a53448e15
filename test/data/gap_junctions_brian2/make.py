# Brian2's gap junction example (docs: examples/synapses/gapjunctions.py), made deterministic and
# exported for test/gap-junctions.test.ts: 10 neurons coupled all-to-all by gap junctions,
#   dv/dt = (v0 - v + Igap) / tau,  Igap_post = w * (v_pre - v_post) (summed),
# v0 from 1.05 to 1.35, v from 0 to 1, threshold v > 1, reset v = 0, exact integration, dt 0.1 ms.
# Run with Debian's Brian2: /usr/bin/python3 make.py (writes gap_junctions.json beside this file).
import json, os
from brian2 import *

prefs.codegen.target = 'numpy'
defaultclock.dt = 0.1 * ms
n = 10
tau = 10 * ms
eqs = '''
dv/dt = (v0 - v + Igap) / tau : 1
v0 : 1 (constant)
Igap : 1
'''
neurons = NeuronGroup(n, eqs, threshold='v > 1', reset='v = 0', method='exact')
neurons.v = 'i * 1.0 / (n - 1)'
neurons.v0 = '1.05 + 0.3 * i / (n - 1)'
S = Synapses(neurons, neurons, '''
w : 1 # gap junction conductance
Igap_post = w * (v_pre - v_post) : 1 (summed)
''')
S.connect()
S.w = 0.02
trace = StateMonitor(neurons, 'v', record=True, dt=1 * ms)
spikes = SpikeMonitor(neurons)
run(500 * ms)
out = {
    'brian2': __import__('brian2').__version__,
    'n': n, 'tau_ms': 10, 'w': 0.02, 'dt_ms': 0.1, 'duration_ms': 500,
    'v_init': list(map(float, [i * 1.0 / (n - 1) for i in range(n)])),
    'v0': list(map(float, neurons.v0[:])),
    'trace_t_ms': list(map(float, trace.t / ms)),
    'trace_v': [list(map(float, row)) for row in trace.v],
    'spike_i': list(map(int, spikes.i)),
    'spike_t_ms': list(map(float, spikes.t / ms)),
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gap_junctions.json'), 'w') as f:
    json.dump(out, f)
print(len(spikes.i), 'spikes')
