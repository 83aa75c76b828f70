#!/usr/bin/env node
// Actor stage benchmark: dictionary load time (fresh process each run) and matching throughput
// over >= 5 MB of report prose with the full built-in dictionary.
//   npx tsc -p tsconfig.json && node --expose-gc bench/actors.mjs [MB]
// Text: the founding report plus the actor test sentences (~40 KB), one document per copy, to
// size (tokenised beforehand; only the actor stage is timed). Two passes: first (cold JIT and
// key cache) and second. Reports wall and CPU time (the machine is shared).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { tokenize, splitSentences } = await import(join(root, 'dist/text/index.js'));
const { loadActorDictionary, createActorStage } = await import(join(root, 'dist/actors/index.js'));

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
