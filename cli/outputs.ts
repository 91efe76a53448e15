// Writes the files of the run contract (docs/run-contract.md): summary.json, NPY arrays of every monitor,
// and plots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Network } from '../runtime/network';
import type { StateMonitor } from '../runtime/monitors';
import { writeNpy } from '../runtime/output/npy';
import { plotRaster, plotTraces } from '../runtime/output/plot';

export interface Summary {
  groups: Record<string, { size: number; spikes: number; rate_hz: number }>;
  timing: { build_s: number; compile_s: number; run_s: number; steps: number };
  dt_ms: number;
  duration_ms: number;
  seed: number;
  notices: string[];
}

export function summarize(net: Network, durationMs: number): Summary {
  const groups: Summary['groups'] = {};
  for (const [name, g] of net.groups) {
    const spikes = net.spikeCount(g);
    groups[name] = { size: g.size, spikes, rate_hz: durationMs > 0 ? spikes / g.size / (durationMs / 1000) : 0 };
  }
  const t = net.timing;
  return {
    groups,
    timing: { build_s: t.buildSeconds, compile_s: t.compileSeconds, run_s: t.runSeconds, steps: t.steps },
    dt_ms: net.dt ?? 0,
    duration_ms: durationMs,
    seed: net.seed ?? 0,
    notices: net.notices,
  };
}

export async function writeOutputs(net: Network, summary: Summary, dir: string, plots: boolean): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const file = (name: string) => (written.push(name), join(dir, name));
  writeFileSync(file('summary.json'), JSON.stringify(summary, null, 2) + '\n');
  const dt = net.dt ?? 0;
  for (const m of net.spikeMonitors) {
    writeNpy(file(`${m.name}.spikes.npy`), m.pairs, [m.count, 2]);
    if (plots) {
      await plotRaster(file(`${m.name}.raster.png`), {
        title: m.name,
        times: m.times,
        indices: m.indices,
        count: m.count,
        nNeurons: m.group.size,
        durationMs: net.t,
      });
    }
  }
  for (const m of net.stateMonitors) {
    const t = Float64Array.from(m.steps, (s) => s * dt);
    writeNpy(file(`${m.name}.t.npy`), t, [t.length]);
    // which synapse each column is: its (pre, post) neurons
    if (m.synapsePairs) writeNpy(file(`${m.name}.synapses.npy`), m.synapsePairs, [m.count, 2]);
    for (const v of m.variables) {
      const values = m.values(v);
      writeNpy(file(`${m.name}.${v}.npy`), values, [m.steps.length, m.count]);
      if (plots) {
        const labels = Array.from({ length: m.count }, (_, c) => `${v}[${columnLabel(m, c)}]`);
        await plotTraces(file(`${m.name}.${v}.png`), { title: `${m.name}.${v}`, t, values, nRecorded: m.count, labels, yLabel: v });
      }
    }
  }
  return written;
}

/** Column c of a state monitor: its neuron, or its synapse as "pre -> post". */
function columnLabel(m: StateMonitor, c: number): string {
  if (m.synapsePairs) return `${m.synapsePairs[2 * c]} -> ${m.synapsePairs[2 * c + 1]}`;
  return String(m.elements ? m.elements[c] : c);
}
