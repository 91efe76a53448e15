// `npm run bench -- startup`: the wall time of `braints run` on the README example as a user sees
// it, from the shell prompt back to it. Cold is a fresh clone after `npm ci`: nothing compiled yet
// (an empty kernel cache, and the example's TypeScript never compiled: a copy of it in a new folder
// of the project). Cached is every later run: with plots (the README's command) and with --no-plots.
// The launchers row compares `npx braints` with `node bin/braints.js` on `--help`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'braints.js');
const EXAMPLE = 'examples/population.ts';

/** The targets of issue 9, in wall seconds. */
const TARGETS = { cold: 8, cached: 1.5, cachedNoPlots: 0.6 };

export interface StartupOptions {
  repeat: number;
}

interface Row {
  case: string;
  command: string;
  seconds: number[];
  target?: number;
}

/** Runs a command from the project root; its wall time in seconds (the minimum is what we report: other load only adds). */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8' });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return s;
}

export function benchStartup(opts: StartupOptions): Row[] {
  const scratch = mkdtempSync(join(tmpdir(), 'braints-bench-startup-'));
  // the cold copies live inside the project, where `import 'braints'` resolves
  const copies = mkdtempSync(join(ROOT, '.braints', 'bench-startup-'));
  const out = join(scratch, 'out');
  const cache = join(scratch, 'cache');
  const rows: Row[] = [
    { case: 'cold (fresh clone)', command: `braints run ${EXAMPLE}`, seconds: [], target: TARGETS.cold },
    { case: 'cached', command: `braints run ${EXAMPLE}`, seconds: [], target: TARGETS.cached },
    { case: 'cached, no plots', command: `braints run ${EXAMPLE} --no-plots`, seconds: [], target: TARGETS.cachedNoPlots },
    { case: 'launcher: node', command: 'node bin/braints.js --help', seconds: [] },
    { case: 'launcher: npx', command: 'npx braints --help', seconds: [] },
  ];
  try {
    for (let k = 0; k < opts.repeat; k++) {
      const env = { ...process.env, BRAINTS_CACHE: join(cache, String(k)) };
      const dir = join(copies, String(k));
      mkdirSync(dir);
      const copy = relative(ROOT, join(dir, 'population.ts'));
      copyFileSync(join(ROOT, EXAMPLE), join(ROOT, copy));
      rows[0].seconds.push(timed('node', [BIN, 'run', copy, '--out', out], env));
      rows[1].seconds.push(timed('node', [BIN, 'run', copy, '--out', out], env));
      rows[2].seconds.push(timed('node', [BIN, 'run', copy, '--out', out, '--no-plots'], env));
      rows[3].seconds.push(timed('node', [BIN, '--help'], env));
      rows[4].seconds.push(timed('npx', ['braints', '--help'], env));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(copies, { recursive: true, force: true });
    // and what compiling them wrote: their outputs, and manifests named by their paths
    const built = join(ROOT, '.braints', 'build');
    rmSync(join(built, relative(ROOT, copies)), { recursive: true, force: true });
    const manifest = relative(ROOT, copies).replace(/[\\/]/g, '__');
    for (const f of readdirSync(built)) if (f.startsWith(manifest)) rmSync(join(built, f));
  }
  printTable(rows);
  const outDir = join(ROOT, 'out');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'bench-startup.json');
  const load = { loadAverage: loadavg()[0], cpus: cpus().length };
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), options: opts, ...load, rows }, null, 2) + '\n');
  // wall time is what a user waits, so other work on the machine shows in it
  process.stdout.write(
    `load average ${load.loadAverage.toFixed(1)} on ${load.cpus} cores (above ${load.cpus}, the times include waiting for a core)\n`,
  );
  process.stdout.write(`\nwritten ${file}\n`);
  return rows;
}

function printTable(rows: Row[]): void {
  const head = ['case', 'command', 'min s', 'max s', 'target s', ''];
  const body = rows.map((r) => {
    const min = Math.min(...r.seconds);
    const met = r.target === undefined ? '' : min < r.target ? 'met' : 'MISSED';
    return [r.case, r.command, min.toFixed(2), Math.max(...r.seconds).toFixed(2), r.target === undefined ? '' : `< ${r.target}`, met];
  });
  const widths = head.map((h, j) => Math.max(h.length, ...body.map((row) => row[j].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, j) => (j < 2 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join(' | ') + ' |';
  process.stdout.write(
    [
      `\nStart-up of ${EXAMPLE} (wall seconds, ${rows[0].seconds.length} repeat${rows[0].seconds.length === 1 ? '' : 's'})`,
      line(head),
      '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|',
      ...body.map(line),
    ].join('\n') + '\n',
  );
}
