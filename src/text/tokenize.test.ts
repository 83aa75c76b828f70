import { describe, expect, it } from 'vitest';
import { normalize, splitSentences, tokenize } from './index.js';

const words = (s: string) => tokenize(s).map((t) => t.text);
const shapes = (s: string) => tokenize(s).map((t) => `${t.text}:${t.shape}`);

/**
 * The token grammar as the regex it is specified by (see tokenize.ts): the reference the
 * hand-written scanner must agree with, token for token.
 */
const GRAMMAR = new RegExp(
  [
    String.raw`(?<abbr>(?:\p{L}\.){2,})`,
    String.raw`(?<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d]))`,
    String.raw`(?<clitic>n['’]t\b|['’](?:s|re|ve|ll|d|m)\b)`,
    String.raw`(?<word>[\p{L}\p{M}\d]+?(?=n['’]t\b)|[\p{L}\p{M}\d]+)`,
    String.raw`(?<punct>\.\.\.|[.!?;:,"“”‘’'()\[\]{}…–—-])`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'gu',
);

function byGrammar(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(GRAMMAR)) {
    const g = m.groups!;
    const shape = g.num ? 'number' : g.punct ? 'punct' : g.symbol ? 'symbol' : 'word';
    out.push(`${m.index}:${m[0]}:${shape}`);
  }
  return out;
}

/** A seeded generator (mulberry32) so a failing text can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bits of text where the grammar's alternatives compete. */
const BITS = [
  'a', 'N', 'n', 'q', 'Z', 'é', 'e\u0301', '\u0301', 'ß', 'İ', 'ı', 'Σ', 'ж', '中', '𝐀', '😀', '\uD83D', '\uDE00', '٣', '_',
  '0', '1', '7', '.', ',', ':', "'", '’', '‘', '"', '“', '-', '–', '…', '(', ']', '%', '/', ' ', ' ', '\n', '\u00A0', '\t',
  'st', 'nd', 'th', 's', 't', 're', 'll', 'ts', 'U.S.', "n't", 'n’t', '...',
];

describe('tokenize', () => {
  it('agrees with the grammar regex on random mixes of competing characters', () => {
    const next = rng(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = Math.floor(next() * 16);
      for (let k = 0; k < len; k++) text += BITS[Math.floor(next() * BITS.length)];
      const got = tokenize(text).map((t) => `${t.start}:${t.text}:${t.shape}`);
      expect(got, JSON.stringify(text)).toEqual(byGrammar(text));
    }
  });

  it('reads a number only when no letter or digit follows it, backing off to a shorter one', () => {
    expect(shapes('3.5a 1sta 5s. 12:30pm')).toEqual([
      '3:number', '.:punct', '5a:word', '1sta:word', '5s:number', '.:punct', '12:number', '::punct', '30pm:word',
    ]);
  });

  it('takes an astral letter as a letter and an emoji as one symbol', () => {
    const toks = tokenize('𝐀𝐁 says 😀');
    expect(toks.map((t) => [t.text, t.shape, t.end - t.start])).toEqual([['𝐀𝐁', 'word', 4], ['says', 'word', 4], ['😀', 'symbol', 2]]);
  });

  it('keeps combining marks in their word and folds them out of the norm', () => {
    const toks = tokenize('cafe\u0301 \u0301x');
    expect(toks.map((t) => t.text)).toEqual(['cafe\u0301', '\u0301x']);
    expect(toks.map((t) => t.norm)).toEqual(['cafe', 'x']);
  });

  it('splits clitics only in lower case and before a word boundary', () => {
    expect(words("DON'T won't rock'n'roll it'sx")).toEqual(['DON', "'", 'T', 'wo', "n't", 'rock', "'", 'n', "'", 'roll', 'it', "'", 'sx']);
  });

  it('gives ASCII tokens their lower-cased norm even after a letter that lengthens when lower-cased', () => {
    const toks = tokenize('İZMİR and BAKU, DEC. 5');
    expect(toks.map((t) => t.norm)).toEqual(['izmir', 'and', 'baku', ',', 'dec', '.', '5']);
  });

  it('folds curly quotes and dashes in norms, keeps the surface text', () => {
    const toks = tokenize('“Moscow’s”—Baku');
    expect(toks.map((t) => t.text)).toEqual(['“', 'Moscow', '’s', '”', '—', 'Baku']);
    expect(toks.map((t) => t.norm)).toEqual(['"', 'moscow', "'s", '"', '-', 'baku']);
    expect(normalize('Ağdam—Şuşa')).toBe('agdam-susa');
  });

  it('tokenizes a range with offsets into the whole text, the range ends acting as text ends', () => {
    const text = 'Talks in U.S.A. ended 1990s';
    const toks = tokenize(text, 9, 13); // "U.S." of "U.S.A."
    expect(toks.map((t) => [t.text, t.start, t.end])).toEqual([['U.S.', 9, 13]]);
    for (const t of tokenize(text, 3, 25)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize('a😀b', 0, 2).map((t) => [t.text, t.shape])).toEqual([['a', 'word'], ['\uD83D', 'symbol']]);
  });

  it('gives every token the same fields in the same order', () => {
    for (const t of tokenize('Baku, 3.5 “ok” 😀 U.N.')) expect(Object.keys(t)).toEqual(['start', 'end', 'text', 'norm', 'shape']);
  });
});

describe('splitSentences', () => {
  const split = (s: string) => splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end));

  it('treats single line breaks as breaks, but not in a hard-wrapped text', () => {
    expect(split('Headline here\nBody text follows')).toEqual(['Headline here', 'Body text follows']);
    const line = 'word '.repeat(13).trim(); // 64 columns
    const wrapped = Array.from({ length: 7 }, () => line).join('\n');
    expect(split(wrapped)).toHaveLength(1);
    expect(split(`${line}\n${line}\n \t\n${line}\n${line}\n${line}\n${line}`)).toHaveLength(2); // a blank line still splits
  });

  it('ends a sentence after closing quotes and before an opening bracket, a digit or a capital from any script', () => {
    expect(split('He left." (Later) 5 men came. Ωmega rose. él no.')).toEqual(['He left."', '(Later) 5 men came.', 'Ωmega rose. él no.']);
  });

  it('does not end at a full stop with no space after it', () => {
    expect(split('See www.example.org for 3.5 and more.')).toHaveLength(1);
  });
});
