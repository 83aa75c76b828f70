import type { ProcessFailure } from '../pipeline/process-inputs.js';

/** One line on stderr per failed input: `dyad: <input>: <reason> [CODE]`. */
export function reportFailure(f: ProcessFailure): void {
  // Ingest messages already start with the input's name; do not say it twice.
  const message = f.message.startsWith(`${f.input}:`) ? f.message : `${f.input}: ${f.message}`;
  process.stderr.write(`dyad: ${message} [${f.code}]\n`);
}

export function reportWarning(input: string, message: string): void {
  process.stderr.write(`dyad: warning: ${input}: ${message}\n`);
}

/** Collects repeatable options (`--dict a --dict b`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
