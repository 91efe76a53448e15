// Importing a compiled entry file as `braints run` and `braints analyze` do.

// import() of a CommonJS or ES module; a literal import() would be rewritten to require() in our
// CommonJS output
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** The exports of the module at `url`, a CommonJS module's as its own (import() gives them as `default`). */
export async function importExports(url: string): Promise<Record<string, unknown>> {
  const imported = (await importModule(url)) as Record<string, unknown>;
  const cjs = imported.default as Record<string, unknown> | undefined;
  return cjs && typeof cjs === 'object' && '__esModule' in cjs ? cjs : imported;
}
