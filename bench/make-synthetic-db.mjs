#!/usr/bin/env node
// Fills a Dyad database with N synthetic events, fast, for query-latency benchmarks.
//
//   npx tsc -p tsconfig.json            # builds dist/ (the store's migrations come from there)
//   node bench/make-synthetic-db.mjs PATH N [--per-doc 20] [--seed 1]
//
// The schema is made by the real migrations (openStore); rows then go in through direct
// prepared inserts in big transactions, with the events indexes and the FTS trigger dropped
// during the load and rebuilt after (their SQL is read back from sqlite_master, so nothing
// about the schema is repeated here). Counts per actor are kept as saveDocument keeps them.
// Event codes come from data/cameo/codebook.json. Deterministic for a given seed.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore } from '../dist/store/index.js';
import { rng } from './lib.mjs';

const COUNTRIES = ['RUS', 'AZE', 'ARM', 'GEO', 'TUR', 'IRN', 'USA', 'UKR', 'KAZ', 'CHN', 'DEU', 'FRA', 'GBR', 'ISR',
  'SYR', 'IRQ', 'BLR', 'MDA', 'TKM', 'UZB', 'KGZ', 'TJK', 'POL', 'ITA', 'IND', 'PAK', 'JPN', 'KOR', 'SAU', 'EGY'];
const SECTORS = [null, null, 'GOV', 'GOV', 'MIL', 'OPP', 'BUS', 'CVL'];
const ISSUES = ['energy', 'territory', 'military-security', 'trade', 'diplomacy', 'migration', 'human-rights'];
const TOPICS = ['gas pipeline', 'Caspian delimitation', 'border incident', 'arms sales', 'oil transit', 'ceasefire talks',
  'trade quotas', 'visa regime', 'peacekeeping mission', 'radar station lease', 'sanctions', 'refugee return'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parseArgs(argv) {
  const [path, n, ...rest] = argv;
  if (!path || !Number.isInteger(Number(n)) || Number(n) <= 0) {
    throw new Error('usage: node bench/make-synthetic-db.mjs PATH N [--per-doc 20] [--seed 1]');
  }
  const opt = (name, dflt) => {
    const i = rest.indexOf(name);
    return i >= 0 ? Number(rest[i + 1]) : dflt;
  };
  return { path, total: Number(n), perDoc: opt('--per-doc', 20), seed: opt('--seed', 1) };
}


function loadCodes() {
  const file = fileURLToPath(new URL('../data/cameo/codebook.json', import.meta.url));
  const codes = JSON.parse(readFileSync(file, 'utf8')).codes.filter((c) => c.code.length >= 3);
  if (codes.length === 0) throw new Error(`${file}: no event codes`);
  return codes;
}

function makeGenerator(seed) {
  const r = rng(seed);
  const codes = loadCodes();
  // Zipf-like weights: a few countries dominate, as in real coverage.
  const zipf = (k) => Math.min(k - 1, Math.floor(k * Math.pow(r(), 2.2)));
  const pick = (list) => list[Math.floor(r() * list.length)];
  const actor = () => {
    const country = COUNTRIES[zipf(COUNTRIES.length)];
    const sector = pick(SECTORS);
    const code = `${country}${sector ?? ''}`;
    return { code, country, org: null, sector, name: sector ? `${country} ${sector.toLowerCase()}` : country,
      type: sector ? 'organization' : 'country', entityId: `syn:${code}` };
  };
  const date = () => {
    const y = 1990 + Math.floor(r() * 36);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const p = r();
    const pad = (x) => String(x).padStart(2, '0');
    if (p < 0.05) return null;
    if (p < 0.6) return { value: `${y}-${pad(m)}-${pad(d)}`, granularity: 'day', start: `${y}-${pad(m)}-${pad(d)}`, end: `${y}-${pad(m)}-${pad(d)}` };
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (p < 0.85) return { value: `${y}-${pad(m)}`, granularity: 'month', start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${last}` };
    return { value: `${y}`, granularity: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
  };
  return { r, codes, actor, date, pick };
}

function makeDoc(g, n, perDoc) {
  const sentences = [];
  const events = [];
  let text = '';
  for (let i = 0; i < perDoc; i++) {
    const source = g.actor();
    let target = g.r() < 0.1 ? null : g.actor();
    if (target && target.code === source.code) target = null;
    const code = g.pick(g.codes);
    const date = g.date();
    const when = date ? ` in ${MONTHS[Number(date.value.slice(5, 7) || 1) - 1]} ${date.value.slice(0, 4)}` : '';
    const s = `The ${source.name} ${code.name.toLowerCase()} ${target ? `with the ${target.name} ` : ''}over the ${g.pick(TOPICS)}${when}.`;
    if (text) text += ' ';
    sentences.push({ idx: i, start: text.length, end: text.length + s.length, text: s });
    text += s;
    const issues = g.r() < 0.6 ? [...new Set([g.pick(ISSUES), g.r() < 0.3 ? g.pick(ISSUES) : null].filter(Boolean))] : [];
    events.push({ sentence: i, source, target, code, date, issues, negated: g.r() < 0.05,
      modality: g.r() < 0.85 ? 'asserted' : 'reported', evStart: sentences[i].start, evEnd: sentences[i].end });
  }
  return { id: `syn-${n}`, title: `Synthetic report ${n}`, text, sentences, events };
}

function statements(db) {
  return {
    doc: db.prepare(`insert into documents (id, hash, title, date, source, url, text, ingested_at, sentence_count)
      values (?, ?, ?, null, 'synthetic', null, ?, ?, ?)`),
    sentence: db.prepare('insert into sentences (doc_id, idx, "start", "end", text) values (?, ?, ?, ?, ?)'),
    event: db.prepare(`insert into events (doc_id, sentence, source_code, source_country, source_org, source_sector,
      source_name, source_type, source_entity_id, target_code, target_country, target_org, target_sector, target_name,
      target_type, target_entity_id, code, root, label, quad, goldstein, plover, date_value, date_granularity,
      date_start, date_end, date_span, date_from_document, negated, modality, issues, evidence_start, evidence_end, confidence, dyad)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`),
    eventIssue: db.prepare('insert into event_issues (event_id, issue) values (?, ?)'),
    mention: db.prepare(`insert into mentions (doc_id, sentence, "start", "end", text, type, canonical, entity_id, code,
      country, org, sector, token_start, token_end, modifier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, 0, 0, 0)`),
    docIssue: db.prepare('insert or ignore into doc_issues (doc_id, issue) values (?, ?)'),
    actor: db.prepare(`insert into actors (entity_id, canonical, code, country, org, sector, type, mention_count, event_count)
      values (?, ?, ?, ?, null, ?, ?, ?, ?)`),
  };
}

function insertDoc(st, doc, now, tally) {
  st.doc.run(doc.id, `synthetic-${doc.id}`, doc.title, doc.text, now, doc.sentences.length);
  for (const s of doc.sentences) st.sentence.run(doc.id, s.idx, s.start, s.end, s.text);
  for (const e of doc.events) {
    const t = e.target;
    const dyad = t ? [e.source.country, t.country].sort().join('-') : null;
    const id = st.event.run(doc.id, e.sentence, e.source.code, e.source.country, null, e.source.sector, e.source.name,
      e.source.type, e.source.entityId, t?.code ?? null, t?.country ?? null, null, t?.sector ?? null, t?.name ?? null,
      t?.type ?? null, t?.entityId ?? null, e.code.code, e.code.root, e.code.name, e.code.quad, e.code.goldstein,
      e.code.plover, e.date?.value ?? null, e.date?.granularity ?? null, e.date?.start ?? null, e.date?.end ?? null,
      e.date ? (e.date.granularity === 'year' ? 1 : 0) : 2,
      e.negated ? 1 : 0, e.modality, JSON.stringify(e.issues), e.evStart, e.evEnd, 0.7, dyad).lastInsertRowid;
    for (const issue of e.issues) {
      st.eventIssue.run(id, issue);
      st.docIssue.run(doc.id, issue);
    }
    for (const a of t ? [e.source, t] : [e.source]) {
      // Each event actor is also a mention, placed at its name in the sentence text.
      const at = doc.text.indexOf(a.name, doc.sentences[e.sentence].start);
      st.mention.run(doc.id, e.sentence, at, at + a.name.length, a.name, a.type, a.name, a.entityId, a.code, a.country, a.sector);
      const row = tally.get(a.entityId) ?? { a, events: 0, mentions: 0 };
      row.events += 1;
      row.mentions += 1;
      tally.set(a.entityId, row);
    }
  }
}

/** Drops what slows a bulk load (events indexes, the FTS insert trigger); returns how to restore it. */
function suspendIndexes(db) {
  const saved = db.prepare(`select type, name, sql from sqlite_master where sql is not null and
    ((type = 'index' and tbl_name in ('events', 'event_issues', 'mentions')) or (type = 'trigger' and name = 'sentences_fts_ai'))`).all();
  for (const o of saved) db.exec(`drop ${o.type} "${o.name}"`);
  return () => {
    for (const o of saved) db.exec(o.sql);
    db.exec("insert into sentences_fts(sentences_fts) values ('rebuild')");
  };
}

export function makeSyntheticDb({ path, total, perDoc = 20, seed = 1 }) {
  for (const f of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(f)) rmSync(f);
  return (async () => {
    const store = openStore(path);
    await store.ready;
    const db = store.sqlite;
    db.pragma('synchronous = OFF');
    db.pragma('journal_mode = OFF');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -262144');
    const t0 = performance.now();
    const restore = suspendIndexes(db);
    const st = statements(db);
    const g = makeGenerator(seed);
    const tally = new Map();
    const now = new Date().toISOString();
    const docs = Math.ceil(total / perDoc);
    const batch = db.transaction((from, to) => {
      for (let n = from; n < to; n++) insertDoc(st, makeDoc(g, n, Math.min(perDoc, total - n * perDoc)), now, tally);
    });
    for (let n = 0; n < docs; n += 1000) batch(n, Math.min(docs, n + 1000));
    db.transaction(() => {
      for (const [id, { a, events, mentions }] of tally) st.actor.run(id, a.name, a.code, a.country, a.sector, a.type, mentions, events);
    })();
    const t1 = performance.now();
    restore();
    db.exec('analyze');
    if (process.env.DYAD_BENCH_VERBOSE) process.stderr.write(`rows ${(t1 - t0) / 1000}s, indexes+fts ${(performance.now() - t1) / 1000}s\n`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    await store.close();
    return { documents: docs, events: total };
  })();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const out = await makeSyntheticDb(args);
  const s = (performance.now() - t0) / 1000;
  process.stdout.write(`${args.path}: ${out.events} events in ${out.documents} documents, ${s.toFixed(1)} s ` +
    `(${Math.round(out.events / s)} events/s)\n`);
}
