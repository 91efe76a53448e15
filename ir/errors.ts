// The one error type for problems in a user's model. Lowering and passes throw it; exactly one
// catch (transformer/diagnostics.ts) turns it into a TypeScript diagnostic at the span. Anything
// else thrown is a bug in BrainTS and is left to crash loudly.
import type { Span } from './types';

/** Registered error codes: each says what is wrong and what to write instead. */
export const ERROR_CODES = {
  BTS1001: 'unsupported syntax in model code',
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
  BTS1100: 'edited kernel kept (a warning)',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export class ModelError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly span: Span,
  ) {
    super(`${ERROR_CODES[code]}: ${message}`);
    this.name = 'ModelError';
  }
}
