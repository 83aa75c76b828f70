#!/usr/bin/env node
// Store benchmarks (see bench/RESULTS.md "## Store").
//
//   npx tsc -p tsconfig.json
//   node bench/store.mjs write [DOCS]        # saveDocument throughput on synthetic documents,
//                                            # and the same rows through Kysely for comparison
//   node bench/store.mjs query DB            # query latencies on a database made by
//                                            # bench/make-synthetic-db.mjs (median of 5 runs)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../dist/store/index.js';

const COUNTRIES = ['RUS', 'AZE', 'ARM', 'GEO', 'TUR', 'IRN', 'USA', 'UKR'];

/** A document shaped like a long news report: 30 sentences, 40 mentions, 10 times, 15 events. */
function syntheticDoc(n) {
  const spans = [];
  let text = '';
  for (let i = 0; i < 30; i++) {
    const s = `In ${1990 + ((n + i) % 30)} the ${COUNTRIES[i % 8]} government said talks with ${COUNTRIES[(i + n) % 8]} on item ${n}-${i} went well.`;
    if (text) text += ' ';
    spans.push([text.length, text.length + s.length]);
    text += s;
  }
  const actor = (c) => ({ code: `${c}GOV`, country: c, org: null, sector: 'GOV', name: `${c} government`, type: 'organization', entityId: `bench:${c}GOV` });
  const mentions = Array.from({ length: 40 }, (_, i) => {
    const c = COUNTRIES[i % 8];
    const [s] = spans[i % 30];
    return { sentence: i % 30, start: s, end: s + 5, text: text.slice(s, s + 5), type: 'organization', canonical: `${c} government`,
      entityId: `bench:${c}GOV`, code: `${c}GOV`, country: c, org: null, sector: 'GOV', tokenStart: 0, tokenEnd: 1, modifier: false };
  });
  const times = Array.from({ length: 10 }, (_, i) => {
    const [s] = spans[i * 3];
    return { sentence: i * 3, start: s + 3, end: s + 7, text: text.slice(s + 3, s + 7), value: text.slice(s + 3, s + 7),
      granularity: 'year', anchor: 'absolute', nonEvent: false };
  });
  const events = Array.from({ length: 15 }, (_, i) => ({
    sentence: i * 2, source: actor(COUNTRIES[i % 8]), target: actor(COUNTRIES[(i + 3) % 8]), code: '036', root: '03',
    label: 'Express intent to meet or negotiate', quad: 1, goldstein: 4, plover: 'CONSULT',
    date: { value: `${1990 + ((n + i) % 30)}`, granularity: 'year', fromDocument: false }, negated: i % 10 === 0,
    modality: 'asserted', issues: ['diplomacy'], evidence: { start: spans[i * 2][0], end: spans[i * 2][1] }, confidence: 0.7,
  }));
  return { id: `bench-${n}`, title: `Bench ${n}`, date: null, text, source: '-', url: null,
    sentences: spans.map(([start, end], index) => ({ index, start, end, tokenStart: 0, tokenEnd: 0 })),
    tokens: [], mentions, times, events, issues: ['diplomacy'] };
}

/** The same rows through Kysely (multi-row inserts, one transaction per document). */
async function kyselySave(db, doc, hash) {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('documents').values({ id: doc.id, hash, title: doc.title, date: doc.date, source: doc.source, url: doc.url,
      text: doc.text, ingested_at: new Date().toISOString(), sentence_count: doc.sentences.length }).execute();
    await trx.insertInto('sentences').values(doc.sentences.map((s) => ({ doc_id: doc.id, idx: s.index, start: s.start, end: s.end,
      text: doc.text.slice(s.start, s.end) }))).execute();
    await trx.insertInto('mentions').values(doc.mentions.map((m) => ({ doc_id: doc.id, sentence: m.sentence, start: m.start, end: m.end,
      text: m.text, type: m.type, canonical: m.canonical, entity_id: m.entityId, code: m.code, country: m.country, org: m.org,
      sector: m.sector, token_start: m.tokenStart, token_end: m.tokenEnd, modifier: 0 }))).execute();
    await trx.insertInto('times').values(doc.times.map((t) => ({ doc_id: doc.id, sentence: t.sentence, start: t.start, end: t.end,
      text: t.text, value: t.value, granularity: t.granularity, anchor: t.anchor, non_event: 0 }))).execute();
    for (const e of doc.events) {
      const { id } = await trx.insertInto('events').values({ doc_id: doc.id, sentence: e.sentence, source_code: e.source.code,
        source_country: e.source.country, source_name: e.source.name, source_type: e.source.type, source_entity_id: e.source.entityId,
        target_code: e.target.code, target_country: e.target.country, target_name: e.target.name, target_type: e.target.type,
        target_entity_id: e.target.entityId, code: e.code, root: e.root, label: e.label, quad: e.quad, goldstein: e.goldstein,
        plover: e.plover, date_value: e.date.value, date_granularity: e.date.granularity, date_start: `${e.date.value}-01-01`,
        date_end: `${e.date.value}-12-31`, negated: e.negated ? 1 : 0, modality: e.modality, issues: JSON.stringify(e.issues),
        evidence_start: e.evidence.start, evidence_end: e.evidence.end, confidence: e.confidence,
        dyad: [e.source.country, e.target.country].sort().join('-') }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('event_issues').values(e.issues.map((issue) => ({ event_id: id, issue }))).execute();
    }
  });
}

async function timeWrites(label, docs, save) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const store = openStore(join(dir, 'w.db'));
  await store.ready;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const d of docs) await save(store, d, `h-${d.id}`);
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuMsPerDoc = (cpu.user + cpu.system) / 1000 / docs.length;
  const events = docs.reduce((n, d) => n + d.events.length, 0);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return `${label}: ${docs.length} docs in ${s.toFixed(2)} s = ${Math.round(docs.length / s)} docs/s, ${Math.round(events / s)} events/s (wall); CPU ${cpuMsPerDoc.toFixed(2)} ms/doc = ${Math.round(1000 / cpuMsPerDoc)} docs/s on one free core`;
}

async function write(n) {
  const docs = Array.from({ length: n }, (_, i) => syntheticDoc(i));
  console.log(await timeWrites('saveDocument (prepared statements)', docs, (st, d, h) => st.saveDocument(d, h)));
  console.log(await timeWrites('Kysely inserts (comparison)', docs.slice(0, Math.ceil(n / 4)), (st, d, h) => kyselySave(st.db, d, h)));
}

async function median(fn, runs = 5) {
  const times = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)], out };
}

async function query(path) {
  const store = openStore(path, { readonly: true });
  await store.ready;
  const cases = {
    'events() first page, no filter': () => store.events({}),
    'events() page 100 (offset 10000)': () => store.events({ offset: 10000 }),
    'events({dyad: AZE-RUS})': () => store.events({ dyad: 'AZE-RUS' }),
    'events({dyad, from: 2008, to: 2008})': () => store.events({ dyad: 'AZE-RUS', from: '2008', to: '2008' }),
    'events({actor: GEO})': () => store.events({ actor: 'GEO' }),
    'events({root: 19, quad: 4})': () => store.events({ root: '19', quad: 4 }),
    'events({issue: energy, negated: true})': () => store.events({ issue: 'energy', negated: true }),
    'events({q: pipeline})': () => store.events({ q: 'pipeline' }),
    'events({from: 2014-03, to: 2014-03})': () => store.events({ from: '2014-03', to: '2014-03' }),
    'countEvents({dyad: AZE-RUS})': () => store.countEvents({ dyad: 'AZE-RUS' }),
    'countEvents({actor: RUS})': () => store.countEvents({ actor: 'RUS' }),
    'countEvents({})': () => store.countEvents({}),
    'searchSentences(caspian delimitation)': () => store.searchSentences('caspian delimitation'),
    'actors({limit: 50})': () => store.actors({ limit: 50 }),
    'documents({limit: 50})': () => store.documents({ limit: 50 }),
    'document(syn-100)': () => store.document('syn-100'),
    'dyads()': () => store.dyads(),
    'stats()': () => store.stats(),
  };
  console.log(`${path}: ${await store.countEvents({})} events`);
  for (const [name, fn] of Object.entries(cases)) {
    const { ms, out } = await median(fn);
    console.log(`${name.padEnd(42)} ${ms.toFixed(1).padStart(8)} ms  (${Array.isArray(out) ? `${out.length} rows` : typeof out === 'number' ? out : 'object'})`);
  }
  await store.close();
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'write') await write(Number(arg ?? 2000));
else if (mode === 'query' && arg) await query(arg);
else throw new Error('usage: node bench/store.mjs write [DOCS] | query DB');
