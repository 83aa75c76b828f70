#!/usr/bin/env node
// End-to-end identity check for speed work: `dyad extract --format jsonl` of this build (dist/)
// and of a frozen baseline build must print the same contract records, byte for byte.
// Corpus: the founding report, the dev suites, examples/, the actor test cases, and generated
// documents that shuffle the sentences of all of these (seeded, so a run can be replayed).
// Usage: npx tsc -p tsconfig.json && node bench/extract-identity.mjs --baseline /work/baseline3 [--generated 400] [--seed 7]
// (--baseline: a folder holding dist/, data/ and package.json of the reference build)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rng } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const baseline = path.resolve(opt('--baseline', '/work/baseline3'));
const nGenerated = Number(opt('--generated', '400'));
const random = rng(Number(opt('--seed', '7')));

const root = new URL('..', import.meta.url).pathname;
const shared = path.join(root, '../shared');
const lines = (f) => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-identity-'));
const inputs = [
  path.join(shared, 'seeds/azerbaijan-russia-relations.txt'),
  path.join(shared, 'eval/dev/petrarch-gsr.dev.jsonl'),
  path.join(shared, 'eval/dev/plover-gsr.dev.jsonl'),
  ...fs.readdirSync(path.join(root, 'examples')).map((f) => path.join(root, 'examples', f)),
];
// Sentences of every source, shuffled into generated documents of 5-40 sentences.
const pool = [
  ...lines(path.join(root, 'test/actors/cases.jsonl')).map((c) => c.text),
  ...['petrarch-gsr', 'plover-gsr'].flatMap((s) => lines(path.join(shared, `eval/dev/${s}.dev.jsonl`)).map((r) => r.text)),
  ...fs.readFileSync(inputs[0], 'utf8').split(/(?<=[.!?])\s+/),
];
const docs = [];
for (let d = 0; d < nGenerated; d++) {
  const n = 5 + Math.floor(random() * 36);
  const text = Array.from({ length: n }, () => pool[Math.floor(random() * pool.length)]).join(random() < 0.3 ? '\n\n' : ' ');
  docs.push(JSON.stringify({ id: `g${d}`, text, date: `20${10 + Math.floor(random() * 15)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` }));
}
const generated = path.join(dir, 'generated.jsonl');
fs.writeFileSync(generated, docs.join('\n') + '\n');
inputs.push(generated);

const run = (build) => execFileSync('node', [path.join(build, 'dist/cli/main.js'), 'extract', '--format', 'jsonl', ...inputs], { maxBuffer: 1 << 30, encoding: 'utf8' }).split('\n');
const a = run(baseline);
const b = run(root);
let diffs = 0;
for (let i = 0; i < Math.max(a.length, b.length); i++) {
  if (a[i] === b[i]) continue;
  if (diffs++ < 5) console.log(`line ${i + 1}\n  baseline: ${a[i]?.slice(0, 400)}\n  this:     ${b[i]?.slice(0, 400)}`);
}
fs.rmSync(dir, { recursive: true });
console.log(JSON.stringify({ records: b.length - 1, baselineRecords: a.length - 1, differingLines: diffs }));
process.exit(diffs ? 1 : 0);
