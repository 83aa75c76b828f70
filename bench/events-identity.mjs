#!/usr/bin/env node
// Identity check for event-coder speed work: the event stage of this worktree (dist/) must give
// exactly the events of the frozen baseline (/work/baseline/dist), every field in the same order.
// Both coders read this worktree's data/ (same dictionary, same codebook). For each document the
// text, actor and time stages run once; then each event stage runs on its own copy of the document.
// Corpora: (a) the throughput bench corpus, (b) the founding report, the two dev suites and
// /work/main/examples, (c) generated sentences (actor names x pattern phrases in several
// inflections, negations, modal words, dates, clause connectives), seeded so runs repeat.
// Usage: npx tsc -p tsconfig.json; node bench/events-identity.mjs [--generated 12000] [--seed 7] [--untargeted] [--baseline /work/baseline/dist/]
// (--untargeted: both coders also keep events with no target, the coder's keepUntargeted option)
import fs from 'node:fs';
import { distLoader } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const nGenerated = Number(opt('--generated', '12000'));
const seed = Number(opt('--seed', '7'));
const baseDist = opt('--baseline', '/work/baseline/dist/');

const load = distLoader();
const loadBase = distLoader(baseDist);
const { textStage } = await load('text/index.js');
const actors = await load('actors/index.js');
const time = await load('time/index.js');
const mine = { stage: await load('events/event-stage.js'), cb: await load('events/codebook.js'), ed: await load('events/event-dictionary.js') };
const base = { stage: await loadBase('events/event-stage.js'), cb: await loadBase('events/codebook.js'), ed: await loadBase('events/event-dictionary.js') };
const { verbForms, nounForms } = await load('events/inflect.js');

function eventStage(m) {
  const codebook = m.cb.loadCodebook(mine.cb.DEFAULT_CODEBOOK_PATH);
  const dictionary = m.ed.loadEventDictionary(mine.ed.DEFAULT_EVENT_FILES, (c) => codebook.lookup(c) !== undefined);
  return m.stage.createEventCoderStage({ codebook, dictionary, dateForSpan: time.dateForSpan, keepUntargeted: args.includes('--untargeted') });
}
const newStage = eventStage(mine);
const oldStage = eventStage(base);
const prep = [textStage, actors.createActorStage(actors.loadActorDictionary()), time.createTimeStage()];

const shared = '/work/shared';
const readJsonl = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const isoDate = (d) => (/^\d{4}(-\d\d){0,2}$/.test(d ?? '') ? d : null);
const newDoc = (id, text, date = null) => ({ id, title: null, date, text, source: 'identity', url: null, sentences: [], tokens: [], mentions: [], times: [], events: [], issues: [] });

// (a) the throughput corpus: the founding report and the dev sentences in ~10 KB documents
const seedText = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suites = ['petrarch-gsr', 'plover-gsr'].map((s) => readJsonl(`${shared}/eval/dev/${s}.dev.jsonl`));
const suiteText = suites.flat().map((r) => r.text);
const benchDocs = [seedText, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))]
  .map((t, i) => newDoc(`bench${i}`, t, '2010-01-01'));

// (b) the dev sets one record per document, and the examples
const devDocs = [newDoc('founding', seedText), ...suites.flat().map((r) => newDoc(r.id, r.text, isoDate(r.date)))];
const exDir = '/work/main/examples';
for (const f of fs.readdirSync(exDir).sort()) {
  const p = `${exDir}/${f}`;
  if (f.endsWith('.jsonl')) for (const r of readJsonl(p)) devDocs.push(newDoc(r.id, r.text, isoDate(r.date)));
  else if (f.endsWith('.html')) devDocs.push(newDoc(f, fs.readFileSync(p, 'utf8').replace(/<[^>]*>/g, ' ')));
  else devDocs.push(newDoc(f, fs.readFileSync(p, 'utf8')));
}

// (c) generated sentences; actor names are the coded mentions the actor stage finds in (a) and (b)
for (const d of [...benchDocs, ...devDocs]) for (const s of prep) s.run(d);
let rng = seed >>> 0;
const rand = () => ((rng = (rng * 1664525 + 1013904223) >>> 0) / 4294967296);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const names = [...new Set([...benchDocs, ...devDocs].flatMap((d) => d.mentions.filter((m) => m.code && !m.modifier).map((m) => m.text)))].sort();
const patternLines = fs.readFileSync(mine.ed.DEFAULT_EVENT_FILES.patterns[0], 'utf8').split('\n')
  .map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).map((l) => l.split(';')[0].trim().split(/\s+/));
const FILLER = ['new', 'high-level', 'military', 'further', 'economic', 'the', 'its', 'two', 'strong'];
const NEG = ['', '', '', 'did not', 'has not', 'never', 'would not', 'no longer', "didn't"];
const MODAL = ['', '', '', 'will', 'would', 'could', 'plans to', 'is ready to', 'reportedly', 'allegedly', 'must', 'vowed to', 'refused to', 'agreed to'];
const LEAD = ['', '', '', 'Officials said', 'Diplomats said that', 'According to the ministry,', 'In 2008,', 'On 12 March 2014,', 'Last week,', 'It is claimed that', 'Reports denied that'];
const TAIL = ['', '', '', 'on Monday', 'in 2001 and 2006', 'last year', 'on 3 May 2019', 'in March', 'yesterday', 'unless the talks resume', 'after the election', 'in the capital'];
const JOIN = ['and', ', and', 'but', ', which', 'while', 'after', 'because', ';'];
function word(w) {
  const alts = w.replace(/^\((.*)\)$/, '$1').split('|');
  const a = pick(alts);
  if (a.endsWith('*')) return pick(verbForms(a.slice(0, -1), new Map()).all);
  if (a.endsWith('~')) return pick(nounForms(a.slice(0, -1)));
  return a;
}
function phrase() {
  const [, kind, ...ws] = pick(patternLines);
  const out = [];
  for (const w of ws) {
    if (w === '..') { for (let k = Math.floor(rand() * 3); k > 0; k--) out.push(pick(FILLER)); continue; }
    if (w.startsWith('(') && rand() < 0.5) continue;
    out.push(word(w));
  }
  return { kind, text: out.join(' ') };
}
function actorList() {
  const n = rand() < 0.8 ? 1 : 2 + Math.floor(rand() * 2);
  const xs = Array.from({ length: n }, () => pick(names));
  return n === 1 ? xs[0] : `${xs.slice(0, -1).join(', ')} and ${xs[n - 1]}`;
}
function clause() {
  const p = phrase();
  if (p.kind === 'n') return `${pick(['', 'the', "a"])} ${actorList()} ${p.text} ${pick(['with', 'against', 'to', 'by', 'of', 'between'])} ${actorList()} ${pick(TAIL)}`;
  return `${actorList()} ${pick(NEG)} ${pick(MODAL)} ${p.text} ${pick(['', '', 'the', 'to', 'with', 'against', 'on'])} ${actorList()} ${pick(TAIL)}`;
}
function sentence() {
  let s = `${pick(LEAD)} ${clause()}`;
  if (rand() < 0.4) s += ` ${pick(JOIN)} ${clause()}`;
  s = s.replace(/\s+/g, ' ').replace(/ ([,;])/g, '$1').trim();
  return s[0].toUpperCase() + s.slice(1) + '.';
}
const genDocs = [];
for (let i = 0, k = 0; i < nGenerated; k++) {
  const n = Math.min(nGenerated - i, 20 + Math.floor(rand() * 20));
  genDocs.push(newDoc(`gen${k}`, Array.from({ length: n }, sentence).join(' '), pick(['2010-01-01', '2021-06-15', null])));
  i += n;
}
for (const d of genDocs) for (const s of prep) s.run(d);
if (args.includes("--show")) console.log(genDocs[0].text.slice(0, 1500));

// compare: each event stage on its own copy of the prepared document
let diffs = 0;
const summary = {};
for (const [name, docs] of [['bench', benchDocs], ['dev', devDocs], ['generated', genDocs]]) {
  const c = { docs: docs.length, sentences: 0, eventsBaseline: 0, eventsNew: 0, docsDiffering: 0 };
  for (const d of docs) {
    // without the word ids: a clone would turn the text stage's lexicon into a plain object
    const { lexemes, ...plain } = d;
    const a = structuredClone(plain), b = structuredClone(plain);
    oldStage.run(a);
    newStage.run(b);
    c.sentences += d.sentences.length;
    c.eventsBaseline += a.events.length;
    c.eventsNew += b.events.length;
    const ja = a.events.map((e) => JSON.stringify(e)), jb = b.events.map((e) => JSON.stringify(e));
    if (ja.join('\n') === jb.join('\n')) continue;
    c.docsDiffering++;
    if (diffs++ < 5) {
      const k = ja.findIndex((x, i) => x !== jb[i]);
      console.log(`DIFF ${name} ${d.id} event ${k}:\n  baseline ${ja[k] ?? '(none)'}\n  new      ${jb[k] ?? '(none)'}`);
    }
  }
  summary[name] = c;
}
console.log(JSON.stringify(summary));
console.log(diffs ? `FAIL: ${diffs} documents differ` : 'OK: identical events');
process.exitCode = diffs ? 1 : 0;
