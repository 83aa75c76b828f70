import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/types.js';
import { dateForSpan, datesForSpan } from '../../src/time/index.js';
import { timedDoc } from './make-doc.js';

/** The date dateForSpan gives an event whose evidence is the first occurrence of `words`. */
function dateOf(doc: Doc, words: string): string | null {
  const start = doc.text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  const s = doc.sentences.find((x) => x.start <= start && start < x.end)!;
  return dateForSpan(doc, s.index, start, start + words.length)?.value ?? null;
}

describe('dateForSpan', () => {
  it('takes the date of the clause that holds the evidence', () => {
    const doc = timedDoc('The final battalion withdrew from Moldova in May 1993, well before the timetable that both capitals had set in 1992.');
    expect(dateOf(doc, 'withdrew')).toBe('1993-05');
    expect(dateOf(doc, 'had set')).toBe('1992');
  });
  it("takes the sentence's only date when the clause has none", () => {
    const doc = timedDoc('Foreign troops assisted local militias in a raid that killed dozens of villagers near the border town of Gori, west of Tbilisi, in February 1992.');
    expect(dateOf(doc, 'assisted')).toBe('1992-02');
    expect(dateOf(doc, 'killed')).toBe('1992-02');
  });
  it('gives a complement clause the date of the clause that governs it', () => {
    const doc = timedDoc('The ministry announced on 11 December 2012 that its army will no longer rent the station, unlike in 2008.');
    expect(dateOf(doc, 'rent')).toBe('2012-12-11');
    expect(dateOf(doc, 'announced')).toBe('2012-12-11');
  });
  it('lets a date fronted at the sentence start govern the sentence', () => {
    const doc = timedDoc('Since winter 2006-07, Georgia has been independent of Iranian power imports, and trade fell in 2010.');
    expect(dateOf(doc, 'independent')).toBe('2006-12/2007-02');
  });
  it('picks the nearest of several dates in one clause', () => {
    const doc = timedDoc('Russia withdrew in 1993 and Azerbaijan protested in 1995.');
    expect(dateOf(doc, 'withdrew')).toBe('1993');
    expect(dateOf(doc, 'protested')).toBe('1995');
  });
  it('gives the first date of a list, and datesForSpan all of them', () => {
    const doc = timedDoc('Relations improved after visits to Ankara by the Iranian president in 2001 and 2006.');
    expect(dateOf(doc, 'visits')).toBe('2001');
    const start = doc.text.indexOf('visits');
    expect(datesForSpan(doc, 0, start, start + 6).map((d) => d.value)).toEqual(['2001', '2006']);
  });
  it('skips dates that are not event dates (a lease end)', () => {
    const doc = timedDoc('Russia will lease the station until 2044.');
    expect(doc.times).toHaveLength(1);
    expect(dateOf(doc, 'lease')).toBeNull();
  });
  it('marks a date taken from the document date', () => {
    const doc = timedDoc('Russia said on Monday it would withdraw.', '2012-12-12');
    const start = doc.text.indexOf('said');
    expect(dateForSpan(doc, 0, start, start + 4)).toEqual({ value: '2012-12-10', granularity: 'day', fromDocument: true });
    const plain = timedDoc('Russia withdrew in 1993.');
    expect(dateForSpan(plain, 0, 7, 15)).toEqual({ value: '1993', granularity: 'year' });
  });
  it('gives null when the sentence has no date, and carries none from the sentence before', () => {
    const doc = timedDoc('In 1992 the war began. Russia withdrew its troops.');
    expect(dateOf(doc, 'withdrew')).toBeNull();
    expect(dateOf(doc, 'began')).toBe('1992');
  });
  it('carries a date only through a phrase that says so', () => {
    const doc = timedDoc('Talks began on 11 December 2012. The following day Russia walked out.');
    expect(dateOf(doc, 'walked out')).toBe('2012-12-12');
  });
  it('gives null when several dates lie only after the evidence, in other clauses', () => {
    const doc = timedDoc('Russia protested, citing the crisis of 2008, and the dispute of 2014.');
    expect(dateOf(doc, 'protested')).toBeNull();
  });
  it('keeps the date of a relative clause to that clause', () => {
    const doc = timedDoc('Russia, which invaded Georgia in 2008, protested.');
    expect(dateOf(doc, 'protested')).toBeNull();
    expect(dateOf(doc, 'invaded')).toBe('2008');
  });
  it('lets a temporal clause lend its date to the main clause', () => {
    const doc = timedDoc('When Russia invaded Georgia in 2008, Azerbaijan protested.');
    expect(dateOf(doc, 'protested')).toBe('2008');
  });
  it('gives null for a sentence index out of range', () => {
    expect(dateForSpan(timedDoc('In 1992 it began.'), 5, 0, 3)).toBeNull();
  });
});

describe('dateForSpan on the founding report', () => {
  const text = readFileSync(new URL('../../../shared/seeds/azerbaijan-russia-relations.txt', import.meta.url), 'utf8');
  const doc = timedDoc(text);
  it.each([
    ['Russian troops were alleged to have assisted Armenians', '1992-02'],
    ['killed hundreds of civilians', '1992-02'],
    ['withdrew from Azerbaijan in May 1993', '1993-05'],
    ['the two countries had set in 1992', '1992'],
    ['President Ilham Aliev visited Moscow several times', '2003-10'],
    ['will no longer rent the Gabala radar station', '2012-12-11'],
    ['The Russian Foreign Ministry confirmed', '2012-12-11'],
    ['Azerbaijan has been independent of Russian gas imports', '2006-12/2007-02'],
    ["saw Russia's 2008 actions in Georgia", '2008'],
    ['the Russians sent troops to massacre Azerbaijani citizens', '1990'],
    ['began to withdraw from Azerbaijan almost immediately', null],
    ['declined to accept Russian bases', null],
  ])('%s -> %s', (words, want) => {
    expect(dateOf(doc, words)).toBe(want);
  });
});

describe('dateForSpan across documents', () => {
  it('answers for each document when calls for two documents alternate', () => {
    const a = timedDoc('Troops crossed the river in March 1994, officials said.');
    const b = timedDoc('Envoys signed the accord in 2001, officials said.');
    for (let n = 0; n < 3; n++) {
      expect(dateOf(a, 'crossed')).toBe('1994-03');
      expect(dateOf(b, 'signed')).toBe('2001');
    }
  });
  it('follows a document whose times were replaced', () => {
    const doc = timedDoc('Talks resumed in 2004 after a pause.');
    expect(dateOf(doc, 'resumed')).toBe('2004');
    doc.times = [];
    expect(dateOf(doc, 'resumed')).toBeNull();
  });
});
