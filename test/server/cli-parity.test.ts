/** The API and `dyad events` read the same filter the same way: same events, same order. */
import { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { register as registerEvents } from '../../src/cli/commands/events.js';
import { buildServer } from '../../src/server/index.js';
import { type FixtureStore, fixtureStore } from './fixture-store.js';

let fx: FixtureStore;
let app: FastifyInstance;

beforeAll(async () => {
  fx = await fixtureStore();
  app = buildServer(fx.store);
});

afterAll(async () => {
  await app.close();
  await fx.cleanup();
});

type Key = [string, number, string];

async function cliEvents(args: string[]): Promise<Key[]> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const program = new Command('dyad').exitOverride();
    registerEvents(program);
    await program.parseAsync(['events', '--db', fx.path, '--format', 'jsonl', ...args], { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.doc, r.sentence, r.code]);
}

async function apiEvents(query: string): Promise<Key[]> {
  const res = await app.inject({ method: 'GET', url: `/api/events?${query}&limit=10000` });
  return res.json().items.map((e: { doc: string; sentence: number; code: string }) => [e.doc, e.sentence, e.code]);
}

describe('API and CLI parity', () => {
  it.each([
    [['--dyad', 'AZE-RUS'], 'dyad=AZE-RUS'],
    [['--dyad', 'RUS-GEO'], 'dyad=RUS-GEO'],
    [['--actor', 'RUS', '--from', '2001', '--to', '2012'], 'actor=RUS&from=2001&to=2012'],
    [['--quad', '4'], 'quad=4'],
    [['--issue', 'military-security', '--negated'], 'issue=military-security&negated=true'],
    [['-q', 'peacekeepers'], 'q=peacekeepers'],
    [[], 'offset=0'],
  ])('dyad events %j lists what /api/events?%s lists', async (args, query) => {
    const [cli, api] = [await cliEvents(args), await apiEvents(query)];
    expect(cli.length).toBeGreaterThan(0);
    expect(api).toEqual(cli);
  });
});
