/** A model file that does not compile: the message lists the diagnostics. */
export class CompileError extends Error {}
