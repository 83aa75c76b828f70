import { describe, expect, it } from 'vitest';
import { loadTimeLexicon, parseTimeLexicon, TimeLexiconError } from '../../src/time/index.js';

describe('time lexicon', () => {
  it('loads the default file with every category filled', () => {
    const lex = loadTimeLexicon();
    expect(lex.months.get('december')).toBe(12);
    expect(lex.months.get('sept')).toBe(9);
    expect(lex.weekdays.get('sunday')).toBe(7);
    expect(lex.seasons.get('fall')).toBe('autumn');
    expect(lex.bounds.get('until')).toBe('until');
    expect(lex.countAfter.has('troops')).toBe(true);
    expect(lex.triggers.has('winter')).toBe(true);
  });
  it('matches a word written with a full stop with and without it', () => {
    const lex = parseTimeLexicon('yearcue - c.\n');
    expect(lex.yearCues.has('c.')).toBe(true);
    expect(lex.yearCues.has('c')).toBe(true);
  });
  it.each([
    ['month 13 smarch', 'x.txt:1: bad value "13" for month'],
    ['# comment\n\nera 1 bce', 'x.txt:3: unknown category "era"'],
    ['month 1', 'x.txt:1: no words for month 1'],
    ['season monsoon monsoon', 'x.txt:1: bad value "monsoon" for season'],
  ])('reports the file and line of a bad entry: %s', (text, message) => {
    expect(() => parseTimeLexicon(text, 'x.txt')).toThrow(TimeLexiconError);
    expect(() => parseTimeLexicon(text, 'x.txt')).toThrow(message);
  });
  it('reports a missing file', () => {
    expect(() => loadTimeLexicon('/nonexistent/lexicon.txt')).toThrow(/TIM001.*cannot read/);
  });
});
