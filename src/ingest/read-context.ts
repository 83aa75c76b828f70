import { basename, extname } from 'node:path';
import type { IngestFailure, IngestItem } from './types.js';

/** What a format reader knows about the input it reads. */
export interface ReadContext {
  /** The input as the user named it (`-` for stdin). */
  readonly input: string;
  /** Document id for a file: its name without the extension (`stdin` for `-`). */
  readonly id: string;
  /** Warnings not yet attached to a document (encoding guesses, repairs). */
  readonly warnings: string[];
}

export type IngestResult = IngestItem | IngestFailure;

/** `dir/azerbaijan-russia-relations.txt` -> `azerbaijan-russia-relations`. */
export function docIdFromPath(path: string): string {
  if (path === '-') return 'stdin';
  const name = basename(path);
  const ext = extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

/** Moves pending warnings onto the next document (none -> the field is left out). */
export function takeWarnings(ctx: ReadContext): { warnings?: string[] } {
  return ctx.warnings.length > 0 ? { warnings: ctx.warnings.splice(0) } : {};
}
