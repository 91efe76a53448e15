// The built-in neuron models of BrainTS: `import { LIF, HodgkinHuxley } from 'braints/models'`.
export * from './lif';
export * from './hh';
export * from './izhikevich';
export * from './adex';
export * from './expif';
export * from './qif';
export * from './fitzhugh_nagumo';
export * from './hindmarsh_rose';
export * from './morris_lecar';
export * from './coba';
export * from './cobahh';
export * from './poisson';
export * from './stdp';
export * from './synapses';
export * from './generator';
export * from './iaf-psc-exp';
