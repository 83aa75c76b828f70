import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, readEntry, type IngestFailure, type IngestItem } from '../../src/ingest/index.js';
import { para, tempDir } from './helpers.js';

const tmp = tempDir('expand');
const root = tmp.path('corpus');
const isRoot = process.getuid?.() === 0;

beforeAll(() => {
  mkdirSync(join(root, 'b-dir', 'nested'), { recursive: true });
  mkdirSync(join(root, '.hidden-dir'));
  const write = (name: string, content: string | Buffer) => writeFileSync(join(root, name), content);
  write('a.txt', `Talks in Baku\n\n${para('gas')}`);
  write('b-dir/c.md', para('oil'));
  write('b-dir/nested/d.htm', `<html><head><title>Wine</title></head><body><p>${para('wine')}</p></body></html>`);
  write('.hidden.txt', para('secret'));
  write('.hidden-dir/e.txt', para('secret'));
  write('binary.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]));
  write('empty.txt', '');
  write('spaces.txt', '  \n\t\n');
  write('garbled.txt', Buffer.from([0x41, 0x81, 0x8d, 0x9d, 0x8f]));
  write('feed.jsonl', '{"id":"r1","text":"Good record."}\n{oops}\n{"id":"r3"}\n{"text":"No id."}\n{"id":"r5","text":"Also good."}\n');
  write('script-only.html', '<html><body><script>track()</script><style>p{}</style></body></html>');
  symlinkSync(join(root, 'missing-target.txt'), join(root, 'broken-link.txt'));
  execFileSync('mkfifo', [join(root, 'pipe.txt')]);
});
afterAll(() => tmp.cleanup());

async function readEverything(paths: string[]): Promise<{ docs: IngestItem[]; errors: IngestFailure[] }> {
  const { entries, errors } = await expandInputs(paths);
  const docs: IngestItem[] = [];
  for (const entry of entries) {
    for await (const r of readEntry(entry)) {
      if (r.kind === 'doc') docs.push(r);
      else errors.push(r);
    }
  }
  return { docs, errors };
}

describe('expandInputs', () => {
  it('walks directories recursively in sorted order, skipping hidden entries', async () => {
    const { entries } = await expandInputs([root]);
    const rel = entries.map((e) => [e.path.slice(root.length + 1), e.format]);
    expect(rel).toEqual([
      ['a.txt', 'text'],
      ['b-dir/c.md', 'text'],
      ['b-dir/nested/d.htm', 'html'],
      ['binary.bin', 'text'],
      ['empty.txt', 'text'],
      ['feed.jsonl', 'jsonl'],
      ['garbled.txt', 'text'],
      ['script-only.html', 'html'],
      ['spaces.txt', 'text'],
    ]);
  });

  it('reports a missing path, a broken link and a FIFO without stopping', async () => {
    const { entries, errors } = await expandInputs([tmp.path('nope'), join(root, 'a.txt'), '-']);
    expect(entries.map((e) => e.format)).toEqual(['text', 'stdin']);
    expect(errors.map((e) => e.code)).toEqual(['E_NOT_FOUND']);
    expect(errors[0].message).toBe(`${tmp.path('nope')}: no such file or directory`);
    const walked = await expandInputs([root]);
    expect(walked.errors.map((e) => [e.input.slice(root.length + 1), e.code])).toEqual([
      ['broken-link.txt', 'E_UNREADABLE'],
      ['pipe.txt', 'E_UNREADABLE'],
    ]);
    expect(walked.errors[0].message).toBe(`${join(root, 'broken-link.txt')}: cannot be read (broken symbolic link)`);
    expect(walked.errors[1].message).toMatch(/pipe\.txt: cannot be read \(not a regular file/);
  });

  it('lists a file given twice once', async () => {
    const { entries } = await expandInputs([join(root, 'a.txt'), join(root, 'a.txt')]);
    expect(entries).toHaveLength(1);
  });

  it.skipIf(isRoot)('reports a file without read permission as unreadable', async () => {
    const locked = tmp.path('locked.txt');
    writeFileSync(locked, para('locks'));
    chmodSync(locked, 0o000);
    const { errors } = await readEverything([locked]);
    expect(errors.map((e) => e.code)).toEqual(['E_UNREADABLE']);
  });
});

describe('a directory of good and bad inputs', () => {
  it('yields every good document and exactly one failure per bad input', async () => {
    const { docs, errors } = await readEverything([root]);
    expect(docs.map((d) => d.doc.id)).toEqual(['a', 'c', 'd', 'r1', 'r5']);
    const byFile = errors.map((e) => [e.input.slice(root.length + 1), e.code]);
    expect(byFile).toEqual([
      ['broken-link.txt', 'E_UNREADABLE'],
      ['pipe.txt', 'E_UNREADABLE'],
      ['binary.bin', 'E_BINARY'],
      ['empty.txt', 'E_EMPTY'],
      ['feed.jsonl:2', 'E_JSON'],
      ['feed.jsonl:3', 'E_RECORD'],
      ['feed.jsonl:4', 'E_RECORD'],
      ['garbled.txt', 'E_ENCODING'],
      ['script-only.html', 'E_NO_CONTENT'],
      ['spaces.txt', 'E_EMPTY'],
    ]);
  });
});
