import { existsSync } from 'node:fs';
import { defaultDbPath, openStore, type Store } from '../store/index.js';
import { CliError, EXIT } from './exit-codes.js';

/** Opens an existing database read-only for a query command; a missing file is an error, not a new empty db. */
export function openForQuery(db: string | undefined): Store {
  const path = db ?? defaultDbPath();
  if (!existsSync(path)) throw new CliError(`${path}: no such database (run \`dyad ingest PATH --db ${path}\` first)`, EXIT.FATAL);
  try {
    return openStore(path, { readonly: true });
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.FATAL);
  }
}

/** Parses a whole-number option, naming it on error. */
export function intOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`${name}: expected a whole number from ${min} to ${max}, got "${value}"`, EXIT.USAGE);
  return n;
}

export function formatOption(value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new CliError(`--format: expected ${allowed.join(', ')}; got "${value}"`, EXIT.USAGE);
  return value;
}
