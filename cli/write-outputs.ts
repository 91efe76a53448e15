// The package's entry to the files `braints run` writes, for a script that builds and runs its own
// network: the same summary.json, NPY arrays and plots (cli/outputs.ts), from the network alone.
import type { Network } from '../runtime/network';
import { onLead } from '../runtime/spike-monitor';

export interface WriteOutputsOptions {
  /** Write the PNG plots (raster per spike monitor, traces per recorded variable); default true. */
  plots?: boolean;
}

/**
 * Writes into `dir` (created if missing) what `braints run` writes after a run: `summary.json`,
 * `<monitor>.spikes.npy`, `<monitor>.<var>.npy`, `<monitor>.t.npy` (and `.synapses.npy` for
 * synapse monitors) and, unless `plots: false`, `<monitor>.raster.png` and `<monitor>.<var>.png`.
 * Call it after `net.run(...)`; the summary's duration is the time run so far (`net.t`).
 * Resolves to the names of the files written. In a run on several MPI processes every process
 * calls it: process 0 writes them, the spike recordings gathered to it from every process's part,
 * and the others write nothing.
 */
export async function writeOutputs(net: Network, dir: string, options: WriteOutputsOptions = {}): Promise<string[]> {
  // loaded on use: the plotting modules (resvg) need not load with every `import 'braints'`
  const outputs = await import('./outputs');
  return (
    (await onLead(net.spikeMonitors, () => outputs.writeOutputs(net, outputs.summarize(net, net.t), dir, options.plots ?? true))) ?? []
  );
}
