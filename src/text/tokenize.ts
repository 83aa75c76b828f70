import type { Token, TokenShape } from '../model/types.js';
import { ASCII_CLASSES, classAt, classOf, codePointAt, DIGIT, LETTER, MARK, SPACE } from './char-class.js';

/**
 * A fast, offset-preserving tokenizer for English news and report prose.
 *
 * Hyphens split words ("Nagorno-Karabakh" -> nagorno - karabakh) so that dictionaries, the
 * modifier check ("pro-Russian") and the time grammar ("mid-1990s") all see the parts.
 * Possessive and contracted endings ('s, n't) are tokens of their own. Dotted abbreviations
 * ("U.S.", "U.N.") stay one token so they do not end sentences.
 *
 * The grammar, tried in this order at each position (the first that matches wins, white space
 * between tokens is skipped), is that of a regex /.../gu with these alternatives:
 *   abbr    (?:\p{L}\.){2,}                                      U.S. U.N. e.g.
 *   num     \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d])      62,000 104th 1990s 3.5
 *   clitic  n['’]t\b | ['’](?:s|re|ve|ll|d|m)\b                  n't 's 're ...
 *   word    [\p{L}\p{M}\d]+?(?=n['’]t\b) | [\p{L}\p{M}\d]+        words, split before n't
 *   punct   \.\.\. | [.!?;:,"“”‘’'()\[\]{}…–—-]
 *   symbol  \S                                                   one code point
 * It is implemented as a hand-written scanner (a regex with named groups allocated a match and
 * a groups object per token and was the text stage's main cost). \d and \b are ASCII-only, as in
 * the regex; bench/text-identity.mjs checks the scanner against the regex version.
 */

const COMBINING = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-cases and folds diacritics ("Türkiye" -> "turkiye", "’s" -> "'s"). */
export function normalize(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s
      .normalize('NFD')
      .replace(COMBINING, '')
      .replace(/[’‘]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, '-')
      .replace(/ı/g, 'i');
  }
  return s;
}

const QUOTE = 0x27; // '
const CURLY_QUOTE = 0x2019; // ’
const DOT = 0x2e;

/** Single-character punctuation of the grammar (ASCII by table, the rest by switch). */
const ASCII_PUNCT = new Uint8Array(128);
for (const ch of '.!?;:,"\'()[]{}-') ASCII_PUNCT[ch.charCodeAt(0)] = 1;
function isPunct(c: number): boolean {
  if (c < 128) return ASCII_PUNCT[c] === 1;
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0x2013 || c === 0x2014;
}

/** \w of a non-Unicode-case-folding regex: [A-Za-z0-9_]; \b is decided by it. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether a \b holds at `i`, just after an ASCII word character. */
const boundaryAfterWord = (s: string, i: number): boolean => i >= s.length || !isAsciiWordChar(s.charCodeAt(i));

const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i); // NaN past the end
  return c >= 48 && c <= 57;
};

/** Width in code units of the code point at i (2 for a surrogate pair). */
const widthAt = (s: string, i: number): number => (codePointAt(s, i) > 0xffff ? 2 : 1);

/** End of `(?:\p{L}\.){2,}` at i, or -1. */
function abbrEnd(s: string, i: number): number {
  let p = i;
  let pairs = 0;
  while (p < s.length && (classAt(s, p) & LETTER) !== 0) {
    const w = widthAt(s, p);
    if (s.charCodeAt(p + w) !== DOT) break;
    p += w + 1;
    pairs++;
  }
  return pairs >= 2 ? p : -1;
}

/** Whether `n['’]t\b` is at i. */
function isNt(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 110) return false; // most calls end here
  const q = s.charCodeAt(i + 1);
  return (q === QUOTE || q === CURLY_QUOTE) && s.charCodeAt(i + 2) === 116 && boundaryAfterWord(s, i + 3);
}

/** End of `['’](?:s|re|ve|ll|d|m)\b` at i (a quote), or -1. */
function cliticEnd(s: string, i: number): number {
  const a = s.charCodeAt(i + 1);
  const b = s.charCodeAt(i + 2);
  let end = -1;
  if (a === 115 || a === 100 || a === 109) end = i + 2; // s d m
  else if ((a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108)) end = i + 3; // re ve ll
  return end > 0 && boundaryAfterWord(s, end) ? end : -1;
}

/** What a token's characters need for its norm (see normOf). */
const PLAIN = 0; // ASCII, no capital: the text is its own norm
const CAPITALS = 1; // ASCII with capitals: lower-case it
const NON_ASCII_CHARS = 2; // anything else: the full normalize()
const UNKNOWN = -1; // not looked at yet

/** ASCII word characters ([A-Za-z0-9]), with the CAPITALS bit on A-Z. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 58; c++) ASCII_WORD[c] = 4;
for (let c = 97; c < 123; c++) ASCII_WORD[c] = 4;
for (let c = 65; c < 91; c++) ASCII_WORD[c] = 4 | CAPITALS;

/**
 * The word at i: the run of [\p{L}\p{M}\d], less a final "n" when n't follows it ("didn't" ->
 * "did"). The regex's lazy alternative can only stop there: inside the run the character after
 * an "n" is a word character, not a quote. Returns end * 4 + the casing of its characters
 * (PLAIN, CAPITALS or NON_ASCII_CHARS), packed so the scanner allocates nothing (end < 2^29).
 */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  let p = i;
  let casing = PLAIN;
  while (p < n) {
    const c = s.charCodeAt(p);
    if (c >= 97 && c <= 122) {
      p++; // a-z, most of the characters: no table look-up
      continue;
    }
    if (c < 128) {
      const k = ASCII_WORD[c];
      if (k === 0) break;
      casing |= k & CAPITALS;
      p++;
    } else {
      const cp = codePointAt(s, p);
      if ((classOf(cp) & (LETTER | MARK)) === 0) break;
      casing = NON_ASCII_CHARS;
      p += cp > 0xffff ? 2 : 1;
    }
  }
  const end = p - 1 > i && isNt(s, p - 1) ? p - 1 : p;
  return end * 4 + (casing & NON_ASCII_CHARS ? NON_ASCII_CHARS : casing);
}

/** Whether the lookahead (?![\p{L}\d]) holds at i. */
const notLetterOrDigit = (s: string, i: number): boolean => (classAt(s, i) & (LETTER | DIGIT)) === 0;

/** End of the digits from i. */
function digitsEnd(s: string, i: number): number {
  let p = i;
  while (isDigit(s, p)) p++;
  return p;
}

/**
 * End of `\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d])` at i (a digit), or -1. The regex
 * backtracks from the longest chain of groups; a shorter chain always ends before [.,:], where
 * the lookahead holds, so only the last two chain ends need trying.
 */
function numEnd(s: string, i: number): number {
  let prev = -1;
  let p = digitsEnd(s, i);
  for (;;) {
    const c = s.charCodeAt(p);
    if ((c !== 0x2e && c !== 0x2c && c !== 0x3a) || !isDigit(s, p + 1)) break;
    prev = p;
    p = digitsEnd(s, p + 1);
  }
  const a = s.charCodeAt(p);
  const b = s.charCodeAt(p + 1);
  const two = (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104); // st nd rd th
  if (two && notLetterOrDigit(s, p + 2)) return p + 2;
  if (a === 115 && notLetterOrDigit(s, p + 1)) return p + 1;
  if (notLetterOrDigit(s, p)) return p;
  return prev;
}

const WORD: TokenShape = 'word';
const NUMBER: TokenShape = 'number';
const PUNCT: TokenShape = 'punct';
const SYMBOL: TokenShape = 'symbol';

/** Tokenizes `text[from, to)`; offsets are absolute indices into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  // Norms of ASCII tokens are slices of the lower-cased text. That is only sound while every
  // character keeps its length when lower-cased (not so for "İ"), so offsets still line up.
  const lower = s.toLowerCase();
  const aligned = lower.length === s.length;
  const tokens: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    const cls = c < 128 ? ASCII_CLASSES[c] : classOf(codePointAt(s, i));
    if ((cls & SPACE) !== 0) {
      i++; // white space is never astral
      continue;
    }
    let end: number;
    let shape: TokenShape = WORD;
    let casing = UNKNOWN;
    if ((cls & LETTER) !== 0) {
      // an ASCII letter can only start an abbreviation when a dot follows it
      end = c < 128 && s.charCodeAt(i + 1) !== DOT ? -1 : abbrEnd(s, i);
      if (end < 0 && isNt(s, i)) end = i + 3;
      else if (end < 0) {
        const w = wordEnd(s, i);
        end = w >>> 2;
        casing = w & 3;
      }
    } else if ((cls & DIGIT) !== 0) {
      end = numEnd(s, i);
      if (end >= 0) {
        shape = NUMBER;
        casing = PLAIN; // digits, separators and a lower-case suffix
      } else {
        const w = wordEnd(s, i);
        end = w >>> 2;
        casing = w & 3;
      }
    } else if ((cls & MARK) !== 0) {
      end = wordEnd(s, i) >>> 2;
    } else if ((c === QUOTE || c === CURLY_QUOTE) && (end = cliticEnd(s, i)) > 0) {
      // a clitic: 's 're ...
    } else if (c === DOT && s.charCodeAt(i + 1) === DOT && s.charCodeAt(i + 2) === DOT) {
      end = i + 3;
      shape = PUNCT;
    } else if (isPunct(c)) {
      end = i + 1;
      shape = PUNCT;
    } else {
      end = i + widthAt(s, i);
      shape = SYMBOL;
    }
    const tokText = s.slice(i, end);
    if (casing === UNKNOWN) casing = casingOf(s, i, end);
    const norm = casing === PLAIN ? tokText : casing === CAPITALS ? (aligned ? lower.slice(i, end) : tokText.toLowerCase()) : normalize(tokText);
    tokens.push({ start: from + i, end: from + end, text: tokText, norm, shape });
    i = end;
  }
  return tokens;
}

/** The casing (PLAIN, CAPITALS, NON_ASCII_CHARS) of s[i, end). */
function casingOf(s: string, i: number, end: number): number {
  let casing = PLAIN;
  for (let k = i; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return NON_ASCII_CHARS;
    if (c >= 65 && c <= 90) casing = CAPITALS;
  }
  return casing;
}
