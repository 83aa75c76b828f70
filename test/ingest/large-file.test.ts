import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntry } from '../../src/ingest/index.js';
import { para, tempDir } from './helpers.js';

const tmp = tempDir('large');
afterAll(() => tmp.cleanup());

const FILE_BYTES = 100 * 1024 * 1024;
const MB = 1024 * 1024;

/**
 * Large strings live outside V8's young generation and are only freed by a full collection,
 * which V8 may postpone until the heap is big; collecting after each part measures what the
 * reader really keeps rather than how lazy the collector is.
 */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Writes about 100 MB of paragraphs, 1 MB at a time, so the test itself stays small. */
function writeLargeFile(path: string): number {
  const fd = openSync(path, 'w');
  const block = Array.from({ length: 400 }, (_, i) => para(`topic ${i}`)).join('\n\n') + '\n\n';
  let written = 0;
  try {
    while (written < FILE_BYTES) written += writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
  return written;
}

describe('a 100 MB text file', () => {
  it('is streamed in parts of at most the part size with bounded memory', async () => {
    const path = tmp.path('huge.txt');
    const size = writeLargeFile(path);
    expect(statSync(path).size).toBe(size);
    const partSize = 1_000_000;
    const gc = exposeGc();
    gc();
    const before = process.memoryUsage().rss;
    let peak = before;
    let parts = 0;
    let chars = 0;
    let lastId = '';
    for await (const r of readEntry({ path, size, format: 'text' }, { partSize })) {
      if (r.kind !== 'doc') throw new Error(r.message);
      parts++;
      chars += r.doc.text.length;
      lastId = r.doc.id;
      expect(r.doc.text.length).toBeLessThanOrEqual(partSize);
      gc();
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(parts).toBeGreaterThanOrEqual(Math.ceil(size / partSize));
    expect(lastId).toBe(`huge#${parts}`);
    // Blank lines between parts are dropped; everything else arrives.
    expect(chars).toBeGreaterThan(size * 0.98);
    expect(peak - before).toBeLessThan(size / 3);
    console.info(`100 MB ingest: ${parts} parts, rss growth ${((peak - before) / MB).toFixed(1)} MB`);
  });
});
