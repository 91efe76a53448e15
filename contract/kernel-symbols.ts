// The names of a kernel and of its entry points, which the transformer (the .ll beside a model),
// the emitters, the edited-kernel check, the kernel table and the plan must agree on. Kept apart
// from llvm/ so that the runtime can name a cached kernel's functions without loading
// llvm-bindings.
import type { ModelIR } from '../ir/types';
import type { KernelLayout } from '../ir/pipeline';
import type { EntryPoint } from './kernel-abi';

type Named = Pick<ModelIR, 'name' | 'kind'>;

/** The part of a kernel's symbol before its layout's suffix: `LIF_update`, `AMPA_onPre`. */
function base(m: Named): string {
  return `${m.name}_${m.kind === 'neuron' ? 'update' : 'onPre'}`;
}

/**
 * The kernel's symbol: `LIF_update`, or with a suffix for a layout with per-element parameters,
 * uniform currents or float32 elements (`LIF_update__per_tau`, `LIF_update__f32`), so that the
 * kernels of one model in several layouts coexist in a library and in the build cache. A neuron kernel's one function has this name; a
 * synapse kernel's functions are named from it by entryPointSymbol.
 */
export function kernelSymbol(m: Named, layout: KernelLayout): string {
  const per = [...layout.perElementParams].sort();
  const uni = [...(layout.uniformCurrents ?? [])].sort();
  const f32 = layout.precision === 'float32' ? '__f32' : '';
  return base(m) + (per.length ? `__per_${per.join('_')}` : '') + (uni.length ? `__uniform_${uni.join('_')}` : '') + f32;
}

/**
 * The symbol of one entry point of the kernel `symbol` of model `m`: for `AMPA_onPre__per_w`,
 * rows `AMPA_onPre__per_w_rows`, ids `AMPA_onPre__per_w_ids`, post `AMPA_onPost__per_w`,
 * update `AMPA_update__per_w`, each `AMPA_everyStep__per_w`; a neuron's update is the symbol itself.
 */
export function entryPointSymbol(m: Named, symbol: string, entry: EntryPoint): string {
  const prefix = base(m);
  if (!symbol.startsWith(prefix)) throw new Error(`BrainTS bug: ${symbol} is not a kernel symbol of model ${m.name}`);
  const layout = symbol.slice(prefix.length);
  if (m.kind === 'neuron') {
    if (entry !== 'update') throw new Error(`BrainTS bug: neuron model ${m.name} has no ${entry} entry point`);
    return symbol;
  }
  switch (entry) {
    case 'rows':
    case 'ids':
      return `${symbol}_${entry}`;
    case 'post':
      return `${m.name}_onPost${layout}`;
    case 'update':
      return `${m.name}_update${layout}`;
    case 'each':
      return `${m.name}_everyStep${layout}`;
  }
}
