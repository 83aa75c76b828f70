#!/usr/bin/env node
// A/B speed of the text stage (tokenize + splitSentences) and of the time stage (createTimeStage
// plus the dateForSpan calls the event stage makes), old build against this worktree's dist/,
// alternated in rounds in ONE process over the same prepared documents (the machine is noisy:
// only the ratio within a round pair is trusted).
// Corpus: as bench/events-throughput.mjs (founding report + dev suite sentences as ~10 KB docs),
// cycled until --mb megabytes. The dateForSpan calls are recorded once by running the event stage
// with a recording wrapper, then replayed against each build.
// The time stage of both builds reads the same tokens (this worktree's, equal in value to the old
// ones); --time-input own gives each build the tokens of its own text stage instead.
// --pipeline N adds N rounds (alternating) of the whole extraction path with each build's text and
// time stages, reporting the median round's wall seconds per stage and CPU seconds.
// Usage: npx tsc -p tsconfig.json && node bench/text.mjs [--mb 5] [--rounds 7] [--old /work/baseline/dist]
//          [--time-input same|own] [--pipeline 0]
import fs from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const mb = Number(opt('--mb', '5'));
const rounds = Number(opt('--rounds', '7'));
const oldDist = opt('--old', '/work/baseline/dist');
const timeInput = opt('--time-input', 'same');
const pipelineRounds = Number(opt('--pipeline', '0'));

const builds = {};
for (const [name, root] of [['old', `file://${oldDist}/`], ['new', new URL('../dist/', import.meta.url).href]]) {
  const text = await import(new URL('text/index.js', root).href);
  const time = await import(new URL('time/index.js', root).href);
  builds[name] = { textStage: text.textStage, timeStage: time.createTimeStage(), dateForSpan: time.dateForSpan };
}

const shared = '/work/shared';
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];
const blank = (id, text) => ({ id, title: null, date: '2010-01-01', text, source: 'bench', url: null, sentences: [], tokens: [], mentions: [], times: [], events: [], issues: [] });

// One prepared doc per chunk (old build: text, actors, time), plus the dateForSpan calls its events make.
const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const actors = await load('actors/index.js');
const events = await load('events/event-stage.js');
const { loadCodebook } = await load('events/codebook.js');
const { loadEventDictionary } = await load('events/event-dictionary.js');
const codebook = loadCodebook();
const dictionary = loadEventDictionary(undefined, (c) => codebook.lookup(c) !== undefined);
const actorStage = actors.createActorStage(actors.loadActorDictionary());
let calls = [];
const recorder = (doc, sentence, start, end) => { calls.push([sentence, start, end]); return builds.old.dateForSpan(doc, sentence, start, end); };
const eventStage = events.createEventCoderStage({ codebook, dictionary, dateForSpan: recorder });
const prepared = chunks.map((text, i) => {
  const doc = blank(`p${i}`, text);
  builds.old.textStage.run(doc);
  actorStage.run(doc);
  builds.old.timeStage.run(doc);
  calls = [];
  eventStage.run(doc);
  const docs = {};
  for (const name of ['old', 'new']) {
    const d = blank(doc.id, text);
    builds[timeInput === 'own' ? name : 'new'].textStage.run(d);
    docs[name] = { ...doc, tokens: d.tokens, sentences: d.sentences, times: [] };
  }
  return { doc, docs, calls };
});

// The corpus: prepared chunks cycled to --mb.
const corpus = [];
for (let bytes = 0, i = 0; bytes < mb * 1048576; i++) {
  corpus.push(prepared[i % prepared.length]);
  bytes += Buffer.byteLength(chunks[i % chunks.length]);
}
const nSentences = corpus.reduce((a, p) => a + p.doc.sentences.length, 0);
const nCalls = corpus.reduce((a, p) => a + p.calls.length, 0);

// Each run returns [wall seconds, CPU seconds of this process]: on a loaded machine the CPU
// time is the steadier of the two (it does not count time spent waiting for a core).
const clock = () => [process.hrtime.bigint(), process.cpuUsage()];
const since = ([t0, c0]) => { const c = process.cpuUsage(c0); return [Number(process.hrtime.bigint() - t0) / 1e9, (c.user + c.system) / 1e6]; };

function runText(b) {
  const t0 = clock();
  for (const { doc } of corpus) b.textStage.run(blank(doc.id, doc.text));
  return since(t0);
}

/**
 * The time stage and the replayed dateForSpan calls, timed per document. As in the pipeline,
 * each document's tokens have just been read by a lookup of every norm (the actor stage does
 * that), so they are in cache and their hashes computed; the documents themselves are prepared
 * once, so the garbage of other stages does not land in this timing.
 */
const seen = new Set();
function runTime(b, name) {
  let wall = 0n, cpu = 0;
  for (const { docs, calls: cs } of corpus) {
    const d = { ...docs[name], times: [] };
    for (const t of d.tokens) seen.has(t.norm);
    const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
    b.timeStage.run(d);
    for (const [s, a, e] of cs) b.dateForSpan(d, s, a, e);
    const c = process.cpuUsage(c0);
    wall += process.hrtime.bigint() - t0;
    cpu += c.user + c.system;
  }
  return [Number(wall) / 1e9, cpu / 1e6];
}

/**
 * The whole extraction path as bench/events-throughput.mjs runs it (text, actors, time, events,
 * JSON lines to /dev/null), with each build's text and time stages (and dateForSpan) and the
 * same actor and event stages: wall seconds per stage and CPU seconds for the round.
 */
const out = fs.openSync('/dev/null', 'w');
for (const b of Object.values(builds)) b.eventStage = events.createEventCoderStage({ codebook, dictionary, dateForSpan: b.dateForSpan });
function runPipeline(b) {
  const stages = [b.textStage, actorStage, b.timeStage, b.eventStage];
  const ns = [0n, 0n, 0n, 0n, 0n];
  const c0 = process.cpuUsage();
  for (const { doc: p } of corpus) {
    const doc = blank(p.id, p.text);
    for (let i = 0; i < stages.length; i++) {
      const a = process.hrtime.bigint();
      stages[i].run(doc);
      ns[i] += process.hrtime.bigint() - a;
    }
    const a = process.hrtime.bigint();
    const lines = doc.events.map((e) => JSON.stringify({ kind: 'event', doc: doc.id, ...e }));
    if (lines.length) fs.writeSync(out, lines.join('\n') + '\n');
    ns[4] += process.hrtime.bigint() - a;
  }
  const c = process.cpuUsage(c0);
  return [...ns.map((x) => Number(x) / 1e9), (c.user + c.system) / 1e6];
}

const res = { text: { old: [], new: [] }, time: { old: [], new: [] } };
for (let r = -1; r < rounds; r++) { // round -1 warms both builds up
  for (const [stage, run] of [['text', runText], ['time', runTime]]) {
    const order = r % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
    for (const name of order) {
      const s = run(builds[name], name);
      if (r >= 0) res[stage][name].push(s);
    }
  }
}
const best = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const result = { mb, docs: corpus.length, sentences: nSentences, dateForSpanCalls: nCalls, rounds, timeInput };
for (const stage of ['text', 'time']) {
  for (const [k, label] of [[0, 'wall'], [1, 'cpu']]) {
    const o = res[stage].old.map((x) => x[k]), n = res[stage].new.map((x) => x[k]);
    result[`${stage}.${label}`] = {
      oldBest: +best(o).toFixed(3), newBest: +best(n).toFixed(3), oldMedian: +median(o).toFixed(3), newMedian: +median(n).toFixed(3),
      ratioBest: +(best(o) / best(n)).toFixed(2), ratioMedian: +(median(o) / median(n)).toFixed(2),
    };
  }
}
if (pipelineRounds > 0) {
  const pipe = { old: [], new: [] };
  for (let r = 0; r < pipelineRounds; r++) for (const name of r % 2 === 0 ? ['old', 'new'] : ['new', 'old']) pipe[name].push(runPipeline(builds[name]));
  const labels = ['text', 'actors', 'time', 'events', 'output', 'cpu'];
  for (const name of ['old', 'new']) {
    // per column, the median round
    result[`pipeline.${name}`] = Object.fromEntries(labels.map((l, k) => [l, +median(pipe[name].map((x) => x[k])).toFixed(3)]));
  }
  result['pipeline.sentencesPerCpuSecond'] = { old: Math.round(nSentences / result['pipeline.old'].cpu), new: Math.round(nSentences / result['pipeline.new'].cpu) };
}
console.log(JSON.stringify(result));
