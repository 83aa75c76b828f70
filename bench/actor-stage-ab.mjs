#!/usr/bin/env node
// In-process A/B of the actor stage alone of two builds, on documents tokenized once by each
// build's own text stage (the events-throughput chunks), alternating rounds of 4 passes; CPU us
// per sentence, best / first quartile / median of the later three quarters of the rounds.
// Usage: node bench/actor-stage-ab.mjs OLD_DIST NEW_DIST [rounds=200]
import fs from 'node:fs';
import path from 'node:path';
const [A, B] = [process.argv[2], process.argv[3]].map((d) => path.resolve(d));
const rounds = +(process.argv[4] ?? 200);
const shared = new URL('../../shared/', import.meta.url).pathname;
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];
async function build(dist) {
  const { createDefaultPipeline } = await import(dist+'/pipeline/default-pipeline.js');
  const { newDoc } = await import(dist+'/pipeline/pipeline.js');
  const { stages } = await createDefaultPipeline();
  const stage = stages.find(s=>s.name.startsWith('actors'));
  const docs = chunks.map(text => { const doc = newDoc({ id: 'x', title: null, date: '2010-01-01', text, source: 'bench', url: null }); stages[0].run(doc); return doc; });
  return { stage, docs, t: [] };
}
const bs = [await build(A), await build(B)];
let sents = 0; for (const d of bs[0].docs) sents += d.sentences.length;
for (let r = 0; r < rounds; r++) {
  for (const b of (r & 1 ? [bs[1], bs[0]] : bs)) {
    const c = process.cpuUsage();
    for (let k = 0; k < 4; k++) for (const d of b.docs) b.stage.run(d);
    const u = process.cpuUsage(c); b.t.push((u.user + u.system) / 4 / sents);
  }
}
const stat = (t) => { const x = t.slice(rounds/4).sort((a,b)=>a-b); return [x[0], x[x.length>>2], x[x.length>>1]]; };
const [a, b] = bs.map(b => stat(b.t));
console.log('us/sentence best/q1/median', a.map(v=>v.toFixed(2)).join('/'), '->', b.map(v=>v.toFixed(2)).join('/'), ' ratio old/new', a.map((v,i)=>(v/b[i]).toFixed(3)).join('/'));
