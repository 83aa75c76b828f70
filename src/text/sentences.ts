import type { Sentence, Token } from '../model/types.js';

/** Words that take a full stop without ending a sentence ("Gen. Ivanov", "Jan. 5"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'pres', 'amb', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co',
  'corp', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'approx', 'dept', 'est', 'fig', 'al', 'op', 'cf', 'rev', 'hon',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/**
 * Whether single newlines in `text` are hard wraps (a cable or e-mail wrapped at ~70 columns)
 * rather than line breaks between headlines, list items and paragraphs.
 */
function isHardWrapped(text: string): boolean {
  const lines = text.split('\n');
  if (lines.length < 6) return false;
  let wrapped = 0;
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    nonEmpty++;
    if (line.length >= 55 && line.length <= 100) wrapped++;
  }
  return nonEmpty > 0 && wrapped / nonEmpty > 0.6;
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
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next === undefined) break;
    const gap = text.slice(tokens[i].end, next.start);
    if (gap.includes('\n') && (lineBreaks || /\n[ \t\r]*\n/.test(gap))) {
      close(i + 1);
      continue;
    }
    if (!endsSentence(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end].text) && tokens[end].start === tokens[end - 1].end) end++;
    const starter = tokens[end];
    if (starter === undefined) break;
    if (starter.start === tokens[end - 1].end) continue; // no space: "3.5", "www.x.com"
    if (/^[\p{Lu}\d"“‘'(\[]/u.test(starter.text)) {
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
    if (prev.shape === 'word' && prev.text.length === 1 && /\p{Lu}/u.test(prev.text)) return false;
    return true;
  }
  // "U.S." at the end of a sentence: only when the next word is clearly a new sentence start.
  if (tokens[i].shape === 'word' && t.endsWith('.') && t.length > 2) {
    const next = tokens[i + 1];
    return next !== undefined && /^(The|A|An|In|On|It|He|She|They|We|This|That|But|However)$/.test(next.text);
  }
  return false;
}
