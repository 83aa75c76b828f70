import { createReadStream } from 'node:fs';
import type { InputEntry, ReadOptions } from './types.js';

const CHUNK_BYTES = 64 * 1024;

/** The raw bytes of an input as a stream of chunks; `-` reads stdin. */
export function openBytes(entry: InputEntry, opts: ReadOptions): AsyncIterator<Uint8Array> {
  if (entry.path === '-') return (opts.stdin ?? process.stdin)[Symbol.asyncIterator]();
  return createReadStream(entry.path, { highWaterMark: CHUNK_BYTES })[Symbol.asyncIterator]();
}

/** Reads chunks until at least `size` bytes are in hand (or the input ends). */
export async function takeHead(chunks: AsyncIterator<Uint8Array>, size: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let total = 0;
  while (total < size) {
    const next = await chunks.next();
    if (next.done) break;
    parts.push(next.value);
    total += next.value.length;
  }
  return Buffer.concat(parts);
}

/** The head already read, then the rest of the stream. */
export async function* withHead(head: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (head.length > 0) yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
