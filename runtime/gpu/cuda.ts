// The CUDA driver API (libcuda.so.1, which every NVIDIA driver installs), loaded through koffi
// the first time a GPU run asks for it: no CUDA toolkit, nvcc or CUDA runtime on the user's side.
// Handles (contexts, modules, functions, streams, graphs) are pointers, passed here as uint64
// words (the same registers on x86-64 and aarch64); device addresses are CUdeviceptr (uint64).
// Every call's CUresult is checked: a failure throws one line naming the call and the driver's
// own words for the error.
import koffi from 'koffi';
import { BraintsError } from '../errors';

/** The library every NVIDIA driver installs. */
export const CUDA_LIBRARY = 'libcuda.so.1';

/** CU_DEVICE_ATTRIBUTE_* values used here (cuda.h). */
const ATTRIBUTE = { computeCapabilityMajor: 75, computeCapabilityMinor: 76, multiprocessorCount: 16 } as const;

/** CUjit_option values (cuda.h): where the JIT writes its log, so that a PTX it rejects says why. */
const JIT = { errorLogBuffer: 5, errorLogBufferSizeBytes: 6 } as const;
/** CUjitInputType: PTX source. */
const JIT_INPUT_PTX = 1;
/**
 * CU_STREAM_DEFAULT: the stream waits for the copies (cuMemcpy*, on the legacy stream), whose
 * pageable uploads may still be in flight when the call returns; CU_STREAM_CAPTURE_MODE_THREAD_LOCAL.
 */
const STREAM_SYNCHRONIZED_WITH_COPIES = 0;
const CAPTURE_THREAD_LOCAL = 1;

type Fn = (...args: unknown[]) => number;

/** The driver's functions, bound once. */
interface Driver {
  [name: string]: Fn;
}

/** The driver functions used, as cuda.h declares them (handles as uint64 words). */
export const PROTOTYPES = [
  'int cuInit(uint32_t flags)',
  'int cuDriverGetVersion(_Out_ int *version)',
  'int cuDeviceGet(_Out_ int *device, int ordinal)',
  'int cuDeviceGetCount(_Out_ int *count)',
  'int cuDeviceGetName(void *name, int len, int device)',
  'int cuDeviceGetAttribute(_Out_ int *value, int attribute, int device)',
  'int cuDevicePrimaryCtxRetain(_Out_ uint64_t *ctx, int device)',
  'int cuCtxSetCurrent(uint64_t ctx)',
  'int cuCtxSynchronize()',
  'int cuMemGetInfo_v2(_Out_ uint64_t *free, _Out_ uint64_t *total)',
  'int cuMemAlloc_v2(_Out_ uint64_t *dptr, uint64_t bytes)',
  'int cuMemFree_v2(uint64_t dptr)',
  'int cuMemcpyHtoD_v2(uint64_t dst, const void *src, uint64_t bytes)',
  'int cuMemcpyDtoH_v2(void *dst, uint64_t src, uint64_t bytes)',
  'int cuMemsetD8_v2(uint64_t dst, uint8_t value, uint64_t count)',
  'int cuLinkCreate_v2(uint32_t numOptions, void *options, void *optionValues, _Out_ uint64_t *state)',
  'int cuLinkAddData_v2(uint64_t state, int type, const char *data, uint64_t size, const char *name, uint32_t numOptions, void *options, void *optionValues)',
  'int cuLinkComplete(uint64_t state, _Out_ void **cubin, _Out_ uint64_t *size)',
  'int cuLinkDestroy(uint64_t state)',
  'int cuModuleLoadData(_Out_ uint64_t *module, const void *image)',
  'int cuModuleGetFunction(_Out_ uint64_t *fn, uint64_t module, const char *name)',
  'int cuModuleUnload(uint64_t module)',
  'int cuLaunchKernel(uint64_t f, uint32_t gx, uint32_t gy, uint32_t gz, uint32_t bx, uint32_t by, uint32_t bz, uint32_t sharedBytes, uint64_t stream, void *params, void *extra)',
  'int cuStreamCreate(_Out_ uint64_t *stream, uint32_t flags)',
  'int cuStreamSynchronize(uint64_t stream)',
  'int cuStreamDestroy_v2(uint64_t stream)',
  'int cuStreamBeginCapture_v2(uint64_t stream, int mode)',
  'int cuStreamEndCapture(uint64_t stream, _Out_ uint64_t *graph)',
  'int cuGraphInstantiateWithFlags(_Out_ uint64_t *exec, uint64_t graph, uint64_t flags)',
  'int cuGraphLaunch(uint64_t exec, uint64_t stream)',
  'int cuGraphExecDestroy(uint64_t exec)',
  'int cuGraphDestroy(uint64_t graph)',
  'int cuGetErrorString(int error, _Out_ const char **text)',
] as const;

let driver: Driver | undefined;
let loadError: string | undefined;

/** Why no CUDA driver can be used here, or undefined when one can (loads it on first use). */
export function cudaUnavailable(): string | undefined {
  if (driver) return undefined;
  if (loadError !== undefined) return loadError;
  let lib: koffi.IKoffiLib;
  try {
    lib = koffi.load(CUDA_LIBRARY);
  } catch (e) {
    // koffi's message is dlopen's: "libcuda.so.1: cannot open shared object file: ..."
    loadError = `no CUDA driver found (${CUDA_LIBRARY}): ${firstLine(e)}; install the NVIDIA driver, or run with --backend cpu`;
    return loadError;
  }
  const d: Driver = {};
  for (const p of PROTOTYPES) {
    const name = /\b(cu\w+)\(/.exec(p)![1];
    d[name] = lib.func(p) as Fn;
  }
  const init = d.cuInit(0);
  if (init !== 0) {
    loadError = `the CUDA driver (${CUDA_LIBRARY}) found no usable GPU: cuInit failed with ${errorName(d, init)}; run with --backend cpu`;
    return loadError;
  }
  driver = d;
  return undefined;
}

/** The loaded driver, or a BraintsError of one line saying why there is none. */
function cuda(): Driver {
  const why = cudaUnavailable();
  if (why) throw new BraintsError(why);
  return driver!;
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0];
}

function errorName(d: Driver, code: number): string {
  const text: (string | null)[] = [null];
  return d.cuGetErrorString(code, text) === 0 && text[0] ? `${text[0]} (CUresult ${code})` : `CUresult ${code}`;
}

/** Calls a driver function and throws, naming it, unless it returned CUDA_SUCCESS. */
function check(name: string, ...args: unknown[]): void {
  const d = cuda();
  const code = d[name](...args);
  if (code !== 0) throw new BraintsError(`CUDA ${name} failed: ${errorName(d, code)}`);
}

const word = (): [bigint] => [0n];
const int = (): [number] => [0];

/** A GPU as the runtime sees it: its name, compute capability and the driver's version (the JIT cache's key). */
export interface CudaDevice {
  ordinal: number;
  name: string;
  computeCapability: string;
  multiprocessors: number;
  driverVersion: number;
  context: bigint;
}

/** Device `ordinal`'s primary context, made current on this thread. */
export function openDevice(ordinal = 0): CudaDevice {
  const count = int();
  check('cuDeviceGetCount', count);
  if (count[0] <= ordinal) throw new BraintsError(`the CUDA driver lists ${count[0]} GPUs; there is no GPU ${ordinal}`);
  const dev = int();
  check('cuDeviceGet', dev, ordinal);
  const name = new Uint8Array(256);
  check('cuDeviceGetName', name, name.length, dev[0]);
  const attribute = (a: number) => {
    const v = int();
    check('cuDeviceGetAttribute', v, a, dev[0]);
    return v[0];
  };
  const version = int();
  check('cuDriverGetVersion', version);
  const ctx = word();
  check('cuDevicePrimaryCtxRetain', ctx, dev[0]);
  check('cuCtxSetCurrent', ctx[0]);
  return {
    ordinal,
    name: Buffer.from(name.subarray(0, name.indexOf(0))).toString('utf8'),
    computeCapability: `${attribute(ATTRIBUTE.computeCapabilityMajor)}${attribute(ATTRIBUTE.computeCapabilityMinor)}`,
    multiprocessors: attribute(ATTRIBUTE.multiprocessorCount),
    driverVersion: version[0],
    context: ctx[0],
  };
}

/** Free and total device memory in bytes. */
export function memoryInfo(): { free: number; total: number } {
  const free = word(),
    total = word();
  check('cuMemGetInfo_v2', free, total);
  return { free: Number(free[0]), total: Number(total[0]) };
}

export function memAlloc(bytes: number): bigint {
  const p = word();
  check('cuMemAlloc_v2', p, BigInt(Math.max(8, bytes)));
  return BigInt(p[0]);
}

export const memFree = (p: bigint): void => check('cuMemFree_v2', p);
export const memcpyHtoD = (dst: bigint, src: ArrayBufferView): void => check('cuMemcpyHtoD_v2', dst, src, BigInt(src.byteLength));
export const memcpyDtoH = (dst: ArrayBufferView, src: bigint): void => check('cuMemcpyDtoH_v2', dst, src, BigInt(dst.byteLength));
export const memsetD8 = (dst: bigint, value: number, bytes: number): void => check('cuMemsetD8_v2', dst, value, BigInt(bytes));

/**
 * PTX compiled by the driver's JIT for the current device: the cubin (cuLinkCreate, cuLinkAddData
 * of the PTX, cuLinkComplete), copied out so that it can be cached. A PTX the JIT rejects throws
 * with the JIT's log.
 */
export function jitCompile(ptx: string): Buffer {
  const log = Buffer.alloc(16384);
  const options = new Int32Array([JIT.errorLogBuffer, JIT.errorLogBufferSizeBytes]);
  // option values are void*-sized words: the log's address, then its size
  const values = new BigUint64Array([BigInt(koffi.address(log)), BigInt(log.length)]);
  const state = word();
  check('cuLinkCreate_v2', 2, options, values, state);
  try {
    const source = Buffer.from(`${ptx}\0`, 'utf8');
    const d = cuda();
    const added = d.cuLinkAddData_v2(state[0], JIT_INPUT_PTX, source, BigInt(source.length), 'network.ptx', 0, null, null);
    if (added !== 0) {
      const text = log.subarray(0, log.indexOf(0)).toString('utf8').trim().split('\n')[0];
      throw new BraintsError(`the CUDA JIT rejected the network's PTX: ${errorName(d, added)}${text ? `: ${text}` : ''}`);
    }
    const cubin: unknown[] = [null],
      size = word();
    check('cuLinkComplete', state[0], cubin, size);
    // the cubin belongs to the link state, destroyed below: copied out first
    return Buffer.from(koffi.view(cubin[0], Number(size[0])).slice(0));
  } finally {
    check('cuLinkDestroy', state[0]);
  }
}

/** A module from a cubin, and its kernels by name. */
export function loadModule(cubin: Buffer): bigint {
  const m = word();
  check('cuModuleLoadData', m, cubin);
  return BigInt(m[0]);
}

export function moduleFunction(module: bigint, name: string): bigint {
  const f = word();
  check('cuModuleGetFunction', f, module, name);
  return BigInt(f[0]);
}

export const moduleUnload = (m: bigint): void => check('cuModuleUnload', m);

/** Launches `fn` on a 1-D grid; `params` is the array of addresses of each argument's value (cuLaunchKernel's kernelParams). */
export function launchKernel(fn: bigint, blocks: number, threadsPerBlock: number, stream: bigint, params: BigUint64Array): void {
  check('cuLaunchKernel', fn, blocks, 1, 1, threadsPerBlock, 1, 1, 0, stream, params, null);
}

export function streamCreate(): bigint {
  const s = word();
  check('cuStreamCreate', s, STREAM_SYNCHRONIZED_WITH_COPIES);
  return BigInt(s[0]);
}

export const streamSynchronize = (s: bigint): void => check('cuStreamSynchronize', s);
export const streamDestroy = (s: bigint): void => check('cuStreamDestroy_v2', s);

/** The launches `issue` makes on `stream`, captured into an executable graph (nothing runs yet). */
export function captureGraph(stream: bigint, issue: () => void): { graph: bigint; exec: bigint } {
  const graph = word();
  check('cuStreamBeginCapture_v2', stream, CAPTURE_THREAD_LOCAL);
  try {
    issue();
  } finally {
    // a capture is always ended, so that the stream is usable after a failed launch
    check('cuStreamEndCapture', stream, graph);
  }
  const exec = word();
  check('cuGraphInstantiateWithFlags', exec, graph[0], 0n);
  return { graph: BigInt(graph[0]), exec: BigInt(exec[0]) };
}

export const graphLaunch = (exec: bigint, stream: bigint): void => check('cuGraphLaunch', exec, stream);
export function graphDestroy(g: { graph: bigint; exec: bigint }): void {
  check('cuGraphExecDestroy', g.exec);
  check('cuGraphDestroy', g.graph);
}

/** A host buffer's address, for kernel parameter arrays. */
export const addressOf = (b: ArrayBufferView): bigint => BigInt(koffi.address(b));
