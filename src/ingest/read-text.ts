import type { SourceDoc } from '../model/types.js';
import { joinBlocks, splitTextBlocks } from './blocks.js';
import { contentHash } from './content-hash.js';
import { readHeader } from './header-fields.js';
import { ingestFailure } from './errors.js';
import { takeWarnings, type IngestResult, type ReadContext } from './read-context.js';
import { selectContent } from './select-content.js';
import { splitParts } from './split-parts.js';

export const DEFAULT_PART_SIZE = 1_000_000;

/**
 * Reads a plain-text input as one document, or as parts `id`, `id#2`, ... when it is longer
 * than `partSize` characters. A cable or memo header at the start gives title and date, else a title line and a date line before the content do. Chrome is dropped only at the true start and end of the file;
 * one part is held back so the last one is known to be last.
 */
export async function* readText(ctx: ReadContext, texts: AsyncIterable<string>, partSize = DEFAULT_PART_SIZE): AsyncGenerator<IngestResult> {
  let pending: string | undefined;
  let index = 0;
  let emitted = 0;
  let title: string | null = null;
  let date: string | null = null;
  const emit = (part: string, last: boolean): IngestResult | undefined => {
    // a cable's or memo's header fields give the title and date and are no text to extract from
    const header = index === 0 ? readHeader(part) : null;
    const body = header?.end ? part.slice(header.end) : part;
    const sel = selectContent(splitTextBlocks(body), { start: index === 0, end: last });
    if (index++ === 0) {
      title = header?.title ?? sel.title;
      date = header?.date ?? sel.date;
    }
    const text = joinBlocks(sel.kept);
    if (!text) return undefined;
    const id = emitted++ === 0 ? ctx.id : `${ctx.id}#${emitted}`;
    const doc: SourceDoc = { id, title, date, text, source: ctx.input, url: null };
    return { kind: 'doc', doc, hash: contentHash(text), bytes: Buffer.byteLength(part), ...takeWarnings(ctx) };
  };
  for await (const part of splitParts(texts, partSize)) {
    const item = pending === undefined ? undefined : emit(pending, false);
    if (item) yield item;
    pending = part;
  }
  const item = pending === undefined ? undefined : emit(pending, true);
  if (item) yield item;
  if (emitted === 0) yield ingestFailure(ctx.input, 'E_EMPTY', 'only whitespace');
}
