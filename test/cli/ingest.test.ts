import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dyad, EXAMPLES, jsonl, tempDir } from './run-cli.js';

/** A folder of good documents with every kind of bad input among them. */
function mixedFolder(): string {
  const dir = tempDir();
  const docs = join(dir, 'docs');
  cpSync(EXAMPLES, docs, { recursive: true });
  writeFileSync(join(docs, 'photo.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0xff, 0]));
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(join(docs, 'scripts-only.html'), '<html><head><style>p{}</style></head><body><script>var a = 1;</script></body></html>');
  mkdirSync(join(docs, 'nested'));
  writeFileSync(
    join(docs, 'nested', 'wire.jsonl'),
    [
      JSON.stringify({ id: 'wire-1', text: 'Turkey and Azerbaijan signed a gas agreement on 3 April 2014.', date: '2014-04-03' }),
      '{"id": "wire-2", "text": broken',
      JSON.stringify({ id: 'wire-3', text: 'Russian forces invaded Georgia in August 2008 and bombed Gori.', date: '2008-08-12' }),
    ].join('\n'),
  );
  return docs;
}

describe('dyad ingest', () => {
  let docs: string;
  let db: string;
  let first: ReturnType<typeof dyad>;

  beforeAll(() => {
    docs = mixedFolder();
    db = join(tempDir(), 'test.db');
    first = dyad(['ingest', docs, '--db', db]);
  });

  it('names each bad input with its reason on stderr and exits 1', () => {
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/photo\.bin: .*binary/i);
    expect(first.stderr).toMatch(/empty\.txt: .*empty/i);
    expect(first.stderr).toMatch(/scripts-only\.html: /);
    expect(first.stderr).toMatch(/wire\.jsonl:2: /);
    expect(first.stderr).toMatch(/ingested \d+ new/);
  });

  it('stores every good document, including the good lines of a broken JSON lines file', () => {
    const stats = JSON.parse(dyad(['stats', '--db', db, '--format', 'json']).stdout);
    const good = jsonl(dyad(['extract', EXAMPLES]).stdout).filter((r) => r.kind === 'document').length;
    expect(stats.documents).toBe(good + 2);
    expect(stats.events).toBeGreaterThan(0);
  });

  it('changes nothing when the same documents are ingested again', () => {
    const before = dyad(['events', '--db', db, '--format', 'jsonl']).stdout;
    const again = dyad(['ingest', docs, '--db', db]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/ingested 0 new, 0 updated/);
    expect(dyad(['events', '--db', db, '--format', 'jsonl']).stdout).toBe(before);
  });

  it('lists events as contract records and filters them by dyad in either direction', () => {
    const all = jsonl(dyad(['events', '--db', db, '--format', 'jsonl']).stdout);
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) expect(e.kind).toBe('event');
    const withPair = all.filter((e) => e.source?.country && e.target?.country && e.source.country !== e.target.country);
    const pair = [withPair[0].source.country, withPair[0].target.country];
    const forward = jsonl(dyad(['events', '--db', db, '--format', 'jsonl', '--dyad', pair.join('-')]).stdout);
    const backward = jsonl(dyad(['events', '--db', db, '--format', 'jsonl', '--dyad', [...pair].reverse().join('-')]).stdout);
    expect(forward).toEqual(backward);
    expect(forward.length).toBe(all.filter((e) => [e.source?.country, e.target?.country].sort().join() === [...pair].sort().join()).length);
  });

  it('exports CSV with one row per event and a header', () => {
    const rows = dyad(['events', '--db', db, '--format', 'csv']).stdout.trim().split('\n');
    expect(rows[0].startsWith('event_date,source_name')).toBe(true);
    expect(rows.length - 1).toBe(jsonl(dyad(['events', '--db', db, '--format', 'jsonl']).stdout).length);
  });

  it('lists actors and stats', () => {
    const actors = jsonl(dyad(['actors', '--db', db, '--format', 'jsonl', '--limit', '500']).stdout);
    expect(actors.some((a) => a.country === 'RUS')).toBe(true);
    expect(dyad(['stats', '--db', db]).stdout).toMatch(/documents\s+\d+/);
  });

  it('rejects bad filter values with a usage error naming the option', () => {
    const r = dyad(['events', '--db', db, '--from', 'last year']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--from/);
    expect(dyad(['events', '--db', db, '--quad', '7']).stderr).toMatch(/--quad/);
  });

  it('says so when the database does not exist, instead of creating an empty one', () => {
    const r = dyad(['events', '--db', join(tempDir(), 'none.db')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/none\.db: no such database/);
  });

  it('uses DYAD_DB as the default database', () => {
    const r = dyad(['stats', '--format', 'json'], undefined, { DYAD_DB: db });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toBeGreaterThan(0);
  });
});
