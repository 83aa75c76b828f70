#!/usr/bin/env node
// A/B speed of the extraction stages (text -> actors -> time -> events) of two builds over the
// same documents, in one process, alternating rounds: a noisy shared machine moves both alike.
// Usage: node bench/ab-extract.mjs [--old /work/baseline/dist] [--new dist] [--rounds 6] [--docs 300]
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const rounds = Number(opt('--rounds', '6'));
const nDocs = Number(opt('--docs', '300'));
const dirs = { old: path.resolve(opt('--old', '/work/baseline/dist')), new: path.resolve(opt('--new', 'dist')) };

const shared = '/work/shared';
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const texts = [fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8')];
for (let i = 0; texts.length < nDocs; i = (i + 40) % suiteText.length) texts.push(suiteText.slice(i, i + 40).join(' '));

async function build(dir) {
  const load = (p) => import(path.join(dir, p));
  const { textStage } = await load('text/index.js');
  const actors = await load('actors/index.js');
  const events = await load('events/event-stage.js');
  const { loadCodebook } = await load('events/codebook.js');
  const { loadEventDictionary } = await load('events/event-dictionary.js');
  const time = await load('time/index.js');
  const codebook = loadCodebook();
  const dictionary = loadEventDictionary(undefined, (c) => codebook.lookup(c) !== undefined);
  return [textStage, actors.createActorStage(actors.loadActorDictionary()), time.createTimeStage(),
    events.createEventCoderStage({ codebook, dictionary, dateForSpan: time.dateForSpan })];
}

const pipes = { old: await build(dirs.old), new: await build(dirs.new) };
function run(stages) {
  let sentences = 0, nEvents = 0;
  const t0 = process.hrtime.bigint();
  texts.forEach((text, i) => {
    const doc = { id: `d${i}`, text, date: '2020-01-01' };
    for (const s of stages) s.run(doc);
    sentences += doc.sentences.length;
    nEvents += doc.events.length;
  });
  return { s: Number(process.hrtime.bigint() - t0) / 1e9, sentences, nEvents };
}
const times = { old: [], new: [] };
let last = {};
for (let r = 0; r < rounds; r++) for (const k of r % 2 ? ['new', 'old'] : ['old', 'new']) { last[k] = run(pipes[k]); times[k].push(last[k].s); }
const stat = (xs) => { const s = [...xs].sort((a, b) => a - b); return { best: s[0], median: s[Math.floor(s.length / 2)] }; };
for (const k of ['old', 'new']) {
  const { best, median } = stat(times[k]);
  console.log(`${k}: ${last[k].sentences} sentences, ${last[k].nEvents} events; best ${best.toFixed(3)} s (${Math.round(last[k].sentences / best)}/s), median ${median.toFixed(3)} s`);
}
console.log(`new/old time ratio: best ${(stat(times.new).best / stat(times.old).best).toFixed(3)}, median ${(stat(times.new).median / stat(times.old).median).toFixed(3)}`);
