// Brian2's reference traces and spike times (test/data/brian2_reference, described in
// docs/reference-data.md), read as the CSV files they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures';

export const REFERENCE = join(ROOT, 'test', 'data', 'brian2_reference');

/** The reference's tolerance: every variable within 1e-8 of its unit, over the whole horizon. */
export const TOLERANCE = 1e-8;

/** A reference CSV: its header's column names and its rows of numbers. */
export function csv(name: string): { header: string[]; rows: number[][] } {
  const lines = readFileSync(join(REFERENCE, name), 'utf8').trim().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',').map(Number)) };
}
