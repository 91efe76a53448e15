// How a group built for several instances of a network (runtime/instances.ts) says so to the
// build: the instances' count and seeds, attached to the combined group, become its state's
// InstanceBlocks, which the plan hands the driver (runtime/native/neurons.c).
import type { NeuronGroup } from './group';
import type { InstanceBlocks } from './native-memory';

const INSTANCES = Symbol('braints.instances');

/** Marks `group` as holding `seeds.length` instances of a network side by side, each of group.size / seeds.length neurons. */
export function markInstances(group: NeuronGroup, seeds: Uint32Array): void {
  (group as unknown as Record<symbol, Uint32Array>)[INSTANCES] = seeds;
}

/**
 * The instance blocks of a built group, or undefined for a group of one network. Only a kernel
 * that draws random numbers is called once per instance (a draw is keyed by the seed and the
 * neuron's index); any other computes the same for each neuron whatever its index, so it runs
 * over all instances at once, vectorized across them.
 */
export function instanceBlocksOf(group: NeuronGroup): InstanceBlocks | undefined {
  const seeds = (group as unknown as Record<symbol, Uint32Array | undefined>)[INSTANCES];
  if (!seeds) return undefined;
  return {
    count: seeds.length,
    seeds,
    callPerInstance: group.model.ir.update.usesRandom,
    spikeCounts: new BigInt64Array(new ArrayBuffer(8 * seeds.length)),
  };
}
