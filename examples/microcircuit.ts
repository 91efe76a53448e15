// The Potjans & Diesmann (2014) cortical microcircuit as NEST's PyNEST example defines it
// (pynest/examples/Potjans_2014 at nest-simulator e0a0745546eb; every value and rule in
// test/data/microcircuit/README.md): 8 populations of IafPscExp neurons (layers 2/3, 4, 5, 6,
// excitatory and inhibitory), a fixed total number of synapses per population pair (sources and
// targets uniform, multapses and autapses allowed), normal weights and delays redrawn as NEST
// redraws them, independent Poisson background per neuron, and below full scale the example's
// compensation (weights / sqrt(K_scaling), a DC current per population). 500 ms presimulation
// then 1000 ms, as NEST's example runs it.
//
//   npx braints run examples/microcircuit.ts --scale 0.1          (any scale from 0.1 to 1)
import { Network, fixedTotal, normal } from 'braints';
import { IafPscExp, StaticCurrentSynapse } from 'braints/models';

export const dt = 0.1; // ms
export const duration = 1500; // ms: 500 ms presimulation, then the analysed 1000 ms
export const presimulation = 500; // ms
export const options = { scale: 0.1 };

export const POPULATIONS = ['L23E', 'L23I', 'L4E', 'L4I', 'L5E', 'L5I', 'L6E', 'L6I'] as const;
const FULL_N = [20683, 5834, 21915, 5479, 4850, 1065, 14395, 2948];
/** Connection probabilities, [target][source]. */
const CONN_PROBS = [
  [0.1009, 0.1689, 0.0437, 0.0818, 0.0323, 0.0, 0.0076, 0.0],
  [0.1346, 0.1371, 0.0316, 0.0515, 0.0755, 0.0, 0.0042, 0.0],
  [0.0077, 0.0059, 0.0497, 0.135, 0.0067, 0.0003, 0.0453, 0.0],
  [0.0691, 0.0029, 0.0794, 0.1597, 0.0033, 0.0, 0.1057, 0.0],
  [0.1004, 0.0622, 0.0505, 0.0057, 0.0831, 0.3726, 0.0204, 0.0],
  [0.0548, 0.0269, 0.0257, 0.0022, 0.06, 0.3158, 0.0086, 0.0],
  [0.0156, 0.0066, 0.0211, 0.0166, 0.0572, 0.0197, 0.0396, 0.2252],
  [0.0364, 0.001, 0.0034, 0.0005, 0.0277, 0.008, 0.0658, 0.1443],
];
const K_EXT = [1600, 1500, 2100, 1900, 2000, 1900, 2900, 2100];
/** The example's full-scale rates (spikes/s), used only for the DC compensation at reduced scale. */
const FULL_MEAN_RATES = [0.903, 2.965, 4.414, 5.876, 7.569, 8.633, 1.105, 7.829];
const V0_MEAN = [-68.28, -63.16, -63.33, -63.45, -63.11, -61.66, -66.72, -61.43]; // mV
const V0_STD = [5.36, 4.57, 4.74, 4.94, 4.94, 4.55, 5.46, 4.48]; // mV
const NEURON = { C_m: 250, tau_m: 10, tau_syn_ex: 0.5, tau_syn_in: 0.5, t_ref: 2, E_L: -65, V_reset: -65, V_th: -50 };
const PSP_EXC = 0.15; // mV
const G = -4;
const BG_RATE = 8; // spikes/s per external source
const WEIGHT_REL_STD = 0.1;
const DELAY_MEAN = { exc: 1.5, inh: 0.75 }; // ms
const DELAY_REL_STD = 0.5;

/** numpy's round: halves to even (0.5 * 1065 = 532.5 is 532). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The peak of the PSP of a unit current jump (mV per pA): helpers.py's PSC_over_PSP inverted. */
function pspOfUnitPsc(C_m: number, tau_m: number, tau_s: number): number {
  const f = (tau_m / tau_s) ** (1 / (tau_s - tau_m));
  return ((tau_m * tau_s) / C_m / (tau_s - tau_m)) * (f ** tau_m - f ** tau_s);
}

export interface MicrocircuitParameters {
  scale: number;
  /** Neurons per population. */
  N: number[];
  /** Synapses per projection, [target][source]. */
  K: number[][];
  /** Mean weights (pA), [target][source]. */
  w: number[][];
  /** External (Poisson) in-degrees and weight (pA). */
  Kext: number[];
  wExt: number;
  /** DC compensation per population (pA); 0 at full scale. */
  I_e: number[];
}

/** Every number of the model at `scale` (N_scaling = K_scaling = scale), as helpers.py computes them. */
export function microcircuitParameters(scale: number): MicrocircuitParameters {
  if (!(scale > 0 && scale <= 1)) throw new Error(`microcircuit: --scale ${scale}: the scale is in (0, 1]`);
  const n = POPULATIONS.length;
  const wExcFull = PSP_EXC / pspOfUnitPsc(NEURON.C_m, NEURON.tau_m, NEURON.tau_syn_ex);
  // [target][source]: excitatory sources wExc, inhibitory g wExc, L4E -> L23E doubled
  const wFull = CONN_PROBS.map((row, i) => row.map((_, j) => (j % 2 === 0 ? wExcFull : G * wExcFull) * (i === 0 && j === 2 ? 2 : 1)));
  const Kfull = CONN_PROBS.map((row, i) => row.map((c, j) => (c === 0 ? 0 : Math.log(1 - c) / Math.log(1 - 1 / (FULL_N[i] * FULL_N[j])))));
  const sq = Math.sqrt(scale);
  const I_e = FULL_N.map((Ni, i) => {
    let drive = wExcFull * K_EXT[i] * BG_RATE;
    for (let j = 0; j < n; j++) drive += (wFull[i][j] * Kfull[i][j] * FULL_MEAN_RATES[j]) / Ni;
    return 0.001 * NEURON.tau_syn_ex * (1 - sq) * drive;
  });
  return {
    scale,
    N: FULL_N.map((x) => roundHalfEven(x * scale)),
    K: Kfull.map((row) => row.map((k) => roundHalfEven(k * scale * scale))),
    w: wFull.map((row) => row.map((w) => w / sq)),
    Kext: K_EXT.map((k) => roundHalfEven(k * scale)),
    wExt: wExcFull / sq,
    I_e,
  };
}

export default function microcircuit(opts: { scale?: number; dt?: number } = {}): Network {
  const p = microcircuitParameters(opts.scale ?? options.scale);
  const step = opts.dt ?? dt;
  const members: Record<string, IafPscExp | StaticCurrentSynapse> = {};
  const pops = POPULATIONS.map((name, i) => {
    const g = new IafPscExp(p.N[i], { ...NEURON, I_e: p.I_e[i], V: normal(V0_MEAN[i], V0_STD[i]) });
    members[name] = g;
    return g;
  });
  for (const [i, target] of POPULATIONS.entries())
    for (const [j, source] of POPULATIONS.entries()) {
      if (p.K[i][j] === 0) continue;
      const w = p.w[i][j],
        excitatory = j % 2 === 0;
      const delay = excitatory ? DELAY_MEAN.exc : DELAY_MEAN.inh;
      members[`${source}_${target}`] = new StaticCurrentSynapse(pops[j], pops[i], {
        connect: fixedTotal(p.K[i][j]),
        // NEST's redraw: a weight keeps its sign, a delay is at least half a step (then rounded to the grid)
        w: normal(w, WEIGHT_REL_STD * Math.abs(w), excitatory ? { min: 0 } : { max: 0 }),
        delay: normal(delay, DELAY_REL_STD * delay, { min: step / 2 }),
      });
    }
  const net = new Network(members);
  for (const [i, g] of pops.entries()) {
    net.poissonInput(g, 'I_ex', { sources: p.Kext[i], rate: BG_RATE, weight: p.wExt });
    net.monitorSpikes(g);
  }
  return net;
}
