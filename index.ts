// The braints package: the model language, groups, networks, inputs and monitors.
export {
  neuron,
  synapse,
  param,
  state,
  current,
  target,
  ode,
  step,
  rand,
  randn,
  poisson,
  binomial,
  noise,
  exprel,
  refractoryOver,
} from './runtime/dsl';
export type { OdeOptions, IntegrationMethod } from './runtime/dsl';
export { NeuronGroup } from './runtime/group';
export { CrossingNeuronGroup } from './runtime/crossing';
export type { GroupInit } from './runtime/group';
export { uniform, normal } from './runtime/init';
export type { Initializer } from './runtime/init';
export { Network } from './runtime/network';
export { Instances } from './runtime/instances';
export type { InstanceValues } from './runtime/instances';
export type { RunOptions, RunTiming } from './runtime/run-options';
export type { InputChange, InputOptions } from './runtime/network-inputs';
export type { ParamValues } from './runtime/set-params';
export type { RunProgress, RunPhase, ProgressListener } from './runtime/progress';
export { constant, sections, ramp, timedArray } from './runtime/inputs';
export type { Signal } from './runtime/inputs';
export { StateMonitor } from './runtime/monitors';
export { SpikeMonitor } from './runtime/spike-monitor';
export type { StateMonitorOptions, MonitorColumns } from './runtime/monitors';
export type { SpikeMonitorOptions } from './runtime/spike-monitor';
export type { DiskRecordingOptions } from './runtime/disk-recording';
export { RunError } from './runtime/errors';
export { runReference } from './runtime/js-reference';
export type { ReferenceOptions, ReferenceResult } from './runtime/js-reference';
export { runNetworkReference } from './runtime/js-network-reference';
export type { NetworkReferenceOptions, NetworkReferenceResult } from './runtime/js-network-reference';
export type { ReferenceTrace } from './runtime/js-network-monitors';
export { Synapse } from './runtime/synapse';
export type { SynapseOptions } from './runtime/synapse';
export { oneToOne, allToAll, fixedProb, fixedNumberPre, fixedNumberPost, fixedTotal, fromArrays, fromMatrix } from './runtime/connect';
export { gaussianGrid, gridFour, gridEight, smallWorld, scaleFree } from './runtime/connect-topology';
export type { Connector } from './runtime/connect';
export type { Csr } from './runtime/csr';
export { SPIKE_EVENTS } from './runtime/network-inputs';
export type { PoissonInputOptions, SpikeEvents, EventBinning } from './runtime/network-inputs';
export { writeOutputs } from './cli/write-outputs';
export type { WriteOutputsOptions } from './cli/write-outputs';
