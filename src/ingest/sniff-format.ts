import { extname } from 'node:path';

export type DocumentFormat = 'text' | 'html' | 'jsonl';

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format a file name announces, or undefined when its extension is not one we know. */
export function formatFromExtension(path: string): DocumentFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * Guesses the format from the first bytes: HTML when it opens with a doctype or <html> tag,
 * JSON lines when the first line is a JSON object, otherwise text (decoding decides later
 * whether it is text at all).
 */
export function sniffFormat(head: Uint8Array): DocumentFormat {
  const start = headText(head).replace(/^\uFEFF/, '').trimStart();
  const lower = start.slice(0, 512).toLowerCase();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/.test(lower)) return 'html';
  if (start.startsWith('{') && firstLineIsObject(start)) return 'jsonl';
  return 'text';
}

function headText(head: Uint8Array): string {
  const b = head.subarray(0, 4096);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b);
  return new TextDecoder('utf-8').decode(b);
}

function firstLineIsObject(text: string): boolean {
  const end = text.indexOf('\n');
  if (end < 0) return false;
  try {
    const value: unknown = JSON.parse(text.slice(0, end));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
