// Writes the files of the run contract (docs/run-contract.md): summary.json, NPY arrays of every monitor,
// and plots.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Network } from '../runtime/network';
import type { StateMonitor } from '../runtime/monitors';
import { writeNpy } from '../runtime/output/npy';
import { plotRaster } from '../runtime/output/raster';
import { plotTraces } from '../runtime/output/traces';
import type { NeuronRange, TimeWindow } from '../runtime/output/window';
import { fieldUnit, withUnit } from '../runtime/units';
import { BraintsError } from '../runtime/errors';
import { startedMpiWorld } from '../runtime/mpi';
import type { Precision } from '../ir/pipeline';

export interface Summary {
  groups: Record<string, { size: number; spikes: number; rate_hz: number }>;
  timing: { build_s: number; compile_s: number; run_s: number; steps: number };
  dt_ms: number;
  duration_ms: number;
  seed: number;
  /** The MPI processes the run was spread over (1 without MPI), and the threads of each. */
  ranks: number;
  threads: number;
  /** The element type the network stored and computed in: float64 or float32. */
  precision: Precision;
  /** What the run ran on: 'cpu', or the GPU's name (--backend gpu). */
  device: string;
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
    ranks: startedMpiWorld()?.size ?? 1,
    threads: net.threads ?? 1,
    precision: net.precision ?? 'float64',
    device: net.device,
    notices: net.notices,
  };
}

/** What the plots show; each default is the whole recording. */
export interface PlotOptions {
  /** The neurons each raster draws. */
  rasterNeurons?: NeuronRange;
  /** The neurons each state plot draws, by neuron index (a synapse monitor's: by its column). */
  traceNeurons?: NeuronRange;
  /** The time every plot shows, ms. */
  window?: TimeWindow;
  /** Plots as PNG images (the default) or as SVG, which scales for print. */
  format?: 'png' | 'svg';
}

/** The `braints run` flags that set PlotOptions, for parseArgs. */
export const PLOT_FLAGS = {
  'raster-neurons': { type: 'string' },
  'trace-neurons': { type: 'string' },
  window: { type: 'string' },
} as const;

/**
 * PlotOptions from the flags: --raster-neurons and --trace-neurons FROM:TO[:STEP] (neurons FROM,
 * FROM + STEP, ... below TO, as numpy slices them), --window FROM:TO (ms). Throws, naming the
 * flag, for a malformed value.
 */
export function plotOptionsOf(flags: Partial<Record<keyof typeof PLOT_FLAGS, string>>): PlotOptions {
  const numbers = (flag: string, text: string, parts: number[]): number[] => {
    const xs = text.split(':').map((x) => (x.trim() === '' ? NaN : Number(x)));
    if (!parts.includes(xs.length) || xs.some((x) => !Number.isFinite(x))) {
      throw new Error(
        `--${flag} ${text}: write ${flag === 'window' ? 'FROM:TO in ms, as 100:300' : 'FROM:TO or FROM:TO:STEP, as 0:1000 or 0:100000:50'}`,
      );
    }
    return xs;
  };
  const range = (flag: 'raster-neurons' | 'trace-neurons'): NeuronRange | undefined => {
    const text = flags[flag];
    if (text === undefined) return undefined;
    const [from, to, step = 1] = numbers(flag, text, [2, 3]);
    if (![from, to, step].every(Number.isInteger) || from < 0 || to <= from || step < 1) {
      throw new Error(`--${flag} ${text}: neuron indices are whole numbers with 0 <= FROM < TO, and STEP >= 1`);
    }
    return { from, to, step };
  };
  let window: TimeWindow | undefined;
  if (flags.window !== undefined) {
    const [from, to] = numbers('window', flags.window, [2]);
    if (!(from >= 0 && to > from)) throw new Error(`--window ${flags.window}: the window needs 0 <= FROM < TO (ms)`);
    window = [from, to];
  }
  return { rasterNeurons: range('raster-neurons'), traceNeurons: range('trace-neurons'), window };
}

/** The lines `braints run` prints per group: spikes and rate, for a model that can spike. */
export function groupLines(net: Network, summary: Summary): string[] {
  return Object.entries(summary.groups).map(([name, g]) => {
    const model = net.groups.get(name)?.model.ir;
    // a model whose update never calls spike() (a rate model) has no spikes to report
    const spikes = model?.update.spike ? `, ${g.spikes} spikes, ${g.rate_hz.toFixed(2)} Hz` : '';
    return `  ${name}: ${g.size} neuron${g.size === 1 ? '' : 's'}${spikes}`;
  });
}

/**
 * Writes summary.json, every monitor's NPY files and, unless `plots` is false, their plots
 * (true: with the default PlotOptions). A monitor that recorded to disk has its files already:
 * they are copied into `dir` (unless they are there), and not plotted, since a plot would need
 * the whole recording in memory.
 */
export async function writeOutputs(net: Network, summary: Summary, dir: string, plots: boolean | PlotOptions): Promise<string[]> {
  const shown = plots === true ? {} : plots;
  const ext = shown && shown.format === 'svg' ? 'svg' : 'png';
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const file = (name: string) => (written.push(name), join(dir, name));
  writeFileSync(file('summary.json'), JSON.stringify(summary, null, 2) + '\n');
  const dt = net.dt ?? 0;
  const copy = (f: string) => {
    const to = file(basename(f));
    if (resolve(to) !== resolve(f)) copyFileSync(f, to);
  };
  for (const m of net.spikeMonitors) {
    if (m.files.length) {
      m.files.forEach(copy);
      continue;
    }
    writeNpy(file(`${m.name}.spikes.npy`), m.pairs, [m.count, 2]);
    if (shown) {
      await plotRaster(file(`${m.name}.raster.${ext}`), {
        title: m.name,
        times: m.times,
        indices: m.indices,
        count: m.count,
        nNeurons: m.group.size,
        durationMs: net.t,
        dtMs: dt,
        neurons: shown.rasterNeurons,
        window: shown.window,
      });
    }
  }
  for (const m of net.stateMonitors) {
    if (m.files.length) {
      m.files.forEach(copy);
      continue;
    }
    const t = Float64Array.from(m.steps, (s) => s * dt);
    writeNpy(file(`${m.name}.t.npy`), t, [t.length]);
    // which synapse each column is: its (pre, post) neurons
    if (m.synapsePairs) writeNpy(file(`${m.name}.synapses.npy`), m.synapsePairs, [m.count, 2]);
    for (const v of m.variables) {
      const values = m.values(v);
      writeNpy(file(`${m.name}.${v}.npy`), values, [m.steps.length, m.count]);
      if (shown) {
        const labels = Array.from({ length: m.count }, (_, c) => `${v}[${columnLabel(m, c)}]`);
        await plotTraces(file(`${m.name}.${v}.${ext}`), {
          title: `${m.name}.${v}`,
          t,
          values,
          nRecorded: m.count,
          labels,
          yLabel: withUnit(v, fieldUnit(m.owner.model.ir, v)),
          heatAxis: m.elements
            ? `${m.synapsePairs ? 'synapse' : 'neuron'} (nth recorded)`
            : `${m.synapsePairs ? 'synapse' : 'neuron'} index`,
          columns: shown.traceNeurons && columnsIn(m, shown.traceNeurons),
          window: shown.window,
        });
      }
    }
  }
  return written;
}

/** The columns of a state monitor whose neuron (a synapse monitor: whose column number) lies in a range. */
function columnsIn(m: StateMonitor, r: NeuronRange): number[] {
  const step = r.step ?? 1;
  const element = (c: number) => (m.synapsePairs || !m.elements ? c : m.elements[c]);
  const columns = Array.from({ length: m.count }, (_, c) => c).filter((c) => {
    const i = element(c);
    return i >= r.from && i < r.to && (i - r.from) % step === 0;
  });
  if (columns.length === 0) {
    throw new BraintsError(
      `monitor ${m.name}: none of its ${m.count} recorded ${m.synapsePairs ? 'synapses' : 'neurons'} is in the plot's range ${r.from}:${r.to}:${step}`,
    );
  }
  return columns;
}

/** Column c of a state monitor: its neuron, or its synapse as "pre -> post". */
function columnLabel(m: StateMonitor, c: number): string {
  if (m.synapsePairs) return `${m.synapsePairs[2 * c]} -> ${m.synapsePairs[2 * c + 1]}`;
  return String(m.elements ? m.elements[c] : c);
}
