// Buffers for the per-synapse arrays (targets, weights, delays: gigabytes at the microcircuit's
// full scale) on transparent huge pages where Linux offers them on request (`madvise` mode, the
// default of most distributions). Each 4 KiB page is otherwise a fault and a clearing on first
// touch: at 3 x 10^8 synapses that was about a third of the build's CPU time on the developers'
// VM (perf: clear_page_erms), and 2 MiB pages cut the faults 512-fold; they also spare the run's
// random walks over the rows most of their TLB misses. BRAINTS_HUGE_PAGES=off keeps 4 KiB pages
// (for a system where huge pages are slow to find: compaction on a fragmented memory).
import koffi from 'koffi';

const MADV_HUGEPAGE = 14; // linux/mman-common.h
const HUGE_PAGE = 2n * 1024n * 1024n;
/** Below this, a buffer is left as it is (a huge page per array would be waste, and little is gained). */
const SMALLEST = 32 * 1024 * 1024;

type Madvise = (address: bigint, length: bigint, advice: number) => number;
let madvise: Madvise | null | undefined;

/** libc's madvise through koffi, or null where there is none to call (not Linux, not glibc, or switched off). */
function loadMadvise(): Madvise | null {
  if (process.platform !== 'linux' || process.env.BRAINTS_HUGE_PAGES === 'off') return null;
  try {
    const f = koffi.load('libc.so.6').func('int madvise(uintptr_t addr, size_t length, int advice)');
    return (address, length, advice) => f(address, length, advice) as number;
  } catch {
    return null;
  }
}

/**
 * A zeroed ArrayBuffer of `bytes` (at least 1), its whole 2 MiB pages advised as huge before
 * anything touches them. The advice is a hint: where the kernel declines it (huge pages off), or
 * no huge page is free, the memory is the same, on 4 KiB pages.
 */
export function bigBuffer(bytes: number): ArrayBuffer {
  const buffer = new ArrayBuffer(Math.max(1, bytes));
  if (bytes < SMALLEST) return buffer;
  madvise ??= loadMadvise();
  if (!madvise) return buffer;
  const at = BigInt(koffi.address(new Uint8Array(buffer)));
  const begin = ((at + HUGE_PAGE - 1n) / HUGE_PAGE) * HUGE_PAGE,
    end = ((at + BigInt(bytes)) / HUGE_PAGE) * HUGE_PAGE;
  if (end > begin) madvise(begin, end - begin, MADV_HUGEPAGE);
  return buffer;
}
