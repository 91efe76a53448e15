# BrainPy's own analysis of FitzHugh-Nagumo, the reference data of test/brainpy-analysis.test.ts:
# its examples/dynamics_analysis/2d_fitzhugh_nagumo_model.py without the plots (BrainPy 2.8.2, jax
# on CPU, float64): the fixed point of PhasePlane2D at Iext = 1, and Bifurcation2D's fixed points
# over Iext in [-1, 2] at resolution 0.01 with the largest real part of their Jacobians' eigenvalues.
#     $PEERS_PYTHON bench/peers/brainpy_fhn_analysis.py test/data/brainpy_fhn_analysis.json
import json, sys
import matplotlib
matplotlib.use('Agg')
import brainpy as bp
import brainpy.math as bm
import numpy as np
bp.math.enable_x64()

class FitzHughNagumoModel(bp.DynamicalSystem):
    def __init__(self, method='exp_auto'):
        super().__init__()
        self.a = 0.7; self.b = 0.8; self.tau = 12.5
        self.V = bm.Variable(bm.zeros(1)); self.w = bm.Variable(bm.zeros(1)); self.Iext = bm.Variable(bm.zeros(1))
        def dV(V, t, w, Iext=0.):
            return V - V * V * V / 3 - w + Iext
        def dw(w, t, V, a=0.7, b=0.8):
            return (V + a - b * w) / self.tau
        self.int_V = bp.odeint(dV, method=method)
        self.int_w = bp.odeint(dw, method=method)
    def update(self):
        t = bp.share['t']; dt = bp.share['dt']
        self.V.value = self.int_V(self.V, t, self.w, self.Iext, dt)
        self.w.value = self.int_w(self.w, t, self.V, self.a, self.b, dt)

model = FitzHughNagumoModel()
pp = bp.analysis.PhasePlane2D(model=model, target_vars={'V': [-3, 3], 'w': [-1, 3]}, pars_update={'Iext': 1.}, resolutions=0.01)
pp.plot_nullcline(coords={'V': 'w-V'}, with_plot=False)
fps = pp.plot_fixed_point(with_plot=False, with_return=True)
bif = bp.analysis.Bifurcation2D(model=model, target_vars={'V': [-3., 3.], 'w': [-1, 3.]}, target_pars={'Iext': [-1., 2.]}, resolutions={'Iext': 0.01})
res = bif.plot_bifurcation(num_par_segments=2, with_plot=False, with_return=True)
fps_b, pars_b, jac_b = res
pars = np.asarray(pars_b).reshape(len(pars_b), -1)[:, 0]
eig = np.linalg.eigvals(np.asarray(jac_b))
out = {
    'description': "BrainPy 2.8.2's own analysis of FitzHugh-Nagumo (examples/dynamics_analysis/2d_fitzhugh_nagumo_model.py: a = 0.7, b = 0.8, tau = 12.5; "
                   "PhasePlane2D at Iext = 1 and Bifurcation2D over Iext in [-1, 2] at resolution 0.01, its default fixed-point search), "
                   "written by bench/peers/brainpy_fhn_analysis.py (jax 0.10.2 on CPU, float64)",
    'phase_plane_Iext_1': {'fixed_points': np.asarray(fps).tolist()},
    'bifurcation': {
        'Iext': pars.tolist(),
        'V': np.asarray(fps_b)[:, 0].tolist(),
        'w': np.asarray(fps_b)[:, 1].tolist(),
        'max_real_eigenvalue': eig.real.max(axis=1).tolist(),
    },
}
json.dump(out, open(sys.argv[1] if len(sys.argv) > 1 else 'brainpy_fhn_analysis.json', 'w'), indent=1)
