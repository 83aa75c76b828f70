#!/usr/bin/env node
// Runs the text and actor stages over a text file and prints contract `document` + `mention`
// records as JSON lines, for scoring before the full CLI exists:
//   npx tsc -p tsconfig.json && node scripts/actors-score.mjs FILE [--drop-chrome] > out.jsonl
//   node /work/shared/eval/score.mjs --gold GOLD --system out.jsonl --verbose
// --drop-chrome removes the first and last non-empty lines (page chrome of the founding report).
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { tokenize, splitSentences } = await import(join(root, 'dist/text/index.js'));
const { loadActorDictionary, createActorStage } = await import(join(root, 'dist/actors/index.js'));

const file = process.argv[2];
let text = readFileSync(file, 'utf8');
if (process.argv.includes('--drop-chrome')) {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim());
  let last = lines.length - 1;
  while (last > 0 && !lines[last].trim()) last--;
  const lastLine = lines[last];
  // the last chrome line is glued to the final paragraph in the founding report
  lines[last] = lastLine.replace(/Join the mailing list$/, '');
  lines.splice(first, 1);
  text = lines.join('\n').trim();
}
const id = basename(file, extname(file));
const doc = { id, title: null, date: null, text, source: file, url: null, sentences: [], tokens: [], mentions: [], times: [], events: [], issues: [] };
doc.tokens = tokenize(text);
doc.sentences = splitSentences(text, doc.tokens);
createActorStage(loadActorDictionary()).run(doc);
const out = [{ kind: 'document', doc: id, title: null, date: null, text, sentences: doc.sentences.length }];
for (const m of doc.mentions) {
  out.push({ kind: 'mention', doc: id, sentence: m.sentence, start: m.start, end: m.end, text: m.text, type: m.type,
    canonical: m.canonical, code: m.code, country: m.country, org: m.org, sector: m.sector,
    ...(m.modifier ? { modifier: true } : {}), ...(m.group ? { group: m.group } : {}) });
}
process.stdout.write(out.map((r) => JSON.stringify(r)).join('\n') + '\n');
