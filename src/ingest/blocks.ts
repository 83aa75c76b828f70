/**
 * A block of text as the chrome classifier sees it: a paragraph of plain text (between blank
 * lines) or the text of one HTML block element.
 */
export interface Block {
  readonly text: string;
  /** Non-space characters inside links (HTML); 0 for plain text. */
  readonly linkChars: number;
  /** An HTML heading (h1-h6): never content by itself, but a title candidate. */
  readonly heading?: boolean;
  /** Inside <article>, <main> or an element marked as the main content (HTML). */
  readonly main?: boolean;
  /** Shares its container with a form control: part of a widget, never content (HTML). */
  readonly widget?: boolean;
}

const BLANK_LINES = /\n[^\S\n]*(?:\n[^\S\n]*)+/;
const TRAILING_SPACE = /[^\S\n]+$/gm;

/** Splits plain text into blocks at blank lines; lines inside a block keep their breaks. */
export function splitTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(BLANK_LINES)) {
    const body = raw.replace(TRAILING_SPACE, '').replace(/^\n+|\n+$/g, '');
    if (/\S/.test(body)) blocks.push({ text: body, linkChars: 0 });
  }
  return blocks;
}

/** The document text made of kept blocks: one blank line between blocks. */
export function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
