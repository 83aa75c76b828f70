import type { SourceDoc } from '../model/types.js';
import { joinBlocks, type Block } from './blocks.js';
import { contentHash } from './content-hash.js';
import { ingestFailure } from './errors.js';
import { pageDate, pageTitle } from './html-metadata.js';
import { parseHtml } from './parse-html.js';
import { takeWarnings, type IngestResult, type ReadContext } from './read-context.js';
import { classifyBlock, selectContent } from './select-content.js';

export const DEFAULT_MAX_HTML_BYTES = 32 * 1024 * 1024;

/** Reads an HTML page as one document: main text, title and date from its metadata (else from the lines before the text). */
export async function* readHtml(ctx: ReadContext, texts: AsyncIterable<string>, maxChars = DEFAULT_MAX_HTML_BYTES): AsyncGenerator<IngestResult> {
  let html = '';
  for await (const chunk of texts) {
    html += chunk;
    if (html.length > maxChars) {
      yield ingestFailure(ctx.input, 'E_TOO_LARGE', `HTML page over ${maxChars} characters`);
      return;
    }
  }
  const page = parseHtml(html);
  const sel = selectContent(mainBlocks(page.blocks), { keepAllWithoutContent: true });
  const text = joinBlocks(sel.kept);
  if (!text) {
    yield ingestFailure(ctx.input, 'E_NO_CONTENT', 'the page has no readable text outside scripts, styles and navigation');
    return;
  }
  const doc: SourceDoc = {
    id: ctx.id,
    title: pageTitle(page) ?? sel.title,
    date: pageDate(page) ?? sel.date,
    text,
    source: ctx.input,
    url: page.meta.get('og:url') ?? null,
  };
  yield { kind: 'doc', doc, hash: contentHash(text), bytes: Buffer.byteLength(html), ...takeWarnings(ctx) };
}

/** When the page marks its main content (<article>, <main>) and it holds text, read only that. */
function mainBlocks(blocks: Block[]): Block[] {
  const main = blocks.filter((b) => b.main);
  const hasText = main.some((b) => {
    const c = classifyBlock(b);
    return c === 'good' || c === 'near';
  });
  return hasText ? main : blocks;
}
