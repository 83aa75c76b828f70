#!/usr/bin/env node
// Throughput and peak memory of ingest over dist/ (run `npx tsc -p tsconfig.json` first).
// Three workloads, each generated into a temp dir and deleted afterwards:
//   text  - one plain-text file of --mb megabytes (default 100), streamed in 1 MB parts;
//   html  - the examples/georgia-russia.html page written --pages times (default 2000), read as a directory;
//   jsonl - one JSON-lines file of --records records (default 100000), one short news item each.
// Usage: node bench/ingest.mjs [--mb 100] [--pages 2000] [--records 100000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const { expandInputs, readEntry } = await import(new URL('../dist/ingest/index.js', import.meta.url).href);
const example = fs.readFileSync(new URL('../examples/georgia-russia.html', import.meta.url), 'utf8');
const MB = 1024 * 1024;
const para = (i) => `Diplomats from both capitals discussed topic ${i} over two days of meetings. ` +
  `They agreed that working groups on topic ${i} would report back before the end of the year.`;

async function measure(name, inputs) {
  const start = process.hrtime.bigint();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0, docs = 0, errors = 0, bytes = 0;
  const { entries } = await expandInputs(inputs);
  for (const entry of entries) {
    bytes += entry.size;
    for await (const r of readEntry(entry)) {
      if (r.kind === 'doc') docs++; else errors++;
      if ((docs & 63) === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${name.padEnd(6)} ${(bytes / MB).toFixed(1)} MB, ${docs} docs, ${errors} errors, ${secs.toFixed(2)} s, ` +
    `${(bytes / MB / secs).toFixed(1)} MB/s, ${Math.round(docs / secs)} docs/s, peak rss ${(peak / MB).toFixed(0)} MB (+${((peak - rss0) / MB).toFixed(0)})`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-bench-ingest-'));
try {
  const textFile = path.join(dir, 'big.txt');
  const fd = fs.openSync(textFile, 'w');
  const block = Array.from({ length: 400 }, (_, i) => para(i)).join('\n\n') + '\n\n';
  for (let w = 0; w < opt('--mb', 100) * MB;) w += fs.writeSync(fd, block);
  fs.closeSync(fd);
  await measure('text', [textFile]);

  const pages = path.join(dir, 'pages');
  fs.mkdirSync(pages);
  for (let i = 0; i < opt('--pages', 2000); i++) fs.writeFileSync(path.join(pages, `page-${String(i).padStart(5, '0')}.html`), example);
  await measure('html', [pages]);

  const jsonl = path.join(dir, 'feed.jsonl');
  const records = Array.from({ length: opt('--records', 100000) }, (_, i) =>
    JSON.stringify({ id: `r${i}`, date: '2020-11-10', title: `Item ${i}`, text: para(i) })).join('\n');
  fs.writeFileSync(jsonl, records + '\n');
  await measure('jsonl', [jsonl]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
