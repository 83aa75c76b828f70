import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTimeStage, DEFAULT_TIME_LEXICON_PATH, parseTimeLexicon } from '../../src/time/index.js';
import { makeDoc } from './make-doc.js';

describe('createTimeStage', () => {
  it('declares what it reads and writes', () => {
    const stage = createTimeStage();
    expect(stage.requires).toEqual(['tokens', 'sentences', 'date']);
    expect(stage.assigns).toEqual(['times']);
  });
  it('replaces doc.times, so running it twice gives the same records', () => {
    const stage = createTimeStage();
    const doc = makeDoc('Troops left in May 1993 and returned in 1994.');
    stage.run(doc);
    const first = JSON.stringify(doc.times);
    stage.run(doc);
    expect(JSON.stringify(doc.times)).toBe(first);
    expect(doc.times).toHaveLength(2);
  });
  it('reads its words from the lexicon it is given', () => {
    const base = readFileSync(DEFAULT_TIME_LEXICON_PATH, 'utf8');
    const stage = createTimeStage({ lexicon: parseTimeLexicon(base + '\nmonth 1 janvier\n') });
    const doc = makeDoc('Talks resumed in Janvier 2010.');
    stage.run(doc);
    expect(doc.times.map((t) => t.value)).toEqual(['2010-01']);
    const plain = makeDoc('Talks resumed in Janvier 2010.');
    createTimeStage().run(plain);
    expect(plain.times.map((t) => t.value)).toEqual(['2010']);
  });
  it('survives a JSON round trip unchanged', () => {
    const doc = makeDoc('Since winter 2006-07 ties grew; the lease runs until 2044.', '2012-12-12');
    createTimeStage().run(doc);
    expect(JSON.parse(JSON.stringify(doc.times))).toEqual(doc.times);
  });
});
