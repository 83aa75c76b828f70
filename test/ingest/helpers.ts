import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEntry, type IngestFailure, type IngestItem, type InputEntry, type ReadOptions } from '../../src/ingest/index.js';

/** A fresh temporary directory and a function that removes it. */
export function tempDir(prefix: string): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `dyad-ingest-${prefix}-`));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function readAll(entry: InputEntry, opts?: ReadOptions): Promise<{ docs: IngestItem[]; errors: IngestFailure[] }> {
  const docs: IngestItem[] = [];
  const errors: IngestFailure[] = [];
  for await (const r of readEntry(entry, opts)) {
    if (r.kind === 'doc') docs.push(r);
    else errors.push(r);
  }
  return { docs, errors };
}

/** A paragraph long enough to count as content, about `topic`. */
export function para(topic: string): string {
  return `Diplomats from both capitals discussed ${topic} over two days of meetings. ` +
    `They agreed that working groups on ${topic} would report back before the end of the year.`;
}

export async function* bytesOf(...chunks: (string | Buffer)[]): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c;
}
