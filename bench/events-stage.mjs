#!/usr/bin/env node
// The event stage alone: documents are prepared once (text -> actors -> time), then the event
// stage runs over them --rounds times; reports sentences per second of the event stage only.
// With --ab, the frozen baseline's event stage (--baseline, default /work/baseline/dist/,
// reading this worktree's data/) and this worktree's run in one process over the same prepared
// documents in alternating rounds; reports best and median round seconds of each, for the stage
// (wall, and process CPU: the machine may be shared) and for writing its events as JSON lines
// (JSON.stringify, as bench/events-throughput.mjs does). Use few --docs (the corpus has 7
// distinct texts) and many --rounds: short rounds dodge the noise of a shared machine.
// Usage: npx tsc -p tsconfig.json; node bench/events-stage.mjs [--docs 400] [--rounds 5] [--ab [--fresh]] [--baseline DIR]
import fs from 'node:fs';
import { distLoader } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const nDocs = opt('--docs', 400), rounds = opt('--rounds', 5);
const ab = args.includes('--ab');
const baseDist = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : '/work/baseline/dist/';
const load = distLoader();
const loadBase = distLoader(baseDist);
const { textStage } = await load('text/index.js');
const actors = await load('actors/index.js');
const time = await load('time/index.js');
const { createEventStage, loadCodebook, loadEventDictionary, DEFAULT_CODEBOOK_PATH, DEFAULT_EVENT_FILES } = await load('events/index.js');

const shared = '/work/shared';
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];

const prep = [textStage, actors.createActorStage(actors.loadActorDictionary()), time.createTimeStage()];
const prepare = () => Array.from({ length: nDocs }, (_, i) => {
  const doc = { id: `d${i}`, title: null, date: '2010-01-01', text: chunks[i % chunks.length], source: 'bench', url: null, sentences: [], tokens: [], mentions: [], times: [], events: [], issues: [] };
  for (const s of prep) s.run(doc);
  return doc;
});
// --fresh: every round runs on newly prepared documents (untimed), as in the pipeline, where
// the event stage sees tokens and mentions the earlier stages have just made
const fresh = args.includes('--fresh');
let docs = prepare();
const stage = createEventStage({ codebook: loadCodebook(), dictionary: loadEventDictionary() });
const sentences = docs.reduce((a, d) => a + d.sentences.length, 0);

if (!ab) {
  let events = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const d of docs) { stage.run(d); events += d.events.length; }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ docs: nDocs, rounds, sentences: sentences * rounds, events, seconds: +secs.toFixed(2),
    sentencesPerSecond: Math.round(sentences * rounds / secs), sentencesPerCpuSecond: Math.round(sentences * rounds / ((cpu.user + cpu.system) / 1e6)) }));
} else {
  const b = { stage: await loadBase('events/index.js') };
  const bCodebook = b.stage.loadCodebook(DEFAULT_CODEBOOK_PATH);
  const baseStage = b.stage.createEventStage({ codebook: bCodebook, dictionary: b.stage.loadEventDictionary(DEFAULT_EVENT_FILES) });
  const variants = [['baseline', baseStage], ['new', stage]];
  const times = { baseline: { stage: [], json: [], cpu: [] }, new: { stage: [], json: [], cpu: [] } };
  let sink = 0;
  // Rounds alternate the variants (and which goes first); a round is short, so the best and
  // median of many rounds are robust to other processes on the machine. CPU seconds too.
  for (let r = 0; r < rounds; r++) {
    for (const [name, st] of r % 2 ? [...variants].reverse() : variants) {
      if (fresh) docs = prepare();
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      for (const d of docs) st.run(d);
      const t1 = process.hrtime.bigint();
      const c1 = process.cpuUsage(c0);
      for (const d of docs) for (const e of d.events) sink += JSON.stringify({ kind: 'event', doc: d.id, ...e }).length;
      const t2 = process.hrtime.bigint();
      times[name].stage.push(Number(t1 - t0) / 1e9);
      times[name].cpu.push((c1.user + c1.system) / 1e6);
      times[name].json.push(Number(t2 - t1) / 1e9);
    }
  }
  const stats = (xs) => { const s = [...xs].sort((x, y) => x - y); return { best: +s[0].toFixed(4), median: +s[s.length >> 1].toFixed(4) }; };
  const out = { docs: nDocs, sentences, rounds, fresh, sink: sink > 0 };
  for (const part of ['stage', 'cpu', 'json']) {
    const o = stats(times.baseline[part]), n = stats(times.new[part]);
    out[part] = { baseline: o, new: n, ratioBest: +(o.best / n.best).toFixed(2), ratioMedian: +(o.median / n.median).toFixed(2) };
  }
  console.log(JSON.stringify(out));
}
