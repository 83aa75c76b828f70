#!/usr/bin/env node
// A/B speed of the actor stage of this build with two dictionary directories (data/actors of a
// frozen build and of this tree), in one process, alternating rounds: dictionary work (more
// names, agent words, places) is checked for cost without the noise of separate processes.
// Corpus: the dev suites' texts, the founding report and the actor test sentences, tokenised
// once; only stage.run is timed (CPU ms per round of 20 passes).
// Usage: npx tsc -p tsconfig.json && node bench/ab-actor-dictionary.mjs [--old /work/baseline3/data/actors] [--new data/actors] [--rounds 16]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '../shared');
const { tokenize, splitSentences } = await import(join(root, 'dist/text/index.js'));
const { loadActorDictionary, createActorStage } = await import(join(root, 'dist/actors/index.js'));
const dirs = { old: resolve(opt('--old', '/work/baseline3/data/actors')), new: resolve(opt('--new', join(root, 'data/actors'))) };
const rounds = Number(opt('--rounds', '16'));
const stages = { old: createActorStage(loadActorDictionary({ dir: dirs.old })), new: createActorStage(loadActorDictionary({ dir: dirs.new })) };

const jsonl = (f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const texts = [
  ...jsonl(join(shared, 'eval/dev/plover-gsr.dev.jsonl')).map((r) => r.text),
  ...jsonl(join(shared, 'eval/dev/petrarch-gsr.dev.jsonl')).map((r) => r.text),
  readFileSync(join(shared, 'seeds/azerbaijan-russia-relations.txt'), 'utf8'),
  ...jsonl(join(root, 'test/actors/cases.jsonl')).map((r) => r.text),
];
const docs = texts.map((text) => { const tokens = tokenize(text); return { text, tokens, sentences: splitSentences(text, tokens) }; });

function round(stage) {
  const t = process.cpuUsage();
  for (let r = 0; r < 20; r++) {
    for (const d of docs) stage.run({ id: 'd', title: null, date: null, text: d.text, source: 'bench', url: null, tokens: d.tokens, sentences: d.sentences, mentions: [], times: [], events: [], issues: [] });
  }
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

const ms = { old: [], new: [] };
for (let i = 0; i < rounds; i++) for (const k of i % 2 ? ['old', 'new'] : ['new', 'old']) ms[k].push(round(stages[k]));
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const best = (a) => Math.min(...a);
const r3 = (x) => Math.round(x * 1000) / 1000;
console.log(JSON.stringify({
  docs: docs.length, rounds, old: dirs.old, new: dirs.new,
  cpuMs: { old: { best: r3(best(ms.old)), median: r3(median(ms.old)) }, new: { best: r3(best(ms.new)), median: r3(median(ms.new)) } },
  newOverOld: { best: r3(best(ms.new) / best(ms.old)), median: r3(median(ms.new) / median(ms.old)) },
}));
