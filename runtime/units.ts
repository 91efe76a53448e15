// Units of a model's fields. The convention: a field's declaration ends in a comment that starts
// with its unit, optionally followed by a comma or a parenthesis and a description:
//
//   @state V = -65; // mV
//   @param t_ref = 2; // ms, absolute refractory period
//   @param g_Na = 120; // mS/cm2
//   @param a = 0.02; // 1/ms (per mV of v), sensitivity of u to v
//
// The IR keeps the text of every line its spans point at (ModelIR.sourceLines), a field's span
// included, so the unit is read from there: plots label their axes with it, and generated
// documentation can list it. A comment that starts with words rather than a unit
// ("// slow recovery variable") declares no unit.
import type { ModelIR } from '../ir/types';

// SI prefixes (u for micro, as the models write it) and the base symbols neuroscience models use.
const PREFIX = '(?:[pnuµmcdkMG])?';
const SYMBOL = '(?:V|A|S|F|Ohm|Ω|s|Hz|M|mol|m|g|l|L|W|J|C)';
// One factor: a prefixed symbol with an optional integer power (cm2, cm^2, s^-1), or a bare 1 (1/ms).
const FACTOR = `(?:${PREFIX}${SYMBOL}(?:\\^?-?\\d+)?|1)`;
const UNIT = new RegExp(`^${FACTOR}(?:[/*·.]${FACTOR})*$`);

/**
 * The unit a declaration's trailing comment gives (`@state V = -65; // mV` gives 'mV'), or
 * undefined where it has none. `// per ms` reads as 1/ms.
 */
export function unitFromComment(line: string): string | undefined {
  const comment = /\/\/(.*)$/.exec(line);
  if (!comment) return undefined;
  // the unit is what comes before a description: "ms, time of the last spike", "pF (1 uF/cm^2 ...)"
  let head = comment[1]
    .trim()
    .split(/,|\s\(/)[0]
    .trim();
  const per = /^per\s+(\S+)$/.exec(head);
  if (per) head = `1/${per[1]}`;
  return UNIT.test(head) ? head : undefined;
}

/** The declared unit of a model's field (from its declaration line's trailing comment), or undefined. */
export function fieldUnit(ir: ModelIR, field: string): string | undefined {
  const decl = ir.fields.find((f) => f.name === field);
  if (!decl) return undefined;
  const line = ir.sourceLines[`${decl.span.file}:${decl.span.line}`];
  return line === undefined ? undefined : unitFromComment(line);
}

/** An axis title: the quantity, with its unit in parentheses where there is one ("V (mV)"). */
export function withUnit(quantity: string, unit: string | undefined): string {
  // `1` declares a dimensionless quantity (docs/models): nothing to write beside it
  return unit && unit !== '1' ? `${quantity} (${unit})` : quantity;
}
