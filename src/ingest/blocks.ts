import { dateOfLine, isBylineOnly } from './date-line.js';

/**
 * A block of text as the chrome classifier sees it: a paragraph of plain text (between blank
 * lines) or the text of one HTML block element.
 */
export interface Block {
  readonly text: string;
  /** Non-space characters inside links (HTML); 0 for plain text. */
  readonly linkChars: number;
  /** From an HTML page (where a subheading is an h1-h6 element). */
  readonly markup?: boolean;
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
    if (!/\S/.test(body)) continue;
    // a stack of label lines with chrome among them (a bar menu, a call to action ending in "!")
    // or a date or byline line is one block per line, so that a title pasted in with them can be
    // told from the chrome
    const lines = body.includes('\n') ? body.split('\n') : null;
    if (lines && lines.every(isLabelLine) && lines.some(isOwnLine)) for (const line of lines) { if (/\S/.test(line)) blocks.push(textBlock(line)); }
    else blocks.push(textBlock(body));
  }
  return blocks;
}

const LABEL_MAX_CHARS = 100;
const HAS_SENTENCE_END = /[.?;]["'”’)\]]*(?:\s|$)/;
// Items separated by vertical bars ("Home | News | About"): the plain-text form of a link list.
const BAR_SEPARATOR = /\S\s+\|\s+\S/;

/** A line that stands apart from the lines around it: chrome, or a head-of-text date or byline. */
function isOwnLine(line: string): boolean {
  return isChromeLine(line) || isHeadLine(line);
}

/** A date or byline line ("7 May 2021", "By Staff Writer | 7 May 2021"): no title, no content. */
export function isHeadLine(line: string): boolean {
  return dateOfLine(line) !== null || isBylineOnly(line);
}

function isChromeLine(line: string): boolean {
  return BAR_SEPARATOR.test(line) || /!\s*$/.test(line);
}

function isLabelLine(line: string): boolean {
  return line.length <= LABEL_MAX_CHARS && !HAS_SENTENCE_END.test(line);
}

/** A plain-text block; its bar-separated label lines count as link text. */
function textBlock(text: string): Block {
  let linkChars = 0;
  if (text.includes('|')) {
    for (const line of text.split('\n')) if (BAR_SEPARATOR.test(line) && isLabelLine(line)) linkChars += line.replace(/\s/g, '').length;
  }
  return { text, linkChars };
}

/** The document text made of kept blocks: one blank line between blocks. */
export function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
