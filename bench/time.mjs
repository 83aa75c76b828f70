// Throughput of the time stage (src/time) on one core.
// Usage: npx tsc -p tsconfig.json && node bench/time.mjs [--mb 5] [--runs 3]
// Text: the founding report plus the dev suite sentences (dated news), repeated to --mb MB;
// one Doc per repetition, dated 2012-12-12 so relative phrases resolve. Tokenizing and
// sentence splitting are done before timing; only createTimeStage().run is timed.
import { readFileSync } from 'node:fs';
import { splitSentences, tokenize } from '../dist/text/index.js';
import { createTimeStage } from '../dist/time/index.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const mb = arg('mb', 5);
const runs = arg('runs', 3);
const here = (p) => new URL(p, import.meta.url);
const seed = readFileSync(here('../../shared/seeds/azerbaijan-russia-relations.txt'), 'utf8');
const suites = ['petrarch-gsr', 'plover-gsr'].flatMap((n) =>
  readFileSync(here(`../../shared/eval/dev/${n}.dev.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const unit = seed + '\n\n' + suites.join('\n\n');

const docs = [];
let chars = 0;
for (let n = 0; chars < mb * 1e6; n++) {
  const text = unit;
  const tokens = tokenize(text);
  docs.push({ id: `d${n}`, title: null, date: '2012-12-12', text, source: 'bench', url: null, tokens,
    sentences: splitSentences(text, tokens), mentions: [], times: [], events: [], issues: [] });
  chars += text.length;
}
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
const sentences = docs.reduce((s, d) => s + d.sentences.length, 0);
const stage = createTimeStage();
for (const d of docs.slice(0, 20)) stage.run(d); // warm-up

const results = [];
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  for (const d of docs) stage.run(d);
  results.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
const best = Math.min(...results);
const times = docs.reduce((s, d) => s + d.times.length, 0);
console.log(`time stage: ${(bytes / 1e6).toFixed(1)} MB, ${docs.length} docs, ${sentences} sentences, ${times} times; ` +
  `best of ${runs}: ${best.toFixed(3)} s, ${(bytes / 1e6 / best).toFixed(1)} MB/s, ${Math.round(sentences / best)} sentences/s`);
