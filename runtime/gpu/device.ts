// What the GPU host path needs of a device: memory (allocations, copies in and out), the network's
// kernels, and running a recorded step (a fixed list of launches, contract/device-step.ts) many
// times. Two implementations: the CUDA driver (cuda-device.ts) and the CPU grid executor
// (grid-executor.ts), which runs the same launches over the same kernels compiled for the CPU, so
// that the launch sequence is tested where there is no GPU.
import type { DeviceArgType } from '../../contract/device-step';

/** A kernel argument: a device address or a value, with its type. */
export interface LaunchArg {
  type: DeviceArgType;
  value: bigint | number;
}

/** One kernel launch of a step: `threads` threads (rounded up to whole blocks), the arguments in the kernel's order. */
export interface Launch {
  kernel: string;
  threads: number;
  args: LaunchArg[];
  /** What it does, for profiles and errors: "neurons E", "delivery ee". */
  what: string;
}

export interface Device {
  /** The device's name, as summary.json reports it. */
  readonly name: string;
  /** Device memory allocated so far, in bytes. */
  readonly allocatedBytes: number;
  alloc(bytes: number): bigint;
  upload(dst: bigint, src: ArrayBufferView): void;
  download(dst: ArrayBufferView, src: bigint): void;
  /** Records the launches of one step (each kernel's arguments fixed from now on). */
  record(step: readonly Launch[]): void;
  /** Runs the recorded step `steps` times, then waits for the device. */
  runSteps(steps: number): void;
  /** Frees the device memory and the recorded step. */
  release(): void;
}
