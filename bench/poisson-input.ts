// `node dist/bench/poisson-input.js [neurons] [seconds] [threads]`: times net.run of a LIF group driven
// only by net.poissonInput at 0.02, 2, 20 and 200 expected source spikes per neuron and step (dt
// 0.1 ms), the cost the Poisson count draw adds to a Brunel-style network. A hand-run measurement,
// not a test: it prints the run time and the cost per neuron-step of each.
import { Network } from '../index';
import { LIF } from '../models/index';

async function main(): Promise<void> {
  const [neurons = 12500, seconds = 1, threads = 1] = process.argv.slice(2).map(Number);
  const dt = 0.1;
  console.log(`LIF x ${neurons}, ${seconds} s at dt ${dt} ms, ${threads} thread(s)`);
  for (const lambda of [0.02, 2, 20, 200]) {
    const cells = new LIF(neurons);
    const net = new Network({ cells });
    // rate x sources x dt = lambda source spikes per step; a small weight keeps the neurons below threshold mostly
    net.poissonInput(cells, 'I', { sources: 1000, rate: (lambda / (1000 * dt)) * 1e3, weight: 0.01 });
    await net.run(0, { dt, seed: 1, threads });
    // CPU time too: on a shared machine it moves less than the wall-clock time
    const cpu0 = process.cpuUsage();
    await net.run(seconds * 1e3);
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const { runSeconds, steps } = net.timing;
    const ns = (runSeconds * 1e9) / (steps * neurons);
    console.log(
      `lambda ${String(lambda).padStart(5)}: run ${runSeconds.toFixed(3)} s (CPU ${cpuSeconds.toFixed(3)} s), ${ns.toFixed(2)} ns per neuron-step`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
