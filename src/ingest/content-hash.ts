import { createHash } from 'node:crypto';

/** sha256 (hex) of a document's cleaned text; the store dedupes documents on it. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
