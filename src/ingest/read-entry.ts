import { openBytes, takeHead, withHead } from './byte-source.js';
import { decodeChunks, detectEncoding } from './decode-bytes.js';
import { failureFromFsError, ingestFailure } from './errors.js';
import { declaredCharset } from './html-metadata.js';
import { docIdFromPath, type IngestResult, type ReadContext } from './read-context.js';
import { DEFAULT_MAX_HTML_BYTES, readHtml } from './read-html.js';
import { DEFAULT_MAX_LINE_CHARS, readJsonl } from './read-jsonl.js';
import { DEFAULT_PART_SIZE, readText } from './read-text.js';
import { sniffFormat, type DocumentFormat } from './sniff-format.js';
import type { InputEntry, ReadOptions } from './types.js';

/** Bytes read before deciding format and encoding. */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads one input and yields its documents (several for a JSONL file or a large text file)
 * and failures. Never throws for bad input: each problem becomes one `IngestFailure` naming
 * the input (or `file:line`) and the reason, and reading goes on where it can.
 */
export async function* readEntry(entry: InputEntry, opts: ReadOptions = {}): AsyncGenerator<IngestResult> {
  const input = entry.path;
  if (entry.format === 'html' && entry.size > (opts.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES)) {
    yield ingestFailure(input, 'E_TOO_LARGE', `HTML page of ${entry.size} bytes`);
    return;
  }
  let bytes: AsyncIterator<Uint8Array> | undefined;
  try {
    bytes = openBytes(entry, opts);
    const head = await takeHead(bytes, HEAD_BYTES);
    if (head.length === 0) {
      yield ingestFailure(input, 'E_EMPTY', entry.path === '-' ? 'nothing on stdin' : 'empty file');
      return;
    }
    const format: DocumentFormat = entry.format === 'stdin' ? sniffFormat(head) : entry.format;
    const detected = detectEncoding(head, format === 'html' ? declaredCharset(head) : undefined);
    if ('code' in detected) {
      yield ingestFailure(input, detected.code, detected.detail);
      return;
    }
    const ctx: ReadContext = { input, id: docIdFromPath(input), warnings: [...detected.warnings] };
    const texts = decodeChunks(withHead(head, bytes), detected, ctx.warnings);
    yield* readFormat(format, ctx, texts, opts);
  } catch (err) {
    yield failureFromFsError(input, err);
  } finally {
    // Closes the file when the consumer stops early; stdin is left open for others.
    if (entry.path !== '-') await bytes?.return?.();
  }
}

function readFormat(format: DocumentFormat, ctx: ReadContext, texts: AsyncIterable<string>, opts: ReadOptions): AsyncGenerator<IngestResult> {
  if (format === 'html') return readHtml(ctx, texts, opts.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES);
  if (format === 'jsonl') return readJsonl(ctx, texts, opts.maxLineChars ?? DEFAULT_MAX_LINE_CHARS);
  return readText(ctx, texts, opts.partSize ?? DEFAULT_PART_SIZE);
}
