#!/usr/bin/env node
// Throughput and memory of the extraction path: raw text in -> JSON lines out.
// Stages: text -> actors -> time (when built) -> events, over dist/ (run `npx tsc -p tsconfig.json` first).
// Corpus: the founding report and the dev suite sentences, repeated as ~10 KB documents until
// --mb megabytes (default 20) have passed; documents are generated and dropped one at a time,
// so peak memory must stay flat in corpus size. Output goes to /dev/null (or --out FILE).
// Usage: node bench/events-throughput.mjs [--mb 20] [--out /dev/null]
import fs from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const targetBytes = Number(opt('--mb', '20')) * 1024 * 1024;
const outPath = opt('--out', '/dev/null');

const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { textStage } = await load('text/index.js');
const actors = await load('actors/index.js');
const events = await load('events/event-stage.js');
const { loadCodebook } = await load('events/codebook.js');
const { loadEventDictionary } = await load('events/event-dictionary.js');
let time = null;
try { time = await load('time/index.js'); } catch { /* not built yet */ }

const shared = '/work/shared';
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];

const codebook = loadCodebook();
const dictionary = loadEventDictionary(undefined, (c) => codebook.lookup(c) !== undefined);
const stages = [textStage, actors.createActorStage(actors.loadActorDictionary())];
if (time) stages.push(time.createTimeStage());
const eventStage = events.createEventCoderStage({ codebook, dictionary, dateForSpan: time ? time.dateForSpan : () => null });
stages.push(eventStage);

const out = fs.openSync(outPath, 'w');
let bytes = 0, sentences = 0, nEvents = 0, docs = 0, peakRss = 0, outNs = 0n;
const stageNs = stages.map(() => 0n);
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
while (bytes < targetBytes) {
  const text = chunks[docs % chunks.length];
  const doc = { id: `d${docs}`, title: null, date: '2010-01-01', text, source: 'bench', url: null, sentences: [], tokens: [], mentions: [], times: [], events: [], issues: [] };
  for (let i = 0; i < stages.length; i++) {
    const a = process.hrtime.bigint();
    stages[i].run(doc);
    stageNs[i] += process.hrtime.bigint() - a;
  }
  const a = process.hrtime.bigint();
  const lines = doc.events.map((e) => JSON.stringify({ kind: 'event', doc: doc.id, ...e }));
  if (lines.length) fs.writeSync(out, lines.join('\n') + '\n');
  outNs += process.hrtime.bigint() - a;
  bytes += Buffer.byteLength(text);
  sentences += doc.sentences.length;
  nEvents += doc.events.length;
  docs++;
  if (docs % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const evSecs = Number(stageNs[stages.indexOf(eventStage)]) / 1e9;
// Wall seconds per stage (and for writing the JSON lines): where the time goes.
const stageSeconds = Object.fromEntries([...stages.map((s, i) => [s.name, +(Number(stageNs[i]) / 1e9).toFixed(2)]), ['output', +(Number(outNs) / 1e9).toFixed(2)]]);
const r = {
  mb: +(bytes / 1048576).toFixed(1), docs, sentences, events: nEvents, seconds: +secs.toFixed(2),
  sentencesPerSecond: Math.round(sentences / secs), sentencesPerCpuSecond: Math.round(sentences / cpuSecs), mbPerSecond: +(bytes / 1048576 / secs).toFixed(2),
  eventStageSentencesPerSecond: Math.round(sentences / evSecs), peakRssMB: Math.round(peakRss / 1048576),
  timeStage: !!time, stageSeconds, node: process.version,
};
console.log(JSON.stringify(r));
