// Spike statistics of one population over a window, by the rules of the NEST microcircuit
// reference (test/data/microcircuit/README.md, section 3; its analyze.py): rate over all neurons,
// mean CV of the inter-spike intervals over neurons with at least 3 spikes, synchrony as Var/mean
// of the population count in 3 ms bins, the fraction of silent neurons.
//
// Times are NEST's stamps in whole steps: a spike of BrainTS's step n (from n dt to (n + 1) dt) is
// stamped n + 1, the end of its step, as NEST stamps it.

export interface SpikeStatistics {
  /** Spikes in the window / (neurons * window length), spikes/s. */
  rate_hz: number;
  /** Mean over neurons with >= 3 spikes in the window of SD(ISI) / mean(ISI) (SD with ddof 0); NaN when none. */
  cv_isi: number;
  /** Neurons that entered cv_isi. */
  n_cv: number;
  /** Var / mean (ddof 0) of the population count in whole bins from the window's start. */
  synchrony: number;
  /** Fraction of neurons without a spike in the window. */
  frac_silent: number;
}

/**
 * The statistics of a population of `n` neurons from its spikes (`stamps[k]`, in steps, of neuron
 * `neurons[k]`), in the window of stamps (from, to], with bins of `binSteps` steps.
 */
export function spikeStatistics(
  stamps: ArrayLike<number>,
  neurons: ArrayLike<number>,
  n: number,
  window: { from: number; to: number; dt: number; binSteps: number },
): SpikeStatistics {
  const { from, to, binSteps } = window;
  const trains: number[][] = Array.from({ length: n }, () => []);
  const bins = new Float64Array(Math.floor((to - from) / binSteps));
  let count = 0;
  for (let k = 0; k < stamps.length; k++) {
    const s = stamps[k];
    if (!(s > from && s <= to)) continue;
    count++;
    trains[neurons[k]].push(s);
    const b = Math.floor((s - from - 1) / binSteps);
    if (b < bins.length) bins[b]++;
  }
  let cvSum = 0,
    nCv = 0,
    silent = 0;
  for (const train of trains) {
    if (train.length === 0) silent++;
    if (train.length < 3) continue;
    train.sort((a, b) => a - b);
    const isi = train.slice(1).map((s, k) => s - train[k]);
    const m = isi.reduce((a, b) => a + b, 0) / isi.length;
    const v = isi.reduce((a, x) => a + (x - m) ** 2, 0) / isi.length;
    cvSum += Math.sqrt(v) / m;
    nCv++;
  }
  const bm = bins.reduce((a, b) => a + b, 0) / bins.length;
  const bv = bins.reduce((a, x) => a + (x - bm) ** 2, 0) / bins.length;
  return {
    rate_hz: count / (n * (to - from) * window.dt * 1e-3),
    cv_isi: nCv > 0 ? cvSum / nCv : NaN,
    n_cv: nCv,
    synchrony: bv / bm,
    frac_silent: silent / n,
  };
}
