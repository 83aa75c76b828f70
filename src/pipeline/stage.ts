import type { Doc } from '../model/types.js';

/** Fields of a Doc a stage reads or writes; used to check stage order when a pipeline is built. */
export type DocField = 'text' | 'date' | 'sentences' | 'tokens' | 'mentions' | 'times' | 'events' | 'issues';

/**
 * One step of the pipeline: a named, versioned function that fills some fields of the Doc.
 * A stage must not reach around another (the event coder reads mentions, not the dictionary).
 */
export interface Stage {
  /** Stable registered name with a version, e.g. `actors.dictionary.v1`. */
  readonly name: string;
  readonly requires: readonly DocField[];
  readonly assigns: readonly DocField[];
  run(doc: Doc): void;
}

export class StageError extends Error {
  constructor(readonly stage: string, readonly doc: string, cause: unknown) {
    super(`[${stage}] ${doc}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StageError';
  }
}
