// `braints analyze FILE.ts --model NAME --vars V,W --range V=LO:HI,W=LO:HI ...`: the phase plane of
// a neuron class of the file (1-D with one variable, 2-D with two), written as phase_plane.json,
// NPY arrays and a plot into --out (analysis/phase-plane-output.ts).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileEntry, upToDateOutputs } from './compile';
import { importExports } from './import-module';
import { UsageError } from './usage-error';
import { modelField } from '../analysis/model-field';
import { phasePlane } from '../analysis/phase-plane';
import { writePhasePlane } from '../analysis/phase-plane-output';
import { BraintsError } from '../runtime/errors';

/** NAME=VALUE pairs separated by commas, each value through `value`. */
function assignments<T>(flag: string, text: string | undefined, value: (name: string, v: string) => T): [string, T][] {
  if (text === undefined) return [];
  return text.split(',').map((pair) => {
    const m = /^\s*([A-Za-z_$][\w$]*)\s*=\s*(.+?)\s*$/.exec(pair);
    if (!m) throw new UsageError(`--${flag} ${text}: each item is NAME=VALUE, not ${JSON.stringify(pair)}`);
    return [m[1], value(m[1], m[2])];
  });
}

function numberOf(flag: string, text: string): number {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v)) throw new UsageError(`--${flag}: ${JSON.stringify(text)} is not a number`);
  return v;
}

function range(name: string, text: string): [number, number] {
  const m = /^(.+):(.+)$/.exec(text);
  const [lo, hi] = m ? [numberOf('range', m[1]), numberOf('range', m[2])] : [NaN, NaN];
  if (!(lo < hi)) throw new UsageError(`--range ${name}=${text}: a range is LO:HI with LO < HI`);
  return [lo, hi];
}

export async function analyze(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      vars: { type: 'string' },
      range: { type: 'string' },
      set: { type: 'string', multiple: true },
      trajectory: { type: 'string', multiple: true },
      duration: { type: 'string' },
      dt: { type: 'string' },
      resolution: { type: 'string' },
      out: { type: 'string' },
      'no-plots': { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('braints analyze takes one model file');
  if (!values.model) throw new UsageError('braints analyze needs --model NAME, the neuron class to analyse');
  if (!values.vars) throw new UsageError('braints analyze needs --vars V or --vars V,W, the state variables of the phase plane');
  const variables = values.vars.split(',').map((v) => v.trim());
  if (variables.length > 2) throw new UsageError(`--vars ${values.vars}: a phase plane has one or two variables`);
  const ranges = new Map(assignments('range', values.range, range));
  for (const name of ranges.keys())
    if (!variables.includes(name)) throw new UsageError(`--range ${name}: ${name} is not one of --vars ${values.vars}`);
  const missing = variables.filter((v) => !ranges.has(v));
  if (missing.length)
    throw new UsageError(`--range: give the range of ${missing.join(' and ')} (${missing.map((v) => `${v}=LO:HI`).join(',')})`);
  const fixed = Object.fromEntries((values.set ?? []).flatMap((s) => assignments('set', s, (_, v) => numberOf('set', v))));
  const trajectories = (values.trajectory ?? []).map((text) => {
    const point = new Map(assignments('trajectory', text, (_, v) => numberOf('trajectory', v)));
    const absent = variables.filter((v) => !point.has(v));
    if (absent.length || point.size !== variables.length)
      throw new UsageError(
        `--trajectory ${text}: give a value of each of ${variables.join(', ')} and nothing else (${variables.map((v) => `${v}=X`).join(',')})`,
      );
    return variables.map((v) => point.get(v)!);
  });
  const positive = (flag: 'duration' | 'dt' | 'resolution') => {
    if (values[flag] === undefined) return undefined;
    const v = numberOf(flag, values[flag]);
    if (!(v > 0)) throw new UsageError(`--${flag} ${values[flag]}: a number > 0`);
    return v;
  };
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
  const field = await modelField(cls as unknown as abstract new (...args: never[]) => unknown, { variables, fixed });
  const pp = phasePlane(field, {
    ranges: variables.map((v) => ranges.get(v)!),
    trajectories,
    duration: positive('duration'),
    dt: positive('dt'),
    resolution: positive('resolution'),
  });
  const out = resolve(values.out ?? 'out');
  const title = `${values.model}${
    Object.keys(fixed).length
      ? ': ' +
        Object.entries(fixed)
          .map(([k, v]) => `${k} = ${v}`)
          .join(', ')
      : ''
  }`;
  const files = await writePhasePlane(out, pp, field.system, { plot: values['no-plots'] ? false : 'png', title });
  for (const note of field.system.notes) process.stderr.write(`note: ${note}\n`);
  for (const p of pp.fixedPoints)
    process.stderr.write(`  fixed point ${variables.map((v, j) => `${v} = ${p.x[j].toPrecision(8)}`).join(', ')}: ${p.stability}\n`);
  for (const c of pp.limitCycles) process.stderr.write(`  limit cycle: period ${c.period.toPrecision(6)} ms\n`);
  process.stderr.write(`wrote ${files.length} files to ${out}: ${files.join(', ')}\n`);
  return 0;
}
