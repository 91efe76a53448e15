#!/usr/bin/env bash
# The GPU check, on a machine with an NVIDIA GPU, in under 8 minutes: what is there (node, LLVM 14,
# gcc, the driver), what was carried unpacked where missing (bench/gpu/prepare-carry.sh made it),
# then the GPU tests (test/gpu.test.ts) and the GPU bench (npm run bench -- gpu: COBA 4k, 400k,
# 1M, 4M and COBAHH 1M, 1 s on the GPU against the CPU of the same machine), everything written
# into $OUT (default out/device-check): device-check.log, gpu-tests.log, gpu.md, gpu.json.
#   device tool: run with carry [".carry"], command `bash bench/gpu/device-check.sh`, timeout_s 540
# CPU_DURATION (default 0.2 s simulated) keeps the CPU columns of the large networks within the time.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/out/device-check}
mkdir -p "$OUT"
exec > >(tee "$OUT/device-check.log") 2>&1
START=$(date +%s)
left() { echo $((470 - ($(date +%s) - START))); }
C=$PWD/.carry
T=/tmp/braints-carried
mkdir -p "$T"

echo '== what is here'
for tool in node opt-14 llc-14 opt llc gcc cc nvidia-smi; do printf '%-10s %s\n' "$tool" "$(command -v "$tool" || echo missing)"; done
nvidia-smi --query-gpu=name,driver_version,memory.total,compute_cap --format=csv || echo 'nvidia-smi failed'
uname -m
nproc

if ! command -v node >/dev/null; then
  xz -dc "$C/node.xz" >"$T/node" && chmod +x "$T/node" && export PATH=$T:$PATH
fi
if ! command -v opt-14 >/dev/null && ! command -v opt >/dev/null && [ -f "$C/llvm.tar.xz" ]; then
  mkdir -p "$T/llvm" && xz -dc "$C/llvm.tar.xz" | tar -C "$T/llvm" -xf -
  # the small libraries only where the image has none of its own
  mkdir -p "$T/llvm-libs" && xz -dc "$C/llvm-libs.tar.xz" | tar -C "$T/llvm-libs" -xf -
  for lib in "$T"/llvm-libs/*/*/*/*.so* "$T"/llvm-libs/*/*/*.so*; do
    [ -e "$lib" ] && ! ldconfig -p | grep -q "$(basename "$lib")" && cp "$lib" "$(dirname "$(find "$T/llvm" -name 'libLLVM*' | head -1)")/"
  done
  export PATH=$T/llvm/usr/lib/llvm-14/bin:$PATH
  LIBS=$(find "$T/llvm" -name '*.so*' -printf '%h\n' | sort -u | tr '\n' ':')
  export LD_LIBRARY_PATH=$LIBS${LD_LIBRARY_PATH:-}
fi
echo "node $(node --version 2>&1)"
opt --version 2>&1 | head -2 || opt-14 --version 2>&1 | head -2
ldd "$(command -v opt-14 || command -v opt)" 2>&1 | grep 'not found' && echo 'LLVM 14 is missing libraries above: the CPU runs will fail'

# the package as built where it was prepared: dist/, the node_modules it loads, the compiled examples
if [ ! -d dist ] || [ ! -d node_modules ]; then xz -dc "$C/braints.tar.xz" | tar -xf -; fi
# the cache with the PTX, copied: the carried folder stays as it came
cp -r "$C/cache" "$T/cache"
export BRAINTS_CACHE=$T/cache

echo "== GPU tests ($(left) s left)"
timeout "$(left)" node node_modules/ava/entrypoints/cli.mjs dist/test/gpu.test.js --timeout 5m 2>&1 | tee "$OUT/gpu-tests.log"
echo "gpu tests exit ${PIPESTATUS[0]}"

echo "== GPU bench ($(left) s left)"
timeout "$(left)" node dist/bench/gpu.js --duration 1 --cpu-duration "${CPU_DURATION:-0.2}" --out "$OUT"
echo "gpu bench exit $?"
echo "== done in $(($(date +%s) - START)) s"
