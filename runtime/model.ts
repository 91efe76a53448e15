// A compiled model class as the runtime sees it: its IR (attached by the transformer) and where
// its kernel's .ll file lies.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ModelIR, NeuronModelIR, SynapseModelIR } from '../ir/types';
import { IR_VERSION } from '../ir/types';
import { BraintsError } from './errors';
import { decodeModel } from '../ir/serialize';
import type { SerializedModel } from '../ir/serialize';

export interface LoadedModel<M extends ModelIR = ModelIR> {
  ir: M;
  /** The .ll the transformer wrote for the default layout (all parameters group-uniform). */
  llPath: string;
  /** sha256 of that file as written: a different hash means the user edited it. */
  llHash: string;
  symbol: string;
}

interface Attached {
  ir: string;
  llFile: string;
  llHash: string;
  symbol: string;
  dir: string;
}

const cache = new WeakMap<object, LoadedModel>();

type ModelClass = abstract new (...args: never[]) => unknown;

/** The compiled model of `cls`; with `kind`, checked to be a model of that kind (the base class it extends). */
export function loadModel(cls: ModelClass): LoadedModel;
export function loadModel(cls: ModelClass, kind: 'neuron'): LoadedModel<NeuronModelIR>;
export function loadModel(cls: ModelClass, kind: 'synapse'): LoadedModel<SynapseModelIR>;
export function loadModel(cls: ModelClass, kind?: ModelIR['kind']): LoadedModel {
  const loaded = cache.get(cls) ?? load(cls);
  cache.set(cls, loaded);
  if (kind && loaded.ir.kind !== kind) {
    const base = kind === 'neuron' ? 'NeuronGroup' : 'Synapse';
    throw new BraintsError(
      `${cls.name} extends ${base} but was compiled as a ${loaded.ir.kind} model: decorate it with @${kind} (\`@${kind} export class ${cls.name} extends ...\`)`,
    );
  }
  return loaded;
}

function load(cls: ModelClass): LoadedModel {
  const meta = (cls as unknown as { __braints?: Attached }).__braints;
  if (meta && !Object.prototype.hasOwnProperty.call(cls, '__braints')) {
    // a static field is inherited: without this check a subclass would silently run its parent's kernel
    throw new BraintsError(
      `${cls.name} extends the model ${Object.getPrototypeOf(cls).name} but is not compiled itself: decorate it with @neuron`,
    );
  }
  const undecorated = (cls as unknown as { __braintsUndecorated?: string }).__braintsUndecorated;
  if (!meta && undecorated && Object.prototype.hasOwnProperty.call(cls, '__braintsUndecorated')) {
    // the transformer ran on the class's module and marked it: the decorator is what is missing
    throw new BraintsError(
      `${cls.name} is not a model: decorate it with @${undecorated} (\`@${undecorated} export class ${cls.name} extends ...\`), so that BrainTS compiles its code`,
    );
  }
  if (!meta) {
    throw new BraintsError(
      `${cls.name} was not compiled by the BrainTS transformer: build it with tspc (the transformer in tsconfig's plugins), or run it with \`npx braints run\``,
    );
  }
  const attached = JSON.parse(meta.ir) as SerializedModel;
  // checked before anything else is read: an older BrainTS wrote another shape
  if (attached.version !== IR_VERSION)
    throw new BraintsError(
      `${cls.name} was compiled by another BrainTS version (IR ${attached.version}, this one reads ${IR_VERSION}); rebuild it`,
    );
  const ir = decodeModel(attached);
  const dir = meta.dir.startsWith('file:') ? fileURLToPath(new URL('.', meta.dir)) : meta.dir;
  return { ir, llPath: join(dir, meta.llFile), llHash: meta.llHash, symbol: meta.symbol };
}
