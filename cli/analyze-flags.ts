// The value syntax of `braints analyze`'s flags: NAME=VALUE lists, numbers and LO:HI ranges, each
// mistake a UsageError naming the flag.
import { UsageError } from './usage-error';

/** NAME=VALUE pairs separated by commas, each value through `value`. */
export function assignments<T>(flag: string, text: string | undefined, value: (name: string, v: string) => T): [string, T][] {
  if (text === undefined) return [];
  return text.split(',').map((pair) => {
    const m = /^\s*([A-Za-z_$][\w$]*)\s*=\s*(.+?)\s*$/.exec(pair);
    if (!m) throw new UsageError(`--${flag} ${text}: each item is NAME=VALUE, not ${JSON.stringify(pair)}`);
    return [m[1], value(m[1], m[2])];
  });
}

export function numberOf(flag: string, text: string): number {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v)) throw new UsageError(`--${flag}: ${JSON.stringify(text)} is not a number`);
  return v;
}

/** LO:HI with LO < HI, for item `name` of --flag. */
export function rangeOf(flag: string, name: string, text: string): [number, number] {
  const m = /^(.+):(.+)$/.exec(text);
  const [lo, hi] = m ? [numberOf(flag, m[1]), numberOf(flag, m[2])] : [NaN, NaN];
  if (!(lo < hi)) throw new UsageError(`--${flag} ${name}=${text}: a range is LO:HI with LO < HI`);
  return [lo, hi];
}

/** A comma-separated list of names. */
export const names = (text: string): string[] => text.split(',').map((v) => v.trim());

/** --flag NAME=LO:HI: exactly one name and its range. */
export function oneRange(flag: string, text: string): [string, [number, number]] {
  const items = assignments(flag, text, (name, v) => rangeOf(flag, name, v));
  if (items.length !== 1) throw new UsageError(`--${flag} ${text}: give one NAME=LO:HI`);
  return items[0];
}

/** The values of each of `variables` in NAME=VALUE,... (all of them and nothing else). */
export function pointOf(flag: string, text: string, variables: readonly string[]): number[] {
  const point = new Map(assignments(flag, text, (_, v) => numberOf(flag, v)));
  const absent = variables.filter((v) => !point.has(v));
  if (absent.length || point.size !== variables.length)
    throw new UsageError(
      `--${flag} ${text}: give a value of each of ${variables.join(', ')} and nothing else (${variables.map((v) => `${v}=X`).join(',')})`,
    );
  return variables.map((v) => point.get(v)!);
}
