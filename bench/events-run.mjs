#!/usr/bin/env node
// Dev runner for the event coder: text -> actors -> time -> events over the built code in dist/,
// printing contract event records (JSON lines). Input: a text file, or a suite .jsonl file.
// Usage: npx tsc -p tsconfig.json; node bench/events-run.mjs FILE > out.jsonl
import fs from 'node:fs';
import path from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { textStage } = await load('text/index.js');
const actors = await load('actors/index.js');
const events = await load('events/event-stage.js');
const cb = await load('events/codebook.js');
const ed = await load('events/event-dictionary.js');
let time = null;
try { time = await load('time/index.js'); } catch { /* time stage not built yet: dates stay null */ }

const codebook = cb.loadCodebook();
const dictionary = ed.loadEventDictionary(undefined, (c) => codebook.lookup(c) !== undefined);
const built = fs.readdirSync(new URL('../data/actors/', import.meta.url)).some((f) => f.endsWith('.jsonl'));
const actorDict = actors.loadActorDictionary(built ? {} : { dir: new URL('../data/actors/curated/', import.meta.url).pathname });
const stages = [textStage, actors.createActorStage(actorDict)];
if (time) stages.push(time.createTimeStage());
stages.push(events.createEventCoderStage({ codebook, dictionary, dateForSpan: time ? time.dateForSpan : () => null }));

function run(src) {
  const doc = { ...src, sentences: [], tokens: [], mentions: [], times: [], events: [], issues: [] };
  for (const s of stages) s.run(doc);
  return doc;
}

function print(doc) {
  const out = [JSON.stringify({ kind: 'document', doc: doc.id, title: doc.title, date: doc.date, text: doc.text, sentences: doc.sentences.length })];
  for (const m of doc.mentions) out.push(JSON.stringify({ kind: 'mention', doc: doc.id, sentence: m.sentence, start: m.start, end: m.end, text: m.text, type: m.type, canonical: m.canonical, code: m.code, country: m.country, org: m.org, sector: m.sector }));
  for (const t of doc.times) out.push(JSON.stringify({ kind: 'time', doc: doc.id, ...t }));
  for (const e of doc.events) {
    const s = doc.sentences[e.sentence];
    out.push(JSON.stringify({ kind: 'event', doc: doc.id, ...e, text: doc.text.slice(s.start, s.end), evidenceText: doc.text.slice(e.evidence.start, e.evidence.end) }));
  }
  process.stdout.write(out.join('\n') + '\n');
}

const file = process.argv[2];
if (file.endsWith('.jsonl')) {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    print(run({ id: r.id, title: null, date: /^\d{4}(-\d\d){0,2}$/.test(r.date ?? '') ? r.date : null, text: r.text, source: file, url: null }));
  }
} else {
  const text = fs.readFileSync(file, 'utf8');
  print(run({ id: path.basename(file).replace(/\.[^.]+$/, ''), title: null, date: null, text, source: file, url: null }));
}
