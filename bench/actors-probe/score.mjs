#!/usr/bin/env node
// Mention recall and country accuracy of the actor stage on hand-written probe sentences
// (bench/actors-probe/*.jsonl: {id, text, date?, gold: [[mention text, expected code or prefix]], absent?: [text]}).
//   node bench/actors-probe/score.mjs [--file F] [--dist dist] [--data data/actors] [--verbose]
// A gold mention is found when a mention's text equals it (or a longer span starting or
// ending with it, a possessive "X's junta", or it without a final period); its code is right when the mention's code starts with the gold
// code's country part (the three letters, or the whole IGO code prefix given).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const root = new URL('../..', import.meta.url).pathname;
const dist = resolve(opt('--dist', join(root, 'dist')));
const file = opt('--file', join(root, 'bench/actors-probe/world.jsonl'));
const verbose = args.includes('--verbose');
const { tokenize, splitSentences } = await import(join(dist, 'text/index.js'));
const { createActorStage, loadActorDictionary } = await import(join(dist, 'actors/index.js'));
const stage = createActorStage(loadActorDictionary({ dir: resolve(opt('--data', join(root, 'data/actors'))) }));
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
let total = 0, found = 0, right = 0, absent = 0, absentHit = 0;
const misses = [], wrong = [];
for (const c of cases) {
  const tokens = tokenize(c.text);
  const doc = { id: c.id, title: null, date: c.date ?? '2024-06-01', text: c.text, source: c.id, url: null,
    tokens, sentences: splitSentences(c.text, tokens), mentions: [], times: [], events: [], issues: [] };
  stage.run(doc);
  // "absent": words that must not be actors here (a person's first name that is a country...).
  for (const text of c.absent ?? []) {
    absent++;
    if (doc.mentions.some((x) => x.text === text && !x.modifier)) { absentHit++; wrong.push(`${c.id} ${text} must not be an actor`); }
  }
  for (const [text, code] of c.gold) {
    total++;
    const m = doc.mentions.find((x) => x.text === text) ?? doc.mentions.find((x) => x.text.startsWith(text + ' ') || x.text.startsWith(text + "'") || x.text.endsWith(' ' + text) || text.startsWith(x.text + '.'));
    if (!m) { misses.push(`${c.id} ${text} [${code}]   got: ${doc.mentions.map((x) => `${x.text}/${x.code}`).join(', ')}`); continue; }
    found++;
    const want = code.startsWith('IGO') ? code : code.slice(0, 3);
    if ((m.code ?? '').startsWith(want)) right++;
    else wrong.push(`${c.id} ${text} want ${code} got ${m.code}`);
  }
}
console.log(JSON.stringify({ sentences: cases.length, gold: total, found, recall: +(found / total).toFixed(3), codeRight: right, accuracyOfFound: +(right / Math.max(found, 1)).toFixed(3), overall: +(right / total).toFixed(3), ...(absent ? { absent, absentFound: absentHit } : {}) }));
if (verbose) { console.log('MISSES'); misses.forEach((l) => console.log(' ', l)); console.log('WRONG'); wrong.forEach((l) => console.log(' ', l)); }
