/**
 * Character classes for the hand-written scanners of src/text, by UTF-16 code unit or code point.
 * ASCII is a fixed table; any other character is classified once by the same Unicode regexes the
 * token grammar is defined with (\p{L}, \p{M}, \s) and remembered, so the hot loops never run a
 * regex and never allocate.
 */

/** A letter (\p{L}). */
export const LETTER = 1;
/** A combining mark (\p{M}). */
export const MARK = 2;
/** An ASCII digit (\d; other digits are neither letters nor digits to the tokenizer). */
export const DIGIT = 4;
/** White space or a line terminator (\s; what String.prototype.trim removes). */
export const SPACE = 8;
/** An upper-case letter (\p{Lu}). */
export const UPPER = 16;
/** Set once a BMP entry has been computed (0 means "not yet looked at"). */
const KNOWN = 128;

function classify(ch: string): number {
  return (
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/^\d$/.test(ch) ? DIGIT : 0) |
    (/^\s$/u.test(ch) ? SPACE : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    KNOWN
  );
}

/** Classes of the Basic Multilingual Plane, filled on first use of each code unit (64 KB). */
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP[c] = classify(String.fromCharCode(c));

/** The classes of the ASCII characters (a view of the table above). */
export const ASCII_CLASSES: Readonly<Uint8Array> = BMP.subarray(0, 128);

/** Astral code points seen so far (emoji, math letters, historic scripts): rare, so a Map. */
const ASTRAL = new Map<number, number>();

/** The classes of code point `cp` (a lone surrogate is its own code point, as in a /u regex). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = BMP[cp];
    if (k === 0) BMP[cp] = k = classify(String.fromCharCode(cp));
    return k;
  }
  let k = ASTRAL.get(cp);
  if (k === undefined) ASTRAL.set(cp, (k = classify(String.fromCodePoint(cp))));
  return k;
}

/**
 * The code point at `i`: a surrogate pair is read as one code point, a lone surrogate as itself,
 * as a /u regex reads the string.
 */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The classes of the character at `i` (0 past the end). */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i); // NaN past the end
  if (c < 128) return BMP[c];
  return i < s.length ? classOf(codePointAt(s, i)) : 0;
}
