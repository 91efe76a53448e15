// The outputs of a run of many instances (`braints run` of a file whose default export is
// net.instances(...)): summary.json with each group's spikes and rate per instance, NPY files with
// an instance axis, and a plot of the rates against what the instances vary. docs/run-contract.md
// describes the files.
import type { Precision } from '../ir/pipeline';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Instances } from '../runtime/instances';
import { writeNpy } from '../runtime/output/npy';
import { render, PLOT_H, PLOT_W, SCHEMA } from '../runtime/output/render';
import { fieldUnit, withUnit } from '../runtime/units';

export interface InstanceSummary {
  instances: number;
  /** Each key of the instances' values given as numbers, with its value per instance. */
  values: Record<string, number[]>;
  groups: Record<string, { size: number; spikes: number[]; rate_hz: number[] }>;
  timing: { build_s: number; compile_s: number; run_s: number; steps: number };
  dt_ms: number;
  duration_ms: number;
  seeds: number[];
  /** The element type the instances stored and computed in. */
  precision: Precision;
  notices: string[];
}

export function summarizeInstances(runs: Instances, durationMs: number): InstanceSummary {
  const groups: InstanceSummary['groups'] = {};
  for (const [name, g] of runs.groups) {
    const spikes = Array.from({ length: runs.count }, (_, k) => runs.spikeCount(k, g));
    groups[name] = { size: g.size, spikes, rate_hz: Array.from(runs.rates(g)) };
  }
  const t = runs.timing;
  return {
    instances: runs.count,
    values: Object.fromEntries([...runs.swept].map(([k, v]) => [k, Array.from(v)])),
    groups,
    timing: { build_s: t.buildSeconds, compile_s: t.compileSeconds, run_s: t.runSeconds, steps: t.steps },
    dt_ms: runs.network.dt ?? 0,
    duration_ms: durationMs,
    seeds: Array.from(runs.seeds),
    precision: runs.network.precision ?? 'float64',
    notices: runs.network.notices,
  };
}

/** One line per group: its instances' range of rates. */
export function instanceLines(summary: InstanceSummary): string[] {
  return Object.entries(summary.groups).map(([name, g]) => {
    const lo = Math.min(...g.rate_hz),
      hi = Math.max(...g.rate_hz);
    return `  ${name}: ${summary.instances} instances of ${g.size} neuron${g.size === 1 ? '' : 's'}, ${lo.toFixed(2)} to ${hi.toFixed(2)} Hz`;
  });
}

/** The keys of the swept values that differ between instances, those with the same values as one axis ("EE.w = EI.w"). */
function axes(runs: Instances): { label: string; key: string; values: Float64Array }[] {
  const out: { label: string; key: string; values: Float64Array }[] = [];
  for (const [key, values] of runs.swept) {
    if (key === 'seed' || values.every((v) => v === values[0])) continue;
    const same = out.find((a) => a.values.every((v, k) => v === values[k]));
    if (same) same.label += ` = ${key}`;
    else out.push({ label: key, key, values });
  }
  return out;
}

/** The axis title of a key: its name and the unit of the field it names. */
function axisTitle(runs: Instances, axis: { label: string; key: string }): string {
  const [owner, field] = axis.key.split('.');
  const member = runs.groups.get(owner) ?? runs.network.projections.get(owner);
  const unit = member ? fieldUnit(member.model.ir, field) : undefined;
  return withUnit(axis.label, unit);
}

/**
 * Writes summary.json; `instances.KEY.npy` (K) for each numeric key; `GROUP.rate_hz.npy` (K);
 * each spike monitor's `NAME.spikes.npy` (count x 3: instance, time in ms, neuron within the
 * instance); each state monitor's `NAME.t.npy` and `NAME.VAR.npy` (rows x K x columns); and,
 * unless `plots` is false, `GROUP.rate.png`: the rates against the one varied value (a line), or
 * the two varied values of a grid (a heat map).
 */
export async function writeInstanceOutputs(runs: Instances, summary: InstanceSummary, dir: string, plots: boolean): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const file = (name: string) => (written.push(name), join(dir, name));
  writeFileSync(file('summary.json'), JSON.stringify(summary, null, 2) + '\n');
  const K = runs.count;
  for (const [key, values] of runs.swept) writeNpy(file(`instances.${key}.npy`), values, [K]);
  for (const [name, g] of runs.groups) writeNpy(file(`${name}.rate_hz.npy`), runs.rates(g), [K]);
  for (const m of runs.spikeMonitors) {
    // in the order recorded (by time), each spike's instance and neuron from its neuron in the combined group
    const combined = runs.network.spikeMonitors.find((x) => x.name === m.name)!;
    const times = combined.times,
      indices = combined.indices,
      size = m.group.size;
    const rows = new Float64Array(3 * combined.count);
    for (let j = 0; j < combined.count; j++) rows.set([Math.floor(indices[j] / size), times[j], indices[j] % size], 3 * j);
    writeNpy(file(`${m.name}.spikes.npy`), rows, [combined.count, 3]);
  }
  const dt = runs.network.dt ?? 0;
  for (const m of runs.stateMonitors) {
    const combined = runs.network.stateMonitors.find((x) => x.name === m.name)!;
    writeNpy(
      file(`${m.name}.t.npy`),
      Float64Array.from(combined.steps, (s) => s * dt),
      [combined.steps.length],
    );
    // the combined monitor's columns are instance 0's, then instance 1's, ...: rows x K x columns as they lie
    for (const v of m.variables) writeNpy(file(`${m.name}.${v}.npy`), combined.values(v), [combined.steps.length, K, combined.count / K]);
  }
  if (plots) for (const [name, g] of runs.groups) await plotRates(runs, name, runs.rates(g), file(`${name}.rate.png`));
  return written;
}

async function plotRates(runs: Instances, group: string, rates: Float64Array, path: string): Promise<void> {
  const ax = axes(runs);
  const title = `${group}: firing rate of ${runs.count} instances`;
  if (ax.length === 1) {
    const x = ax[0];
    await render(path, {
      $schema: SCHEMA,
      title,
      width: PLOT_W,
      height: PLOT_H,
      data: { values: Array.from(rates, (r, k) => ({ x: x.values[k], rate: r })) },
      mark: { type: 'line', point: runs.count <= 50 },
      encoding: {
        x: { field: 'x', type: 'quantitative', title: axisTitle(runs, x) },
        y: { field: 'rate', type: 'quantitative', title: 'rate (Hz)' },
      },
    });
  } else if (ax.length === 2) {
    const [x, y] = ax;
    await render(path, {
      $schema: SCHEMA,
      title,
      width: PLOT_H,
      height: PLOT_H,
      data: { values: Array.from(rates, (r, k) => ({ x: x.values[k], y: y.values[k], rate: r })) },
      mark: 'rect',
      encoding: {
        x: { field: 'x', type: 'ordinal', title: axisTitle(runs, x), axis: { format: '.3~g' } },
        y: { field: 'y', type: 'ordinal', title: axisTitle(runs, y), sort: 'descending', axis: { format: '.3~g' } },
        color: { field: 'rate', type: 'quantitative', title: 'rate (Hz)', scale: { scheme: 'viridis' } },
      },
    });
  }
}
