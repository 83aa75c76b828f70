import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { GAP, PatternTrie, type TrieMatch } from './pattern-trie.js';

function trie(): PatternTrie<string> {
  const t = new PatternTrie<string>();
  t.add(['hold', GAP, 'talks'], 'hold-talks', 0);
  t.add(['hold'], 'hold', 0);
  t.add(['hold', 'talks'], 'hold-talks-direct', 0);
  t.add(['call', 'for', GAP, 'ceasefire'], 'call-for', 0);
  t.add(['sign', 'the', 'accord'], 'sign', 0);
  return t;
}

const show = (ms: TrieMatch<string>[]): string[] => ms.map((m) => `${m.value}:${m.start}-${m.end}@${m.head}`);

describe('PatternTrie', () => {
  it('finds every match from every start, with gaps of up to six words that stop at clause punctuation', () => {
    const tokens = tokenize('They hold talks and hold three rounds of talks, then call for an immediate ceasefire.');
    const out: TrieMatch<string>[] = [];
    t0.matchRange(tokens, 0, tokens.length, out);
    expect(show(out)).toEqual([
      'hold:1-2@1', 'hold-talks-direct:1-3@1', 'hold-talks:1-3@1', 'hold-talks:1-9@1', // the gap may take "talks and ... of"
      'hold:4-5@4', 'hold-talks:4-9@4',
      'call-for:11-16@11',
    ]);
  });

  it('gives matchRange, matchIds and matchAt the same matches', () => {
    const tokens = tokenize('Leaders hold more talks, sign the accord and call for a ceasefire; they hold, then talks.');
    const a: TrieMatch<string>[] = [];
    t0.matchRange(tokens, 0, tokens.length, a);
    const b: TrieMatch<string>[] = [];
    for (let i = 0; i < tokens.length; i++) t0.matchAt(tokens, i, tokens.length, b);
    const ids = new Int32Array(tokens.length);
    t0.wordIds(tokens, 0, tokens.length, ids);
    const c: TrieMatch<string>[] = [];
    t0.matchIds(ids, 0, tokens.length, c);
    expect(show(b)).toEqual(show(a));
    expect(show(c)).toEqual(show(a));
    expect(a.some((m) => m.value === 'hold-talks' && tokens[m.end - 1].text === 'talks' && m.start > 12)).toBe(false); // no gap across ","
  });

  it('keeps words added for other uses out of the patterns', () => {
    const t = trie();
    const size = t.vocabularySize;
    const id = t.wordId('must');
    expect(t.wordId('must')).toBe(id);
    expect(t.vocabularySize).toBe(size + 1);
    expect(t.startsWith('must')).toBe(false);
    expect(t.startsWith('hold')).toBe(true);
    const tokens = tokenize('They must hold talks.');
    const out: TrieMatch<string>[] = [];
    t.matchRange(tokens, 0, tokens.length, out);
    expect(show(out)).toEqual(['hold:2-3@2', 'hold-talks-direct:2-4@2', 'hold-talks:2-4@2']);
  });

  it('stays correct when the edge table grows', () => {
    const t = new PatternTrie<number>();
    for (let i = 0; i < 3000; i++) t.add(['w', `x${i}`, `y${i % 7}`], i, 1);
    // "w" has 3000 children (binary search), "x5" one (scan); "w y3" is no edge
    const tokens = tokenize('w x2999 y3 w y3 w x5 y5');
    const out: TrieMatch<number>[] = [];
    t.matchRange(tokens, 0, tokens.length, out);
    expect(out.map((m) => [m.value, m.start, m.end, m.head])).toEqual([[2999, 0, 3, 1], [5, 5, 8, 6]]);
    expect(t.patternCount).toBe(3000);
    // patterns added after a match are found (the walk's arrays are rebuilt)
    t.add(['w', 'y3'], -1, 0);
    const again: TrieMatch<number>[] = [];
    t.matchRange(tokens, 0, tokens.length, again);
    expect(again.map((m) => [m.value, m.start, m.end, m.head])).toEqual([[2999, 0, 3, 1], [-1, 3, 5, 3], [5, 5, 8, 6]]);
  });
});

const t0 = trie();
