// The GPU backend itself. Where no CUDA driver is present (the development and CI machines) the
// GPU runs skip, with the driver's reason, and what can be checked without one is: the network's
// PTX (model kernels, step wrappers, driver kernels linked with libdevice) passes ptxas, and
// `backend: 'gpu'` fails in one line naming libcuda. On a machine with a GPU
// (bench/gpu/device-check.sh) the runs compare the GPU with the CPU.
import test from 'ava';
import { Network, fixedProb, uniform } from '../index';
import { CobaLIF, ExcitatorySynapse, InhibitorySynapse, STDPSynapse } from '../models/index';
import koffi from 'koffi';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures';
import { PROTOTYPES, cudaUnavailable } from '../runtime/gpu/cuda';

const noGpu = cudaUnavailable();
const gpuTest = noGpu ? test.skip : test;
if (noGpu)
  test('GPU runs skipped', (t) => {
    t.log(`GPU tests skipped: ${noGpu}`);
    t.pass();
  });

const dt = 0.1;

function coba(n = 4000, delay = 0): Network {
  const E = new CobaLIF(Math.round(0.8 * n), { v: uniform(-60, -50) });
  const I = new CobaLIF(n - Math.round(0.8 * n), { v: uniform(-60, -50) });
  const p = fixedProb(80 / n);
  return new Network({
    E,
    I,
    ee: new ExcitatorySynapse(E, E, { connect: p, delay }),
    ei: new ExcitatorySynapse(E, I, { connect: p, delay }),
    ie: new InhibitorySynapse(I, E, { connect: p, delay }),
    ii: new InhibitorySynapse(I, I, { connect: p, delay }),
  });
}

/** STDP from a group of 4/7 n onto one of 3/7 n, 2 % connected. */
function stdp(n: number): Network {
  const pre = new CobaLIF(Math.round((4 * n) / 7), { v: uniform(-60, -50), I: 15 });
  const post = new CobaLIF(n - Math.round((4 * n) / 7), { v: uniform(-60, -50), I: 11 });
  const syn = new STDPSynapse(pre, post, {
    connect: fixedProb(0.02),
    delay: 0.2,
    w: uniform(0, 0.5),
    wmax: 1,
    dApre: 0.02,
    dApost: -0.021,
  });
  return new Network({ pre, post, stdp: syn });
}

/** Neuron 3 of 5 with an inhibitory conductance that drives v to -Infinity in the first step (a built-in model: no fixture to compile where the check runs). */
function blowup(): Network {
  return new Network({ cells: new CobaLIF(5, { gi: [0, 0, 0, 1e308, 0] }) });
}

test("the CUDA driver's prototypes are C koffi can bind", (t) => {
  for (const p of PROTOTYPES) t.notThrows(() => koffi.proto(p), p);
});

test("without a CUDA driver, backend 'gpu' is one line naming libcuda (each network's PTX made first)", async (t) => {
  if (!noGpu) return t.pass('a CUDA driver is present');
  for (const net of [coba(100), stdp(100), blowup()]) {
    const err = await t.throwsAsync(net.run(1, { dt, backend: 'gpu' }));
    t.regex(err!.message, /^no CUDA driver found \(libcuda\.so\.1\): .+; install the NVIDIA driver, or run with --backend cpu$/);
    t.notRegex(err!.message, /\n/);
  }
});

test('braints run --backend gpu without a driver: one line, exit 1, before anything compiles; an unknown backend is a usage error', (t) => {
  if (!noGpu) return t.pass('a CUDA driver is present');
  const run = (backend: string) =>
    spawnSync(process.execPath, [join(ROOT, 'bin', 'braints.js'), 'run', join(ROOT, 'examples', 'coba.ts'), '--backend', backend], {
      encoding: 'utf8',
    });
  const gpu = run('gpu');
  t.is(gpu.status, 1);
  t.regex(gpu.stderr, /--backend gpu: no CUDA driver found \(libcuda\.so\.1\): [^\n]+\n$/);
  t.is(gpu.stderr.trim().split('\n').length, 1);
  const tpu = run('tpu');
  t.is(tpu.status, 2);
  t.regex(tpu.stderr, /backend is one of cpu, gpu, gpu-on-cpu, not tpu/);
});

gpuTest("COBA 4000 on the GPU: the first 20 ms of the raster are the CPU's, or the first difference is reported", async (t) => {
  const run = async (backend: 'cpu' | 'gpu') => {
    const net = coba(4000);
    const spikes = [...net.groups.values()].map((g) => net.monitorSpikes(g));
    await net.run(200, { dt, seed: 3, threads: 1, backend });
    return spikes.map((m) => ({ name: m.name, pairs: m.pairs }));
  };
  const [cpu, gpu] = [await run('cpu'), await run('gpu')];
  cpu.forEach((c, j) => {
    const g = gpu[j].pairs;
    const upTo = (p: Float64Array) =>
      p.subarray(0, 2 * Array.from({ length: p.length / 2 }, (_, k) => p[2 * k]).findIndex((x) => x >= 20) || p.length);
    const a = upTo(c.pairs),
      b = upTo(g);
    const first = Array.from(a).findIndex((x, k) => x !== b[k]);
    if (first >= 0)
      t.log(
        `${c.name}: first spike that differs: pair ${first >> 1}, (${a[first & ~1]}, ${a[first | 1]}) on the CPU, (${b[first & ~1]}, ${b[first | 1]}) on the GPU`,
      );
    else t.log(`${c.name}: the first 20 ms (${a.length / 2} spikes) identical`);
    const rate = (p: Float64Array) => p.length / 2;
    t.true(
      Math.abs(rate(g) - rate(c.pairs)) <= 0.1 * rate(c.pairs),
      `${c.name}: ${rate(g)} spikes on the GPU, ${rate(c.pairs)} on the CPU`,
    );
  });
});

gpuTest('STDP on the GPU runs and keeps its weights within bounds', async (t) => {
  const net = stdp(7000);
  await net.run(100, { dt, backend: 'gpu' });
  const w = net.projection(net.projections.get('stdp')!).arrays.get('w')!;
  t.true(w.every((x) => x >= 0 && x <= 1));
  t.true(net.spikeCount(net.groups.get('post')!) > 0);
});

gpuTest('a non-finite state on the GPU gives the CPU message, at the same step', async (t) => {
  const run = async (backend: 'cpu' | 'gpu') => {
    const net = blowup();
    const err = await t.throwsAsync(net.run(10, { dt, backend }));
    return { message: err!.message, step: net.stepIndex };
  };
  t.deepEqual(await run('gpu'), await run('cpu'));
});
