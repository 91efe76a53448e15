// The plan: what JavaScript hands the native driver for a run. It is an array of int64 words
// (runtime/plan.ts writes it): a header, then the records of the groups, inputs, state monitors,
// spike monitors and projections, in that order, as many of each as the header counts. Every
// word is a count, an index, a code, or the address of an array JavaScript allocated (0: none).
// This module is the one description of those records; the C structs (runtime/native/plan.h)
// are generated from it by contract/c-headers.ts, so the two cannot drift.

/** A word of a record: a number, or the address of an array (its C element type and length in the doc). */
export type WordKind = 'int64' | 'address';

export interface PlanField {
  name: string;
  kind: WordKind;
  /** What the word holds; for an address, the array's element type and length. */
  doc: string;
}

export interface PlanRecord<Name extends string = string> {
  /** The C struct's name. */
  struct: string;
  doc: string;
  fields: readonly PlanField[];
  /** Each field's word within the record. */
  offset: Readonly<Record<Name, number>>;
  /** The record's length in words. */
  size: number;
  /** The record's words in field order, from a value for each field (an address as a bigint). */
  words(values: Readonly<Record<Name, bigint>>): bigint[];
}

type FieldSpecs = Record<string, [WordKind, string]>;

/** A record from its fields, in order (an object's string keys keep the order they are written in). */
function record<const F extends FieldSpecs>(struct: string, doc: string, specs: F): PlanRecord<Extract<keyof F, string>> {
  type Name = Extract<keyof F, string>;
  const fields = Object.entries(specs).map(([name, [kind, fieldDoc]]) => ({ name, kind, doc: fieldDoc }));
  const offset = Object.fromEntries(fields.map((f, i) => [f.name, i])) as Record<Name, number>;
  const words = (values: Readonly<Record<Name, bigint>>) => fields.map((f) => values[f.name as Name]);
  return { struct, doc, fields, offset, size: fields.length, words };
}

/** Changed whenever a record changes: the driver refuses a plan of another version (RUN_STATUS.badPlan). */
export const PLAN_VERSION = 14;

/** The most threads a plan may ask for. */
export const MAX_THREADS = 64;

/**
 * How many row segments of rows sorted by delay one call of the onPre kernel delivers (the room
 * of ProjectionPlan.rowCuts per thread): enough that its prefetches run ahead of each segment.
 */
export const ROW_SEGMENTS = 256;

export const PLAN_HEADER = record('PlanHeader', 'The first words of every plan.', {
  version: ['int64', 'PLAN_VERSION'],
  nGroups: ['int64', 'GroupPlan records'],
  nInputs: ['int64', 'InputPlan records'],
  nStateMonitors: ['int64', 'StateMonitorPlan records (one per monitored variable)'],
  nSpikeMonitors: ['int64', 'SpikeMonitorPlan records'],
  nProjections: ['int64', 'ProjectionPlan records'],
  threads: ['int64', 'threads to run on, 1 .. MAX_THREADS'],
  exchange: [
    'address',
    'void (*)(int64_t *plan, int64_t first, int64_t last): after spikeGathering of step last, starts the exchange of the spikes of steps first .. last between the processes (runtime/native/mpi/exchange.c), or 0: one process',
  ],
  exchangeWait: [
    'address',
    'void (*)(int64_t *plan): completes the exchange started last: each ring slot of its steps then lists the spikes of every process, in neuron order',
  ],
  exchangeEvery: [
    'int64',
    "steps per exchange: 0, every step's spikes before its delivery (a delay of 0); d >= 1 (the minimum delay in steps), the spikes of d steps at once, completed before the next step's delivery; per-synapse delays then queue each step's spikes d steps later",
  ],
});

export const GROUP_PLAN = record('GroupPlan', 'A neuron group.', {
  kernel: ['int64', 'index of its update function in braints_kernels'],
  n: ['int64', 'neurons'],
  fields: [
    'address',
    "real *[]: the kernel's per-neuron arrays, in kernelFields order (real: the kernels' element type, kernel-abi.h), each indexed by the group's neuron (a process holding begin .. end - 1 only: its array's address less begin elements)",
  ],
  params: ['address', "real[]: the kernel's uniform parameters, in uniformParams order"],
  spiked: ['address', 'uint8[n]: spike flags of this step, indexed by neuron as fields'],
  stream: ['int64', 'random stream'],
  spikeCount: ['address', 'int64: spikes so far'],
  spikeMonitor: ['int64', 'index of its SpikeMonitorPlan, or -1'],
  ring: ['address', 'int32[ringSlots * n]: the spiking neurons of each of the last ringSlots steps'],
  ringCounts: ['address', 'int64[ringSlots]: how many each slot lists'],
  ringSlots: ['int64', 'steps the ring keeps: one more than the longest single delay leaving the group'],
  instances: ['int64', 'instances of a network side by side in the group, n / instances neurons each (1: one network)'],
  seeds: ['address', "uint32[instances]: each instance's seed, or 0: the run's seed"],
  instanceFields: [
    'address',
    "real **[instances]: each instance's field table (its arrays from its first neuron), for one kernel call per instance with its seed and its own neuron indices; or 0: one call over the share (a kernel that draws no random numbers)",
  ],
  instanceSpikeCounts: ['address', 'int64[instances]: spikes so far of each instance, or 0'],
  begin: ['int64', 'the first neuron this process updates (0 on one process; a multiple of 64)'],
  end: ['int64', 'one past the last neuron this process updates (n on one process)'],
});

/** How an input is applied (InputPlan.kind). */
export const INPUT_KIND = {
  /** target[i] += weight_i * signal[step] */
  add: 0,
  /** target[0] = signal[step]: the one value of a uniform current */
  assign: 1,
  /** target[indices[e]] += weights[e] for the events e whose step (signal[e]) is now */
  events: 2,
  /** target[i] += weight * Poisson(mean) per neuron: signal = {the mean's set-up, weight}, step0 = stream */
  poisson: 3,
} as const;

export const INPUT_PLAN = record('InputPlan', 'An input into a group variable (see INPUT_KIND).', {
  target: ['address', 'real[]: the variable'],
  n: ['int64', 'receiving neurons (1 for a uniform current)'],
  indices: ['address', 'int32[n]: the receiving neurons, or 0: all in order; events: int32 neuron per event'],
  weights: ['address', 'double[n]: weights, or 0: 1; events: double value per event'],
  signal: ['address', 'double[signalLen]: the signal from step0 on; events: double step per event; poisson: set-up and weight'],
  step0: ['int64', "the signal's first step; poisson: the input's random stream"],
  signalLen: ['int64', 'values in signal'],
  kind: ['int64', 'an INPUT_KIND value'],
  state: ['address', 'events: int64 cursor into the event list, kept across calls'],
  seed: ['int64', "the seed of its draws (poisson; an instance's input has its instance's), or -1: the run's seed"],
  begin: ['int64', "the first element this process applies: 0, or for an input to every neuron its group's begin"],
  end: ['int64', "one past the last element this process applies: n, or for an input to every neuron its group's end"],
  neuronsBegin: ['int64', "the group's neurons this process holds, from: a listed neuron or an event outside them is another process's"],
  neuronsEnd: ['int64', 'to (one past); 0 .. n on one process'],
});

export const STATE_MONITOR_PLAN = record('StateMonitorPlan', 'One variable of a state monitor.', {
  source: ['address', 'real[]: the array it reads, indexed by element (as GroupPlan.fields)'],
  indices: ['address', 'int32[count]: the columns taken from it, or 0: the first count in order'],
  begin: ['int64', 'the elements this process holds, from: a column of another element is recorded as 0 (its process records it)'],
  end: ['int64', 'to (one past)'],
  count: ['int64', 'columns'],
  period: ['int64', 'records at the steps that are multiples of this'],
  buffer: ['address', 'double[capacity * count]: the rows recorded'],
  capacity: ['int64', 'rows the buffer holds'],
  rows: ['int64', 'rows recorded so far (advanced by the driver, read back by JavaScript)'],
});

export const SPIKE_MONITOR_PLAN = record('SpikeMonitorPlan', "A group's spike monitor.", {
  group: ['int64', 'index of the group'],
  buffer: ['address', 'int32[2 * capacity]: (step, neuron) pairs'],
  capacity: ['int64', 'pairs the buffer holds'],
  count: [
    'int64',
    "pairs recorded so far: the group's spikes, or with several processes those of this process's neurons (advanced by the driver, read back by JavaScript)",
  ],
  room: [
    'int64',
    "pairs of the buffer's room used so far: the group's spikes on every process, so that all run out of room at the same step (advanced by the driver, read back by JavaScript)",
  ],
});

export const PROJECTION_PLAN = record('ProjectionPlan', "A projection: its synapses' CSR and kernels.", {
  kernelRows: ['int64', 'index of its onPre by rows in braints_kernels, or -1: no onPre'],
  kernelIds: ['int64', 'index of its onPre by synapse ids, or -1'],
  preGroup: ['int64', 'index of the presynaptic group'],
  fields: ['address', "real *[]: the kernel's arrays (per synapse, pre.*, post.*, per target)"],
  params: ['address', "real[]: the kernel's uniform parameters"],
  rowptr: ['address', 'int32[n_pre + 1]: CSR row pointers'],
  col: ['address', "int32[nSynapses]: each synapse's target"],
  preIndex: ['address', "int32[nSynapses]: each synapse's presynaptic neuron"],
  delay: ['int64', 'steps, or -1: per-synapse delays in `delays`'],
  delays: [
    'address',
    'uint16 or int32[nSynapses] (delayBytes): per-synapse delays in steps to queue, or 0 (one delay, or rows sorted by delay)',
  ],
  delayBytes: ['int64', 'bytes of each of `delays`: 2 (uint16) or 4 (int32)'],
  queue: ['address', "int64[threads]: each the address of a thread's delay queue (0 until used)"],
  queueSlots: ['int64', 'slots of a delay queue: one more than the longest delay'],
  stream: ['int64', 'random stream (onPre; the other functions derive theirs)'],
  kernelPost: ['int64', 'index of its onPost, or -1: none'],
  postGroup: ['int64', 'index of the postsynaptic group'],
  colptr: ['address', 'int32[n_post + 1]: by-target (CSC) pointers, for onPost'],
  cscIds: ['address', 'int32[nSynapses]: the synapses by target, for onPost'],
  kernelUpdate: ['int64', 'index of its per-target update(t, dt), or -1'],
  kernelEach: ['int64', 'index of its everyStep(t, dt), or -1'],
  nSynapses: ['int64', 'synapses'],
  splits: ['address', 'int32[(threads - 1) * n_pre] from braints_row_splits, or 0: delivered by thread 0'],
  keys: [
    'address',
    "int32[nSynapses]: each synapse's index in the connector's list, which keys its draws (the kernels' keys), or 0: the list is the rows' order, or the code draws nothing",
  ],
  delayBounds: [
    'address',
    "int32[n_pre * ((queue_slots - delay_shortest) * delay_shares + 1)]: per-synapse delays with each row sorted by delay (runtime/native/delay-rows.c): row i's synapses of delay delay_shortest + d onto share t of the targets are delay_bounds[i * ((queue_slots - delay_shortest) * delay_shares + 1) + d * delay_shares + t] up to the next; or 0: they are queued",
  ],
  delayShortest: ['int64', 'the shortest delay of rows sorted by delay, in steps (on every process)'],
  rowCuts: [
    'address',
    'int32[3 * ROW_SEGMENTS * threads]: for rows sorted by delay, where each delivering thread lists the segments (numbers, first synapses, ends) of the spiking rows onto its share of the targets for one call of the onPre kernel',
  ],
  delayShares: [
    'int64',
    "for rows sorted by delay, the shares of the targets (shares.h's share_begin) each delay's synapses are cut at: the threads that deliver it, or 1 (where several do, each then searches its part of a segment)",
  ],
  deliveredBy: [
    'int64',
    'the thread that delivers every synapse of the projection, as part 0 of 1 (its target group dealt whole to it: runtime/deal-targets.ts), or -1: each delivering thread delivers the synapses onto its share of the targets',
  ],
});

/** The records after the header, in plan order, each with the header field that counts them. */
export const PLAN_SECTIONS = [
  { record: GROUP_PLAN, count: 'nGroups', pointer: 'groups' },
  { record: INPUT_PLAN, count: 'nInputs', pointer: 'inputs' },
  { record: STATE_MONITOR_PLAN, count: 'nStateMonitors', pointer: 'state_monitors' },
  { record: SPIKE_MONITOR_PLAN, count: 'nSpikeMonitors', pointer: 'spike_monitors' },
  { record: PROJECTION_PLAN, count: 'nProjections', pointer: 'projections' },
] as const satisfies readonly { record: PlanRecord; count: keyof typeof PLAN_HEADER.offset; pointer: string }[];

/** The words of a plan with these numbers of records. */
export function planSize(counts: Readonly<Record<(typeof PLAN_SECTIONS)[number]['count'], number>>): number {
  return PLAN_SECTIONS.reduce((n, s) => n + s.record.size * counts[s.count], PLAN_HEADER.size);
}
