import type { SourceDoc } from '../model/types.js';
import { contentHash } from './content-hash.js';
import { ingestFailure } from './errors.js';
import { normalizeDate } from './normalize-date.js';
import { takeWarnings, type IngestResult, type ReadContext } from './read-context.js';

export const DEFAULT_MAX_LINE_CHARS = 64 * 1024 * 1024;

/**
 * Reads JSON lines, one document per record `{id, text, date?, title?, url?}` (other fields
 * are ignored). A bad line yields one failure naming `file:line` and the batch goes on.
 * Record text is taken as given (feeds are already clean): no chrome removal.
 */
export async function* readJsonl(ctx: ReadContext, texts: AsyncIterable<string>, maxLineChars = DEFAULT_MAX_LINE_CHARS): AsyncGenerator<IngestResult> {
  let records = 0;
  let failures = 0;
  for await (const { line, lineNo, tooLong } of lines(texts, maxLineChars)) {
    const at = `${ctx.input}:${lineNo}`;
    if (tooLong) {
      failures++;
      yield ingestFailure(at, 'E_TOO_LARGE', `line over ${maxLineChars} characters`);
      continue;
    }
    if (!line.trim()) continue;
    const result = recordToDoc(ctx, line, lineNo);
    if (result.kind === 'doc') records++;
    else failures++;
    yield result;
  }
  if (records === 0 && failures === 0) yield ingestFailure(ctx.input, 'E_EMPTY', 'no records');
}

function recordToDoc(ctx: ReadContext, line: string, lineNo: number): IngestResult {
  const at = `${ctx.input}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return ingestFailure(at, 'E_JSON', err instanceof Error ? err.message : String(err));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return ingestFailure(at, 'E_RECORD', 'not a JSON object');
  const rec = value as Record<string, unknown>;
  const id = typeof rec.id === 'number' && Number.isFinite(rec.id) ? String(rec.id) : rec.id;
  if (typeof id !== 'string' || !id.trim()) return ingestFailure(at, 'E_RECORD', 'missing string "id"');
  if (typeof rec.text !== 'string') return ingestFailure(at, 'E_RECORD', 'missing string "text"');
  const text = rec.text.replace(/\r\n?/g, '\n').trim();
  if (!text) return ingestFailure(at, 'E_EMPTY', `record "${id}" has empty text`);
  const date = typeof rec.date === 'string' ? normalizeDate(rec.date) : null;
  if (typeof rec.date === 'string' && rec.date.trim() && !date) ctx.warnings.push(`${at}: date "${rec.date}" not understood`);
  const doc: SourceDoc = {
    id: id.trim(),
    title: typeof rec.title === 'string' && rec.title.trim() ? rec.title.trim() : null,
    date,
    text,
    source: `${ctx.input}#${lineNo}`,
    url: typeof rec.url === 'string' && rec.url.trim() ? rec.url.trim() : null,
  };
  return { kind: 'doc', doc, hash: contentHash(text), bytes: Buffer.byteLength(line), ...takeWarnings(ctx) };
}

interface Line {
  readonly line: string;
  readonly lineNo: number;
  readonly tooLong: boolean;
}

/** Lines of a text stream with 1-based numbers; an over-long line is reported, not held. */
async function* lines(texts: AsyncIterable<string>, maxChars: number): AsyncGenerator<Line> {
  let buffer = '';
  let lineNo = 1;
  let dropping = false;
  for await (const chunk of texts) {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      if (!dropping) yield nl > maxChars ? { line: '', lineNo, tooLong: true } : { line: buffer.slice(0, nl), lineNo, tooLong: false };
      buffer = buffer.slice(nl + 1);
      lineNo++;
      dropping = false;
    }
    if (buffer.length > maxChars && !dropping) {
      yield { line: '', lineNo, tooLong: true };
      dropping = true;
    }
    if (dropping) buffer = '';
  }
  if (buffer && !dropping) yield { line: buffer, lineNo, tooLong: buffer.length > maxChars };
}
