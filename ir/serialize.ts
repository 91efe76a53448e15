// The IR as JSON, for what the transformer attaches to a compiled class (`__braints.ir`) and for
// the compile manifest. Expressions are a DAG: after an unrolled loop with a branch in it, each
// iteration's values refer to the previous iteration's several times, so writing them out as
// nested JSON would repeat shared subtrees and grow exponentially with the trip count. Here every
// distinct node is written once, in a table, children before parents, and referred to by its
// index; spans, which most nodes share with their neighbours, are a table of their own.
import type { Expr, ModelBase, ModelIR, OdeFn, Span, UpdateFn } from './types';
import { children, walkDag, withChildren } from './expr';

/** A node of the table: its own properties, its span's index `s`, its children's indices `x`. */
type NodeRecord = Record<string, unknown> & { k: Expr['k']; s: number; x?: number[] };

type Ref = number;

interface SerializedFn {
  writes: { field: string; value: Ref; span: Span }[];
  spike: Ref | null;
  uniforms: { name: string; value: Ref }[];
  usesRandom: boolean;
  span: Span;
}

/** The serialized model: ModelIR with every expression replaced by an index into `nodes`. */
export type SerializedModel = Omit<ModelBase, 'odes'> & {
  spans: [file: number, line: number, col: number][];
  files: string[];
  nodes: NodeRecord[];
  odes: (Omit<OdeFn, 'returns'> & { returns: Ref[] })[];
} & (
    | { kind: 'neuron'; update: SerializedFn }
    | {
        kind: 'synapse';
        onPre: SerializedFn | null;
        onPost: SerializedFn | null;
        update: SerializedFn | null;
        everyStep: SerializedFn | null;
      }
  );

/** The properties of a node that hold its children (see `children` in expr.ts); all others are its own. */
const CHILD_KEYS = new Set(['a', 'b', 'c', 'args', 'counter']);

/** The model with its expressions as a node table (JSON-ready). */
export function encodeModel(m: ModelIR): SerializedModel {
  const index = new Map<Expr, number>();
  const nodes: NodeRecord[] = [];
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const spans: [number, number, number][] = [];
  const spanIndex = new Map<string, number>();
  const spanRef = (s: Span): number => {
    const key = `${s.file}\0${s.line}\0${s.col}`;
    let i = spanIndex.get(key);
    if (i === undefined) {
      let f = fileIndex.get(s.file);
      if (f === undefined) {
        f = files.push(s.file) - 1;
        fileIndex.set(s.file, f);
      }
      i = spans.push([f, s.line, s.col]) - 1;
      spanIndex.set(key, i);
    }
    return i;
  };
  const ref = (e: Expr): Ref => {
    walkDag([e], {
      done: (n) => index.has(n),
      leave: (n) => {
        const rec: NodeRecord = { k: n.k, s: spanRef(n.span) };
        for (const [key, v] of Object.entries(n)) if (key !== 'k' && key !== 'span' && !CHILD_KEYS.has(key)) rec[key] = v;
        const kids = children(n);
        if (kids.length) rec.x = kids.map((c) => index.get(c)!);
        index.set(n, nodes.push(rec) - 1);
      },
    });
    return index.get(e)!;
  };
  const fn = (f: UpdateFn | null): SerializedFn | null =>
    f && {
      writes: f.writes.map((w) => ({ field: w.field, value: ref(w.value), span: w.span })),
      spike: f.spike && ref(f.spike),
      uniforms: f.uniforms.map((u) => ({ name: u.name, value: ref(u.value) })),
      usesRandom: f.usesRandom,
      span: f.span,
    };
  const { version, name, span, sourceLines, fields } = m;
  // the node table lists what the ODEs use, then each function's nodes, in mapCode's order
  const odes = m.odes.map((o) => ({ ...o, returns: o.returns.map(ref) }));
  const code =
    m.kind === 'neuron'
      ? { kind: m.kind, update: fn(m.update)! }
      : { kind: m.kind, onPre: fn(m.onPre), onPost: fn(m.onPost), update: fn(m.update), everyStep: fn(m.everyStep) };
  return { version, name, span, sourceLines, fields, odes, ...code, files, spans, nodes };
}

/** The model `encodeModel` encoded (the caller has checked its `version`), with its sharing. */
export function decodeModel(s: SerializedModel): ModelIR {
  const spans: Span[] = s.spans.map(([f, line, col]) => ({ file: s.files[f], line, col }));
  const nodes: Expr[] = [];
  for (const { s: span, x, ...own } of s.nodes) {
    // children come before their parents in the table
    const leaf = { ...own, span: spans[span] } as Expr;
    const kids = x?.map((i) => nodes[i]);
    nodes.push(kids ? withChildren(leaf, kids) : leaf);
  }
  const fn = (f: SerializedFn | null): UpdateFn | null =>
    f && {
      writes: f.writes.map((w) => ({ field: w.field, value: nodes[w.value], span: w.span })),
      spike: f.spike === null ? null : nodes[f.spike],
      uniforms: f.uniforms.map((u) => ({ name: u.name, value: nodes[u.value] })),
      usesRandom: f.usesRandom,
      span: f.span,
    };
  const base = {
    version: s.version,
    name: s.name,
    span: s.span,
    sourceLines: s.sourceLines,
    fields: s.fields,
    odes: s.odes.map((o) => ({ ...o, returns: o.returns.map((r) => nodes[r]) })),
  };
  return s.kind === 'neuron'
    ? { ...base, kind: s.kind, update: fn(s.update)! }
    : { ...base, kind: s.kind, onPre: fn(s.onPre), onPost: fn(s.onPost), update: fn(s.update), everyStep: fn(s.everyStep) };
}
