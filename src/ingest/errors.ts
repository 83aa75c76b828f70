import type { IngestFailure } from './types.js';

/**
 * Every way an input can fail to become a document. Codes are stable (tools match on them);
 * the summary is the first half of the message, the detail names what exactly was wrong.
 */
export const INGEST_ERRORS = {
  E_NOT_FOUND: 'no such file or directory',
  E_UNREADABLE: 'cannot be read',
  E_BINARY: 'binary data, not text',
  E_EMPTY: 'empty input',
  E_ENCODING: 'not text in any supported encoding',
  E_JSON: 'malformed JSON',
  E_RECORD: 'invalid record',
  E_NO_CONTENT: 'no text content',
  E_TOO_LARGE: 'too large',
} as const;

export type IngestErrorCode = keyof typeof INGEST_ERRORS;

/** Builds the one failure an input reports: `<input>: <summary> (<detail>)`. */
export function ingestFailure(input: string, code: IngestErrorCode, detail?: string): IngestFailure {
  const summary = INGEST_ERRORS[code];
  const message = detail ? `${input}: ${summary} (${detail})` : `${input}: ${summary}`;
  return { kind: 'error', input, code, message };
}

/** Maps a Node file-system error to a failure for that input. */
export function failureFromFsError(input: string, err: unknown): IngestFailure {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return ingestFailure(input, 'E_NOT_FOUND');
  if (code === 'EACCES' || code === 'EPERM') return ingestFailure(input, 'E_UNREADABLE', 'permission denied');
  if (code === 'EISDIR') return ingestFailure(input, 'E_UNREADABLE', 'is a directory');
  if (code === 'ELOOP') return ingestFailure(input, 'E_UNREADABLE', 'too many symbolic links');
  const reason = err instanceof Error ? err.message : String(err);
  return ingestFailure(input, 'E_UNREADABLE', code ? `${code}: ${reason}` : reason);
}
