// Options a model file declares for `braints run`: `export const options = { scale: 0.1 }` lets
// `braints run FILE.ts --scale 0.5` pass { scale: 0.5 } to the file's default function (with
// duration, dt and seed). The command's own flags are known before the file is compiled; a
// file's options only once it is imported, so they are split off first and checked then.

/** The flags of argv that are not the command's own (`--name VALUE` or `--name=VALUE`), and the rest. */
export function splitModelFlags(
  argv: readonly string[],
  ownFlags: Record<string, { type: 'string' | 'boolean' }>,
): { own: string[]; model: Map<string, string> } {
  const own: string[] = [],
    model = new Map<string, string>();
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!m || m[1] in ownFlags) {
      own.push(arg);
      // the value of one of the command's string flags stays with it
      if (m && m[2] === undefined && ownFlags[m[1]].type === 'string' && k + 1 < argv.length) own.push(argv[++k]);
      continue;
    }
    const value = m[2] ?? argv[++k];
    if (value === undefined) throw new Error(`--${m[1]} needs a value`);
    model.set(m[1], value);
  }
  return { own, model };
}

/**
 * The values of a file's options: its declared defaults (`exports.options`, numbers), each
 * replaced by the flag of the same name. Throws, naming the flag, at an option the file does not
 * declare or a value that is not a number.
 */
export function modelOptionValues(file: string, declared: unknown, given: ReadonlyMap<string, string>): Record<string, number> {
  const defaults: Record<string, number> = {};
  if (declared !== undefined) {
    if (typeof declared !== 'object' || declared === null) throw new Error(`${file} exports options that are not an object of numbers`);
    for (const [name, v] of Object.entries(declared))
      if (typeof v !== 'number') throw new Error(`${file} exports options.${name} = ${JSON.stringify(v)}, which is not a number`);
    Object.assign(defaults, declared);
  }
  const names = Object.keys(defaults);
  for (const [name, text] of given) {
    if (!(name in defaults))
      throw new Error(
        `--${name}: ${file} has no option ${name}; ${names.length ? `its options are ${names.map((n) => `--${n}`).join(', ')}` : 'it exports no options'} (besides the command's own flags)`,
      );
    const v = Number(text);
    if (text.trim() === '' || !Number.isFinite(v)) throw new Error(`--${name} ${text}: ${file}'s option ${name} is a number`);
    defaults[name] = v;
  }
  return defaults;
}
