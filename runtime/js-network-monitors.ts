// The state monitors of a network, recorded by the JavaScript network executor from its own copies
// of the arrays: the same rows (steps s with s % every = 0, and the end step with includeEnd) and
// columns as the native driver's, read at the same point of a step (after the inputs and the
// synapses' per-target update and everyStep, before the neurons advance).
import type { RealArray } from './native-memory';
import type { StateMonitor } from './monitors';
import type { JsGroup, JsLink } from './js-network-state';

/** What the executor recorded for one state monitor. */
export interface ReferenceTrace {
  /** Step of each row. */
  steps: number[];
  /** Per variable: rows x columns, row-major. */
  values: Record<string, Float64Array>;
}

export interface ReferenceMonitors {
  /** Records the monitors due at step s, in step s. */
  record(s: number): void;
  /** After the run's last step: the row of the end step `steps` of the monitors with includeEnd. */
  finish(steps: number): void;
  /** One trace per monitor, in the network's order. */
  traces: ReferenceTrace[];
}

/** The executor's array holding one value per element of `v` for monitor m (a uniform value repeated). */
function source(m: StateMonitor, v: string, groups: JsGroup[], links: JsLink[]): RealArray {
  const g = groups.find((x) => x.group === m.owner);
  if (g) return g.neurons.fields[v];
  const link = links.find((x) => x.js.synapse === m.owner)!;
  const size = m.columns === 'targets' ? link.post.group.size : link.col.length;
  return link.js.arrays[v] ?? new Float64Array(size).fill(link.js.uniform[v]);
}

export function referenceMonitors(monitors: readonly StateMonitor[], groups: JsGroup[], links: JsLink[]): ReferenceMonitors {
  const traces: ReferenceTrace[] = monitors.map(() => ({ steps: [], values: {} }));
  const rows = monitors.map(() => [] as Float64Array[][]);
  const read = (k: number, s: number) => {
    const m = monitors[k];
    traces[k].steps.push(s);
    rows[k].push(
      m.variables.map((v) => {
        const src = source(m, v, groups, links);
        return Float64Array.from({ length: m.count }, (_, c) => src[m.elements ? m.elements[c] : c]);
      }),
    );
  };
  return {
    record(s) {
      monitors.forEach((m, k) => s % m.every === 0 && read(k, s));
    },
    finish(steps) {
      monitors.forEach((m, k) => {
        if (m.includeEnd && steps % m.every === 0) read(k, steps);
        m.variables.forEach((v, j) => {
          const all = new Float64Array(rows[k].length * m.count);
          rows[k].forEach((r, row) => all.set(r[j], row * m.count));
          traces[k].values[v] = all;
        });
      });
    },
    traces,
  };
}
