import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { toFtsQuery } from './sqlite-engine.js';

describe('toFtsQuery', () => {
  it('quotes every word and keeps phrases and trailing prefix stars', () => {
    expect(toFtsQuery('gas deal')).toBe('"gas" "deal"');
    expect(toFtsQuery('"gas deal" Russia')).toBe('"gas deal" "Russia"');
    expect(toFtsQuery('Aliy*')).toBe('"Aliy"*');
  });

  it('drops input with nothing searchable', () => {
    for (const q of ['', '   ', '"', '""', '*', '- ( )']) expect(toFtsQuery(q)).toBeNull();
  });

  it('never produces an expression FTS5 rejects', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec("create virtual table f using fts5(t); insert into f(t) values ('The U.S. and NATO: not near (AND) Baku''s')");
    const awkward = ['U.S.', 'AND', 'OR', 'NOT x', 'NEAR(a b)', '"unbalanced', 'a"b', "Baku's", 't:x', '^start', '{a b}', 'x*y', '+-'];
    for (const q of awkward) {
      const fts = toFtsQuery(q);
      if (fts !== null) expect(() => db.prepare('select count(*) from f where f match ?').get(fts)).not.toThrow();
    }
    const hits = (q: string) => (db.prepare('select count(*) as n from f where f match ?').get(toFtsQuery(q)) as { n: number }).n;
    expect(hits('U.S.')).toBe(1);
    expect(hits("Baku's")).toBe(1);
    expect(hits('NATO AND')).toBe(1);
    expect(hits('Moscow')).toBe(0);
    db.close();
  });
});
