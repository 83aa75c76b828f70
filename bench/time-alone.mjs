// The time stage plus dateForSpan (every 6th token) over 1 MB of prepared bench docs (the text
// stage run untimed first), for instruction counts of one build per process:
//   valgrind --tool=cachegrind --cache-sim=no --smc-check=all --cachegrind-out-file=/dev/null \
//     node --predictable bench/time-alone.mjs DIST ROUNDS     (ROUNDS 1 and 4: the difference is 3 rounds of work)
// Usage: npx tsc -p tsconfig.json && node bench/time-alone.mjs /abs/path/to/dist 4
import fs from 'node:fs';
const [dist, roundsArg] = process.argv.slice(2);
const T = await import(`${dist}/text/index.js`);
const M = await import(`${dist}/time/index.js`);
const shared = '/work/shared';
const seed = fs.readFileSync(`${shared}/seeds/azerbaijan-russia-relations.txt`, 'utf8');
const suiteText = ['petrarch-gsr', 'plover-gsr'].flatMap((s) => fs.readFileSync(`${shared}/eval/dev/${s}.dev.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
const chunks = [seed, ...Array.from({ length: Math.ceil(suiteText.length / 40) }, (_, i) => suiteText.slice(i * 40, i * 40 + 40).join(' '))];
const docs = [];
for (let b = 0, i = 0; b < 1048576; i++) { const text = chunks[i % chunks.length]; const doc = { id: 'd' + i, title: null, date: '2012-12-12', text, source: 'b', url: null, tokens: [], sentences: [], mentions: [], times: [], events: [], issues: [] }; T.textStage.run(doc); docs.push(doc); b += text.length; }
const stage = M.createTimeStage();
let n = 0;
for (let r = 0; r < Number(roundsArg); r++) for (const doc of docs) {
  stage.run(doc);
  for (const s of doc.sentences) for (let k = s.tokenStart; k < s.tokenEnd; k += 6) { const t = doc.tokens[k]; if (M.dateForSpan(doc, s.index, t.start, t.end) !== null) n++; }
}
console.log(docs.length, n);
