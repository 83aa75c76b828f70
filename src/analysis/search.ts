import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { sentenceMatchRowIds, toFtsQuery } from '../store/sqlite-engine.js';
import { type AnalysisDb, runQuery } from './run-query.js';
import type { SentenceHit } from './types.js';

/**
 * Sentences matching the words of `q` (all of them, stemmed; quoted phrases kept), best match
 * first, then document and position for a stable order. Input that holds no word matches nothing.
 */
export function searchSentences(adb: AnalysisDb, q: string, limit: number, offset: number): { total: number; items: SentenceHit[] } {
  const fts = toFtsQuery(q);
  if (fts === null) return { total: 0, items: [] };
  const ids = sentenceMatchRowIds(fts);
  const [count] = runQuery<{ n: number }>(adb, adb.db.selectFrom('sentences').where(sql<boolean>`id in (${ids})`).select(sql<number>`count(*)`.as('n')));
  const items = runQuery<SentenceHit>(adb, {
    compile: () => sql`select s.doc_id as doc, d.title as title, s.idx as sentence, s.start as start, s."end" as "end", s.text as text
      from (select rowid as rid, rank as r from sentences_fts where sentences_fts match ${fts}) m
      join sentences s on s.id = m.rid join documents d on d.id = s.doc_id
      order by m.r, s.doc_id, s.idx limit ${limit} offset ${offset}`.compile(adb.db),
  });
  return { total: count?.n ?? 0, items };
}

const startStatements = new WeakMap<AnalysisDb['sqlite'], BetterSqlite3.Statement<[string, number], number>>();

/** Where each (doc, sentence) starts in its document, for turning evidence offsets into sentence offsets. */
export function sentenceStarts(adb: AnalysisDb, keys: readonly { doc: string; sentence: number }[]): Map<string, number> {
  let stmt = startStatements.get(adb.sqlite);
  if (stmt === undefined) {
    // One indexed lookup per event (unique index on doc_id, idx) beats fetching whole documents' sentences.
    stmt = adb.sqlite.prepare<[string, number], number>('select start from sentences where doc_id = ? and idx = ?').pluck();
    startStatements.set(adb.sqlite, stmt);
  }
  const out = new Map<string, number>();
  for (const k of keys) {
    const key = `${k.doc}\u0000${k.sentence}`;
    if (out.has(key)) continue;
    const start = stmt.get(k.doc, k.sentence);
    if (start !== undefined) out.set(key, start);
  }
  return out;
}
