// External input signals: a value per time step, added into a current accumulator of a group
// before every step. The runtime evaluates a signal for a block of steps at a time, and the
// native driver adds it in.
import { BraintsError } from './errors';

export interface Signal {
  /** Describes the signal in messages. */
  readonly description: string;
  /** Writes the value at t = (step0 + k) * dt into out[k]. */
  fill(out: Float64Array, step0: number, dt: number): void;
}

/** The same value at every step. */
export function constant(value: number): Signal {
  return { description: `constant ${value}`, fill: (out) => out.fill(value) };
}

/**
 * Piecewise constant sections, one after the other: `sections([[0, 20], [1, 100], [0, 20]])` is 0
 * for 20 ms, then 1 for 100 ms, then 0 for 20 ms; after the last section the value is 0.
 */
export function sections(parts: readonly (readonly [value: number, durationMs: number])[]): Signal {
  for (const [, d] of parts) if (!(d >= 0)) throw new BraintsError(`sections(): a duration must be >= 0, not ${d}`);
  return {
    description: `sections ${JSON.stringify(parts)}`,
    fill(out, step0, dt) {
      for (let k = 0; k < out.length; k++) {
        // section boundaries in whole steps, so that a 20 ms section at dt 0.1 is exactly 200 steps
        let s = step0 + k,
          value = 0;
        for (const [v, d] of parts) {
          const n = Math.round(d / dt);
          if (s < n) {
            value = v;
            break;
          }
          s -= n;
        }
        out[k] = value;
      }
    },
  };
}

/** A linear ramp from `from` at tStart to `to` at tEnd (ms); `from` before, `to` after. */
export function ramp(from: number, to: number, tStart: number, tEnd: number): Signal {
  if (!(tEnd > tStart)) throw new BraintsError(`ramp(): tEnd (${tEnd}) must be after tStart (${tStart})`);
  return {
    description: `ramp ${from} -> ${to} over [${tStart}, ${tEnd}] ms`,
    fill(out, step0, dt) {
      for (let k = 0; k < out.length; k++) {
        const t = (step0 + k) * dt;
        out[k] = t <= tStart ? from : t >= tEnd ? to : from + ((to - from) * (t - tStart)) / (tEnd - tStart);
      }
    },
  };
}

/**
 * Values given by the user, one per `every` ms (held in between); 0 after the last one.
 * With every = dt this is one value per step.
 */
export function timedArray(values: ArrayLike<number>, every: number): Signal {
  if (!(every > 0)) throw new BraintsError(`timedArray(): the interval must be > 0, not ${every}`);
  return {
    description: `timed array of ${values.length} values every ${every} ms`,
    fill(out, step0, dt) {
      for (let k = 0; k < out.length; k++) {
        const j = Math.floor(((step0 + k) * dt) / every + 1e-9);
        out[k] = j < values.length ? values[j] : 0;
      }
    },
  };
}
