#!/usr/bin/env node
// Identity check of the text and time stages: this worktree's dist/ against an old build
// (default /work/baseline/dist, the regex tokenizer). Every Token, Sentence, TimeExpr and every
// dateForSpan / datesForSpan result must be equal (as JSON, so property order counts too) on
//   (a) the bench corpus (founding report + dev suite sentences, as bench/events-throughput.mjs),
//   (b) the example files, the eval gold texts and test fixtures (jsonl texts and the string
//       literals of the test sources),
//   (c) a generated fuzz corpus (Unicode letters with diacritics, quotes, dashes, numbers,
//       abbreviations, clitics, emoji, CJK, surrogate pairs, dates, empty texts), and a dense
//       salad of the words the time grammar reads.
// Usage: npx tsc -p tsconfig.json && node bench/text-identity.mjs [--fuzz 20000] [--seed 1] [--old DIR]
// Exits 1 and prints the first differences when any output differs.
import fs from 'node:fs';
import path from 'node:path';
import { rng } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const nFuzz = Number(opt('--fuzz', '20000'));
const seed = Number(opt('--seed', '1'));
const oldDist = opt('--old', '/work/baseline/dist');
const here = new URL('..', import.meta.url).pathname;

async function build(root) {
  const text = await import(new URL('text/index.js', root).href);
  const time = await import(new URL('time/index.js', root).href);
  return { ...text, timeStage: time.createTimeStage(), dateForSpan: time.dateForSpan, datesForSpan: time.datesForSpan };
}
const A = await build(`file://${oldDist}/`);
const B = await build(new URL('../dist/', import.meta.url).href);


// ---- corpora -------------------------------------------------------------------------------
const read = (p) => fs.readFileSync(p, 'utf8');
const jsonlTexts = (p) => read(p).split('\n').filter(Boolean).flatMap((l) => {
  try { const o = JSON.parse(l); return typeof o.text === 'string' ? [o.text] : []; } catch { return []; }
});
const shared = '/work/shared';
const seedText = read(`${shared}/seeds/azerbaijan-russia-relations.txt`);
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => jsonlTexts(`${shared}/eval/dev/${s}.dev.jsonl`));
const benchCorpus = [seedText, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    return e.isDirectory() ? walk(p) : [p];
  });
}
/** String literals of a source file ('...', "...", `...` without ${}), unescaped where JSON can. */
function literals(src) {
  const out = [];
  for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g)) {
    const raw = m[1] ?? m[2] ?? m[3];
    try { out.push(JSON.parse(`"${raw.replace(/"/g, '\\"').replace(/\\'/g, "'").replace(/\\`/g, '`').replace(/\n/g, '\\n')}"`)); } catch { out.push(raw); }
  }
  return out;
}
const files = [];
for (const p of [...walk('/work/main/examples'), ...walk(`${shared}/eval/dev`), `${shared}/seeds/azerbaijan-russia-relations.txt`]) files.push(p);
const fixtureTexts = [];
for (const p of files) {
  fixtureTexts.push(read(p));
  if (p.endsWith('.jsonl')) fixtureTexts.push(...jsonlTexts(p));
  if (p.endsWith('.json')) { try { fixtureTexts.push(...JSON.stringify(JSON.parse(read(p))).match(/"(?:[^"\\]|\\.)*"/g).map((s) => JSON.parse(s))); } catch { /* not json */ } }
}
for (const p of [...walk(path.join(here, 'test')), ...walk(path.join(here, 'src'))]) {
  if (p.endsWith('.jsonl')) { fixtureTexts.push(read(p), ...jsonlTexts(p)); continue; }
  if (/\.test\.ts$|test\/.*\.ts$/.test(p)) fixtureTexts.push(...literals(read(p)).filter((s) => s.length > 0));
}

const rand = rng(seed);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const PIECES = [
  // words, diacritics (precomposed and combining), case oddities
  'Russia', 'troops', 'withdrew', 'the', 'The', 'A', 'an', 'However', 'Türkiye', 'Türkiye’s', 'Baku', 'Nagorno-Karabakh', 'İlham', 'İSTANBUL', 'ıslak', 'Straße',
  'STRASSE', 'ẞ', 'Ǆ', 'ǅemal', 'ΟΔΟΣ', 'ΟΔΟΣ\'Α', 'Σ.Α.', 'e\u0301te\u0301', '\u0301x', 'naïve', 'Ångström', 'Łódź', 'Ærø', 'ﬁnal', 'ǈ', 'Ⅻ', 'ª', 'µ', 'ß',
  // quotes, dashes, punctuation
  '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '{', '}', '-', '–', '—', '...', '…', '.', '..', '....', ',', ';', ':', '!', '?', '%', '$', '/', '&', '_', '@', '#', '*', '+', '=', '<', '>', '|', '~', '^', '\\', '`',
  // numbers
  '1990s', "1990's", "'90s", '’90s', '62,000', '62,000-member', '3.5', '3.5%', '3.5a', '1.2.3', '12:30', '12.30pm', '104th', '1st', '2nd', '3rd', '4th', '1sta', '1st.', '5s', '5sx', '11.12.2012', '2012-12-11', '11/12/2012', '03/04/2012', '2006-07', '1992-94', '2012-05', '0', '9999', '07', '31', '1,', '1.', '1:', '5٣', '١٢', '²', '½', '5\u0301', '12th', '20th', '2_0',
  // abbreviations and clitics
  'U.S.', 'U.N.', 'U.S.A.', 'e.g.', 'i.e.', 'é.g.', 'Gen.', 'Dr.', 'Mr.', 'J.', 'Jan.', 'Dec.', 'Sept.', 'No.', 'x.A.B.', 'A.B', "n't", "didn't", 'didn’t', "don't", "DON'T", "isn'tx", "n'tx", "nn't", "can't", "won't", "Russia's", 'Russia’s', "they're", "we've", "he'll", "I'd", "I'm", "'st", "'sx", "'s", "'re", "'ll_", "n'", 'O\'Brien', 'rock\'n\'roll', "2n't",
  // time phrases
  'in', 'on', 'since', 'until', 'by', 'from', 'to', 'between', 'and', 'or', 'of', 'May', 'may', 'February', 'March', 'Monday', 'Tuesday,', 'winter', 'autumn', 'early', 'mid', 'late', 'end', 'beginning', 'Q3', '3Q', 'third', 'quarter', 'first', 'half', 'last', 'next', 'this', 'week', 'month', 'year', 'years', 'ago', 'later', 'earlier', 'following', 'previous', 'that', 'same', 'day', 'days', 'two', 'three', 'a', 'century', 'today', 'yesterday', 'tomorrow', 'will', 'would', 'which', 'who', 'because', 'if', 'when', 'while', 'but', 'Resolution', 'troops', 'soldiers', 'said', 'met', 'signed', 'attacked',
  // other scripts, emoji, surrogates, invisible characters
  '中国', '俄罗斯', '日本語', '한국어', 'Москва', 'Россия', 'Азербайджан', 'العربية', 'हिन्दी', 'ภาษาไทย', '😀', '👍🏽', '🇦🇿', '👨‍👩‍👧', '𝐀𝐁', '𝐀.𝐁.', '𐐀𐐨', '\uD800', '\uDC00', 'a\uD800b', '\u200B', '\u200D', '\uFEFF', '\u00AD', 'a\u0300', '\u0300',
];
const SEPS = [' ', ' ', ' ', ' ', '', '', '\n', '\n\n', '\t', '\u00A0', '\u2028', '\u3000', ' \n ', '\r\n', '\n \t\n', '  '];
function fuzzText() {
  if (rand() < 0.01) return '';
  const n = Math.floor(rand() * 40);
  let s = '';
  for (let k = 0; k < n; k++) {
    s += pick(PIECES) + pick(SEPS);
    if (rand() < 0.06) s += pick(['.', '!', '?', '."', '.”', '.)', '?’']) + pick([' ', '\n', '']);
  }
  if (rand() < 0.1) s = s.split('').reverse().join(''); // breaks surrogate pairs on purpose
  if (rand() < 0.1) { // hard-wrapped lines of ~70 columns
    let out = '';
    for (let k = 0; k < s.length; k += 70) out += s.slice(k, k + 70) + '\n';
    s = out.repeat(1 + Math.floor(rand() * 3));
  }
  return s;
}
const fuzzCorpus = Array.from({ length: nFuzz }, fuzzText);

// Dense time salad: only words the time grammar reads, so its rarer paths run too.
const TIME_WORDS = [
  'in', 'on', 'since', 'until', 'till', 'through', 'by', 'after', 'before', 'from', 'to', 'between', 'and', 'or', ',', '-', '–', '—', '.', 'the', 'of', 'a', 'an',
  'May', 'may', 'February', 'Dec', 'Dec.', 'Sept.', 'March', 'June', 'winter', 'Winter', 'autumn', 'fall', 'spring', 'summer', 'early', 'mid', 'middle', 'late', 'end', 'beginning', 'start',
  'Q3', 'q1', '3Q', '5Q', 'third', 'first', 'second', 'fourth', 'quarter', 'half', 'Monday', 'Tuesday', 'Tues.', 'Sunday', 'Sun', 'last', 'next', 'this', 'coming', 'past', 'over',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'day', 'days', 'ago', 'later', 'earlier', 'afterwards', 'before', 'previously', 'following', 'previous', 'preceding', 'prior', 'subsequent',
  'that', 'same', 'those', 'two', 'three', 'twelve', 'thirty', '1992', '2006', '2012', '1850', '1799', '2100', '2101', '07', '94', '12', '31', '29', '30', '1', '3', '11th', '3rd', '1990s', "1990's", "'", '90s', '10s',
  '2044', '62,000', '104th', '20th', '21st', '1st', 'century', 'today', 'yesterday', 'tomorrow', 'tonight', 'will', 'would', 'scheduled', 'if', 'Resolution', 'No.', 'troops', 'percent', '%',
  '/', '2012-02-30', '2012-12-11', '11.12.2012', '03/04/2012', '13/04/2012', '0', '9999', 'circa', 'around', 'during', 'which', 'who', 'when', 'because', 'but', '(', ')', '"', ';', ':',
];
const timeFuzz = Array.from({ length: Math.ceil(nFuzz / 2) }, () => {
  let s = '';
  const n = 2 + Math.floor(rand() * 30);
  for (let k = 0; k < n; k++) s += pick(TIME_WORDS) + (rand() < 0.15 ? '' : rand() < 0.05 ? '. ' : ' ');
  return s + '.';
});

// ---- comparison ----------------------------------------------------------------------------
const DATES = ['2010-01-01', '2012-12-12', '2010-01', '2010', null, '2008-02-29', 'nonsense'];
const counts = { texts: 0, tokens: 0, sentences: 0, slices: 0, times: 0, spans: 0, failures: 0 };
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function fail(what, text, a, b) {
  counts.failures++;
  if (counts.failures <= 8) console.error(`DIFF ${what} in ${JSON.stringify(text.slice(0, 200))}\n  old: ${JSON.stringify(a).slice(0, 600)}\n  new: ${JSON.stringify(b).slice(0, 600)}`);
}
const blank = (text, date) => ({ id: 'x', title: null, date, text, source: 'check', url: null, sentences: [], tokens: [], mentions: [], times: [], events: [], issues: [] });

/** Spans an event's evidence can have in sentence s: each token, token pairs and random runs. */
function spansOf(doc, s) {
  const out = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k];
    out.push([t.start, t.end]);
    const u = doc.tokens[Math.min(s.tokenEnd - 1, k + 1 + Math.floor(rand() * 8))];
    out.push([t.start, u.end]);
  }
  out.push([s.start, s.end], [s.start, s.start], [s.end, s.end]);
  return out;
}

function check(text) {
  counts.texts++;
  const ta = A.tokenize(text), tb = B.tokenize(text);
  counts.tokens += ta.length;
  if (!same(ta, tb)) return fail('tokens', text, ta, tb);
  const sa = A.splitSentences(text, ta), sb = B.splitSentences(text, tb);
  counts.sentences += sa.length;
  if (!same(sa, sb)) return fail('sentences', text, sa, sb);
  // a sub-range: offsets stay absolute, the ends act as the text's ends
  const from = Math.floor(rand() * (text.length + 1)), to = from + Math.floor(rand() * (text.length - from + 1));
  counts.slices++;
  const pa = A.tokenize(text, from, to), pb = B.tokenize(text, from, to);
  if (!same(pa, pb)) return fail(`tokens[${from},${to})`, text, pa, pb);
  const date = pick(DATES);
  const da = { ...blank(text, date), tokens: ta, sentences: sa };
  const db = { ...blank(text, date), tokens: tb, sentences: sb };
  A.timeStage.run(da);
  B.timeStage.run(db);
  counts.times += da.times.length;
  if (!same(da.times, db.times)) return fail('times', text, da.times, db.times);
  for (const s of sa) {
    for (const [a, e] of spansOf(da, s)) {
      counts.spans++;
      const xa = A.dateForSpan(da, s.index, a, e), xb = B.dateForSpan(db, s.index, a, e);
      if (!same(xa, xb)) return fail(`dateForSpan(${s.index},${a},${e})`, text, xa, xb);
      const ya = A.datesForSpan(da, s.index, a, e), yb = B.datesForSpan(db, s.index, a, e);
      if (!same(ya, yb)) return fail(`datesForSpan(${s.index},${a},${e})`, text, ya, yb);
    }
  }
  // the text stages (the new one interns tokens across documents and gives word ids as it reads),
  // then the time stage on their lexemes: same tokens, sentences, ids, times and dates
  const ea = blank(text, date), eb = blank(text, date);
  A.textStage.run(ea);
  B.textStage.run(eb);
  if (!same(eb.tokens, ta)) return fail('textStage tokens', text, ta, eb.tokens);
  if (!same(eb.sentences, sa)) return fail('textStage sentences', text, sa, eb.sentences);
  if (!same([...ea.lexemes.ids], [...eb.lexemes.ids])) return fail('textStage ids', text, [...ea.lexemes.ids], [...eb.lexemes.ids]);
  B.timeStage.run(eb);
  if (!same(da.times, eb.times)) return fail('times after textStage', text, da.times, eb.times);
  for (const s of sa) {
    const [a, e] = [s.start, s.end];
    const xa = A.dateForSpan(da, s.index, a, e), xb = B.dateForSpan(eb, s.index, a, e);
    if (!same(xa, xb)) return fail(`dateForSpan after textStage (${s.index},${a},${e})`, text, xa, xb);
  }
  // out-of-range sentence indices and a second doc in between (a cache must not mix docs up)
  const other = blank('In 1992 Russia left. On 3 May 2001, after talks in 1999, it came back.', '2010-01-01');
  A.textStage.run(blank(other.text, other.date));
  B.textStage.run(other);
  B.timeStage.run(other);
  B.dateForSpan(other, 1, 30, 40);
  for (const k of [-1, sa.length, 0]) {
    const xa = A.dateForSpan(da, k, 0, 5), xb = B.dateForSpan(db, k, 0, 5);
    if (!same(xa, xb)) return fail(`dateForSpan(${k},0,5)`, text, xa, xb);
  }
}

const report = {};
for (const [name, corpus] of [['bench', benchCorpus], ['fixtures', fixtureTexts], ['fuzz', fuzzCorpus], ['timeFuzz', timeFuzz]]) {
  const before = { ...counts };
  for (const text of corpus) check(text);
  report[name] = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v - before[k]]));
}
console.log(JSON.stringify({ seed, old: oldDist, ...report }));
process.exit(counts.failures > 0 ? 1 : 0);
