// For comparison only: chrono-node 2 over the same text as bench/time.mjs, per document.
// Usage: node bench/time-chrono.mjs [--mb 5]
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';

const i = process.argv.indexOf('--mb');
const mb = i > 0 ? Number(process.argv[i + 1]) : 5;
const here = (p) => new URL(p, import.meta.url);
const seed = readFileSync(here('../../shared/seeds/azerbaijan-russia-relations.txt'), 'utf8');
const suites = ['petrarch-gsr', 'plover-gsr'].flatMap((n) =>
  readFileSync(here(`../../shared/eval/dev/${n}.dev.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const unit = seed + '\n\n' + suites.join('\n\n');
const copies = Math.ceil((mb * 1e6) / unit.length);
const ref = new Date(Date.UTC(2012, 11, 12));
chrono.parse(unit, ref); // warm-up
const t0 = process.hrtime.bigint();
let found = 0;
for (let n = 0; n < copies; n++) found += chrono.parse(unit, ref).length;
const s = Number(process.hrtime.bigint() - t0) / 1e9;
const bytes = copies * Buffer.byteLength(unit);
console.log(`chrono-node: ${(bytes / 1e6).toFixed(1)} MB, ${copies} docs, ${found} results, ${s.toFixed(2)} s, ${(bytes / 1e6 / s).toFixed(1)} MB/s`);
