// The dynamics analyses of BrainTS: `import { modelField, phasePlane, continueFixedPoints } from
// 'braints/analysis'`. A model class's field (or any VectorField) goes into each analysis; the
// writers put a result's files into a folder as `braints analyze` does.
export type { VectorField } from './vector-field';
export { modelField } from './model-field';
export type { ModelField, ModelFieldOptions } from './model-field';
export type { ModelSystem, SystemOptions } from './model-system';
// phase planes
export { phasePlane } from './phase-plane';
export type { PhasePlane, PhasePlaneOptions, Nullcline, TrajectoryResult } from './phase-plane';
export type { FixedPoint } from './fixed-points';
export type { Stability, LinearStability } from './stability';
export { classify } from './stability';
export { eigenvalues } from './eigenvalues';
export type { Eigenvalue } from './eigenvalues';
export type { LimitCycle, Trajectory } from './trajectories';
export { integrate, limitCycle } from './trajectories';
export { writePhasePlane } from './phase-plane-output';
export type { PhasePlaneFiles } from './phase-plane-output';
// bifurcations
export { continueFixedPoints } from './continuation';
export type { ContinuationOptions, Branch, BranchPoint, BifurcationPoint, BifurcationKind } from './continuation';
export { twoParameterDiagram } from './two-parameter';
export type { TwoParameterOptions, TwoParameterDiagram, BifurcationCurve, CurvePoint } from './two-parameter';
export { limitCycles, startsFromBranch } from './limit-cycles';
export type { LimitCycleOptions, LimitCycleSample, LimitCycleBranch } from './limit-cycles';
export { fastSlow, fastSubsystem } from './fast-slow';
export type { FastSlowOptions, FastSlowResult } from './fast-slow';
export { findSlowPoints } from './slow-points';
export type { SlowPointOptions, SlowPoint, SlowPointResult } from './slow-points';
export { bifurcationDiagramSpec, twoParameterSpec, fastSlowSpec, plotAnalysis } from './bifurcation-plots';
export type { BifurcationPlotOptions } from './bifurcation-plots';
export { writeBifurcation, writeTwoParameter, writeFastSlow, writeSlowPoints } from './analysis-output';
export type { AnalysisFiles } from './analysis-output';
