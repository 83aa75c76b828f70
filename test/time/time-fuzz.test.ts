import { describe, expect, it } from 'vitest';
import { timedDoc } from './make-doc.js';

/** A small deterministic PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'in', 'on', 'since', 'until', 'by', 'from', 'to', 'between', 'and', 'or', ',', '-', '–', '.', 'the', 'of',
  'May', 'February', 'Dec.', 'March', 'winter', 'autumn', 'early', 'mid', 'late', 'end', 'Q3', 'third', 'quarter',
  'Monday', 'last', 'next', 'this', 'week', 'year', 'years', 'ago', 'later', 'following', 'that', 'day', 'two', 'a',
  '1992', '2006', '07', '31', '29', '30', '1', '12', '1990s', "'", '90s', '2044', '62,000', '104th', '20th', 'century',
  'today', 'yesterday', 'Russia', 'troops', 'withdrew', '/', '2012-02-30', '11.12.2012', '0', '9999',
];

const ISO = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;
const VALUE = new RegExp(`^${ISO}(?:/${ISO})?$`);

describe('time stage on random word salad', () => {
  it.each([1, 2, 3, 4, 5])('never throws and emits only well-formed records (seed %i)', (seed) => {
    const next = rng(seed);
    for (let n = 0; n < 300; n++) {
      const words = Array.from({ length: 3 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)]);
      const doc = timedDoc(words.join(next() < 0.5 ? ' ' : ' ') + '.', next() < 0.5 ? '2012-12-12' : null);
      for (const t of doc.times) {
        expect(t.text).toBe(doc.text.slice(t.start, t.end));
        expect(t.value).toMatch(VALUE);
        const [a, b] = t.value.split('/');
        if (b !== undefined) expect(a <= b).toBe(true);
        for (const part of t.value.split('/')) expect(Number.isNaN(Date.parse(part))).toBe(false);
        expect(doc.sentences[t.sentence].start).toBeLessThanOrEqual(t.start);
        expect(doc.sentences[t.sentence].end).toBeGreaterThanOrEqual(t.end);
      }
    }
  });
});
