#!/usr/bin/env node
// Identity check of the actor stage: this worktree's dist/actors against the frozen baseline
// (/work/baseline/dist/actors), both loading the same dictionary files (this worktree's
// data/actors), on the same tokens. Every mention must be equal field for field, in order.
//   npx tsc -p tsconfig.json && node bench/actors-identity.mjs [--baseline /work/baseline] [--docs 3000] [--seed 7]
// Corpora: (a) the events-throughput bench corpus, (b) examples/, test/actors/cases.jsonl and
// the dev suites' texts, (c) generated documents of random sentences built from dictionary
// names, titles, demonyms, unknown capitalised names, hyphens, possessives and appositions.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const root = new URL('..', import.meta.url).pathname;
const baseline = opt('--baseline', '/work/baseline');
const nGenerated = Number(opt('--docs', '3000'));
let seed = Number(opt('--seed', '7'));

const { tokenize, splitSentences } = await import(join(baseline, 'dist/text/index.js'));
const oldActors = await import(join(baseline, 'dist/actors/index.js'));
const newActors = await import(join(root, 'dist/actors/index.js'));
const dir = join(root, 'data/actors');
const oldStage = oldActors.createActorStage(oldActors.loadActorDictionary({ dir }));
const newStage = newActors.createActorStage(newActors.loadActorDictionary({ dir }));

const shared = '/work/shared';
const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('//')).map((l) => JSON.parse(l));

// (a) The bench corpus of bench/events-throughput.mjs (its distinct documents).
const seedText = readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suites = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => jsonl(`${shared}/eval/dev/${s}.dev.jsonl`));
const suiteText = suites.map((r) => r.text);
const bench = [seedText, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))]
  .map((text) => ({ text, date: '2010-01-01' }));

// (b) Examples, actor test cases, dev suite texts one by one (with their own dates).
const exampleDir = existsSync(join(root, 'examples')) ? join(root, 'examples') : '/work/main/examples';
const examples = readdirSync(exampleDir).flatMap((f) => {
  const p = join(exampleDir, f);
  if (f.endsWith('.jsonl')) return jsonl(p).map((r) => ({ text: r.text, date: r.date ?? null }));
  return [{ text: readFileSync(p, 'utf8'), date: null }];
});
const cases = jsonl(join(root, 'test/actors/cases.jsonl')).map((r) => ({ text: r.text, date: r.date ?? null }));
const devTexts = suites.map((r) => ({ text: r.text, date: r.date ?? null }));
const reportText = [{ text: seedText, date: null }];

// (c) Generated documents.
function rand() {
  // mulberry32: a small seeded generator, so a failing document can be made again.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const records = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => jsonl(join(dir, f)));
const ents = records.filter((r) => r.kind === 'entity');
const names = ents.flatMap((r) => [r.name, ...(r.names ?? [])]);
const people = ents.filter((r) => r.type === 'person').map((r) => r.name);
const places = ents.filter((r) => r.type !== 'person').flatMap((r) => [r.name, ...(r.names ?? []), ...(r.capitals ?? [])]);
const exact = ents.flatMap((r) => r.exact ?? []);
const adjectives = ents.flatMap((r) => r.adjectives ?? []);
const plurals = ents.flatMap((r) => r.plurals ?? []);
const sectorWords = (kind) => records.filter((r) => r.kind === kind).flatMap((r) => r.names);
const agents = sectorWords('agent');
const titles = sectorWords('title');
const heads = sectorWords('head');
const syllables = ['ka', 'lo', 'vi', 'dar', 'mus', 'tre', 'zhen', 'ov', 'ski', 'ya', 'bek', 'ro', 'shi', 'nu', 'el', 'ain', 'qu', 'dzh', 'kh', 'ou'];
const unknownName = () => {
  let w = '';
  for (let i = 0, n = 2 + Math.floor(rand() * 3); i < n; i++) w += pick(syllables);
  return w[0].toUpperCase() + w.slice(1);
};
const misspell = (w) => {
  const i = 1 + Math.floor(rand() * (w.length - 1));
  const r = rand();
  return r < 0.33 ? w.slice(0, i) + w.slice(i + 1) : r < 0.66 ? w.slice(0, i) + 'h' + w.slice(i) : w.slice(0, i) + 'a' + w.slice(i + 1);
};
const lower = (w) => (rand() < 0.15 ? w.toLowerCase() : w);
const verbs = ['said', 'met', 'warned', 'accused', 'visited', 'signed a deal with', 'criticised', 'talked to', 'rejected claims by', 'praised'];
const fillers = ['on Tuesday', 'in 1994', 'in 2008', 'in 2019', 'last week', 'after talks', 'during the summit', 'in March 2003', ''];
const person = () => (rand() < 0.5 ? pick(people) : `${unknownName()} ${unknownName()}`);
const actor = () => {
  const r = rand();
  if (r < 0.2) return lower(pick(names));
  if (r < 0.3) return pick(exact);
  if (r < 0.4) return `${lower(pick(adjectives))} ${pick(agents)}`;
  if (r < 0.47) return pick(plurals);
  if (r < 0.55) return `${pick(titles)} ${person()}`;
  if (r < 0.62) return `${person()}, the ${pick(adjectives)} ${pick(titles).toLowerCase()},`;
  if (r < 0.67) return `${person()} of ${pick(places)}`;
  if (r < 0.72) return `${pick(places)}'s ${pick(agents)}`;
  if (r < 0.76) return `the ${pick(agents)} in ${pick(places)}`;
  if (r < 0.8) return `${unknownName()} ${pick(heads)}`;
  if (r < 0.83) return `the ${pick(heads).toLowerCase()} of ${unknownName()}`;
  if (r < 0.86) return `pro-${pick(adjectives)} ${pick(agents)}`;
  if (r < 0.88) return `${pick(places)}-based ${pick(agents)}`;
  if (r < 0.9) return `al-${unknownName()}`;
  if (r < 0.92) return misspell(pick(places));
  if (r < 0.94) return `the two ${pick(['countries', 'governments', 'sides', 'leaders'])}`;
  if (r < 0.96) return `${pick(places)}\u2019s ${pick(titles)}`;
  if (r < 0.98) return person().split(' ').pop();
  return `${pick(places)}-${pick(places)} ${pick(['relations', 'pipeline', 'talks'])}`;
};
const sentence = () => {
  const s = `${actor()} ${pick(verbs)} ${actor()} ${pick(fillers)}`.replace(/\s+/g, ' ').trim();
  return (s[0].toUpperCase() + s.slice(1) + (rand() < 0.2 ? ` and ${actor()}` : '') + pick(['.', '.', '!', '?'])).replace(/ ,/g, ',');
};
const generated = Array.from({ length: nGenerated }, () => ({
  text: Array.from({ length: 3 + Math.floor(rand() * 25) }, sentence).join(' '),
  date: rand() < 0.7 ? `${1990 + Math.floor(rand() * 35)}-06-15` : null,
}));

if (args.includes('--show')) for (const g of generated.slice(0, 2)) console.log(g.date, g.text);

/** Runs both stages over each document in order (stage caches carry over, as in a run). */
function compare(label, inputs) {
  let mentions = 0;
  let diffs = 0;
  for (const [n, { text, date }] of inputs.entries()) {
    const tokens = tokenize(text);
    const doc = { id: `${label}-${n}`, title: null, date, text, source: 'identity', url: null, tokens, sentences: splitSentences(text, tokens), mentions: [], times: [], events: [], issues: [] };
    oldStage.run(doc);
    const a = doc.mentions;
    doc.mentions = [];
    newStage.run(doc);
    const b = doc.mentions;
    mentions += a.length;
    const ja = a.map((m) => JSON.stringify(m));
    const jb = b.map((m) => JSON.stringify(m));
    for (let i = 0; i < Math.max(ja.length, jb.length); i++) {
      if (ja[i] === jb[i]) continue;
      if (++diffs <= 10) console.log(`DIFF ${doc.id} #${i}\n  old ${ja[i]}\n  new ${jb[i]}`);
      break; // one line per document
    }
  }
  console.log(`${label}: ${inputs.length} documents, ${mentions} mentions compared, ${diffs} documents differ`);
  return diffs;
}

let bad = 0;
bad += compare('bench', bench);
bad += compare('report', reportText);
bad += compare('examples', examples);
bad += compare('cases', cases);
bad += compare('dev', devTexts);
bad += compare('generated', generated);
console.log(bad === 0 ? 'IDENTICAL' : `${bad} DOCUMENTS DIFFER`);
process.exitCode = bad === 0 ? 0 : 1;
