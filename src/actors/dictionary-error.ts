/** A problem in a dictionary file, naming the file and line. */
export class ActorDictionaryError extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`[${code}] ${file}:${line}: ${detail}`);
    this.name = 'ActorDictionaryError';
  }
}

/** The catalogue of dictionary error codes. */
export const DICT_ERRORS = {
  notJson: 'ACT001',
  badKind: 'ACT002',
  missingField: 'ACT003',
  badValue: 'ACT004',
  unreadable: 'ACT005',
} as const;
