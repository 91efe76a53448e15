// The dynamics analyses of BrainTS: `import { modelField, phasePlane } from 'braints/analysis'`.
export type { VectorField } from './vector-field';
export { modelField } from './model-field';
export type { ModelField, ModelFieldOptions } from './model-field';
export type { ModelSystem, SystemOptions } from './model-system';
export { phasePlane } from './phase-plane';
export type { PhasePlane, PhasePlaneOptions, Nullcline, TrajectoryResult } from './phase-plane';
export type { FixedPoint } from './fixed-points';
export type { Stability, Eigenvalue, LinearStability } from './stability';
export { classify } from './stability';
export type { LimitCycle, Trajectory } from './trajectories';
export { integrate, limitCycle } from './trajectories';
export { writePhasePlane } from './phase-plane-output';
export type { PhasePlaneFiles } from './phase-plane-output';
