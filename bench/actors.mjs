#!/usr/bin/env node
// Actor stage benchmark: dictionary load time (fresh process each run) and matching throughput
// over >= 5 MB of report prose with the full built-in dictionary.
//   npx tsc -p tsconfig.json && node --expose-gc bench/actors.mjs [MB]
// Text: the founding report plus the actor test sentences (~40 KB), one document per copy, to
// size (tokenised beforehand; only the actor stage is timed). Two passes: first (cold JIT and
// key cache) and second. Reports wall and CPU time (the machine is shared).
//
// A/B mode: node bench/actors.mjs --ab /work/baseline [--rounds 20]
// Alternates the actor stage of another build (its dist/actors, same dictionary files: this
// tree's data/actors) and this one in 1 MB rounds over the corpus of events-throughput.mjs,
// each document tokenised just before the stage as in the pipeline; only stage.run is timed.
// Prints best and median round (CPU and wall ms) per side and their ratios. With --prepared,
// the documents of a round are tokenised once and reused by every round and both sides (warm
// strings: the stage's own work without the cost of first touching fresh tokens).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { tokenize, splitSentences } = await import(join(root, 'dist/text/index.js'));
const { loadActorDictionary, createActorStage } = await import(join(root, 'dist/actors/index.js'));
const argAt = (name) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
if (argAt('--ab') !== undefined) {
  await abRounds(argAt('--ab'), Number(argAt('--rounds') ?? 20), process.argv.includes('--prepared'));
  process.exit(0);
}

const mb = Number(process.argv[2] ?? 5);
const loadScript = `const {loadActorDictionary}=await import(${JSON.stringify(join(root, 'dist/actors/index.js'))});
const c0=process.cpuUsage();const t0=performance.now();const d=loadActorDictionary();
const c=process.cpuUsage(c0);console.log(JSON.stringify({wall:performance.now()-t0,cpu:(c.user+c.system)/1000,entities:d.entities.size}));`;
const loads = [];
for (let i = 0; i < 5; i++) loads.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', loadScript], { encoding: 'utf8' })));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const seed = readFileSync('/work/shared/seeds/azerbaijan-russia-relations.txt', 'utf8').split('\n').slice(1, -1).join('\n');
const cases = readFileSync(join(root, 'test/actors/cases.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text).join('\n\n');
const unit = `${seed}\n\n${cases}\n\n`;
// One document per repetition (~40 KB each), as the pipeline sees them.
const docs = [];
let bytes = 0;
while (bytes < mb * 1e6) {
  const tokens = tokenize(unit);
  docs.push({ id: `bench-${docs.length}`, title: null, date: null, text: unit, source: 'bench', url: null, tokens, sentences: splitSentences(unit, tokens), mentions: [], times: [], events: [], issues: [] });
  bytes += Buffer.byteLength(unit);
}
const stage = createActorStage(loadActorDictionary());

/** One pass of the stage over every document: wall and CPU seconds. */
function pass() {
  globalThis.gc?.(); // start clean: the tokeniser's garbage is not the actor stage's
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let mentions = 0;
  // As in the pipeline, a document's mentions go on (to the store) and are then released.
  for (const doc of docs) {
    stage.run(doc);
    mentions += doc.mentions.length;
    doc.mentions = [];
  }
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, mentions };
}
const cold = pass();
const warm = pass();
const rate = (s) => +(bytes / 1e6 / s).toFixed(2);
console.log(JSON.stringify({
  textMB: +(bytes / 1e6).toFixed(2), docs: docs.length, tokens: docs.reduce((n, d) => n + d.tokens.length, 0),
  mentions: cold.mentions,
  firstPass: { wallS: +cold.wall.toFixed(2), cpuS: +cold.cpu.toFixed(2), mbPerSWall: rate(cold.wall), mbPerSCpu: rate(cold.cpu) },
  secondPass: { wallS: +warm.wall.toFixed(2), cpuS: +warm.cpu.toFixed(2), mbPerSWall: rate(warm.wall), mbPerSCpu: rate(warm.cpu) },
  loadMsWallMedian: +median(loads.map((l) => l.wall)).toFixed(0), loadMsCpuMedian: +median(loads.map((l) => l.cpu)).toFixed(0),
  loadMsWallMin: +Math.min(...loads.map((l) => l.wall)).toFixed(0), entities: loads[0].entities,
  heapMB: +(process.memoryUsage().heapUsed / 1e6).toFixed(1),
}));

/** The A/B mode (see the header). */
async function abRounds(otherRoot, rounds, prepared) {
  const dir = join(root, 'data/actors');
  const other = await import(join(otherRoot, 'dist/actors/index.js'));
  const sides = [
    { name: otherRoot, stage: other.createActorStage(other.loadActorDictionary({ dir })), cpu: [], wall: [] },
    { name: 'this tree', stage: createActorStage(loadActorDictionary({ dir })), cpu: [], wall: [] },
  ];
  const shared = '/work/shared';
  const seedText = readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
  const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8')
    .split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
  const chunks = [seedText, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];
  let sentences = 0;
  const makeDoc = (k) => {
    const text = chunks[k % chunks.length];
    const tokens = tokenize(text);
    return { id: `d${k}`, title: null, date: '2010-01-01', text, source: 'bench', url: null, tokens, sentences: splitSentences(text, tokens), mentions: [], times: [], events: [], issues: [] };
  };
  const kept = [];
  const round = (side) => {
    let bytes = 0, cpu = 0, wall = 0, k = 0, mentions = 0;
    sentences = 0;
    while (bytes < 1048576) {
      const doc = prepared ? (kept[k] ??= makeDoc(k)) : makeDoc(k);
      const text = doc.text;
      k++;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      side.stage.run(doc);
      wall += performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpu += (c.user + c.system) / 1000;
      mentions += doc.mentions.length;
      sentences += doc.sentences.length;
      bytes += Buffer.byteLength(text);
    }
    side.cpu.push(cpu);
    side.wall.push(wall);
    return mentions;
  };
  for (let r = 0; r < rounds; r++) {
    const counts = sides.map(round);
    if (counts[0] !== counts[1]) console.log(`round ${r}: mention counts differ (${counts.join(' vs ')})`);
  }
  const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { best: s[0], median: s[s.length >> 1] }; };
  const out = { rounds, roundMB: 1, prepared, sentencesPerRound: sentences };
  for (const side of sides) out[side.name] = { cpu: stats(side.cpu), wall: stats(side.wall) };
  const [a, b] = sides.map((x) => ({ cpu: stats(x.cpu), wall: stats(x.wall) }));
  const r2 = (x) => +x.toFixed(2);
  out.speedup = { cpuBest: r2(a.cpu.best / b.cpu.best), cpuMedian: r2(a.cpu.median / b.cpu.median), wallBest: r2(a.wall.best / b.wall.best), wallMedian: r2(a.wall.median / b.wall.median) };
  console.log(JSON.stringify(out, (k, v) => (typeof v === 'number' ? +v.toFixed(2) : v)));
}
