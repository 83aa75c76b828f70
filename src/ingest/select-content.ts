import { isHeadLine, type Block } from './blocks.js';
import { dateOfLine } from './date-line.js';

/**
 * Page-chrome removal by block shape, after jusText/boilerpipe: no phrase lists, only the
 * length of a block, whether it reads as sentences, and how much of it is link text.
 *
 * - good: at least GOOD_CHARS characters with a sentence end, few links;
 * - near: a shorter block that ends with a full stop, at least NEAR_WORDS words;
 * - bad: mostly link text (menus, share bars, related-article lists), or text beside a form
 *   control (cookie notices, sign-up boxes);
 * - short: the rest (headings, buttons, slogans, "Join the mailing list").
 *
 * Content is the run from the first to the last good block. Near blocks next to content
 * (short blocks in between do not break the chain) join it; short blocks between content
 * blocks stay as subheadings; a heading a few blocks before the content, or else a short block
 * just before it, is the title and is kept. Everything else outside the run, and every bad
 * block, is chrome.
 */
export type BlockClass = 'good' | 'near' | 'short' | 'bad';

export const GOOD_CHARS = 150;
export const NEAR_WORDS = 5;
export const MAX_LINK_DENSITY = 0.25;
const TITLE_MAX_CHARS = 200;
/** How many blocks (byline, share bar...) may stand between a heading and the content. */
const TITLE_LOOKBACK = 4;
const SENTENCE_END = /[.?]["'”’)\]]*(?:\s|$)/;
// Only a full stop: questions and exclamations at a page's edges are usually calls to action.
const ENDS_AS_SENTENCE = /\.["'”’)\]]*$/;

export interface SelectOptions {
  /** Drop chrome before the content (false for a middle or last part of a split file). */
  readonly start?: boolean;
  /** Drop chrome after the content (false for a first or middle part). */
  readonly end?: boolean;
  /** With no content block at all, keep every non-bad block (plain text) or nothing (false). */
  readonly keepAllWithoutContent?: boolean;
}

export interface ContentSelection {
  readonly kept: Block[];
  /** The title block's text, when one stands just before the content. */
  readonly title: string | null;
  /** Whether a content block was found (else `kept` is the fallback). */
  readonly hasContent: boolean;
  /** The date a date or byline line just before the content states (ISO prefix), else null. */
  readonly date: string | null;
}

// The labels pages print over or under an advertisement: pasted into plain text they stand alone
// between paragraphs, where nothing else tells them from a one-word subheading.
const AD_LABEL = /^(?:advertisements?|sponsored(?: content)?|promoted|ad|story continues below(?: this)? advertisement|continue reading below)$/i;

// Share and follow bars whose links lost their markup ("Share this article: Facebook Twitter WhatsApp").
const SHARE_BAR = /^(?:share(?: this(?: article| story| page| post)?| on| via)?|follow us(?: on)?)\s*:?(?:[\s,|·•]*(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|mail|print|reddit|messenger|copy link|bluesky|threads|instagram|youtube))*[\s,|·•]*$/i;

export function classifyBlock(block: Block): BlockClass {
  const text = block.text;
  if (block.widget || !/\S/.test(text) || AD_LABEL.test(text.trim()) || SHARE_BAR.test(text.trim())) return 'bad';
  if (block.linkChars > 0 && block.linkChars / nonSpaceLength(text) > MAX_LINK_DENSITY) return 'bad';
  if (block.heading) return 'short';
  if (text.length >= GOOD_CHARS && SENTENCE_END.test(text)) return 'good';
  if (ENDS_AS_SENTENCE.test(text.trimEnd()) && wordCount(text) >= NEAR_WORDS) return 'near';
  return 'short';
}

export function selectContent(blocks: readonly Block[], opts: SelectOptions = {}): ContentSelection {
  const { start = true, end = true, keepAllWithoutContent = true } = opts;
  const classes = blocks.map(classifyBlock);
  // A text of short paragraphs only (wire copy) has no good block: its sentence-like blocks anchor instead.
  if (!classes.includes('good')) classes.forEach((c, i) => c === 'near' && (classes[i] = 'good'));
  if (!classes.includes('good')) {
    const kept = keepAllWithoutContent ? blocks.filter((_, i) => classes[i] !== 'bad') : [];
    return { kept, title: null, hasContent: false, date: null };
  }
  promoteNearContent(classes);
  const first = classes.indexOf('good');
  const last = classes.lastIndexOf('good');
  const titleAt = start ? findTitle(blocks, classes, first) : -1;
  const kept: Block[] = [];
  blocks.forEach((block, i) => {
    const inside = i >= first && i <= last && keptInside(blocks, classes, i);
    const keepEdge = ((i < first && !start) || (i > last && !end)) && classes[i] !== 'bad';
    if (i === titleAt || inside || keepEdge) kept.push(block);
  });
  return { kept, title: titleAt >= 0 ? oneLine(blocks[titleAt].text) : null, hasContent: true, date: start ? headDate(blocks, classes, first) : null };
}

/** The date of the nearest date line among the short blocks just before the content. */
function headDate(blocks: readonly Block[], classes: readonly BlockClass[], first: number): string | null {
  for (let i = first - 1; i >= 0 && i >= first - TITLE_LOOKBACK && classes[i] !== 'good'; i--) {
    const date = dateOfLine(blocks[i].text);
    if (date !== null) return date;
  }
  return null;
}

/** Near blocks whose nearest non-short neighbour is content become content, in chains. */
function promoteNearContent(classes: BlockClass[]): void {
  for (const step of [1, -1]) {
    let lastSolid: BlockClass | undefined;
    const from = step === 1 ? 0 : classes.length - 1;
    for (let i = from; i >= 0 && i < classes.length; i += step) {
      if (classes[i] === 'near' && lastSolid === 'good') classes[i] = 'good';
      if (classes[i] !== 'short') lastSolid = classes[i];
    }
  }
}

/** A short block counts inside the content only when content surrounds it (not a link list) and, on a page, it is a heading or more than one word. */
function keptInside(blocks: readonly Block[], classes: readonly BlockClass[], i: number): boolean {
  if (classes[i] === 'good') return true;
  if (classes[i] !== 'short') return false;
  // on a page, where subheadings are h1-h6, one word in any other element is a label
  // ("Advertisement", "Sponsored"); plain text has no such mark, so one-word lines stay there
  if (blocks[i].markup && !blocks[i].heading && wordCount(blocks[i].text) < 2) return false;
  return solidNeighbour(classes, i, -1) === 'good' && solidNeighbour(classes, i, 1) === 'good';
}

function solidNeighbour(classes: readonly BlockClass[], i: number, step: number): BlockClass | undefined {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) if (classes[j] !== 'short') return classes[j];
  return undefined;
}

/**
 * The title: a heading at most TITLE_LOOKBACK blocks before the content (a byline or share bar
 * may stand between), else the short block directly before the content, or before the date and
 * byline lines there, if it looks like a title (two words or more, not a sentence, not an
 * exclamation, not itself a date or byline).
 */
function findTitle(blocks: readonly Block[], classes: readonly BlockClass[], first: number): number {
  for (let i = first - 1; i >= 0 && i >= first - TITLE_LOOKBACK && classes[i] !== 'good'; i--) {
    if (blocks[i].heading) return i;
  }
  // date and byline lines and share bars between the title and the content are skipped
  let i = first - 1;
  while (i > 0 && i > first - TITLE_LOOKBACK && ((classes[i] === 'short' && isHeadLine(blocks[i].text)) || SHARE_BAR.test(blocks[i].text.trim()))) i--;
  if (i < 0 || classes[i] !== 'short' || !titleLike(blocks[i].text) || isHeadLine(blocks[i].text)) return -1;
  // "Share this page: Facebook Twitter" just before the content: an earlier line without a colon is the title
  if (blocks[i].text.includes(':')) {
    for (let j = i - 1; j >= 0 && j >= first - TITLE_LOOKBACK && classes[j] === 'short'; j--) {
      if (!blocks[j].text.includes(':') && titleLike(blocks[j].text) && !isHeadLine(blocks[j].text)) return j;
    }
  }
  return i;
}

function titleLike(block: string): boolean {
  const text = block.trim();
  return text.length <= TITLE_MAX_CHARS && !/[.!:;,]$/.test(text) && wordCount(text) >= 2;
}

function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0) n++;
  }
  return n;
}

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
