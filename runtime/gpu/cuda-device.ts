// A Device (device.ts) on an NVIDIA GPU through the CUDA driver API (cuda.ts): the network's PTX
// compiled by the driver's JIT for the GPU at hand, the cubin cached under the PTX's hash, the
// device and the driver's version; a recorded step captured as CUDA graphs (one step, and
// GRAPH_STEPS steps) that runSteps replays on one stream, waiting only at the end of the block.
import { readFileSync, writeFileSync } from 'node:fs';
import { BLOCK_THREADS } from '../../contract/device-step';
import { cached, hashOf } from '../cache';
import type { Device, Launch } from './device';
import { argumentBlock } from './launch-args';
import * as cuda from './cuda';

/** Steps per graph of the long kind: launches of a whole graph cost far less than of its kernels one by one. */
const GRAPH_STEPS = 32;

type Graph = { graph: bigint; exec: bigint };

export function cudaDevice(ptx: string, ordinal = 0): Device {
  const dev = cuda.openDevice(ordinal);
  const key = hashOf(ptx, dev.name, dev.computeCapability, String(dev.driverVersion));
  const { path } = cached(`cubin-sm${dev.computeCapability}-${key}.cubin`, (tmp) => writeFileSync(tmp, cuda.jitCompile(ptx)));
  const module = cuda.loadModule(readFileSync(path));
  return new CudaDevice(dev, module);
}

class CudaDevice implements Device {
  readonly name: string;
  allocatedBytes = 0;
  private readonly allocations: bigint[] = [];
  private readonly functions = new Map<string, bigint>();
  private readonly stream = cuda.streamCreate();
  private graphs: { one: Graph; many: Graph } | undefined;
  private keep: ArrayBufferView[] = [];

  constructor(
    dev: cuda.CudaDevice,
    private readonly module: bigint,
  ) {
    this.name = `${dev.name} (compute capability ${dev.computeCapability.replace(/(\d)$/, '.$1')}, CUDA driver ${dev.driverVersion})`;
  }

  alloc(bytes: number): bigint {
    const p = cuda.memAlloc(bytes);
    this.allocations.push(p);
    this.allocatedBytes += bytes;
    return p;
  }

  upload(dst: bigint, src: ArrayBufferView): void {
    cuda.memcpyHtoD(dst, src);
  }

  download(dst: ArrayBufferView, src: bigint): void {
    cuda.memcpyDtoH(dst, src);
  }

  private fn(name: string): bigint {
    let f = this.functions.get(name);
    if (f === undefined) this.functions.set(name, (f = cuda.moduleFunction(this.module, name)));
    return f;
  }

  record(step: readonly Launch[]): void {
    this.dropGraphs();
    const launches = step.map((l) => {
      const { values, pointers } = argumentBlock(l.args);
      this.keep.push(values, pointers);
      return { fn: this.fn(l.kernel), blocks: Math.ceil(l.threads / BLOCK_THREADS), pointers };
    });
    const issue = (steps: number) => () => {
      for (let s = 0; s < steps; s++) for (const l of launches) cuda.launchKernel(l.fn, l.blocks, BLOCK_THREADS, this.stream, l.pointers);
    };
    this.graphs = { one: cuda.captureGraph(this.stream, issue(1)), many: cuda.captureGraph(this.stream, issue(GRAPH_STEPS)) };
  }

  runSteps(steps: number): void {
    if (!this.graphs) throw new Error('BrainTS bug: runSteps before record');
    for (let s = 0; s + GRAPH_STEPS <= steps; s += GRAPH_STEPS) cuda.graphLaunch(this.graphs.many.exec, this.stream);
    for (let s = 0; s < steps % GRAPH_STEPS; s++) cuda.graphLaunch(this.graphs.one.exec, this.stream);
    cuda.streamSynchronize(this.stream);
  }

  private dropGraphs(): void {
    if (this.graphs) {
      cuda.graphDestroy(this.graphs.one);
      cuda.graphDestroy(this.graphs.many);
    }
    this.graphs = undefined;
    this.keep = [];
  }

  release(): void {
    this.dropGraphs();
    for (const p of this.allocations.splice(0)) cuda.memFree(p);
    this.allocatedBytes = 0;
    cuda.streamDestroy(this.stream);
    cuda.moduleUnload(this.module);
  }
}
