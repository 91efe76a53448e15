// A run on a GPU backend (RunOptions.backend 'gpu' or 'gpu-on-cpu'): refuses at once, in one
// line, what the device step does not run; then the device module is made or taken from the
// cache (the compile phase), the device opened, and the steps run (device-run.ts).
import type { BuiltNetwork, InputSpec } from '../native-memory';
import type { RunningNetwork } from '../run-loop';
import type { ProgressListener } from '../progress';
import { inPhase } from '../progress';
import { BraintsError } from '../errors';
import type { DeviceBackend } from './backend';
import { openDevice } from './backend';
import { runOnDevice, unsupportedOnDevice } from './device-run';
import { wrappedFunctions } from './launch-sequence';

export async function runOnGpuBackend(
  net: RunningNetwork,
  inputs: readonly InputSpec[],
  built: BuiltNetwork,
  steps: number,
  backend: DeviceBackend,
  listener: ProgressListener | undefined,
): Promise<{ device: string; deviceBytes: number; compileSeconds: number }> {
  const why = unsupportedOnDevice(built, inputs);
  if (why) throw new BraintsError(why);
  const wrapped = wrappedFunctions(built);
  const t0 = process.hrtime.bigint();
  const device = await inPhase(listener, 'compile', 1, 'device kernels', () => openDevice(backend, built, wrapped));
  const compileSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const deviceBytes = runOnDevice(net, inputs, built, steps, device, listener);
  return { device: device.name, deviceBytes, compileSeconds };
}
