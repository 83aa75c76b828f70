import type { ProcessFailure } from '../pipeline/process-inputs.js';

/** One line on stderr per failed input: `dyad: <input>: <reason> [CODE]`. */
export function reportFailure(f: ProcessFailure): void {
  process.stderr.write(`dyad: ${f.input}: ${f.message} [${f.code}]\n`);
}

export function reportWarning(input: string, message: string): void {
  process.stderr.write(`dyad: warning: ${input}: ${message}\n`);
}

/** Collects repeatable options (`--dict a --dict b`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
