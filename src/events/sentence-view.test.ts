import { describe, expect, it } from 'vitest';
import type { Doc, Mention } from '../model/types.js';
import { splitSentences, tokenize } from '../text/index.js';
import { loadEventDictionary } from './event-dictionary.js';
import type { PatternTrie } from './pattern-trie.js';
import { CUE, cueAt, type Cues, eventNounEndAt, FORM, formAt, indexCues, markMatch, normAt, ReusableView, resolveCues, startsUpper, wordIn, WordSet } from './sentence-view.js';

function doc(text: string): Doc {
  const tokens = tokenize(text);
  return { id: 't', title: null, date: null, text, source: 't', url: null, sentences: splitSentences(text, tokens), tokens, mentions: [], times: [], events: [], issues: [] };
}

function mention(d: Doc, sentence: number, word: string): Mention {
  const ts = d.tokens.findIndex((t) => t.text === word);
  const t = d.tokens[ts];
  return { sentence, start: t.start, end: t.end, text: word, type: 'country', canonical: word, entityId: `test:${word}`, code: 'XXX', country: 'XXX', org: null, sector: null, tokenStart: ts, tokenEnd: ts + 1 };
}

const dict = loadEventDictionary();
const cues = resolveCues(dict);
const words = indexCues(dict.trie as PatternTrie<unknown>, cues);

describe('cue masks of a sentence view', () => {
  it('agree with the cue sets for every token of the sentence, and are false outside it', () => {
    const d = doc('Officials said that Ruritania would not sign the accord with its neighbours. It never had.');
    const v = new ReusableView(cues, words).reset(d, 0, []);
    const names = Object.keys(CUE) as (keyof Cues)[];
    for (let i = v.ts; i < v.te; i++) {
      for (const name of names) expect(cueAt(v, i, CUE[name]), `${normAt(v, i)} ${name}`).toBe(cues[name].has(normAt(v, i)));
    }
    expect(cueAt(v, v.te, -1)).toBe(false); // "It" of the next sentence
    expect(cueAt(v, v.ts - 1, -1)).toBe(false);
    expect(cueAt(v, v.ts + 5, CUE.negation | CUE.aux)).toBe(true); // "not"
  });

  it('come out the same without a word index (cue sets read directly)', () => {
    const d = doc('The envoy will not visit the capital, officials said.');
    const indexed = new ReusableView(cues, words).reset(d, 0, []);
    const plain = new ReusableView(cues).reset(d, 0, []);
    const withForms = new ReusableView(cues, indexCues(dict.trie as PatternTrie<unknown>, cues, dict)).reset(d, 0, []);
    // the masks of an indexed view also hold FORM and WordSet bits
    const allCues = Object.values(CUE).reduce((a, b) => a | b, 0);
    const cueBits = (v: ReusableView): number[] => [...v.cueMasks.subarray(0, v.te - v.ts)].map((m) => m & allCues);
    expect(cueBits(plain)).toEqual(cueBits(indexed));
    expect(cueBits(withForms)).toEqual(cueBits(indexed));
  });
});

describe('formAt', () => {
  it('agrees with the bases and participles sets, with or without the FORM bits', () => {
    const d = doc('Troops were deployed and the envoy will visit, officials said; sanctions imposed by Ruritania hit.');
    const withForms = new ReusableView(cues, indexCues(dict.trie as PatternTrie<unknown>, cues, dict)).reset(d, 0, []);
    const plain = new ReusableView(cues).reset(d, 0, []);
    let seen = 0;
    for (const v of [withForms, plain]) {
      for (let i = v.ts - 1; i <= v.te; i++) {
        expect(formAt(v, i, dict.bases, FORM.base), normAt(v, i)).toBe(dict.bases.has(normAt(v, i)));
        expect(formAt(v, i, dict.participles, FORM.participle), normAt(v, i)).toBe(dict.participles.has(normAt(v, i)));
        if (dict.participles.has(normAt(v, i))) seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('wordIn', () => {
  it('agrees with the word set, with or without the mask bits, in and out of the sentence', () => {
    const set = new WordSet(['the', 'and', ',']); // made after the coder's index: looked up
    const d = doc('Ruritania, Freedonia and the others met. The talks ended.');
    const v = new ReusableView(cues, words).reset(d, 0, []);
    for (let i = v.ts - 1; i <= v.te + 2; i++) expect(wordIn(v, i, set), normAt(v, i)).toBe(set.has(normAt(v, i)));
    // a set made before indexCues gets a bit, read from the masks
    const early = new WordSet(['met', 'the']);
    const indexed = new ReusableView(cues, indexCues(dict.trie as PatternTrie<unknown>, cues)).reset(d, 0, []);
    if (early.bit !== 0) expect(indexed.wordSets).toBeGreaterThan(early.index);
    for (const view of [indexed, new ReusableView(cues).reset(d, 0, [])]) {
      for (let i = view.ts - 1; i <= view.te + 2; i++) expect(wordIn(view, i, early), normAt(view, i)).toBe(early.has(normAt(view, i)));
    }
  });
});

describe('ReusableView', () => {
  it('forgets the mentions, event nouns and governed predicates of the previous sentence', () => {
    const d = doc('Ruritania and Freedonia signed a long accord on trade and fishing rights. They met.');
    const v = new ReusableView(cues, words);
    v.reset(d, 0, [mention(d, 0, 'Ruritania'), mention(d, 0, 'Freedonia')]);
    markMatch(v, true, v.ts + 5, v.ts + 4);
    expect(v.mentionAt.filter(Boolean)).toHaveLength(2);
    v.reset(d, 1, []);
    expect(eventNounEndAt(v, v.ts + 5)).toBe(false);
    for (let i = v.ts; i < v.te; i++) expect(v.mentionAt[i - v.ts]).toBeUndefined();
    expect(v.mentionAt.slice(0, 20).every((m) => m === undefined)).toBe(true);
  });
});

describe('startsUpper', () => {
  it('tests the first letter as /^\\p{Lu}/u does', () => {
    for (const w of ['Baku', 'baku', 'Éire', 'éire', 'Ωmega', '1990', '', '"Quote']) expect(startsUpper(w), w).toBe(/^\p{Lu}/u.test(w));
  });
});
