#!/usr/bin/env node
// A/B speed of the output step (contract records -> JSON lines -> /dev/null), old build against
// this worktree's dist/, in ONE process over the same analysed documents, alternated in rounds
// (the machine is noisy: only ratios within a run are trusted). The documents are analysed once
// with this build's default pipeline (the bench corpus: founding report + dev suite sentences).
// Variants: "events" writes each event's contract record (as bench/events-throughput.mjs),
// "all" every contract record of the document (as `dyad extract --format jsonl`). A build without
// jsonLines writes one JSON.stringify per record, as main did. Checks both builds print the same.
// Usage: npx tsc -p tsconfig.json && node bench/output-ab.mjs [--old /work/baseline3/dist] [--docs 140] [--rounds 13]
import fs from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const oldDist = opt('--old', '/work/baseline3/dist');
const nDocs = Number(opt('--docs', '140'));
const rounds = Number(opt('--rounds', '13'));

const load = (p) => import(new URL(p, new URL('../dist/', import.meta.url)).href);
const { createDefaultPipeline } = await load('pipeline/default-pipeline.js');
const { newDoc } = await load('pipeline/pipeline.js');
const withLines = (m) => ({ ...m, lines: m.jsonLines ?? ((records) => records.map((r) => JSON.stringify(r)).join('\n')) });
const builds = { old: withLines(await import(`file://${oldDist}/pipeline/contract.js`)), new: withLines(await load('pipeline/contract.js')) };

const shared = '/work/shared';
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];
const { stages } = await createDefaultPipeline();
const docs = Array.from({ length: nDocs }, (_, d) => {
  const doc = newDoc({ id: `d${d}`, title: null, date: '2010-01-01', text: chunks[d % chunks.length], source: 'bench', url: null });
  for (const s of stages) s.run(doc);
  return doc;
});

const out = fs.openSync('/dev/null', 'w');
const variants = {
  events: (b, doc) => {
    const records = doc.events.map((e) => { const s = doc.sentences[e.sentence]; return b.contractEvent(doc.id, doc.text.slice(s.start, s.end), e); });
    return records.length ? b.lines(records) + '\n' : '';
  },
  all: (b, doc) => b.lines(b.contractRecords(doc)) + '\n',
};
for (const [name, v] of Object.entries(variants)) {
  for (const doc of docs) if (v(builds.old, doc) !== v(builds.new, doc)) throw new Error(`${name}: the builds print different lines for ${doc.id}`);
}
const ms = {};
for (let r = -1; r < rounds; r++) { // round -1 warms up
  for (const [name, v] of Object.entries(variants)) {
    for (const build of r % 2 === 0 ? ['old', 'new'] : ['new', 'old']) {
      const t = process.hrtime.bigint();
      for (let k = 0; k < 5; k++) for (const doc of docs) fs.writeSync(out, v(builds[build], doc));
      if (r >= 0) (ms[`${name}.${build}`] ??= []).push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
}
const best = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const result = { old: oldDist, docs: nDocs, rounds };
for (const name of Object.keys(variants)) {
  const o = ms[`${name}.old`], n = ms[`${name}.new`];
  result[name] = { oldBestMs: +best(o).toFixed(1), newBestMs: +best(n).toFixed(1), oldMedianMs: +median(o).toFixed(1), newMedianMs: +median(n).toFixed(1), ratioBest: +(best(o) / best(n)).toFixed(2), ratioMedian: +(median(o) / median(n)).toFixed(2) };
}
console.log(JSON.stringify(result));
