import { describe, expect, it } from 'vitest';
import { newDoc } from '../pipeline/pipeline.js';
import { createTextStage, LexemeInts, LexemeTable, Lexicon, lexemesOf, tokenize } from './index.js';

const doc = (text: string) => newDoc({ id: 'd', title: null, date: null, text, source: 'test', url: null });

describe('lexicon', () => {
  it('gives one id per norm, the same across documents', () => {
    const lex = new Lexicon();
    const a = lex.assign(tokenize('Russia and RUSSIA; russia.'));
    expect([...a]).toEqual([0, 1, 0, 2, 0, 3]);
    const b = lex.assign(tokenize('and Russia'));
    expect([...b]).toEqual([1, 0]);
    expect(lex.size).toBe(4);
  });

  it('starts afresh past its limit, between documents, and tables made on it empty', () => {
    const lex = new Lexicon(3);
    const table = new LexemeTable<string>();
    lex.assign(tokenize('a b c'));
    table.sync(lex)[2] = 'c';
    const ints = new LexemeInts();
    ints.sync(lex)[1] = 7;
    expect(lex.generation).toBe(0);
    const ids = lex.assign(tokenize('c d'));
    expect(lex.generation).toBe(1);
    expect([...ids]).toEqual([0, 1]);
    expect(table.sync(lex)[0]).toBeUndefined();
    expect(ints.sync(lex)[1]).toBe(-1);
  });

  it('keeps table values while the lexicon only grows', () => {
    const lex = new Lexicon();
    const ints = new LexemeInts();
    lex.assign(tokenize('a b'));
    ints.sync(lex)[1] = 5;
    for (let i = 0; i < 3000; i++) lex.assign(tokenize(`w${i}`));
    const values = ints.sync(lex);
    expect(values.length).toBeGreaterThanOrEqual(lex.size);
    expect(values[1]).toBe(5);
    expect(values[lex.size - 1]).toBe(-1);
  });

  it('the text stage gives ids; a document tokenized otherwise gets its own', () => {
    const d = doc('Baku and Moscow.');
    createTextStage().run(d);
    expect(lexemesOf(d)).toBe(d.lexemes);
    expect([...lexemesOf(d).ids]).toEqual([0, 1, 2, 3]);
    const other = doc('Baku and Baku');
    other.tokens = tokenize(other.text);
    expect([...lexemesOf(other).ids]).toEqual([0, 1, 0]);
    // tokens replaced after the stage ran: the ids follow the new tokens
    d.tokens = tokenize('x y x');
    expect([...lexemesOf(d).ids]).toEqual([0, 1, 0]);
  });
});
