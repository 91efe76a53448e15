// The closure fields of test/helpers/fields.ts (the normal forms and the rate network, which no
// model class writes) have the Jacobians their derivations claim: each agrees with central differences of f at points spread over the
// system's range (relative error 1e-6, differences with step 1e-6 of the coordinate's scale).
import test from 'ava';
import type { VectorField } from '../analysis/vector-field';
import * as F from './helpers/fields';

interface Case {
  name: string;
  field: VectorField;
  /** Points (a state then its parameters) to check at. */
  points: [number[], number[]][];
}

const W = Float64Array.from([0.5, -1.2, 0.3, 0.8, 0.1, -0.7, -0.4, 0.9, 0.2]);
const cases: Case[] = [
  { name: 'saddle-node normal form', field: F.saddleNode(), points: [[[0.3, -0.2], [0.5]]] },
  {
    name: 'Hopf normal form',
    field: F.hopfNormalForm(),
    points: [
      [
        [0.3, -0.7],
        [0.2, 1.3],
      ],
    ],
  },
  { name: 'rate network', field: F.rateNetwork(W, Float64Array.from([0.1, -0.2, 0.3])), points: [[[0.4, -1.1, 0.7], [1.5]]] },
];

function evalAt(field: VectorField, x: number[], p: number[]): Float64Array {
  const out = new Float64Array(x.length);
  field.evaluate(Float64Array.from(x), Float64Array.from(p), out);
  return out;
}

for (const c of cases)
  test(`${c.name}: the hand-derived Jacobians match central differences`, (t) => {
    const dim = c.field.variables.length;
    const np = c.field.parameters.length;
    for (const [x, p] of c.points) {
      const j = new Float64Array(dim * dim);
      const jp = new Float64Array(dim * np);
      c.field.evaluate(Float64Array.from(x), Float64Array.from(p), new Float64Array(dim), j, jp);
      const check = (exact: number, plus: Float64Array, minus: Float64Array, i: number, h: number, what: string) => {
        const fd = (plus[i] - minus[i]) / (2 * h);
        t.true(Math.abs(fd - exact) <= 1e-6 * (1 + Math.abs(exact)), `${what}: exact ${exact}, differences ${fd}`);
      };
      for (let k = 0; k < dim; k++) {
        const h = 1e-6 * (1 + Math.abs(x[k]));
        const plus = evalAt(
          c.field,
          x.map((v, i) => (i === k ? v + h : v)),
          p,
        );
        const minus = evalAt(
          c.field,
          x.map((v, i) => (i === k ? v - h : v)),
          p,
        );
        for (let i = 0; i < dim; i++) check(j[i * dim + k], plus, minus, i, h, `d f${i} / d ${c.field.variables[k]} at ${x}`);
      }
      for (let k = 0; k < np; k++) {
        const h = 1e-6 * (1 + Math.abs(p[k]));
        const plus = evalAt(
          c.field,
          x,
          p.map((v, i) => (i === k ? v + h : v)),
        );
        const minus = evalAt(
          c.field,
          x,
          p.map((v, i) => (i === k ? v - h : v)),
        );
        for (let i = 0; i < dim; i++) check(jp[i * np + k], plus, minus, i, h, `d f${i} / d ${c.field.parameters[k]} at ${x}`);
      }
    }
  });
