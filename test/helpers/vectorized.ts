// Whether `opt -O3` vectorized a kernel's loop: the loop vectorizer says so in its remarks.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optimize } from '../../llvm/toolchain';

/** The remark of a vectorized loop. */
export const VECTORIZED = /--- !Passed\s+Pass:\s+loop-vectorize\s+Name:\s+Vectorized/;

/** Optimizes the kernel at `llPath`; returns the optimizer's remarks and the optimized IR. */
export function optimizedKernel(llPath: string): { remarks: string; ir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'braints-vec-'));
  const remarks = join(dir, 'remarks.yaml');
  optimize(llPath, join(dir, 'opt.ll'), { remarksFile: remarks });
  return { remarks: readFileSync(remarks, 'utf8'), ir: readFileSync(join(dir, 'opt.ll'), 'utf8') };
}
