import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { join } from 'node:path';
import { contractEvent } from '../../src/pipeline/contract.js';
import { defaultDbPath, openStore, storeMigrations, StoreError, toContractEvent, type Store, type StoredEvent } from '../../src/store/index.js';
import type { Doc, DyadEvent } from '../../src/model/types.js';
import { buildDoc, AZE, RUS } from './fixtures.js';
import { corpus } from './corpus.js';
import { hashOf, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

let n = 0;
async function freshStore(docs: Doc[] = []): Promise<Store> {
  const store = openStore(join(tmp.dir, `t${n++}.db`));
  for (const d of docs) await store.saveDocument(d, hashOf(d));
  return store;
}

/** The DyadEvent part of a stored event, to compare with what was written. */
function asWritten(e: StoredEvent): DyadEvent {
  const { id: _id, doc: _doc, text: _text, evidenceText: _ev, dyad: _dyad, ...rest } = e;
  return rest;
}

async function tableCounts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['documents', 'sentences', 'mentions', 'times', 'events', 'event_issues', 'doc_issues', 'actors']) {
    out[t] = (store.sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
  }
  return out;
}

describe('migrations', () => {
  it('run on open, are recorded once, and reopening runs nothing again', async () => {
    const path = join(tmp.dir, 'migrate.db');
    const first = openStore(path);
    await first.ready;
    await first.close();
    const second = openStore(path);
    await second.ready;
    const names = second.sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[];
    expect(names.map((r) => r.name)).toEqual(Object.keys(storeMigrations('sqlite')).sort());
    expect(second.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(second.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(second.sqlite.pragma('synchronous', { simple: true })).toBe(1);
    await second.close();
  });

  it('several connections opening a new database at once migrate it once, without errors', async () => {
    const path = join(tmp.dir, 'race.db');
    const stores = Array.from({ length: 4 }, () => openStore(path));
    await Promise.all(stores.map((s) => s.ready));
    const runs = stores[0].sqlite.prepare('select count(*) as n from kysely_migration').get() as { n: number };
    expect(runs.n).toBe(Object.keys(storeMigrations('sqlite')).length);
    for (const s of stores) await s.close();
  });

  it('brings a database made by earlier migrations up to date, keeping its rows', async () => {
    const path = join(tmp.dir, 'old.db');
    const sqlite = new BetterSqlite3(path);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const all = storeMigrations('sqlite');
    const first = Object.keys(all).sort().slice(0, 2);
    const provider = { getMigrations: async () => Object.fromEntries(first.map((k) => [k, all[k]])) };
    expect((await new Migrator({ db, provider }).migrateToLatest()).error).toBeUndefined();
    await db.destroy();
    const [doc] = corpus();
    const store = openStore(path);
    await store.ready;
    const indexes = store.sqlite.prepare("select name from sqlite_master where type = 'index'").all() as { name: string }[];
    expect(indexes.map((r) => r.name)).toContain('events_dyad_order');
    expect(await store.saveDocument(doc, hashOf(doc))).toBe('inserted');
    expect(await store.countEvents({ dyad: 'AZE-RUS' })).toBe(doc.events.filter((e) => [e.source.country, e.target?.country].sort().join('-') === 'AZE-RUS').length);
    await store.close();
  });

  it('read-only open refuses a database that was never migrated', async () => {
    const path = join(tmp.dir, 'empty.db');
    writeFileSync(path, '');
    const store = openStore(path, { readonly: true });
    await expect(store.ready).rejects.toThrow(/not up to date/);
    await expect(store.stats()).rejects.toBeInstanceOf(StoreError);
    await store.close();
  });
});

describe('saveDocument', () => {
  it('round-trips a document: events, mentions, times, issues and text come back equal', async () => {
    const [doc] = corpus();
    const store = await freshStore();
    expect(await store.saveDocument(doc, hashOf(doc))).toBe('inserted');
    const back = await store.document(doc.id);
    expect(back).toBeDefined();
    expect(back!.text).toBe(doc.text);
    expect(back!.sentences).toBe(doc.sentences.length);
    expect(back!.issues).toEqual([...doc.issues].sort());
    expect(back!.mentions).toEqual(doc.mentions);
    expect(back!.times).toEqual(doc.times);
    expect(back!.events.map(asWritten)).toEqual(doc.events);
    for (const e of back!.events) {
      const s = doc.sentences[e.sentence];
      expect(e.text).toBe(doc.text.slice(s.start, s.end));
      expect(e.evidenceText).toBe(doc.text.slice(e.evidence.start, e.evidence.end));
    }
    expect(JSON.parse(JSON.stringify(back))).toEqual(back);
    await store.close();
  });

  it('gives back the same contract event record that extract prints for the document', async () => {
    const [doc] = corpus();
    const store = await freshStore([doc]);
    const stored = (await store.document(doc.id))!.events;
    stored.forEach((e, i) => {
      const s = doc.sentences[doc.events[i].sentence];
      expect(toContractEvent(e)).toEqual(contractEvent(doc.id, doc.text.slice(s.start, s.end), doc.events[i]));
      expect(toContractEvent(e)).toMatchObject({ kind: 'event', doc: doc.id, code: doc.events[i].code, evidence: doc.events[i].evidence });
      expect(toContractEvent(e)).not.toHaveProperty('id');
    });
    await store.close();
  });

  it('a document that fails half-way leaves nothing behind', async () => {
    const [doc, other] = corpus();
    const store = await freshStore([doc]);
    const before = await tableCounts(store);
    const broken = { ...other, sentences: [...other.sentences, other.sentences[0]] };
    await expect(store.saveDocument(broken, hashOf(broken))).rejects.toThrow(/UNIQUE/);
    expect(await tableCounts(store)).toEqual(before);
    expect(await store.saveDocument(other, hashOf(other))).toBe('inserted');
    await store.close();
  });

  it('a stored hash is a no-op, under the same id or another one', async () => {
    const [doc] = corpus();
    const store = await freshStore([doc]);
    const before = await tableCounts(store);
    expect(await store.saveDocument(doc, hashOf(doc))).toBe('duplicate');
    expect(await store.saveDocument({ ...doc, id: 'copy' }, hashOf(doc))).toBe('duplicate');
    expect(await tableCounts(store)).toEqual(before);
    await store.close();
  });

  it('the same id with a new hash replaces the old rows and keeps actor counts right', async () => {
    const [doc] = corpus();
    const store = await freshStore([doc]);
    const changed = buildDoc({ id: doc.id, sentences: ['Russia warned Azerbaijan in 2012.'], events: [{ source: RUS, target: AZE, code: '130', date: '2012' }] });
    expect(await store.saveDocument(changed, hashOf(changed))).toBe('updated');
    const back = await store.document(doc.id);
    expect(back!.events.map(asWritten)).toEqual(changed.events);
    expect(await tableCounts(store)).toMatchObject({ documents: 1, sentences: 1, events: 1, mentions: changed.mentions.length });
    const actors = await store.actors({ limit: 100 });
    expect(actors.map((a) => a.entityId).sort()).toEqual([AZE.entityId, RUS.entityId].sort());
    for (const a of actors) {
      expect(a.mentions).toBe(changed.mentions.filter((m) => m.entityId === a.entityId).length);
      expect(a.events).toBe(1);
    }
    expect(await store.searchSentences('gas deal')).toEqual([]);
    expect((await store.searchSentences('warned')).map((h) => h.doc)).toEqual([doc.id]);
    await store.close();
  });

  it('counts each actor once per event and sums mentions across documents', async () => {
    const docs = corpus();
    const store = await freshStore(docs);
    const events = docs.flatMap((d) => d.events);
    for (const a of await store.actors({ limit: 1000 })) {
      const inEvents = events.filter((e) => e.source.entityId === a.entityId || e.target?.entityId === a.entityId);
      expect(a.events).toBe(inEvents.length);
      expect(a.mentions).toBe(docs.flatMap((d) => d.mentions).filter((m) => m.entityId === a.entityId).length);
    }
    const aze = await store.actors({ country: 'aze', limit: 10 });
    expect(aze.map((a) => a.entityId)).toEqual([AZE.entityId]);
    expect((await store.actors({ q: 'RUSS' })).map((a) => a.entityId).sort()).toEqual(
      [RUS.entityId, 'test:russian-troops'].sort());
    expect(await store.actors({ q: '%' })).toEqual([]);
    await store.close();
  });
});

describe('event queries', () => {
  const docs = corpus();
  const all = docs.flatMap((d) => d.events.map((e) => ({ doc: d, e })));
  let store: Store;
  beforeAll(async () => { store = await freshStore(docs); });
  afterAll(async () => { await store.close(); });

  const key = (doc: string, e: DyadEvent) => `${doc}/${e.sentence}/${e.code}`;
  const expectFilter = async (filter: Parameters<Store['events']>[0], pred: (e: DyadEvent, d: Doc) => boolean) => {
    const want = all.filter(({ doc, e }) => pred(e, doc)).map(({ doc, e }) => key(doc.id, e)).sort();
    const got = (await store.events(filter)).map((e) => key(e.doc, e)).sort();
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
    expect(await store.countEvents(filter)).toBe(want.length);
  };
  const countries = (e: DyadEvent) => [e.source.country, e.target?.country];

  it('filters by dyad in either direction', async () => {
    const isAzeRus = (e: DyadEvent) => countries(e).includes('AZE') && countries(e).includes('RUS');
    await expectFilter({ dyad: 'AZE-RUS' }, isAzeRus);
    await expectFilter({ dyad: 'RUS-AZE' }, isAzeRus);
    await expect(store.events({ dyad: 'AZE' })).rejects.toThrow(/dyad/);
  });

  it('filters by actor on either side, or by side', async () => {
    await expectFilter({ actor: 'ARM' }, (e) => countries(e).includes('ARM'));
    await expectFilter({ actor: 'NATO' }, (e) => e.source.org === 'NATO' || e.target?.org === 'NATO');
    await expectFilter({ actor: RUS.entityId! }, (e) => e.source.entityId === RUS.entityId || e.target?.entityId === RUS.entityId);
    await expectFilter({ source: 'RUS' }, (e) => e.source.country === 'RUS');
    await expectFilter({ target: 'AZE' }, (e) => e.target?.country === 'AZE');
  });

  it('filters by code prefix, root, quad, issue, negation and document', async () => {
    await expectFilter({ code: '087' }, (e) => e.code.startsWith('087'));
    await expectFilter({ code: '040' }, (e) => e.code === '040');
    await expectFilter({ root: '04' }, (e) => e.root === '04');
    await expectFilter({ quad: 3 }, (e) => e.quad === 3);
    await expectFilter({ issue: 'territory' }, (e) => e.issues.includes('territory'));
    await expectFilter({ negated: true }, (e) => e.negated);
    await expectFilter({ negated: false }, (e) => !e.negated);
    await expectFilter({ doc: 'beta', quad: 4 }, (e, d) => d.id === 'beta' && e.quad === 4);
    await expect(store.events({ quad: 5 })).rejects.toThrow(/quad/);
    await expect(store.events({ root: '8' })).rejects.toThrow(/root/);
    await expect(store.events({ code: '08x' })).rejects.toThrow(/code/);
  });

  it('filters by date: an event is kept when its date range overlaps [from, to]', async () => {
    const overlaps = (e: DyadEvent, from: string, to: string) => {
      if (!e.date) return false;
      const [a, b] = e.date.value.split('/');
      // Compare ISO prefixes at the shorter precision: '2008' overlaps '2008-08'; '..' is open.
      const cmp = (x: string, y: string) => { const k = Math.min(x.length, y.length); return x.slice(0, k).localeCompare(y.slice(0, k)); };
      const end = b ?? a;
      return (end === '..' || cmp(end, from) >= 0) && (a === '..' || cmp(a, to) <= 0);
    };
    await expectFilter({ from: '2008' }, (e) => overlaps(e, '2008', '9999'));
    await expectFilter({ to: '2005' }, (e) => overlaps(e, '0000', '2005'));
    await expectFilter({ from: '2008-08', to: '2008-08-31' }, (e) => overlaps(e, '2008-08', '2008-08-31'));
    await expectFilter({ from: '2003', to: '2003' }, (e) => overlaps(e, '2003', '2003'));
    await expectFilter({ from: '2010-11-18', to: '2010-11-18' }, (e) => overlaps(e, '2010-11-18', '2010-11-18'));
    await expectFilter({ from: '2007-01-15' }, (e) => overlaps(e, '2007-01-15', '9999'));
    await expect(store.events({ from: 'last week' })).rejects.toThrow(/from/);
  });

  it('filters by words of the sentence, with stemming and awkward input', async () => {
    await expectFilter({ q: 'gas' }, (e, d) => sentenceOf(d, e).includes('gas'));
    await expectFilter({ q: 'weapon' }, (e, d) => sentenceOf(d, e).includes('weapons'));
    await expectFilter({ q: 'U.S.' }, (e, d) => sentenceOf(d, e).includes('U.S.'));
    await expectFilter({ q: 'villages 2008' }, (e, d) => /villages.*2008/.test(sentenceOf(d, e)));
    for (const q of ['"', '"unbalanced', 'AND', 'OR NOT', '(', 'NEAR(', '*', "don't", '-Russia', 'a:b', '“delimitation”']) {
      await expect(store.events({ q })).resolves.toBeInstanceOf(Array);
      await expect(store.searchSentences(q)).resolves.toBeInstanceOf(Array);
    }
    expect(await store.events({ q: '"' })).toEqual([]);
  });

  it('pages through a stable order: dated events by date first, undated last', async () => {
    const full = await store.events({ limit: 1000 });
    expect(full.length).toBe(all.length);
    const paged: StoredEvent[] = [];
    for (let offset = 0; offset < full.length; offset += 3) paged.push(...(await store.events({ limit: 3, offset })));
    expect(paged.map((e) => e.id)).toEqual(full.map((e) => e.id));
    const dated = full.filter((e) => e.date);
    expect(full.slice(0, dated.length)).toEqual(dated);
    const starts = dated.map((e) => e.date!.value.slice(0, 4));
    expect([...starts].sort()).toEqual(starts);
    expect(await store.events({ limit: 0 })).toEqual([]);
    await expect(store.events({ limit: -1 })).rejects.toThrow(/limit/);
  });

  it('summarises: stats and dyads agree with the events', async () => {
    const stats = await store.stats();
    expect(stats.documents).toBe(docs.length);
    expect(stats.events).toBe(all.length);
    expect(stats.sentences).toBe(docs.reduce((s, d) => s + d.sentences.length, 0));
    for (const q of [1, 2, 3, 4] as const) expect(stats.eventsByQuad[q]).toBe(all.filter(({ e }) => e.quad === q).length);
    const dyads = await store.dyads();
    expect(stats.topDyads.map((d) => d.dyad)).toEqual(dyads.slice(0, 10).map((d) => d.dyad));
    for (const d of dyads) {
      const evs = await store.events({ dyad: d.dyad, limit: 1000 });
      expect(d.events).toBe(evs.length);
      expect(d.meanGoldstein).toBeCloseTo(evs.reduce((s, e) => s + e.goldstein, 0) / evs.length, 3);
    }
    const docList = await store.documents({ limit: 10 });
    expect(docList.map((d) => d.id).sort()).toEqual(docs.map((d) => d.id).sort());
    expect(docList.find((d) => d.id === 'beta')!.events).toBe(docs[1].events.length);
  });
});

function sentenceOf(d: Doc, e: DyadEvent): string {
  const s = d.sentences[e.sentence];
  return d.text.slice(s.start, s.end);
}

describe('sentence search', () => {
  it('finds sentences by words, returns their exact text and pages without overlap', async () => {
    const docs = corpus();
    const store = await freshStore(docs);
    const hits = await store.searchSentences('Azerbaijan', { limit: 100 });
    const want = docs.flatMap((d) => d.sentences.filter((s) => d.text.slice(s.start, s.end).includes('Azerbaijan')).map((s) => `${d.id}/${s.index}`));
    expect(hits.map((h) => `${h.doc}/${h.sentence}`).sort()).toEqual(want.sort());
    for (const h of hits) {
      const d = docs.find((x) => x.id === h.doc)!;
      expect(h.text).toBe(d.text.slice(h.start, h.end));
      expect(h.title).toBe(d.title);
    }
    const paged = [...(await store.searchSentences('Azerbaijan', { limit: 2 })), ...(await store.searchSentences('Azerbaijan', { limit: 100, offset: 2 }))];
    expect(paged).toEqual(hits);
    expect(await store.searchSentences('Azerb*')).toHaveLength(hits.length);
    await store.close();
  });
});

describe('defaultDbPath', () => {
  it('takes $DYAD_DB when set, else ./dyad.db', () => {
    expect(defaultDbPath({ DYAD_DB: '/data/x.db' })).toBe('/data/x.db');
    expect(defaultDbPath({ DYAD_DB: '  ' })).toBe('dyad.db');
    expect(defaultDbPath({})).toBe('dyad.db');
  });
});

describe('bad database paths', () => {
  it('names the path when it is a directory', () => {
    const dir = join(tmp.dir, 'a-dir');
    mkdirSync(dir);
    expect(() => openStore(dir)).toThrow(StoreError);
    expect(() => openStore(dir)).toThrow(new RegExp(`${dir}.*directory`));
  });

  it('names the path when its parent is not a directory', () => {
    const file = join(tmp.dir, 'plain-file');
    writeFileSync(file, 'x');
    expect(() => openStore(join(file, 'x.db'))).toThrow(/plain-file\/x\.db/);
  });

  it('read-only open of a missing file fails and read-only stores refuse writes', async () => {
    expect(() => openStore(join(tmp.dir, 'missing.db'), { readonly: true })).toThrow(/missing\.db.*no such file/);
    const path = join(tmp.dir, 'ro.db');
    await (await freshStoreAt(path)).close();
    const ro = openStore(path, { readonly: true });
    const [doc] = corpus();
    await expect(ro.saveDocument(doc, 'h')).rejects.toThrow(/read-only/);
    expect((await ro.stats()).documents).toBe(0);
    await ro.close();
  });
});

async function freshStoreAt(path: string): Promise<Store> {
  const s = openStore(path);
  await s.ready;
  return s;
}
