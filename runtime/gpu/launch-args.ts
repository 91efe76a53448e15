// A launch's arguments as cuLaunchKernel takes them (kernelParams): an array of the addresses of
// the argument values, each value in its own 8-byte slot. The CPU grid executor's generated
// calls read them the same way (runtime/gpu/grid-executor.ts).
import koffi from 'koffi';
import type { LaunchArg } from './device';

export function argumentBlock(args: readonly LaunchArg[]): { values: DataView; pointers: BigUint64Array } {
  const buffer = new ArrayBuffer(8 * Math.max(1, args.length));
  const values = new DataView(buffer);
  args.forEach((a, j) => {
    const at = 8 * j;
    if (a.type === 'f64') values.setFloat64(at, Number(a.value), true);
    else if (a.type === 'i32') values.setInt32(at, Number(a.value), true);
    else values.setBigInt64(at, BigInt(a.value), true);
  });
  const base = koffi.address(new Uint8Array(buffer));
  const pointers = new BigUint64Array(args.length || 1);
  args.forEach((_, j) => (pointers[j] = base + BigInt(8 * j)));
  return { values, pointers };
}
