// `braints analyze FILE.ts --model NAME [--kind KIND] ...`: a dynamics analysis of a neuron class
// of the file, its field compiled from the class's @ode methods (analysis/model-field.ts), the
// result written into --out as KIND.json, NPY arrays and a plot (analysis/phase-plane-output.ts,
// analysis/analysis-output.ts). The kinds and their flags are in KIND_FLAGS; every kind takes
// --set (values to hold), --out and --no-plots.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileEntry, upToDateOutputs } from './compile';
import { importExports } from './import-module';
import { UsageError } from './usage-error';
import { assignments, names, numberOf, oneRange, pointOf, rangeOf } from './analyze-flags';
import { modelField, type ModelField } from '../analysis/model-field';
import { phasePlane } from '../analysis/phase-plane';
import { writePhasePlane } from '../analysis/phase-plane-output';
import { continueFixedPoints, type Branch } from '../analysis/continuation';
import { twoParameterDiagram } from '../analysis/two-parameter';
import { limitCycles, startsFromBranch } from '../analysis/limit-cycles';
import { fastSlow } from '../analysis/fast-slow';
import { findSlowPoints } from '../analysis/slow-points';
import { writeBifurcation, writeFastSlow, writeSlowPoints, writeTwoParameter } from '../analysis/analysis-output';
import { loadModel } from '../runtime/model';
import { BraintsError } from '../runtime/errors';

type ModelClass = abstract new (...args: never[]) => unknown;

/** The flags each kind takes besides --model, --kind, --set, --out and --no-plots. */
const KIND_FLAGS = {
  'phase-plane': ['vars', 'range', 'trajectory', 'duration', 'dt', 'resolution'],
  bifurcation: ['vars', 'param', 'start', 'cycles', 'trajectory', 'duration', 'dt'],
  'two-parameter': ['vars', 'param', 'param2', 'steps', 'start'],
  'fast-slow': ['fast', 'slow', 'range', 'trajectory', 'duration', 'dt'],
  'slow-points': ['vars', 'range', 'samples', 'seed'],
} as const;
type Kind = keyof typeof KIND_FLAGS;

const OPTIONS = {
  model: { type: 'string' },
  kind: { type: 'string' },
  vars: { type: 'string' },
  range: { type: 'string' },
  set: { type: 'string', multiple: true },
  trajectory: { type: 'string', multiple: true },
  duration: { type: 'string' },
  dt: { type: 'string' },
  resolution: { type: 'string' },
  param: { type: 'string' },
  param2: { type: 'string' },
  steps: { type: 'string' },
  start: { type: 'string' },
  fast: { type: 'string' },
  slow: { type: 'string' },
  samples: { type: 'string' },
  cycles: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  'no-plots': { type: 'boolean' },
} as const;

type Values = Partial<Record<Exclude<keyof typeof OPTIONS, 'set' | 'trajectory' | 'no-plots'>, string>> & {
  set?: string[];
  trajectory?: string[];
  'no-plots'?: boolean;
};

/** What every kind is given: the model, its declared initial values, the held values, the output folder. */
interface Setting {
  values: Values;
  cls: ModelClass;
  name: string;
  init: Map<string, number>;
  fixed: Record<string, number>;
  out: string;
  plot: 'png' | false;
  title: string;
}

export async function analyze(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  if (positionals.length !== 1) throw new UsageError('braints analyze takes one model file');
  if (!values.model) throw new UsageError('braints analyze needs --model NAME, the neuron class to analyse');
  const kind = (values.kind ?? 'phase-plane') as Kind;
  if (!(kind in KIND_FLAGS)) throw new UsageError(`--kind ${values.kind}: one of ${Object.keys(KIND_FLAGS).join(', ')}`);
  const allowed: readonly string[] = KIND_FLAGS[kind];
  for (const flag of Object.keys(KIND_FLAGS).flatMap((k) => KIND_FLAGS[k as Kind]))
    if (values[flag as keyof Values] !== undefined && !allowed.includes(flag))
      throw new UsageError(`--${flag} is not a flag of --kind ${kind}, which takes ${allowed.map((f) => `--${f}`).join(', ')}`);
  const fixed = Object.fromEntries((values.set ?? []).flatMap((s) => assignments('set', s, (_, v) => numberOf('set', v))));
  // the flags' syntax is checked before the model file is compiled
  const run = {
    'phase-plane': phasePlaneKind,
    bifurcation,
    'two-parameter': twoParameter,
    'fast-slow': fastSlowKind,
    'slow-points': slowPoints,
  }[kind](values);
  const file = positionals[0];
  const compiled = upToDateOutputs(file) ?? compileEntry(file);
  for (const d of compiled.diagnostics) process.stderr.write(d + '\n');
  process.setSourceMapsEnabled(true);
  const mod = await importExports(pathToFileURL(compiled.entryJs).href);
  const cls = mod[values.model];
  if (typeof cls !== 'function' || !('__braints' in cls)) {
    const models = Object.entries(mod)
      .filter(([, v]) => typeof v === 'function' && '__braints' in v)
      .map(([k]) => k);
    throw new BraintsError(`${file} exports no model ${values.model}; its models are ${models.join(', ') || 'none'}`);
  }
  const { ir } = loadModel(cls as unknown as ModelClass, 'neuron');
  const held = Object.entries(fixed).map(([k, v]) => `${k} = ${v}`);
  const setting: Setting = {
    values,
    cls: cls as unknown as ModelClass,
    name: values.model,
    init: new Map(ir.fields.map((f) => [f.name, f.init])),
    fixed,
    out: resolve(values.out ?? 'out'),
    plot: values['no-plots'] ? false : 'png',
    title: `${values.model}${held.length ? ': ' + held.join(', ') : ''}`,
  };
  const { field, files } = await run(setting);
  for (const note of field.system.notes) process.stderr.write(`note: ${note}\n`);
  process.stderr.write(`wrote ${files.length} files to ${setting.out}: ${files.join(', ')}\n`);
  return 0;
}

type Runner = (s: Setting) => Promise<{ field: ModelField; files: string[] }>;

function positive(values: Values, flag: 'duration' | 'dt' | 'resolution' | 'steps' | 'samples' | 'cycles'): number | undefined {
  const text = values[flag];
  if (text === undefined) return undefined;
  const v = numberOf(flag, text);
  if (!(v > 0)) throw new UsageError(`--${flag} ${text}: a number > 0`);
  if ((flag === 'steps' || flag === 'samples' || flag === 'resolution' || flag === 'cycles') && !Number.isInteger(v))
    throw new UsageError(`--${flag} ${text}: a whole number`);
  return v;
}

function required(values: Values, flag: 'vars' | 'param' | 'param2' | 'fast' | 'slow', what: string): string {
  const text = values[flag];
  if (text === undefined) throw new UsageError(`--kind ${values.kind ?? 'phase-plane'} needs --${flag} ${what}`);
  return text;
}

/** --range NAME=LO:HI,...: exactly the ranges of `variables`. */
function rangesOf(values: Values, variables: readonly string[]): [number, number][] {
  const ranges = new Map(assignments('range', values.range, (name, v) => rangeOf('range', name, v)));
  for (const name of ranges.keys())
    if (!variables.includes(name)) throw new UsageError(`--range ${name}: ${name} is not one of ${variables.join(', ')}`);
  const missing = variables.filter((v) => !ranges.has(v));
  if (missing.length)
    throw new UsageError(`--range: give the range of ${missing.join(' and ')} (${missing.map((v) => `${v}=LO:HI`).join(',')})`);
  return variables.map((v) => ranges.get(v)!);
}

/** Where a continuation starts: --start, or the variables' declared initial values. */
function startOf(s: Setting, variables: readonly string[]): number[] {
  return s.values.start !== undefined ? pointOf('start', s.values.start, variables) : variables.map((v) => s.init.get(v) ?? 0);
}

/** The continued parameter's first value: its declared value where that lies in the range, else the range's low end. */
function firstValue(s: Setting, name: string, [lo, hi]: [number, number]): number {
  const v = s.init.get(name);
  return v !== undefined && v >= lo && v <= hi ? v : lo;
}

function reportBranch(b: Branch): void {
  for (const p of b.bifurcations)
    process.stderr.write(
      `  ${p.kind} at ${b.parameter} = ${p.parameter.toPrecision(8)} (${b.variables.map((v, j) => `${v} = ${p.state[j].toPrecision(6)}`).join(', ')})\n`,
    );
}

function phasePlaneKind(values: Values): Runner {
  const variables = names(required(values, 'vars', 'V or --vars V,W, the state variables of the phase plane'));
  if (variables.length > 2) throw new UsageError(`--vars ${values.vars}: a phase plane has one or two variables`);
  const ranges = rangesOf(values, variables);
  const trajectories = (values.trajectory ?? []).map((text) => pointOf('trajectory', text, variables));
  const opts = {
    ranges,
    trajectories,
    duration: positive(values, 'duration'),
    dt: positive(values, 'dt'),
    resolution: positive(values, 'resolution'),
  };
  return async (s) => {
    const field = await modelField(s.cls, { variables, fixed: s.fixed });
    const pp = phasePlane(field, opts);
    const files = await writePhasePlane(s.out, pp, field.system, { plot: s.plot, title: s.title });
    for (const p of pp.fixedPoints)
      process.stderr.write(`  fixed point ${variables.map((v, j) => `${v} = ${p.x[j].toPrecision(8)}`).join(', ')}: ${p.stability}\n`);
    for (const c of pp.limitCycles) process.stderr.write(`  limit cycle: period ${c.period.toPrecision(6)} ms\n`);
    return { field, files };
  };
}

function bifurcation(values: Values): Runner {
  const variables = names(required(values, 'vars', 'V,..., the state variables of the fixed points'));
  const [parameter, range] = oneRange('param', required(values, 'param', 'P=LO:HI, the parameter to continue in and its range'));
  const count = positive(values, 'cycles');
  for (const flag of ['trajectory', 'duration', 'dt'] as const)
    if (values[flag] !== undefined && count === undefined)
      throw new UsageError(`--${flag} of --kind bifurcation is for the cycles: give --cycles N too`);
  if ((values.trajectory ?? []).length > 1) throw new UsageError('--kind bifurcation takes one --trajectory, the start of every cycle');
  const cycleStart = values.trajectory?.length ? pointOf('trajectory', values.trajectory[0], variables) : undefined;
  const dt = positive(values, 'dt') ?? 0.01;
  const duration = positive(values, 'duration') ?? 1000;
  return async (s) => {
    const field = await modelField(s.cls, { variables, parameters: [parameter], fixed: s.fixed });
    const parameters = { [parameter]: firstValue(s, parameter, range) };
    const branch = continueFixedPoints(field, { parameter, parameters, start: startOf(s, variables), range });
    reportBranch(branch);
    let cycles;
    if (count !== undefined) {
      const at = Array.from({ length: count }, (_, i) =>
        count === 1 ? (range[0] + range[1]) / 2 : range[0] + ((range[1] - range[0]) * i) / (count - 1),
      );
      // from beside the branch's unstable fixed point (a cycle born at a Hopf point surrounds it),
      // or from the one state given; the first half of the time settles, the second is measured
      const start = cycleStart ?? startsFromBranch(branch, at, 1e-3);
      cycles = limitCycles(field, { parameter, parameters, values: at, start, dt, transient: duration / 2, window: duration / 4 });
      const found = cycles.samples.filter((c) => c.state === 'cycle');
      process.stderr.write(
        `  limit cycles at ${found.length} of ${count} values${found.length ? ` (${parameter} = ${found[0].parameter.toPrecision(6)} .. ${found[found.length - 1].parameter.toPrecision(6)})` : ''}\n`,
      );
    }
    return { field, files: await writeBifurcation(s.out, branch, range, field.system, { plot: s.plot, title: s.title, cycles }) };
  };
}

function twoParameter(values: Values): Runner {
  const variables = names(required(values, 'vars', 'V,..., the state variables of the fixed points'));
  const [parameter, range] = oneRange('param', required(values, 'param', 'P=LO:HI, the parameter to continue in and its range'));
  const [second, [lo, hi]] = oneRange('param2', required(values, 'param2', 'Q=LO:HI, the parameter stepped over its range'));
  const steps = positive(values, 'steps') ?? 11;
  if (steps < 2) throw new UsageError(`--steps ${values.steps}: two or more values of ${second}`);
  const stepped = Array.from({ length: steps }, (_, i) => lo + ((hi - lo) * i) / (steps - 1));
  return async (s) => {
    const field = await modelField(s.cls, { variables, parameters: [parameter, second], fixed: s.fixed });
    const d = twoParameterDiagram(field, {
      parameter,
      range,
      second,
      values: stepped,
      parameters: { [parameter]: firstValue(s, parameter, range), [second]: stepped[0] },
      start: startOf(s, variables),
    });
    for (const c of d.curves) process.stderr.write(`  ${c.kind} curve: ${c.points.length} points\n`);
    return { field, files: await writeTwoParameter(s.out, d, field.system, { plot: s.plot, title: s.title }) };
  };
}

function fastSlowKind(values: Values): Runner {
  const fast = names(required(values, 'fast', 'V[,W], the fast variables'));
  const slow = required(values, 'slow', 'Z, the slow variable, continued in as a parameter').trim();
  const variables = [...fast, slow];
  const ranges = rangesOf(values, variables);
  if ((values.trajectory ?? []).length > 1) throw new UsageError('--kind fast-slow takes one --trajectory');
  const start = values.trajectory?.length ? pointOf('trajectory', values.trajectory[0], variables) : undefined;
  const dt = positive(values, 'dt') ?? 0.01;
  const duration = positive(values, 'duration') ?? 1000;
  return async (s) => {
    const field = await modelField(s.cls, { variables, fixed: s.fixed });
    const range = ranges[fast.length];
    const r = fastSlow(field, {
      fast,
      slow,
      parameters: {},
      range,
      search: ranges.slice(0, fast.length),
      // at most about 5000 recorded states
      trajectory: start && { start, dt, duration, every: Math.max(1, Math.round(duration / dt / 5000)) },
    });
    r.branches.forEach((b, k) => {
      process.stderr.write(`  branch ${k}: ${b.points.length} points\n`);
      reportBranch(b);
    });
    return { field, files: await writeFastSlow(s.out, r, range, field.system, { plot: s.plot, title: s.title }) };
  };
}

function slowPoints(values: Values): Runner {
  const variables = names(required(values, 'vars', 'V,..., the state variables'));
  const box = rangesOf(values, variables);
  const count = positive(values, 'samples') ?? 200;
  const seed = values.seed === undefined ? undefined : numberOf('seed', values.seed);
  return async (s) => {
    const field = await modelField(s.cls, { variables, fixed: s.fixed });
    const r = findSlowPoints(field, { parameters: {}, sample: { count, box, seed } });
    for (const p of r.points)
      process.stderr.write(
        `  slow point ${variables.map((v, j) => `${v} = ${p.state[j].toPrecision(8)}`).join(', ')}: q = ${p.q.toExponential(2)}, ${p.stable ? 'stable' : 'unstable'}\n`,
      );
    return { field, files: writeSlowPoints(s.out, r, field.system) };
  };
}
