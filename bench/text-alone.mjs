#!/usr/bin/env node
// The text stage alone (tokenize + splitSentences) of ONE build per process, over the bench
// corpus (founding report + dev suite sentences as ~10 KB docs) cycled to --mb megabytes:
// --rounds passes, the first two untimed; prints the min and median CPU ms of the others.
// Made for A/B on a busy machine in two ways:
//   wall: alternate processes, e.g. for i in 1 2 3 4 5; do node bench/text-alone.mjs --dist /work/baseline3/dist; node bench/text-alone.mjs; done
//   instructions (repeatable to ~0.01%, unlike timings):
//     valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null --smc-check=all \
//       node --predictable bench/text-alone.mjs --mb 1 --rounds 4 [--dist DIR]
//     (start-up alone: --rounds 0; without --predictable the count varies by ~10%)
// Usage: npx tsc -p tsconfig.json && node bench/text-alone.mjs [--dist DIR] [--mb 5] [--rounds 10]
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const distOpt = opt('--dist', null);
const dist = distOpt ? `file://${path.resolve(distOpt)}/` : new URL('../dist/', import.meta.url).href;
const mb = Number(opt('--mb', '5'));
const rounds = Number(opt('--rounds', '10'));
const { textStage } = await import(new URL('text/index.js', dist).href);

const shared = '/work/shared';
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];
const corpus = [];
for (let b = 0, i = 0; b < mb * 1048576; i++) {
  corpus.push(chunks[i % chunks.length]);
  b += chunks[i % chunks.length].length;
}
const ms = [];
let tokens = 0;
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  for (const text of corpus) {
    const doc = { text, tokens: [], sentences: [] };
    textStage.run(doc);
    tokens += doc.tokens.length;
  }
  const c = process.cpuUsage(c0);
  if (r >= 2) ms.push((c.user + c.system) / 1000);
}
ms.sort((a, b) => a - b);
console.log(JSON.stringify({ dist, mb, docs: corpus.length, tokens, minMs: Math.round(ms[0] ?? NaN), medianMs: Math.round(ms[ms.length >> 1] ?? NaN) }));
