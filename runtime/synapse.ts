// The base class of synapse models. A model class extends it; an instance is a projection: the
// synapses from a presynaptic group to a postsynaptic one, with their connectivity, delays and
// per-synapse variables.
import type { NeuronGroup } from './group';
import type { Initializer } from './init';
import { checkInitializer } from './init';
import type { Connector } from './connect';
import { loadModel } from './model';
import type { LoadedModel } from './model';
import type { SynapseModelIR } from '../ir/types';
import { BraintsError } from './errors';

export interface SynapseOptions {
  /** Which neurons connect (fixedProb, oneToOne, fromArrays, ...). */
  connect: Connector;
  /**
   * Transmission delay in ms: one number for the projection, or per synapse (an array or a
   * distribution). Rounded to whole steps: round(delay / dt).
   */
  delay?: Initializer;
  /** Initial values of the model's fields (one number, or per synapse), as for neuron groups. */
  [field: string]: Initializer | Connector | undefined;
}

/**
 * `Pre` and `Post` describe the variables the synapse code reads and writes on its neurons:
 * `class Exc extends Synapse<{}, { ge: number }>` may write `this.post.ge += this.w`.
 *
 * A model defines at least one of these methods (the transformer finds them by name, so they are
 * not declared here, and a model writes them without `override`):
 * - `onPre(t, dt)`: the code of one synapse when a presynaptic spike arrives (t: arrival time, ms);
 * - `onPost(t, dt)`: the code of one synapse when its postsynaptic neuron fires (plasticity);
 * - `update(t, dt)`: the code of one postsynaptic neuron at every step, for @target state;
 * - `everyStep(t, dt)`: the code of one synapse at every step, before the neurons advance (gap
 *   junctions: `this.post.I += this.w * (this.pre.V - this.post.V)`, clock-driven synaptic state).
 */
export abstract class Synapse<Pre extends object = object, Post extends object = object> {
  /** The presynaptic neuron of the synapse (in model code: its variables). */
  declare readonly pre: Pre;
  /** The postsynaptic neuron of the synapse (in model code: its variables). */
  declare readonly post: Post;
  readonly model: LoadedModel<SynapseModelIR>;
  readonly connect: Connector;
  readonly delay: Initializer;
  readonly init: Record<string, Initializer>;
  /** Where the user's code created the projection: errors found when the network is built point there. */
  readonly createdAt = new Error();

  constructor(
    readonly source: NeuronGroup,
    readonly target: NeuronGroup,
    opts: SynapseOptions,
  ) {
    this.model = loadModel(new.target, 'synapse');
    if (!opts?.connect) throw new BraintsError(`${this.model.ir.name}: give the connectivity, e.g. { connect: fixedProb(0.02) }`);
    this.connect = opts.connect;
    this.delay = opts.delay ?? 0;
    checkInitializer(this.delay, `${this.model.ir.name}.delay`);
    this.init = {};
    for (const [name, v] of Object.entries(opts)) {
      if (name === 'connect' || name === 'delay') continue;
      const own = (x: { role: string }) => x.role === 'param' || x.role === 'state' || x.role === 'target';
      const f = this.model.ir.fields.find((x) => x.name === name && own(x));
      if (!f)
        throw new BraintsError(
          `${this.model.ir.name} has no parameter or state ${name}; it has ${
            this.model.ir.fields
              .filter(own)
              .map((x) => x.name)
              .join(', ') || 'none'
          }`,
        );
      checkInitializer(v, `${this.model.ir.name}.${name}`);
      this.init[name] = v as Initializer;
    }
    for (const f of this.model.ir.fields) {
      if (f.role !== 'pre' && f.role !== 'post') continue;
      const group = f.role === 'pre' ? source : target;
      const name = f.name.slice(f.role.length + 1);
      const role = group.model.ir.fields.find((x) => x.name === name)?.role;
      if (role !== 'state' && role !== 'current') {
        throw new BraintsError(`${this.model.ir.name} uses ${f.name}, but ${group.model.ir.name} has no state or current ${name}`);
      }
    }
  }
}
