// The context that lets a model's TypeScript run as plain JavaScript (runtime/js-reference.ts sets
// it while it runs one neuron's update). The DSL functions step(), rand(), randn(), poisson(),
// binomial() and noise()
// read it; outside such a run they have no meaning and say so.
export interface JsContext {
  step(f: (...args: number[]) => number | readonly number[], args: number[]): number | readonly number[];
  rand(): number;
  randn(): number;
  poisson(mean: number): number;
  binomial(n: number, p: number): number;
  noise(): number;
}

let active: JsContext | undefined;

export function jsContext(): JsContext {
  if (!active) {
    throw new Error(
      'step(), rand(), randn(), poisson(), binomial() and noise() run inside a model update: build the model with the BrainTS transformer, or run it with runReference()',
    );
  }
  return active;
}

/** Runs `fn` with `ctx` as the active context. */
export function withJsContext<T>(ctx: JsContext, fn: () => T): T {
  const prev = active;
  active = ctx;
  try {
    return fn();
  } finally {
    active = prev;
  }
}
