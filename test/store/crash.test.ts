import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Starts the writer and SIGKILLs it once it has committed `after` documents; resolves the count seen. */
function writeThenKill(path: string, after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', join(here, 'ts-register.mjs'), join(here, 'crash-writer.mjs'), path], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let saved = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      saved += chunk.split('\n').filter((l) => l.startsWith('saved ')).length;
      if (saved >= after) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(saved);
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it('a writer killed mid-way leaves an intact database holding only whole documents', async () => {
    const path = join(tmp.dir, 'crash.db');
    const saved = await writeThenKill(path, 150);
    const store = openStore(path);
    await store.ready;
    const db = store.sqlite;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() => db.exec("insert into sentences_fts(sentences_fts) values ('integrity-check')")).not.toThrow();
    const docs = db.prepare(`select d.id, d.title, d.sentence_count,
        (select count(*) from sentences s where s.doc_id = d.id) as sentences,
        (select count(*) from events e where e.doc_id = d.id) as events
      from documents d`).all() as { id: string; title: string; sentence_count: number; sentences: number; events: number }[];
    expect(docs.length).toBeGreaterThanOrEqual(saved);
    for (const d of docs) {
      expect(d.sentences).toBe(d.sentence_count);
      expect(d.title).toBe(`sentences=${d.sentences} events=${d.events}`);
    }
    const orphans = db.prepare('select count(*) as n from events where doc_id not in (select id from documents)').get() as { n: number };
    expect(orphans.n).toBe(0);
    const actor = await store.actors({ q: 'crash:RUS' });
    expect(actor[0].events).toBe(docs.reduce((s, d) => s + d.events, 0));
    await store.close();
  });
});
