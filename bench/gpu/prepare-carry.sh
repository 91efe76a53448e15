#!/usr/bin/env bash
# Prepares what bench/gpu/device-check.sh needs on a GPU machine whose image may lack Node.js,
# LLVM 14 and the code generator (llvm-bindings), into .carry/ (ignored through .git/info/exclude),
# and checks that it and the tracked files stay under the 64 MiB that travel with a device check:
#   .carry/node.xz          this machine's node binary
#   .carry/llvm.tar.xz      opt and llc of LLVM 14 with libLLVM-14 and libz3 (the CPU kernels compile there),
#                           .carry/llvm-libs.tar.xz the small libraries libLLVM needs (libedit, libbsd, ...)
#   .carry/braints.tar.xz   dist/, the node_modules the runs load (no llvm-bindings, TypeScript, vega),
#                           the bench's examples compiled (out/bench-gpu-build)
#   .carry/cache/           the build cache with the PTX of every network the GPU tests and the bench
#                           run (made here: the code generator needs llvm-bindings)
# Then: the device tool's run with carry [".carry"] and command `bash bench/gpu/device-check.sh`.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
C=$ROOT/.carry
LIMIT=$((64 * 1024 * 1024))
grep -qx '/.carry/' .git/info/exclude 2>/dev/null || echo '/.carry/' >>"$(git rev-parse --git-path info/exclude)"
# node and LLVM depend only on this machine's binaries: kept when present (rm -rf .carry to remake them)
rm -rf "$C/cache" "$C/braints.tar.xz"
mkdir -p "$C/cache"
npm run build >/dev/null

echo '== the PTX of the GPU tests and the bench, into the carried cache (each run then stops: no CUDA driver here)'
export BRAINTS_CACHE=$C/cache
node node_modules/ava/entrypoints/cli.mjs dist/test/gpu.test.js
for model in coba cobahh; do
  # the bench compiles its example (out/bench-gpu-build) and makes the PTX before it looks for the driver
  said=$(node dist/bench/gpu.js __gpu "$model" 4000 1 gpu 2>&1 || true)
  grep -q 'no CUDA driver found' <<<"$said" || {
    echo "$said" >&2
    exit 1
  }
done
ls "$C/cache"/*.ptx >/dev/null
# what was compiled for this CPU is of no use there (its toolchain identity differs): the PTX and generated kernel texts stay
find "$C/cache" -type f ! -name '*.ptx' ! -name '*.ll' -delete

echo '== node'
[ -s "$C/node.xz" ] || xz -9e -T2 -c "$(readlink -f "$(command -v node)")" >"$C/node.xz"

echo '== LLVM 14 (opt, llc, libLLVM-14, libz3)'
OPT=$(readlink -f "$(command -v opt-14 || command -v opt)")
LLC=$(readlink -f "$(command -v llc-14 || command -v llc)")
LIBLLVM=$(ldd "$OPT" | awk '/libLLVM/ {print $3}')
LIBZ3=$(ldd "$LIBLLVM" | awk '/libz3/ {print $3}')
[ -s "$C/llvm.tar.xz" ] ||
  tar -C / -cf - "${OPT#/}" "${LLC#/}" "$(readlink -f "$LIBLLVM" | cut -c2-)" "$(readlink -f "$LIBZ3" | cut -c2-)" |
  xz -9e -T2 >"$C/llvm.tar.xz"
echo "$LIBLLVM $LIBZ3" >"$C/llvm-libraries.txt"
# libLLVM's small dependencies an image without LLVM may lack (libxml2 and ICU are left to the image: ICU is 30 MB)
SMALL=$(ldd "$LIBLLVM" | awk '/libedit|libbsd|libmd|libffi|libtinfo/ {print $3}' | cut -c2-)
# shellcheck disable=SC2086
tar -C / -chf - $SMALL | xz -9 >"$C/llvm-libs.tar.xz"

echo '== dist, node_modules (what the runs load), the compiled examples'
MODULES=$(node -e "
const fs = require('fs'), path = require('path');
const skip = new Set(['llvm-bindings', 'typescript', 'ts-patch', 'vega', 'vega-lite', '@resvg/resvg-js']);
const seen = new Set();
// a dependency is found as Node finds it: in node_modules beside the package, then in each folder above
const walk = (name, from) => {
  if (skip.has(name)) return;
  for (let dir = from; ; dir = path.dirname(dir)) {
    const at = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(at, 'package.json'))) {
      if (seen.has(at)) return;
      seen.add(at);
      const j = JSON.parse(fs.readFileSync(path.join(at, 'package.json'), 'utf8'));
      for (const d of Object.keys({ ...j.dependencies, ...j.optionalDependencies })) walk(d, at);
      return;
    }
    if (dir === '.' || dir === path.dirname(dir)) return;
  }
};
const own = JSON.parse(fs.readFileSync('package.json', 'utf8'));
for (const d of [...Object.keys(own.dependencies || {}), 'ava']) walk(d, '.');
// nested packages travel inside their parents' folders
const top = [...seen].filter((p) => p.split('node_modules').length === 2);
console.log(top.join('\n'));
")
# koffi ships a build for every platform: the GPU machine is x86-64 Linux
# shellcheck disable=SC2086
tar -chf - --exclude='node_modules/koffi/build/koffi/[!l]*' --exclude='node_modules/koffi/build/koffi/linux_[!x]*' \
  --exclude='node_modules/koffi/src' --exclude='node_modules/koffi/vendor' --exclude='node_modules/koffi/doc' \
  dist package.json out/bench-gpu-build $MODULES | xz -9e -T2 >"$C/braints.tar.xz"

TRACKED=$(git ls-files -z | xargs -0 stat -c %s | awk '{s += $1} END {print s}')
CARRIED=$(du -sb "$C" | cut -f1)
TOTAL=$((TRACKED + CARRIED))
ls -la "$C"
echo "tracked files $TRACKED bytes + .carry $CARRIED bytes = $TOTAL of $LIMIT"
if [ "$TOTAL" -gt "$LIMIT" ]; then
  echo 'over the 64 MiB a device check carries: leave out .carry/llvm.tar.xz (the CPU columns then need an LLVM 14 there)' >&2
  exit 1
fi
