/**
 * The hot write path: one document with all its rows in one IMMEDIATE transaction, through
 * prepared better-sqlite3 statements (Kysely's async round trips would cost more than the
 * inserts themselves; see bench/RESULTS.md "## Store").
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Doc, DyadEvent, EventActor, Mention } from '../model/types.js';
import { eventToRow } from './stored-event.js';

/**
 * 'inserted': new document. 'duplicate': that content hash is already stored (under any id);
 * nothing changed. 'updated': the id was stored with another hash; its old rows were replaced.
 */
export type SaveResult = 'inserted' | 'duplicate' | 'updated';

export type DocumentWriter = (doc: Doc, hash: string) => SaveResult;

const eventColumns = Object.keys(eventToRow('', sampleEvent()));

interface ActorTally {
  canonical: string;
  code: string;
  country: string | null;
  org: string | null;
  sector: string | null;
  type: string;
  mentions: number;
  events: number;
}

export function createDocumentWriter(sqlite: BetterSqlite3.Database): DocumentWriter {
  const s = prepareStatements(sqlite);
  const write = (doc: Doc, hash: string): SaveResult => {
    if (s.byHash.get(hash)) return 'duplicate';
    const replaced = s.byId.get(doc.id) !== undefined;
    if (replaced) removeDocument(s, doc.id);
    insertDocument(s, doc, hash);
    return replaced ? 'updated' : 'inserted';
  };
  return sqlite.transaction(write).immediate;
}

type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(db: BetterSqlite3.Database) {
  const q = (sql: string) => db.prepare(sql);
  return {
    byHash: q('select id from documents where hash = ?'),
    byId: q('select hash from documents where id = ?'),
    deleteDoc: q('delete from documents where id = ?'),
    oldMentionCounts: q('select entity_id as id, count(*) as n from mentions where doc_id = ? group by entity_id'),
    oldEventActors: q('select source_entity_id as s, target_entity_id as t from events where doc_id = ?'),
    decActor: q('update actors set mention_count = mention_count - ?, event_count = event_count - ? where entity_id = ?'),
    dropEmptyActor: q('delete from actors where entity_id = ? and mention_count <= 0 and event_count <= 0'),
    doc: q(`insert into documents (id, hash, title, date, source, url, text, ingested_at, sentence_count)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    sentence: q('insert into sentences (doc_id, idx, "start", "end", text) values (?, ?, ?, ?, ?)'),
    mention: q(`insert into mentions (doc_id, sentence, "start", "end", text, type, canonical, entity_id, code,
      country, org, sector, token_start, token_end, modifier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    time: q(`insert into times (doc_id, sentence, "start", "end", text, value, granularity, anchor, non_event)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    event: q(`insert into events (${eventColumns.map((c) => `"${c}"`).join(', ')})
      values (${eventColumns.map((c) => `@${c}`).join(', ')})`),
    eventIssue: q('insert or ignore into event_issues (event_id, issue) values (?, ?)'),
    docIssue: q('insert or ignore into doc_issues (doc_id, issue) values (?, ?)'),
    actor: q(`insert into actors (entity_id, canonical, code, country, org, sector, type, mention_count, event_count)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (entity_id) do update set
      canonical = excluded.canonical, code = excluded.code, country = excluded.country, org = excluded.org,
      sector = excluded.sector, type = excluded.type,
      mention_count = actors.mention_count + excluded.mention_count,
      event_count = actors.event_count + excluded.event_count`),
  };
}

/** Takes the document's contribution off the actor counts, then deletes it (rows cascade). */
function removeDocument(s: Statements, id: string): void {
  const dec = new Map<string, { m: number; e: number }>();
  const get = (k: string) => dec.get(k) ?? (dec.set(k, { m: 0, e: 0 }), dec.get(k)!);
  for (const r of s.oldMentionCounts.all(id) as { id: string; n: number }[]) get(r.id).m += r.n;
  for (const r of s.oldEventActors.all(id) as { s: string | null; t: string | null }[]) {
    for (const k of new Set([r.s, r.t])) if (k) get(k).e += 1;
  }
  for (const [k, v] of dec) s.decActor.run(v.m, v.e, k);
  s.deleteDoc.run(id);
  for (const k of dec.keys()) s.dropEmptyActor.run(k);
}

function insertDocument(s: Statements, doc: Doc, hash: string): void {
  s.doc.run(doc.id, hash, doc.title, doc.date, doc.source, doc.url, doc.text, new Date().toISOString(), doc.sentences.length);
  for (const st of doc.sentences) s.sentence.run(doc.id, st.index, st.start, st.end, doc.text.slice(st.start, st.end));
  for (const m of doc.mentions) {
    s.mention.run(doc.id, m.sentence, m.start, m.end, m.text, m.type, m.canonical, m.entityId, m.code,
      m.country, m.org, m.sector, m.tokenStart, m.tokenEnd, m.modifier ? 1 : 0);
  }
  for (const t of doc.times) {
    s.time.run(doc.id, t.sentence, t.start, t.end, t.text, t.value, t.granularity, t.anchor ?? null, t.nonEvent ? 1 : 0);
  }
  for (const e of doc.events) {
    const id = s.event.run(eventToRow(doc.id, e)).lastInsertRowid;
    for (const issue of e.issues) s.eventIssue.run(id, issue);
  }
  for (const issue of doc.issues) s.docIssue.run(doc.id, issue);
  for (const [id, a] of tallyActors(doc.mentions, doc.events)) {
    s.actor.run(id, a.canonical, a.code, a.country, a.org, a.sector, a.type, a.mentions, a.events);
  }
}

/** Per entity: its mention count and the number of events it takes part in (once per event). */
function tallyActors(mentions: readonly Mention[], events: readonly DyadEvent[]): Map<string, ActorTally> {
  const out = new Map<string, ActorTally>();
  for (const m of mentions) {
    const t = out.get(m.entityId) ?? { ...actorFields(m.canonical, m), mentions: 0, events: 0 };
    t.mentions += 1;
    out.set(m.entityId, t);
  }
  for (const e of events) {
    const sides = [e.source, e.target].filter((a): a is EventActor => !!a?.entityId);
    const seen = new Set<string>();
    for (const a of sides) {
      const id = a.entityId as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const t = out.get(id) ?? { ...actorFields(a.name, a), mentions: 0, events: 0 };
      t.events += 1;
      out.set(id, t);
    }
  }
  return out;
}

function actorFields(canonical: string, a: Pick<EventActor, 'code' | 'country' | 'org' | 'sector' | 'type'>) {
  return { canonical, code: a.code, country: a.country, org: a.org, sector: a.sector, type: a.type };
}

/** A throwaway event whose only use is to list the `events` columns eventToRow fills. */
function sampleEvent(): DyadEvent {
  const actor: EventActor = { code: '', country: null, org: null, sector: null, name: '', type: 'other' };
  return {
    sentence: 0, source: actor, target: null, code: '', root: '', label: '', quad: 1, goldstein: 0,
    plover: null, date: null, negated: false, modality: 'asserted', issues: [],
    evidence: { start: 0, end: 0 }, confidence: 0,
  };
}
