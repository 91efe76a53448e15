// `npm run bench [-- BENCH] [flags]`: the hand-run benchmarks (not tests). They print a table and
// write JSON under out/. BENCH is `groups` (the default): single neuron groups vs Brian2.
import { parseArgs } from 'node:util';
import { benchGroups, groupChild } from './groups';
import type { ModelName } from './groups';

const USAGE = `usage: npm run bench -- [groups] [--quick] [--sizes 1k,100k,1M] [--duration S] [--hh-duration S]
                         [--dt MS] [--hh-dt MS] [--models lif,hh] [--repeat K] [--no-brian2]
  groups        single LIF and Hodgkin-Huxley groups: our run and compile times, Brian2 C++ standalone
                on the same group, and a memcpy of the bytes a step streams (default bench)
  --quick       sizes 1k,100k; LIF 0.1 s, HH 0.005 s
  --sizes       neurons per group, with k/M suffixes (default 1k,100k,1M)
  --duration    LIF simulated seconds (default 1), --dt its step in ms (default 0.1)
  --hh-duration HH simulated seconds (default 0.01: HH costs ~100x LIF per step and runs at dt 0.01 ms,
                so 1 s at 1M neurons would take hours in Brian2), --hh-dt its step in ms (default 0.01,
                as the reference traces)
  --repeat K    run everything K times and report the minimum of each time (default 1)
  --no-brian2   skip Brian2 (it needs: apt-get install python3-brian python3-brian-lib cython3)`;

/** "1k" -> 1000, "1M" -> 1000000, "4000" -> 4000. */
function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
  if (!m) throw new Error(`bad size ${s}: use e.g. 1000, 1k, 1M`);
  const n = Number(m[1]) * (m[2] === '' ? 1 : m[2].toLowerCase() === 'k' ? 1e3 : 1e6);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bad size ${s}`);
  return n;
}

function positive(s: string | undefined, fallback: number, what: string): number {
  if (s === undefined) return fallback;
  const v = Number(s);
  if (!(v > 0)) throw new Error(`${what} must be a positive number, not ${s}`);
  return v;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '__group') return groupChild(argv.slice(1)); // child process of the groups bench
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      quick: { type: 'boolean' }, sizes: { type: 'string' }, duration: { type: 'string' }, 'hh-duration': { type: 'string' },
      dt: { type: 'string' }, 'hh-dt': { type: 'string' }, models: { type: 'string' }, 'no-brian2': { type: 'boolean' },
      repeat: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void process.stdout.write(USAGE + '\n');
  const bench = positionals[0] ?? 'groups';
  if (bench !== 'groups' || positionals.length > 1) throw new Error(`unknown bench ${positionals.join(' ')}\n${USAGE}`);
  const quick = values.quick === true;
  const models = (values.models ?? 'lif,hh').split(',').map((m) => m.trim());
  for (const m of models) if (m !== 'lif' && m !== 'hh') throw new Error(`unknown model ${m}: lif or hh`);
  await benchGroups({
    models: models as ModelName[],
    sizes: (values.sizes ?? (quick ? '1k,100k' : '1k,100k,1M')).split(',').map(parseSize),
    duration: {
      lif: positive(values.duration, quick ? 0.1 : 1, '--duration'),
      hh: positive(values['hh-duration'], quick ? 0.005 : 0.01, '--hh-duration'),
    },
    dt: { lif: positive(values.dt, 0.1, '--dt'), hh: positive(values['hh-dt'], 0.01, '--hh-dt') },
    brian2: values['no-brian2'] !== true,
    repeat: Math.round(positive(values.repeat, 1, '--repeat')),
  });
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
