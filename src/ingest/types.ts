import type { SourceDoc } from '../model/types.js';
import type { IngestErrorCode } from './errors.js';

/** How an input is read. `stdin` is the input `-`; its real format is sniffed from the bytes. */
export type InputFormat = 'text' | 'html' | 'jsonl' | 'stdin';

/** One readable input found by `expandInputs`. `path` is `-` for stdin. */
export interface InputEntry {
  readonly path: string;
  /** Size in bytes (0 for stdin). */
  readonly size: number;
  readonly format: InputFormat;
}

/** A document read from an input. */
export interface IngestItem {
  readonly kind: 'doc';
  readonly doc: SourceDoc;
  /** sha256 hex of `doc.text` (see `contentHash`); the store dedupes on it. */
  readonly hash: string;
  /** Bytes of input this document was read from (approximate for parts and records). */
  readonly bytes: number;
  /** Things the reader had to guess or repair (encoding fallback, unparseable date...). */
  readonly warnings?: string[];
}

/** An input (or a part of one, such as a JSONL line) that could not be read. */
export interface IngestFailure {
  readonly kind: 'error';
  /** The input named as the user gave it; `file:line` for a JSONL line. */
  readonly input: string;
  readonly code: IngestErrorCode;
  /** One line naming the input and the reason. */
  readonly message: string;
}

export interface ReadOptions {
  /** Largest part of a plain-text file, in characters; bigger files are split (default 1,000,000). */
  readonly partSize?: number;
  /** The byte stream read for `-` (default `process.stdin`). */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** HTML pages are parsed whole; larger ones fail with E_TOO_LARGE (default 32 MiB). */
  readonly maxHtmlBytes?: number;
  /** Longest JSONL line in characters; longer ones fail with E_TOO_LARGE (default 64 MiB). */
  readonly maxLineChars?: number;
}
