// Child process of crash.test.ts: writes synthetic documents through the real saveDocument until
// killed. Each document's title records how many rows it must have, so the parent can check that
// only whole documents survive. Prints "saved N" after each committed document.
import { openStore } from '../../src/store/index.ts';

const [path, startArg] = process.argv.slice(2);
const store = openStore(path);
await store.ready;

function syntheticDoc(n) {
  const sentenceCount = 20 + (n % 37);
  const eventCount = 30 + ((n * 7) % 53);
  const sentences = Array.from({ length: sentenceCount }, (_, i) => `Document ${n} sentence ${i} says Russia met Azerbaijan.`);
  const spans = [];
  let text = '';
  for (const s of sentences) {
    if (text) text += ' ';
    spans.push([text.length, text.length + s.length]);
    text += s;
  }
  const actor = (country) => ({ code: country, country, org: null, sector: null, name: country, type: 'country', entityId: `crash:${country}` });
  const events = Array.from({ length: eventCount }, (_, i) => {
    const sentence = i % sentenceCount;
    return {
      sentence, source: actor('RUS'), target: actor('AZE'), code: '036', root: '03', label: 'Express intent to meet',
      quad: 1, goldstein: 4, plover: null, date: { value: `${2000 + (n % 20)}`, granularity: 'year', fromDocument: false },
      negated: false, modality: 'asserted', issues: ['diplomacy'],
      evidence: { start: spans[sentence][0], end: spans[sentence][1] }, confidence: 0.5,
    };
  });
  return {
    id: `crash-${n}`, title: `sentences=${sentenceCount} events=${eventCount}`, date: null, text, source: '-', url: null,
    sentences: spans.map(([start, end], index) => ({ index, start, end, tokenStart: 0, tokenEnd: 0 })),
    tokens: [], mentions: [], times: [], events, issues: ['diplomacy'],
  };
}

for (let n = Number(startArg ?? 0); ; n++) {
  const result = await store.saveDocument(syntheticDoc(n), `hash-${n}`);
  process.stdout.write(`saved ${n} ${result}\n`);
}
