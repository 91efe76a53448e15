// Progress of a run's phases, for code (RunOptions.onProgress) and for a person at a terminal
// (one cli-progress line per phase on stderr, left in place when the phase ends). Nothing is drawn
// when stderr is not a terminal: logs and pipes get only the summary the caller prints.
import type { SingleBar } from 'cli-progress';

/**
 * compile: TypeScript (`braints run`) or the network's native library; build: state and
 * connectivity, group by group and projection by projection; run: the simulation.
 */
export type RunPhase = 'compile' | 'build' | 'run';

export interface RunProgress {
  phase: RunPhase;
  /** What the phase is working on: the file or "kernels" (compile), the group or projection (build), "" (run). */
  label: string;
  /** How much is done, of `total`: steps done (compile: 0 or 1), groups and projections (build), simulated ms (run). */
  done: number;
  total: number;
  /** Wall-clock seconds since the phase began. */
  elapsedSeconds: number;
  /** Whether this is the phase's last report. */
  finished: boolean;
  /** run: simulated seconds per wall-clock second so far (0 before the first block has run). */
  speed?: number;
  /** run: wall-clock seconds left at the speed so far (undefined before the first block has run). */
  secondsLeft?: number;
}

export type ProgressListener = (p: RunProgress) => void;

/** The listener a run reports to: `onProgress`, the terminal display (when asked for and stderr is a terminal), both, or none. */
export function progressListener(opts: { progress?: boolean; onProgress?: ProgressListener }): ProgressListener | undefined {
  const terminal = opts.progress && process.stderr.isTTY ? terminalProgress() : undefined;
  if (terminal && opts.onProgress) {
    const own = opts.onProgress;
    return (p) => (terminal(p), own(p));
  }
  return terminal ?? opts.onProgress;
}

/** One phase's reports: elapsed time since it began, and for a run the speed and the time left. */
export class PhaseProgress {
  private readonly start = process.hrtime.bigint();
  private finished = false;
  private done = 0;

  constructor(
    private readonly listener: ProgressListener,
    private readonly phase: RunPhase,
    private readonly total: number,
    private label = '',
  ) {
    this.emit(0);
  }

  update(done: number, label = this.label): void {
    this.done = done;
    this.label = label;
    this.emit(done);
  }

  /** The phase's last report: at its total, or (failed) where it stopped. Later calls do nothing. */
  finish(completed = true): void {
    if (this.finished) return;
    this.finished = true;
    this.emit(completed ? this.total : this.done);
  }

  private emit(done: number): void {
    const elapsedSeconds = Number(process.hrtime.bigint() - this.start) / 1e9;
    const p: RunProgress = { phase: this.phase, label: this.label, done, total: this.total, elapsedSeconds, finished: this.finished };
    if (this.phase === 'run') {
      p.speed = elapsedSeconds > 0 ? done / 1000 / elapsedSeconds : 0;
      if (done > 0) p.secondsLeft = ((this.total - done) / done) * elapsedSeconds;
    }
    this.listener(p);
  }
}

/**
 * Runs `work` as a phase reported to `listener` (when there is one): its first report now, its
 * last when `work` returns, or its promise settles, or it fails.
 */
export function inPhase<T>(
  listener: ProgressListener | undefined,
  phase: RunPhase,
  total: number,
  label: string,
  work: (progress: PhaseProgress | undefined) => T,
): T {
  if (!listener) return work(undefined);
  const progress = new PhaseProgress(listener, phase, total, label);
  let result: T;
  try {
    result = work(progress);
  } catch (e) {
    progress.finish(false);
    throw e;
  }
  if (!(result instanceof Promise)) {
    progress.finish();
    return result;
  }
  return result.then(
    (v: unknown) => (progress.finish(), v),
    (e: unknown) => {
      progress.finish(false);
      throw e;
    },
  ) as T;
}

const seconds = (s: number): string => (s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);

/** One line of the terminal display (at most 80 columns): the phase, its bar, and what it has to say. */
function describe(p: RunProgress, bar: string): string {
  const name = p.phase.padEnd(8);
  if (p.phase === 'compile') return `  ${name}${p.label}  ${seconds(p.elapsedSeconds)}${p.finished ? '' : ' ...'}`;
  const pct = `${Math.floor((100 * p.done) / Math.max(1, p.total))}%`.padStart(4);
  if (p.phase === 'build') {
    const what = p.finished ? `${p.done} groups and projections` : `${p.done}/${p.total} ${p.label}`;
    return `  ${name}${bar} ${pct}  ${what}  ${seconds(p.elapsedSeconds)}`;
  }
  const sim = `${(p.done / 1000).toFixed(2)}/${(p.total / 1000).toFixed(2)} s sim`;
  const speed = p.speed ? `  ${p.speed < 0.1 ? p.speed.toPrecision(2) : p.speed.toFixed(2)} s/s` : '';
  const left = p.finished || p.secondsLeft === undefined ? '' : ` + ${seconds(p.secondsLeft)} left`;
  return `  ${name}${bar} ${pct}  ${sim}${speed}  ${seconds(p.elapsedSeconds)}${left}`;
}

/**
 * Draws each phase on its own line of stderr with cli-progress (which redraws at most 10 times a
 * second, cut to the terminal's width); loaded only when there is a terminal to draw on. The time
 * on the line goes on between reports, so a compile that reports only its start and end still ticks.
 */
function terminalProgress(): ProgressListener {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cliProgress = require('cli-progress') as typeof import('cli-progress');
  let bar: SingleBar | undefined;
  let last: RunProgress;
  let receivedAt = 0;
  const live = (): RunProgress =>
    last.finished ? last : { ...last, elapsedSeconds: last.elapsedSeconds + (Date.now() - receivedAt) / 1000 };
  return (p) => {
    // a phase that ended without its last report (an error) leaves its line as it was
    if (bar && last.phase !== p.phase) {
      bar.stop();
      bar = undefined;
    }
    last = p;
    receivedAt = Date.now();
    if (!bar) {
      bar = new cliProgress.SingleBar({
        stream: process.stderr,
        barsize: 15,
        // cut to the width rather than switching the terminal's wrapping off (which an interrupted run would leave off)
        linewrap: true,
        // the text is ours (describe); the bar's own value only draws the bar and decides the redraws
        format: (options, params) => describe(live(), cliProgress.Format.BarFormat(params.progress, options)),
      });
      bar.start(Math.max(1, p.total), 0);
    }
    bar.update(p.done);
    if (p.finished) {
      bar.stop();
      bar = undefined;
    }
  };
}
