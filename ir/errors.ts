// The one error type for problems in a user's model, and the registry of their codes. Lowering and
// passes throw ModelError; exactly one place (transformer/diagnostics.ts) turns it, or a warning,
// into a TypeScript diagnostic at its span. Anything else thrown is a bug in BrainTS and is left
// to crash loudly.
import type { Span } from './types';

/**
 * Every code BrainTS reports, each with one line saying what is wrong; the message of a diagnostic
 * is that line, then what this occurrence is and what to write instead. One code, one kind of
 * mistake: a user (or a search) can tell two errors apart by their codes alone.
 */
export const ERROR_CODES = {
  BTS1001: 'unsupported statement',
  BTS1002: 'unsupported expression',
  BTS1003: 'unknown name',
  BTS1004: 'field is not a model field',
  BTS1005: 'parameters are read-only in model code',
  BTS1006: 'field declaration needs a constant number initializer',
  BTS1007: 'unsupported call',
  BTS1008: 'wrong number of arguments',
  BTS1009: 'type mismatch',
  BTS1010: 'loop must have a constant trip count',
  BTS1011: 'unsupported math function',
  BTS1012: 'step() needs an @ode method of this class',
  BTS1013: 'tuple shape mismatch',
  BTS1014: 'exponential Euler needs an equation linear in its variable',
  BTS1015: 'noise() needs the euler_maruyama method and must enter linearly',
  BTS1016: 'recursion is not supported in model code',
  BTS1017: 'a model class needs an update(t, dt) method',
  BTS1018: 'invalid @ode options',
  BTS1019: 'locals must be declared with const or let and initialized',
  BTS1020: 'assignment target not supported',
  BTS1021: 'not supported in GPU kernels',
  BTS1022: 'an inherited model class has no TypeScript source',
  BTS1023: 'model code too large once loops are unrolled and helpers inlined',
  BTS1024: 'a model class needs a name',
  BTS1025: 'a field has more than one field decorator',
  BTS1026: '@target is for synapse models',
  BTS1027: '@current is for neuron models',
  BTS1028: 'functions called from an @ode method must return a value',
  BTS1029: 'object destructuring is not supported',
  BTS1030: 'rest elements and defaults are not supported in tuple destructuring',
  BTS1031: 'return inside a loop is not supported',
  BTS1032: 'model functions cannot be async',
  BTS1033: 'model functions cannot be generators',
  BTS1034: 'a function must return a value on every path or on none',
  BTS1035: 'random draws are not allowed in an @ode method',
  BTS1036: 'noise() belongs in an @ode method',
  BTS1037: 'step() belongs in update(), not in an @ode method',
  BTS1038: 'an @ode method cannot assign fields',
  BTS1039: "a synapse's update(t, dt) cannot use per-synapse state",
  BTS1100: 'an edited kernel is kept',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** The registered codes that are warnings: the compile goes on. Every other code is an error. */
export const WARNING_CODES = ['BTS1100'] as const satisfies readonly ErrorCode[];
export type WarningCode = (typeof WARNING_CODES)[number];
export const isWarning = (code: ErrorCode): boolean => (WARNING_CODES as readonly ErrorCode[]).includes(code);

/** The message of a diagnostic: the code's registered line, then what this occurrence is. */
export const diagnosticMessage = (code: ErrorCode, detail: string): string => `${ERROR_CODES[code]}: ${detail}`;

export class ModelError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly span: Span,
  ) {
    super(diagnosticMessage(code, message));
    this.name = 'ModelError';
  }
}
