import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dyad, dyadChild, EXAMPLES, tempDir } from './run-cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function countDocs(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

describe('a crash during ingest', () => {
  it('leaves a database that opens and holds only whole documents', async () => {
    const dir = tempDir();
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    const base = readFileSync(join(EXAMPLES, 'azerbaijan-russia.txt'), 'utf8');
    const total = 600;
    for (let i = 0; i < total; i++) writeFileSync(join(docs, `report-${String(i).padStart(4, '0')}.txt`), base.replace('\n\n', `\n\nReport ${i} of the archive. `));
    const db = join(dir, 'crash.db');

    const child = dyadChild(['ingest', docs, '--db', db, '--no-progress']);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let stored = 0;
    for (let waited = 0; waited < 120_000 && stored < 5; waited += 25) {
      await sleep(25);
      stored = countDocs(db);
    }
    child.kill('SIGKILL');
    await exited;
    expect(stored).toBeGreaterThan(0);

    const conn = new Database(db);
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    const docsAfter = conn.prepare('SELECT id, sentence_count FROM documents').all() as { id: string; sentence_count: number }[];
    expect(docsAfter.length).toBeGreaterThan(0);
    expect(docsAfter.length).toBeLessThan(total);
    const sentences = conn.prepare('SELECT count(*) AS n FROM sentences WHERE doc_id = ?');
    for (const d of docsAfter) expect((sentences.get(d.id) as { n: number }).n).toBe(d.sentence_count);
    const orphans = conn.prepare('SELECT count(*) AS n FROM events WHERE doc_id NOT IN (SELECT id FROM documents)').get() as { n: number };
    expect(orphans.n).toBe(0);
    conn.close();

    // Ingesting again completes the batch without duplicating what was stored.
    const again = dyad(['ingest', docs, '--db', db, '--no-progress']);
    expect(again.status).toBe(0);
    expect(countDocs(db)).toBe(total);
  }, 300_000);
});
