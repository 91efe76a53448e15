// The GPU backends of a run: `gpu`, a Device on the NVIDIA GPU through the CUDA driver, and
// `gpu-on-cpu`, the same launch sequence over the same device code compiled for the CPU grid
// executor (what the tests run where there is no GPU). The device module (llvm/gpu/) is made
// once per network and kept in the build cache: the PTX under a hash of the models' kernels and
// of the code generator's modules, the grid executor's library under its text's hash.
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import type { BuiltNetwork } from '../native-memory';
import { BraintsError } from '../errors';
import { cached, hashOf } from '../cache';
import { generatorIdentity } from '../module-files';
import { DRIVER_KERNELS, STEP_WRAPPERS, stepWrapperSymbol } from '../../contract/device-step';
import type { Device } from './device';
import { deviceModelKernels } from './device-kernels';
import type { LaunchedKernel } from './grid-executor';
import { gridExecutor } from './grid-executor';
import { cudaUnavailable } from './cuda';
import { cudaDevice } from './cuda-device';
import type { WrappedFunction } from '../../llvm/gpu/step-wrappers';

export type DeviceBackend = 'gpu' | 'gpu-on-cpu';

/** The device code generator, loaded (with llvm-bindings) only when a module must be made. */
const deviceModule = (): typeof import('../../llvm/gpu/device-module') =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../llvm/gpu/device-module') as typeof import('../../llvm/gpu/device-module');

const generator = (): string =>
  generatorIdentity(join(__dirname, '..', '..', 'llvm', 'gpu', 'device-module.js'), join(__dirname, '..', '..'));

/** The kernels the host launches, with their parameter types. */
function launchedKernels(wrapped: readonly WrappedFunction[]): LaunchedKernel[] {
  return [
    ...wrapped.map((f) => ({ name: stepWrapperSymbol(f.symbol), params: STEP_WRAPPERS[f.entry].params.map(([, t]) => t) })),
    ...Object.entries(DRIVER_KERNELS).map(([name, k]) => ({ name, params: k.params.map(([, t]) => t) })),
  ];
}

/** What the device module depends on: each model's kernel (its symbol and the hash of its code), the wrapped entries, the generator. */
function moduleKey(built: BuiltNetwork, wrapped: readonly WrappedFunction[]): string {
  const models = [...built.states.map((s) => s.group.model), ...built.projections.map((p) => p.synapse.model)];
  return hashOf(
    ...built.states.map((s) => s.kernel.signature.symbol),
    ...built.projections.map((p) => p.kernel.signature.symbol),
    ...models.map((m) => m.llHash),
    JSON.stringify(wrapped),
    generator(),
  );
}

/** The network's PTX (made unless cached). */
export function networkPtx(built: BuiltNetwork, wrapped: readonly WrappedFunction[]): string {
  const { path } = cached(`network-${moduleKey(built, wrapped)}.ptx`, (tmp) =>
    writeFileSync(tmp, deviceModule().devicePtx(deviceModelKernels(built), wrapped)),
  );
  return readFileSync(path, 'utf8');
}

/** A device for a built network's run on `backend`; one line (a BraintsError) when there is no GPU to run on. */
export async function openDevice(backend: DeviceBackend, built: BuiltNetwork, wrapped: readonly WrappedFunction[]): Promise<Device> {
  if (backend === 'gpu') {
    // the PTX first: it is a build product (cached), made where the code generator is, and carried
    // with the cache to a GPU machine that may have no LLVM (bench/gpu/prepare-carry.sh)
    const ptx = networkPtx(built, wrapped);
    const why = cudaUnavailable();
    if (why) throw new BraintsError(why);
    return cudaDevice(ptx);
  }
  const { path } = cached(`grid-${moduleKey(built, wrapped)}.ll`, (tmp) =>
    writeFileSync(tmp, deviceModule().gridModuleText(deviceModelKernels(built), wrapped)),
  );
  return gridExecutor(readFileSync(path, 'utf8'), launchedKernels(wrapped), (text, out) => deviceModule().gridObject(text, out));
}
