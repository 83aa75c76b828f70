import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/index.js';
import { storeMigrations } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('startServer', () => {
  it('serves a database left at an older schema version after bringing it up to date', async () => {
    const path = join(dir, 'old.db');
    const names = Object.keys(storeMigrations('sqlite'));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => storeMigrations('sqlite') } }).migrateTo(names[0]);
    await db.destroy();
    expect(error).toBeUndefined();
    const server = await startServer({ dbPath: path, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
      const res = await fetch(new URL('/api/events?dyad=AZE-RUS', server.url));
      expect(res.status).toBe(200);
      expect((await res.json()).total).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('names the database when there is none', async () => {
    await expect(startServer({ dbPath: join(dir, 'missing.db'), port: 0 })).rejects.toThrow(/missing\.db/);
  });
});
