import type { Token, TokenShape } from '../model/types.js';

/**
 * A fast, offset-preserving tokenizer for English news and report prose.
 *
 * Hyphens split words ("Nagorno-Karabakh" -> nagorno - karabakh) so that dictionaries, the
 * modifier check ("pro-Russian") and the time grammar ("mid-1990s") all see the parts.
 * Possessive and contracted endings ('s, n't) are tokens of their own. Dotted abbreviations
 * ("U.S.", "U.N.") stay one token so they do not end sentences.
 */
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<abbr>(?:\p{L}\.){2,})`, // U.S. / U.N. / e.g.
    String.raw`(?<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d]))`, // 62,000 104th 1990s 3.5
    String.raw`(?<clitic>n['’]t\b|['’](?:s|re|ve|ll|d|m)\b)`, // n't 's 're ...
    String.raw`(?<word>[\p{L}\p{M}\d]+?(?=n['’]t\b)|[\p{L}\p{M}\d]+)`, // words, split before n't
    String.raw`(?<punct>\.\.\.|[.!?;:,"“”‘’'()\[\]{}…–—-])`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'gu',
);

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

/** Tokenizes `text[from, to)`; offsets are absolute indices into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const g = m.groups!;
    let shape: TokenShape;
    if (g.num !== undefined) shape = 'number';
    else if (g.word !== undefined || g.abbr !== undefined || g.clitic !== undefined) shape = 'word';
    else if (g.punct !== undefined) shape = 'punct';
    else shape = 'symbol';
    const start = from + m.index;
    tokens.push({ start, end: start + m[0].length, text: m[0], norm: normalize(m[0]), shape });
  }
  return tokens;
}
