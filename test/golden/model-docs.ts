// The reference pages of the built-in models (docs/models/<Model>.md and docs/models/README.md),
// generated from the models themselves so that they cannot drift: the fields, defaults and
// derivative methods from the IR the transformer attached to each class, the units, comments and
// code from the TypeScript the IR's spans point at (test/golden/model-source.ts). Written by
// `npm run golden` (test/golden/refresh.ts); test/model-docs.test.ts fails when the checked-in
// pages differ from these.
import { join } from 'node:path';
import * as models from '../../models/index';
import { loadModel } from '../../runtime/model';
import { codeOf, deliversSpikes } from '../../ir/types';
import type { FieldDecl, IntegrationMethod, ModelIR, UpdateFn } from '../../ir/types';
import { odeMaths } from '../../ir/print-math';
import { ModelSources } from './model-source';

export const MODEL_DOCS_DIR = (root: string): string => join(root, 'docs', 'models');

const METHODS: Record<IntegrationMethod, string> = {
  euler: 'forward Euler',
  rk2: "Heun's method (second-order Runge-Kutta)",
  rk4: 'classical fourth-order Runge-Kutta',
  exp_euler: 'exponential Euler (exact for an equation linear in its variable, the others held over the step)',
  euler_maruyama: 'Euler-Maruyama',
};

const ROLES: Record<FieldDecl['role'], string> = {
  param: '`@param`',
  state: '`@state`',
  current: '`@current`',
  target: '`@target`',
  pre: 'presynaptic',
  post: 'postsynaptic',
};

/** When each function of a model runs in a step (the driver's order: docs/architecture.md, section 4; docs/semantics.md). */
const WHEN = {
  neuronUpdate:
    'Runs for each neuron at every step, after the inputs and the synapses’ `update`/`everyStep` of that step have added into its currents; the `@current` fields are cleared after it.',
  onPre:
    'Runs for each synapse when a presynaptic spike reaches it (its delay after the spike), after the neurons’ update of that step. What it adds into a `@current` of the target is used by the target’s update in the next step; what it adds into a state (such as `V`) is there when the next step starts, whether or not the target is refractory.',
  onPost: 'Runs for each synapse onto a neuron that spiked in this step, after the step’s `onPre` deliveries.',
  perTargetUpdate:
    'Runs for each postsynaptic neuron at every step, before the neurons’ update: what it adds into the target’s currents is used in the same step.',
  everyStep:
    'Runs for every synapse at every step, after the per-target `update` and before the neurons’ update: what it adds into the target’s currents is used in the same step.',
};

export interface ModelPage {
  name: string;
  kind: ModelIR['kind'];
  /** The first sentence of the class's doc comment, for the index. */
  summary: string;
  text: string;
}

/** The built-in model classes (exported by models/index.ts and compiled: abstract bases are not), in export order. */
export function builtInModels(): { name: string; ir: ModelIR }[] {
  return Object.entries(models)
    .filter(([, v]) => typeof v === 'function' && Object.prototype.hasOwnProperty.call(v, '__braints'))
    .map(([name, cls]) => ({ name, ir: loadModel(cls as abstract new () => unknown).ir }));
}

/** What the helpers of braints' own base classes do, for the pages of the models whose code calls them. */
const CORE_HELPERS: Record<string, string> = {
  spikeOnUpwardCrossing:
    '`spikeOnUpwardCrossing(before, after, threshold)` comes from `CrossingNeuronGroup` ([runtime/crossing.ts](../../runtime/crossing.ts)): ' +
    'the neuron spikes when the value rises above the threshold, once per crossing, as Brian2 with `threshold` and `refractory` both `V > V_th`; ' +
    'its `armed` field is 0 from a spike until a step begins at or below the threshold ' +
    '([docs/semantics.md](../semantics.md#refractoriness-as-a-condition-crossingneurongroup)).',
};

const cell = (s: string): string => s.replace(/\|/g, '\\|');
const fence = (lang: string, text: string): string => `\`\`\`${lang}\n${text}\n\`\`\``;
/** A link from docs/models/ to a source line. */
const sourceLink = (file: string, line: number): string => `[${file}:${line}](../../${file}#L${line})`;

export function modelPage(name: string, ir: ModelIR, sources: ModelSources): ModelPage {
  const { doc, base } = sources.classInfo(ir.span);
  const own = ir.fields.filter((f) => f.role !== 'pre' && f.role !== 'post');
  const connected = ir.fields.filter((f) => f.role === 'pre' || f.role === 'post');
  const fieldNames = new Set(ir.fields.map((f) => f.name));
  const out: string[] = [
    `<!-- Generated from ${ir.span.file} by \`npm run golden\` (test/golden/model-docs.ts): edit the model, not this page. -->`,
    '',
    `# ${name}`,
    '',
    `${ir.kind === 'neuron' ? 'Neuron' : 'Synapse'} model, \`import { ${name} } from 'braints/models'\`, declared at ${sourceLink(ir.span.file, ir.span.line)}${base && base !== 'NeuronGroup' && !base.startsWith('Synapse') ? ` (extends \`${base}\`)` : ''}.`,
  ];
  if (doc) out.push('', prose(doc));
  const notes = sources.fileNotes(ir.span.file);
  if (notes) out.push('', `From the head of ${sourceLink(ir.span.file, 1)}:`, '', prose(notes));

  out.push('', '## Fields', '', '| Field | Kind | Default | Unit | Description |', '|---|---|---|---|---|');
  for (const f of own) {
    const { unit, description } = sources.fieldComment(f.span);
    out.push(`| \`${f.name}\` | ${ROLES[f.role]} | ${f.init} | ${cell(unit)} | ${cell(description)} |`);
  }
  out.push(
    '',
    'Units: `1` is dimensionless; `[X]` is the unit of the field `X` (`[post.I]`: whatever the target model’s `I` is in). ' +
      'A `@param` is one value for the group unless given per neuron or synapse at construction; a `@state` starts at its default unless given; ' +
      (ir.kind === 'neuron' ? 'a `@current` is cleared after every step.' : 'a `@target` field is held once per postsynaptic neuron, summed over the synapses onto it.'),
  );

  if (connected.length > 0) {
    const written = new Set(codeOf(ir).flatMap((fn) => fn.writes.map((w) => w.field)));
    out.push('', '## Variables of the connected neurons', '', '| Variable | Neuron | Use |', '|---|---|---|');
    for (const f of connected) out.push(`| \`${f.name}\` | ${ROLES[f.role]} | ${written.has(f.name) ? 'written' : 'read'} |`);
    out.push('', 'The neuron models of a projection must have these fields; their units are those of the neuron model.');
  }

  if (ir.odes.length > 0) {
    out.push('', '## Equations');
    for (const ode of ir.odes) {
      const { definitions, equations } = odeMaths(ode, fieldNames);
      const { text, owner } = sources.methodText(ode.span);
      out.push(
        '',
        `\`${ode.name}\` (${sourceLink(ode.span.file, ode.span.line)}${owner && owner !== name ? `, from \`${owner}\`` : ''}), integrated with ${METHODS[ode.method]} (\`${ode.method}\`) wherever the code calls \`step(this.${ode.name}, ...)\`:`,
        '',
        fence('', [...definitions, ...equations].join('\n')),
        '',
        fence('ts', text),
      );
    }
  }

  if (ir.odes.length === 0) out.push('', '## Equations', '', 'None: it has no `@ode` method, and its code (below) computes each step itself.');

  out.push('', '## Code');
  const functions: [string, UpdateFn | null, string][] =
    ir.kind === 'neuron'
      ? [['update(t, dt)', ir.update, WHEN.neuronUpdate]]
      : [
          ['onPre(t, dt)', deliversSpikes(ir) ? ir.onPre : null, WHEN.onPre],
          ['onPost(t, dt)', ir.onPost, WHEN.onPost],
          ['update(t, dt)', ir.update, WHEN.perTargetUpdate],
          ['everyStep(t, dt)', ir.everyStep, WHEN.everyStep],
        ];
  for (const [title, fn, when] of functions) {
    if (!fn) continue;
    const { text, owner } = sources.methodText(fn.span);
    out.push('', `### ${title}`, '', `${when} Declared at ${sourceLink(fn.span.file, fn.span.line)}${owner && owner !== name ? ` (in \`${owner}\`)` : ''}.`, '', fence('ts', text));
    for (const [helper, meaning] of Object.entries(CORE_HELPERS)) if (text.includes(`this.${helper}(`)) out.push('', meaning);
    if (fn.usesRandom) out.push('', 'Its random draws come from the counter-based generator: reproducible per seed, step and neuron or synapse, whatever the number of threads.');
  }
  if (ir.kind === 'synapse' && !deliversSpikes(ir)) {
    out.push('', 'It has no `onPre`: spikes are not delivered through it.');
  }
  out.push('', 'See [docs/semantics.md](../semantics.md) for the order of a step and what that means for models.', '');
  return { name, kind: ir.kind, summary: firstSentence(doc), text: out.join('\n') };
}

/**
 * A comment as Markdown: its lines indented by two spaces or more (the equations the models'
 * comments lay out) as code blocks, the other lines as paragraphs.
 */
function prose(comment: string): string {
  const blocks: string[] = [];
  let para: string[] = [];
  let code: string[] = [];
  const flush = () => {
    if (para.length) blocks.push(para.join(' '));
    if (code.length) blocks.push(fence('', code.join('\n')));
    para = [];
    code = [];
  };
  for (const line of comment.split('\n')) {
    const indented = /^ {2,}\S/.test(line);
    if (!line.trim() || (indented ? para.length > 0 : code.length > 0)) flush();
    if (!line.trim()) continue;
    if (indented) code.push(line.replace(/^ {2}/, ''));
    else para.push(line.trim());
  }
  flush();
  return blocks.join('\n\n');
}

/** The doc comment's first sentence: up to the first `.` or `:` outside parentheses that ends a word. */
function firstSentence(doc: string): string {
  const flat = doc.replace(/\s+/g, ' ').trim();
  let depth = 0;
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && (c === '.' || c === ':') && (i + 1 === flat.length || flat[i + 1] === ' ')) return `${flat.slice(0, i)}.`;
  }
  return flat;
}

/** The index page: every built-in model with its summary, neurons first. */
export function indexPage(pages: ModelPage[]): string {
  const table = (kind: ModelIR['kind']) => [
    '| Model | Summary |',
    '|---|---|',
    ...pages.filter((p) => p.kind === kind).map((p) => `| [${p.name}](${p.name}.md) | ${cell(p.summary)} |`),
  ];
  return [
    '<!-- Generated from models/*.ts by `npm run golden` (test/golden/model-docs.ts): edit the models, not this page. -->',
    '',
    '# Built-in models',
    '',
    "Each page lists a model's fields with their defaults and units, its equations as the compiler reads them, the integration method and the code of each step, all generated from `models/*.ts` (`import { ... } from 'braints/models'`). The order of a step and the rules that follow from it are in [docs/semantics.md](../semantics.md).",
    '',
    '## Neuron models',
    '',
    ...table('neuron'),
    '',
    '## Synapse models',
    '',
    ...table('synapse'),
    '',
  ].join('\n');
}

/** Every page, by file name under docs/models/. */
export function modelDocs(root: string): Map<string, string> {
  const sources = new ModelSources(root);
  const pages = builtInModels().map(({ name, ir }) => modelPage(name, ir, sources));
  const files = new Map<string, string>(pages.map((p) => [`${p.name}.md`, p.text]));
  files.set('README.md', indexPage(pages));
  return files;
}

