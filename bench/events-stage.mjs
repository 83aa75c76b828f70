#!/usr/bin/env node
// The event stage alone: documents are prepared once (text -> actors -> time), then the event
// stage runs over them --rounds times; reports sentences per second of the event stage only.
// Usage: npx tsc -p tsconfig.json; node bench/events-stage.mjs [--docs 400] [--rounds 5]
import fs from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const nDocs = opt('--docs', 400), rounds = opt('--rounds', 5);
const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { textStage } = await load('text/index.js');
const actors = await load('actors/index.js');
const time = await load('time/index.js');
const { createEventStage, loadCodebook, loadEventDictionary } = await load('events/index.js');

const shared = '/work/shared';
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];

const prep = [textStage, actors.createActorStage(actors.loadActorDictionary()), time.createTimeStage()];
const docs = Array.from({ length: nDocs }, (_, i) => {
  const doc = { id: `d${i}`, title: null, date: '2010-01-01', text: chunks[i % chunks.length], source: 'bench', url: null, sentences: [], tokens: [], mentions: [], times: [], events: [], issues: [] };
  for (const s of prep) s.run(doc);
  return doc;
});
const stage = createEventStage({ codebook: loadCodebook(), dictionary: loadEventDictionary() });
const sentences = docs.reduce((a, d) => a + d.sentences.length, 0);
let events = 0;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const d of docs) { stage.run(d); events += d.events.length; }
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ docs: nDocs, rounds, sentences: sentences * rounds, events, seconds: +secs.toFixed(2),
  sentencesPerSecond: Math.round(sentences * rounds / secs), sentencesPerCpuSecond: Math.round(sentences * rounds / ((cpu.user + cpu.system) / 1e6)) }));
