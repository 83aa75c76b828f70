#!/usr/bin/env node
// Throughput and memory of the extraction path: raw text in -> JSON lines out.
// The stages are those of the default pipeline (text -> actors -> time -> events -> issues, as
// `dyad extract` runs them), over dist/ (run `npx tsc -p tsconfig.json` first). Each event is
// written as its contract record (the `kind: "event"` line of `dyad extract --format jsonl`);
// `--records all` writes every contract record (document, mentions, times, events) instead.
// Corpus: the founding report and the dev suite sentences, repeated as ~10 KB documents until
// --mb megabytes (default 20) have passed; documents are generated and dropped one at a time,
// so peak memory must stay flat in corpus size. Output goes to /dev/null (or --out FILE).
// Usage: node bench/events-throughput.mjs [--mb 20] [--out /dev/null] [--records events|all] [--dist DIR]
// --dist runs another build (e.g. --dist /work/baseline2/dist) on the same corpus, for A/B runs.
// BENCH_TRACE=N also prints, every N documents, the wall and process CPU seconds elapsed so far
// (stderr): the first ~100 documents run several times slower while V8 compiles the hot code
// (CPU includes V8's background compiler threads, so CPU > wall during warm-up).
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const targetBytes = Number(opt('--mb', '20')) * 1024 * 1024;
const outPath = opt('--out', '/dev/null');
const allRecords = opt('--records', 'events') === 'all';

const distOpt = opt('--dist', null);
const dist = distOpt ? new URL(`file://${path.resolve(distOpt)}/`) : new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { createDefaultPipeline } = await load('pipeline/default-pipeline.js');
const { newDoc } = await load('pipeline/pipeline.js');
const { contractEvent, contractRecords, jsonLines: builtLines, eventLines, documentLines } = await load('pipeline/contract.js');
// the build's own way of writing JSON lines (older builds: one JSON.stringify per record)
const jsonLines = builtLines ?? ((records) => records.map((r) => JSON.stringify(r)).join('\n'));
// the lines of one analysed document, as `dyad extract` of the build writes them
const linesOf = (doc) => {
  if (allRecords) return documentLines ? documentLines(doc) : jsonLines(contractRecords(doc));
  if (eventLines) return eventLines(doc);
  return jsonLines(doc.events.map((e) => {
    const s = doc.sentences[e.sentence];
    return contractEvent(doc.id, doc.text.slice(s.start, s.end), e);
  }));
};

const shared = new URL('../../shared/', import.meta.url).pathname;
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];

const { stages } = await createDefaultPipeline();
const eventStage = stages.find((s) => s.name.startsWith('events.'));

const out = fs.openSync(outPath, 'w');
let bytes = 0, sentences = 0, nEvents = 0, docs = 0, peakRss = 0, outNs = 0n;
const stageNs = stages.map(() => 0n);
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
while (bytes < targetBytes) {
  const text = chunks[docs % chunks.length];
  const doc = newDoc({ id: `d${docs}`, title: null, date: '2010-01-01', text, source: 'bench', url: null });
  for (let i = 0; i < stages.length; i++) {
    const a = process.hrtime.bigint();
    stages[i].run(doc);
    stageNs[i] += process.hrtime.bigint() - a;
  }
  const a = process.hrtime.bigint();
  const lines = linesOf(doc);
  if (lines.length) fs.writeSync(out, lines + '\n');
  outNs += process.hrtime.bigint() - a;
  bytes += Buffer.byteLength(text);
  sentences += doc.sentences.length;
  nEvents += doc.events.length;
  docs++;
  if (docs % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (process.env.BENCH_TRACE && docs % Number(process.env.BENCH_TRACE) === 0) {
    const c = process.cpuUsage(cpu0);
    console.error(docs, Number(process.hrtime.bigint() - t0) / 1e9, (c.user + c.system) / 1e6);
  }
}
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const evSecs = Number(stageNs[stages.indexOf(eventStage)]) / 1e9;
// Wall seconds per stage (and for writing the JSON lines): where the time goes.
const stageSeconds = Object.fromEntries([...stages.map((s, i) => [s.name, +(Number(stageNs[i]) / 1e9).toFixed(2)]), ['output', +(Number(outNs) / 1e9).toFixed(2)]]);
console.log(JSON.stringify({
  mb: +(bytes / 1048576).toFixed(1), docs, sentences, events: nEvents, records: allRecords ? 'all' : 'events', seconds: +secs.toFixed(2),
  sentencesPerSecond: Math.round(sentences / secs), sentencesPerCpuSecond: Math.round(sentences / cpuSecs), mbPerSecond: +(bytes / 1048576 / secs).toFixed(2),
  eventStageSentencesPerSecond: Math.round(sentences / evSecs), peakRssMB: Math.round(peakRss / 1048576),
  stageSeconds, node: process.version,
}));
