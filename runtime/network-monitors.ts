// The monitors of a network and the checks a new one passes: one spike monitor per group, a state
// monitor's variables the model's and its name its own (it names its files), and no two monitors
// writing one file on disk.
import * as path from 'node:path';
import type { NeuronGroup } from './group';
import { Synapse } from './synapse';
import { StateMonitor, projectionColumns } from './monitors';
import type { StateMonitorOptions } from './monitors';
import { SpikeMonitor } from './spike-monitor';
import type { SpikeMonitorOptions } from './spike-monitor';
import { BraintsError } from './errors';

/** How the network names its members, for the messages. */
export interface MemberNames {
  group(g: NeuronGroup): string;
  projection(s: Synapse): string;
}

export class NetworkMonitors {
  readonly spikes: SpikeMonitor[] = [];
  readonly states: StateMonitor[] = [];

  constructor(private readonly names: MemberNames) {}

  /** Every monitor, spikes and states. */
  get all(): (SpikeMonitor | StateMonitor)[] {
    return [...this.spikes, ...this.states];
  }

  addSpikes(group: NeuronGroup, opts: SpikeMonitorOptions & { name?: string }): SpikeMonitor {
    if (this.spikes.some((m) => m.group === group)) throw new BraintsError(`${this.names.group(group)} already has a spike monitor`);
    const m = new SpikeMonitor(opts.name ?? this.names.group(group), group, opts);
    this.checkFilesFree(m);
    this.spikes.push(m);
    return m;
  }

  addState(source: NeuronGroup | Synapse, variables: readonly string[], opts: StateMonitorOptions & { name?: string }): StateMonitor {
    if (source instanceof Synapse) {
      const pname = this.names.projection(source);
      const columns = projectionColumns(source.model.ir, pname, variables);
      return this.addStateMonitor(new StateMonitor(opts.name ?? pname, pname, source, variables, columns, opts), pname);
    }
    const gname = this.names.group(source);
    const fields = source.model.ir.fields;
    for (const v of variables) {
      if (!fields.some((f) => f.name === v))
        throw new BraintsError(`${gname} (${source.model.ir.name}) has no variable ${v}; it has ${fields.map((f) => f.name).join(', ')}`);
    }
    return this.addStateMonitor(new StateMonitor(opts.name ?? gname, gname, source, variables, 'neurons', opts), gname);
  }

  /** Adds a state monitor; its name names its files (NAME.t.npy, NAME.VAR.npy), so two must not share one. */
  private addStateMonitor(m: StateMonitor, owner: string): StateMonitor {
    if (this.states.some((x) => x.name === m.name))
      throw new BraintsError(
        `a state monitor named ${m.name} exists already, and its files would be overwritten: give this one a name of its own, e.g. net.monitorState(${owner}, [...], { name: '${owner}_2' })`,
      );
    this.checkFilesFree(m);
    this.states.push(m);
    return m;
  }

  /** A disk monitor must not write a file another one writes. */
  private checkFilesFree(m: SpikeMonitor | StateMonitor): void {
    const taken = new Set(this.all.flatMap((x) => x.files.map((f) => path.resolve(f))));
    const clash = m.files.find((f) => taken.has(path.resolve(f)));
    if (clash) throw new BraintsError(`monitor ${m.name} would write ${clash}, which another monitor writes: give it another name or dir`);
  }
}
