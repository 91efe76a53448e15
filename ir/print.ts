// Text form of the IR for debugging (BRAINTS_PRINT_IR=1 prints it after every pass).
// A node used more than once is given a name (%n) and printed once, like an SSA value.
import type { Expr, ModelIR, UpdateFn } from './types';
import { codeOf } from './types';
import { children, forEachNode, walkDag } from './expr';

const OPS: Record<string, string> = {
  add: '+',
  sub: '-',
  mul: '*',
  div: '/',
  rem: '%',
  pow: '**',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
  eq: '==',
  ne: '!=',
  and: '&&',
  or: '||',
};

export function printModel(m: ModelIR): string {
  const roots: Expr[] = [
    ...codeOf(m).flatMap((fn) => [...fn.uniforms.map((u) => u.value), ...fn.writes.map((w) => w.value), ...(fn.spike ? [fn.spike] : [])]),
    ...m.odes.flatMap((o) => o.returns),
  ];
  const uses = new Map<Expr, number>();
  forEachNode(roots, (e) => children(e).forEach((c) => uses.set(c, (uses.get(c) ?? 0) + 1)));
  // what each node prints as: its name, or (used once) its text inline
  const texts = new Map<Expr, string>();
  let named = 0;
  const lines: string[] = [];
  const show = (e: Expr): string => {
    walkDag([e], {
      done: (n) => texts.has(n),
      kids: shown,
      leave: (n) => {
        const text = render(n, (c) => texts.get(c)!);
        if ((uses.get(n) ?? 0) > 1 && children(n).length > 0) {
          const name = `%${named++}`;
          texts.set(n, name);
          lines.push(`  ${name} = ${text}`);
        } else texts.set(n, text);
      },
    });
    return texts.get(e)!;
  };
  const out: string[] = [`model ${m.name} (${m.kind})`];
  for (const f of m.fields) out.push(`  ${f.role} ${f.name} = ${f.init}`);
  for (const o of m.odes) {
    lines.length = 0;
    const rs = o.returns.map(show);
    out.push(`ode ${o.name}(${o.params.join(', ')}) [${o.method}]`, ...lines, `  return [${rs.join(', ')}]`);
  }
  const fns: [string, UpdateFn | null][] =
    m.kind === 'neuron'
      ? [['update', m.update]]
      : [
          ['onPre', m.onPre],
          ['onPost', m.onPost],
          ['update (per target)', m.update],
          ['everyStep', m.everyStep],
        ];
  for (const [title, fn] of fns) if (fn) printFunction(title, fn);
  return out.join('\n');

  function printFunction(title: string, fn: UpdateFn): void {
    out.push(`${title}:`);
    fn.uniforms.forEach((u, i) => {
      lines.length = 0;
      const v = show(u.value);
      out.push(...lines, `  uniform u${i} = ${v}`);
    });
    for (const w of fn.writes) {
      lines.length = 0;
      const v = show(w.value);
      out.push(...lines, `  ${w.field}' = ${v}`);
    }
    if (fn.spike) {
      lines.length = 0;
      const v = show(fn.spike);
      out.push(...lines, `  spike = ${v}`);
    }
  }
}

/** The nodes `render` prints of `e` (a step's draw counter is not printed). */
const shown = (e: Expr): Expr[] => (e.k === 'step' ? e.args : children(e));

function render(e: Expr, show: (e: Expr) => string): string {
  switch (e.k) {
    case 'num':
      return String(e.v);
    case 'bool':
      return String(e.v);
    case 'field':
      return `this.${e.name}`;
    case 'builtin':
      return e.name;
    case 'arg':
      return `$${e.index}`;
    case 'uniform':
      return `u${e.index}`;
    case 'neg':
      return `-(${show(e.a)})`;
    case 'not':
      return `!(${show(e.a)})`;
    case 'bin':
      return `(${show(e.a)} ${OPS[e.op]} ${show(e.b)})`;
    case 'select':
      return `(${show(e.c)} ? ${show(e.a)} : ${show(e.b)})`;
    case 'call':
      return `${e.fn}(${e.args.map(show).join(', ')})`;
    case 'rand':
      return e.args
        ? `${e.dist}#${show(e.counter)}(${e.args.map(show).join(', ')})`
        : `${e.dist === 'normal' ? 'randn' : 'rand'}#${show(e.counter)}`;
    case 'noise':
      return 'xi';
    case 'step':
      return `step(${e.ode}#${e.call}, ${e.args.map(show).join(', ')})[${e.index}]`;
  }
}
