import type { Sentence, Token } from '../model/types.js';
import { classAt, DIGIT, SPACE, UPPER } from './char-class.js';

/** Words that take a full stop without ending a sentence ("Gen. Ivanov", "Jan. 5"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'pres', 'amb', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co',
  'corp', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'approx', 'dept', 'est', 'fig', 'al', 'op', 'cf', 'rev', 'hon',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** Words after a dotted abbreviation ("U.S.") that show a new sentence has begun. */
const CLEAR_STARTS = new Set(['The', 'A', 'An', 'In', 'On', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'But', 'However']);

/** Characters besides upper-case letters and digits that can open a sentence: " “ ‘ ' ( [ */
const OPENERS = new Set([0x22, 0x201c, 0x2018, 0x27, 0x28, 0x5b]);

/**
 * Whether single newlines in `text` are hard wraps (a cable or e-mail wrapped at ~70 columns)
 * rather than line breaks between headlines, list items and paragraphs.
 */
function isHardWrapped(text: string): boolean {
  let lines = 0;
  let nonEmpty = 0;
  let wrapped = 0;
  for (let from = 0; from <= text.length; lines++) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (!isBlank(text, from, to)) {
      nonEmpty++;
      if (to - from >= 55 && to - from <= 100) wrapped++;
    }
    from = to + 1;
  }
  return lines >= 6 && nonEmpty > 0 && wrapped / nonEmpty > 0.6;
}

/** Whether text[from, to) is only white space (what trim() removes). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((classAt(text, k) & SPACE) === 0) return false;
  return true;
}

const NO_BREAK = 0;
const LINE_BREAK = 1;
/** A blank line: two newlines with only spaces, tabs or carriage returns between them. */
const BLANK_LINE = 2;

/** The strongest line break in text[from, to) (the gap between two tokens), without slicing it. */
function breakIn(text: string, from: number, to: number): number {
  let found = NO_BREAK;
  let afterNewline = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (afterNewline) return BLANK_LINE;
      found = LINE_BREAK;
      afterNewline = true;
    } else if (c !== 32 && c !== 9 && c !== 13) afterNewline = false;
  }
  return found;
}

/** Whether a token can open a sentence: an upper-case letter, a digit or an opening quote or bracket. */
function canStart(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return OPENERS.has(c) || (classAt(t.text, 0) & (UPPER | DIGIT)) !== 0;
}

/**
 * Splits a tokenized text into sentences. A sentence ends at . ! ? (plus closing quotes or
 * brackets) before a token that can start one, at a blank line, and at a single line break
 * unless the text is hard-wrapped.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  const lineBreaks = !isHardWrapped(text);
  let first = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    sentences.push({
      index: sentences.length,
      start: tokens[first].start,
      end: tokens[endToken - 1].end,
      tokenStart: first,
      tokenEnd: endToken,
    });
    first = endToken;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1];
    const to = tokens[i].end;
    // most gaps are nothing or one space
    const gap = to === next.start || (to + 1 === next.start && text.charCodeAt(to) === 32) ? NO_BREAK : breakIn(text, to, next.start);
    if (gap === BLANK_LINE || (gap === LINE_BREAK && lineBreaks)) {
      close(i + 1);
      continue;
    }
    // every token that can end a sentence ends in . ! ? or …: turn the others away on one
    // character of the text (cheaper than reaching into the token's own string)
    const last = text.charCodeAt(to - 1);
    if (last !== 0x2e && last !== 0x21 && last !== 0x3f && last !== 0x2026) continue;
    if (!endsSentence(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end].text) && tokens[end].start === tokens[end - 1].end) end++;
    const starter = tokens[end];
    if (starter === undefined) break;
    if (starter.start === tokens[end - 1].end) continue; // no space: "3.5", "www.x.com"
    if (canStart(starter)) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  return sentences;
}

function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i].text;
  if (t === '!' || t === '?' || t === '…' || t === '...') return true;
  if (t === '.') {
    const prev = tokens[i - 1];
    if (prev === undefined || prev.end !== tokens[i].start) return true;
    // "Gen." or a lone initial "J." does not end a sentence.
    if (ABBREVIATIONS.has(prev.norm)) return false;
    if (prev.shape === 'word' && prev.text.length === 1 && (classAt(prev.text, 0) & UPPER) !== 0) return false;
    return true;
  }
  // "U.S." at the end of a sentence: only when the next word is clearly a new sentence start.
  if (tokens[i].shape === 'word' && t.endsWith('.') && t.length > 2) {
    const next = tokens[i + 1];
    return next !== undefined && CLEAR_STARTS.has(next.text);
  }
  return false;
}
