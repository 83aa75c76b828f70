import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { loadCodebook } from './codebook.js';
import { type EventPattern, loadEventDictionary } from './event-dictionary.js';
import type { TrieMatch } from './pattern-trie.js';

function files(patterns: string, cues = '[negation]\nnot\n', irregular = 'hold held held\n') {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-events-'));
  writeFileSync(join(dir, 'p.txt'), patterns);
  writeFileSync(join(dir, 'c.txt'), cues);
  writeFileSync(join(dir, 'i.txt'), irregular);
  return { patterns: [join(dir, 'p.txt')], cues: join(dir, 'c.txt'), irregular: join(dir, 'i.txt') };
}

function matches(dictPatterns: string, text: string): string[] {
  const dict = loadEventDictionary(files(dictPatterns));
  const tokens = tokenize(text);
  const out: TrieMatch<EventPattern>[] = [];
  for (let i = 0; i < tokens.length; i++) dict.trie.matchAt(tokens, i, tokens.length, out);
  return out.map((m) => `${m.value.code}:${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}@${tokens[m.head].text}`);
}

describe('loadEventDictionary', () => {
  it('matches inflected verbs, gaps, alternatives and optional words', () => {
    expect(matches('046 v hold* .. talks|negotiations ; sym\n', 'They held high-level talks.')).toEqual(['046:held high - level talks@held']);
    expect(matches('011 v decline* (to) comment\n', 'She declined comment; he declines to comment.')).toEqual(['011:declined comment@declined', '011:declines to comment@declines']);
    expect(matches('0871 n cease-fire~\n', 'two cease-fires')).toEqual(['0871:cease - fires@fires']);
  });
  it('does not let a gap cross clause punctuation', () => {
    expect(matches('046 v hold* .. talks\n', 'They held, at last, talks.')).toEqual([]);
  });
  it('reads flags and counts fixed words', () => {
    const dict = loadEventDictionary(files('120 v refuse* to ; inf\n046 v hold* .. talks ; sym\n'));
    expect(dict.patterns.map((p) => [p.code, p.inf, p.sym, p.words])).toEqual([['120', true, false, 2], ['046', false, true, 2]]);
  });
  it('reports file and line for a bad line, flag or code', () => {
    expect(() => loadEventDictionary(files('# ok\n\n046 x hold* talks\n'))).toThrow(/p\.txt:3: expected "CODE v\|n PATTERN/);
    expect(() => loadEventDictionary(files('046 v hold* talks ; loud\n'))).toThrow(/p\.txt:1: unknown flag "loud"/);
    const codebook = loadCodebook();
    expect(() => loadEventDictionary(files('999 v hold* talks\n'), (c) => !!codebook.lookup(c))).toThrow(/p\.txt:1: code 999 is not in the codebook/);
    expect(() => loadEventDictionary(files('046 v hold* talks\n', 'not\n'))).toThrow(/c\.txt:1: cue "not" before any \[section\]/);
    expect(() => loadEventDictionary(files('046 v hold* talks\n', '[negation]\n', 'hold held\n'))).toThrow(/i\.txt:1: expected "lemma past participle"/);
  });
  it('loads the shipped dictionary against the codebook', () => {
    const codebook = loadCodebook();
    const dict = loadEventDictionary(undefined, (c) => !!codebook.lookup(c));
    const roots = new Set(dict.patterns.map((p) => p.code.slice(0, 2)));
    expect(roots.size).toBe(20);
    expect(dict.participles.has('withdrawn')).toBe(true);
  });
});
