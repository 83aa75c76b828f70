#!/usr/bin/env node
// A/B speed of two builds' default pipelines (text -> actors -> time -> events -> issues, then the
// contract event records as JSON) in one process, alternating document by document: load from
// other processes on a shared machine then falls on both builds alike, which whole-run
// alternation (events-throughput.mjs --dist) cannot promise. Same corpus as events-throughput.
// Prints seconds per stage for each build and the new/old ratios.
// Usage: node bench/ab-docs.mjs --old /work/baseline3/dist [--new dist] [--mb 10]
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const targetBytes = Number(opt('--mb', '10')) * 1024 * 1024;
const dirs = { old: path.resolve(opt('--old', '/work/baseline3/dist')), new: path.resolve(opt('--new', 'dist')) };

const shared = new URL('../../shared/', import.meta.url).pathname;
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];

async function build(dir) {
  const load = (p) => import(path.join(dir, p));
  const { createDefaultPipeline } = await load('pipeline/default-pipeline.js');
  const { newDoc } = await load('pipeline/pipeline.js');
  const { contractEvent, jsonLines, eventLines } = await load('pipeline/contract.js');
  const { stages } = await createDefaultPipeline();
  // each build's own way of writing the event lines (as events-throughput.mjs picks it)
  const lines = eventLines ?? ((doc) => {
    const records = doc.events.map((e) => {
      const s = doc.sentences[e.sentence];
      return contractEvent(doc.id, doc.text.slice(s.start, s.end), e);
    });
    return jsonLines ? jsonLines(records) : records.map((r) => JSON.stringify(r)).join('\n');
  });
  return { stages, newDoc, lines, ns: new Float64Array(stages.length + 1), sentences: 0, events: 0 };
}
const builds = { old: await build(dirs.old), new: await build(dirs.new) };

function runDoc(b, id, text) {
  const doc = b.newDoc({ id, title: null, date: '2010-01-01', text, source: 'bench', url: null });
  for (let i = 0; i < b.stages.length; i++) {
    const a = process.hrtime.bigint();
    b.stages[i].run(doc);
    b.ns[i] += Number(process.hrtime.bigint() - a);
  }
  const a = process.hrtime.bigint();
  const lines = b.lines(doc);
  b.ns[b.stages.length] += Number(process.hrtime.bigint() - a);
  b.sentences += doc.sentences.length;
  b.events += doc.events.length;
  return lines.length;
}

let bytes = 0;
for (let d = 0; bytes < targetBytes; d++) {
  const text = chunks[d % chunks.length];
  for (const k of d % 2 ? ['new', 'old'] : ['old', 'new']) runDoc(builds[k], `d${d}`, text);
  bytes += Buffer.byteLength(text);
}
const names = [...builds.new.stages.map((s) => s.name), 'output'];
const secs = (b) => Array.from(b.ns, (x) => x / 1e9);
const total = (b) => secs(b).reduce((x, y) => x + y, 0);
const row = {};
names.forEach((n, i) => { row[n] = { old: +secs(builds.old)[i].toFixed(3), new: +secs(builds.new)[i].toFixed(3), ratio: +(secs(builds.new)[i] / secs(builds.old)[i]).toFixed(3) }; });
console.table(row);
for (const k of ['old', 'new']) {
  const b = builds[k];
  console.log(`${k}: ${b.sentences} sentences, ${b.events} events, ${total(b).toFixed(2)} s in stages+output (${Math.round(b.sentences / total(b))} sentences/s)`);
}
console.log(`new/old time ratio: ${(total(builds.new) / total(builds.old)).toFixed(3)}`);
