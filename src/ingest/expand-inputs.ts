import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { failureFromFsError, ingestFailure } from './errors.js';
import { formatFromExtension, sniffFormat } from './sniff-format.js';
import type { IngestFailure, InputEntry } from './types.js';

const SNIFF_BYTES = 4096;

/**
 * Turns the paths a user gave into readable inputs: files as they are, directories walked
 * recursively in sorted (code-point) order with hidden entries skipped, `-` as stdin. Paths
 * that cannot be read become failures; the rest of the batch is unaffected.
 */
export async function expandInputs(paths: string[]): Promise<{ entries: InputEntry[]; errors: IngestFailure[] }> {
  const out = { entries: [] as InputEntry[], errors: [] as IngestFailure[], seen: new Set<string>() };
  for (const path of paths) {
    if (path === '-') out.entries.push({ path, size: 0, format: 'stdin' });
    else await addPath(out, path, true);
  }
  return { entries: out.entries, errors: out.errors };
}

type Collector = { entries: InputEntry[]; errors: IngestFailure[]; seen: Set<string> };

async function addPath(out: Collector, path: string, explicit: boolean): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A directory entry that exists but whose target does not is a broken link, not a typo.
    if (!explicit && code === 'ENOENT') out.errors.push(ingestFailure(path, 'E_UNREADABLE', 'broken symbolic link'));
    else out.errors.push(failureFromFsError(path, err));
    return;
  }
  const real = await realpath(path).catch(() => path);
  if (out.seen.has(real)) return;
  out.seen.add(real);
  if (info.isDirectory()) await addDirectory(out, path);
  else if (info.isFile()) await addFile(out, path, info.size);
  else out.errors.push(ingestFailure(path, 'E_UNREADABLE', 'not a regular file: a FIFO, socket or device'));
}

async function addDirectory(out: Collector, dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    out.errors.push(failureFromFsError(dir, err));
    return;
  }
  const visible = names.filter((n) => !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of visible) await addPath(out, join(dir, name), false);
}

async function addFile(out: Collector, path: string, size: number): Promise<void> {
  const known = formatFromExtension(path);
  if (known || size === 0) {
    out.entries.push({ path, size, format: known ?? 'text' });
    return;
  }
  try {
    out.entries.push({ path, size, format: sniffFormat(await readStart(path)) });
  } catch (err) {
    out.errors.push(failureFromFsError(path, err));
  }
}

async function readStart(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
