// normal(mean, std, { min, max }) (runtime/init.ts): a draw outside the bounds is drawn again, as
// NEST's redraw; a draw inside them is the unbounded draw itself; bounds that almost nothing of the
// law lies in are one clear error, not an endless loop.
import test from 'ava';
import { normal } from '../index';
import { fillInitial } from '../runtime/init';

const draw = (init: ReturnType<typeof normal>, n = 100_000) => {
  const out = new Float64Array(n);
  fillInitial(out, init, 7, 'proj', 'w', 'synapses');
  return out;
};

test('a bounded normal keeps every value in its bounds, and the in-bound draws of the unbounded one', (t) => {
  const free = draw(normal(1.5, 0.75)),
    low = draw(normal(1.5, 0.75, { min: 0.05 }));
  t.true(
    free.some((x) => x < 0.05),
    'the unbounded law goes below 0.05',
  );
  t.true(low.every((x) => x >= 0.05));
  t.true(
    free.every((x, k) => x < 0.05 || low[k] === x),
    'a first draw inside the bounds is kept',
  );
  const neg = draw(normal(-351, 35.1, { max: 0 }));
  t.true(neg.every((x) => x <= 0));
  // the redrawn share is the law's mass below 0.05: P(z < -1.933) = 0.0266
  const redrawn = free.filter((x) => x < 0.05).length / free.length;
  t.true(Math.abs(redrawn - 0.0266) < 0.003, `${redrawn}`);
  // the truncated mean: 1.5 + 0.75 phi(a) / (1 - Phi(a)), a = -1.933
  const mean = low.reduce((a, b) => a + b, 0) / low.length;
  t.true(Math.abs(mean - 1.5463) < 0.01, `mean ${mean}`);
});

test('bounds that hold almost none of the law are an error naming the variable, and bad bounds are refused', (t) => {
  t.throws(() => draw(normal(0, 1, { min: 10 }), 10), {
    message: /proj\.w: 1000 draws in a row of normal\(0, 1\) fell outside \[10, Infinity\]; widen the bounds/,
  });
  t.throws(() => normal(0, 1, { min: 1, max: 0 }), { message: /normal\(0, 1, \{ min: 1, max: 0 \}\): min must not be above max/ });
  // the draws of a normal law are then finite without a check of each (the build skips it)
  t.throws(() => normal(Infinity, 1), { message: /normal\(Infinity, 1\): mean and std must be finite numbers/ });
  t.throws(() => normal(0, NaN), { message: /normal\(0, NaN\): mean and std must be finite numbers/ });
});
