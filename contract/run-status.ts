// What braints_run returns in status[0] (runtime/native/driver.c); status[1] then names what the
// code concerns. Generated into runtime/native/plan.h as the RUN_* enum.

export const RUN_STATUS = {
  /** Every step was run. */
  ok: 0,
  /** A kernel wrote a NaN or infinite state: status[1] is its group, or n_groups + its projection. */
  notFinite: 1,
  /** Stopped before a step whose spikes might not fit spike monitor status[1]: JavaScript grows it and calls again. */
  spikeBufferFull: 2,
  /** Stopped before a step that state monitor variable status[1] has no room for. */
  stateBufferFull: 3,
  /** The plan's version or thread count is not one this driver runs. */
  badPlan: 4,
  /** Out of memory: status[1] is n_groups + the projection whose delay queue could not grow, or -1 (the threads' spike lists). */
  outOfMemory: 5,
  /** A thread could not be started: status[1] were. */
  noThreads: 6,
} as const;

export type RunStatus = (typeof RUN_STATUS)[keyof typeof RUN_STATUS];
