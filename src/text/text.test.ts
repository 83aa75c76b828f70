import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitSentences, tokenize } from './index.js';

const words = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits hyphens, possessives and contractions but keeps dotted abbreviations', () => {
    expect(words("Moscow's pro-Russian U.S. envoy didn't go")).toEqual([
      'Moscow', "'s", 'pro', '-', 'Russian', 'U.S.', 'envoy', 'did', "n't", 'go',
    ]);
  });
  it('keeps numbers with separators and ordinal or decade suffixes whole', () => {
    expect(words('a 62,000-member force, the 104th division, the mid-1990s, 3.5%')).toEqual([
      'a', '62,000', '-', 'member', 'force', ',', 'the', '104th', 'division', ',', 'the', 'mid', '-', '1990s', ',', '3.5', '%',
    ]);
  });
  it('gives offsets into the original text and folded norms', () => {
    const text = 'Türkiye’s envoy';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.norm)).toEqual(['turkiye', "'s", 'envoy']);
  });
});

describe('splitSentences', () => {
  const split = (s: string) => {
    const toks = tokenize(s);
    return splitSentences(s, toks).map((x) => s.slice(x.start, x.end));
  };
  it('does not split after titles, initials or U.S.', () => {
    expect(split('Gen. Ivanov met J. Smith in the U.S. capital. They talked.')).toEqual([
      'Gen. Ivanov met J. Smith in the U.S. capital.',
      'They talked.',
    ]);
  });
  it('splits at headlines and blank lines', () => {
    expect(split('Azerbaijan - Russia Relations\n\nRussia withdrew. "It is over," he said.')).toEqual([
      'Azerbaijan - Russia Relations',
      'Russia withdrew.',
      '"It is over," he said.',
    ]);
  });
  it('finds the sentences of the founding report', () => {
    const text = readFileSync(new URL('../../../shared/seeds/azerbaijan-russia-relations.txt', import.meta.url), 'utf8');
    const sents = splitSentences(text, tokenize(text));
    expect(sents.length).toBeGreaterThan(50);
    expect(sents.length).toBeLessThan(65);
  });
});
