// The neuron classes of the dynamics analyses' examples (docs/analysis.md,
// docs/analysis-bifurcation.md), for `braints analyze examples/neuron-dynamics.ts --model NAME ...`:
// `analyze` takes a model class the file exports.
export { FitzHughNagumo, HindmarshRose, HodgkinHuxley, MorrisLecar } from 'braints/models';
