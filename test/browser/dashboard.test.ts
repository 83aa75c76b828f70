/**
 * The dashboard in a real browser against a real server: the sample corpus (examples/) plus the
 * hand-made fixture documents, one of which holds markup that must show as text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { IMG_TEXT, MARKUP_DOC, SCRIPT_TEXT, fixtureDocs } from '../server/fixture-store.js';
import { type Browser, CHROMIUM, ensureWebBuilt, launchBrowser } from './browser.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const hasChromium = existsSync(CHROMIUM);

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;

async function buildDatabase(path: string): Promise<void> {
  if (existsSync(EXAMPLES) && readdirSync(EXAMPLES).length > 0) {
    const { ingestPaths } = await import('../../src/cli/commands/ingest.js');
    const summary = await ingestPaths([EXAMPLES], path, { progress: false });
    expect(summary.failures).toBe(0);
  }
  const store = openStore(path);
  for (const doc of fixtureDocs()) await store.saveDocument(doc, createHash('sha256').update(doc.text).digest('hex'));
  await store.close();
}

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, server.url));
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

async function open(hash: string): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector(`#app[data-ready="${hash}"]`);
}

describe.skipIf(!hasChromium)('dashboard in chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    dir = mkdtempSync(join(tmpdir(), 'dyad-browser-'));
    const db = join(dir, 'browser.db');
    await buildDatabase(db);
    server = await startServer({ dbPath: db, port: 0 });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws the dyad page with the counts the API gives', async () => {
    const summary = await api<{ events: number }>('/api/dyads/AZE-RUS');
    const series = await api<{ rows: { period: string; events: number }[] }>('/api/series?dyad=AZE-RUS&period=year');
    const events = await api<{ total: number; items: { date: unknown }[] }>('/api/events?dyad=AZE-RUS&limit=500');
    await open('#/dyad/AZE-RUS');
    expect(Number(await page.getAttribute('.summary', 'data-events'))).toBe(summary.events);
    const bars = await page.$$eval('.trend-chart g.bar', (gs) => gs.map((g) => [g.getAttribute('data-period'), Number(g.getAttribute('data-events'))]));
    expect(bars).toEqual(series.rows.map((r) => [r.period, r.events]));
    expect(await page.locator('.timeline circle.event-dot').count()).toBe(events.items.filter((e) => e.date !== null).length);
    expect(await page.locator('table.events tbody tr').count()).toBe(events.items.length);
    expect(await page.locator('.network g.node').count()).toBeGreaterThan(1);
    const narrowed = await api<{ events: number }>('/api/summary?dyad=AZE-RUS&from=2001&to=2006');
    await open('#/dyad/AZE-RUS?from=2001&to=2006');
    expect(Number(await page.getAttribute('.summary', 'data-events'))).toBe(narrowed.events);
    expect(await page.locator('table.events tbody tr').count()).toBe(Math.min(narrowed.events, 500));
  });

  it('shows an event’s evidence when the event is clicked', async () => {
    const { items } = await api<{ items: { id: number; text: string; sentenceStart: number; evidence: { start: number; end: number } }[] }>('/api/events?dyad=AZE-RUS&limit=500');
    const e = items[0];
    await open('#/dyad/AZE-RUS');
    await page.click(`table.events tr[data-id="${e.id}"]`);
    const detail = page.locator(`.event-detail[data-id="${e.id}"]`);
    await detail.waitFor();
    const words = e.text.slice(e.evidence.start - e.sentenceStart, e.evidence.end - e.sentenceStart);
    expect(await detail.locator('mark.evidence').textContent()).toBe(words);
    const dated = items.find((x) => (x as { date: unknown }).date !== null) ?? e;
    await page.click(`.timeline circle[data-id="${dated.id}"]`);
    await page.locator(`.event-detail[data-id="${dated.id}"]`).waitFor();
  });

  it('finds a known sentence with the search form', async () => {
    await open('#/search');
    await page.fill('form.search input', 'peacekeepers');
    await page.click('form.search button');
    await page.waitForSelector('#app[data-ready="#/search?q=peacekeepers"]');
    const hits = await page.locator('.hits li').allTextContents();
    expect(hits.some((h) => h.includes('Russia sent peacekeepers to Armenia in November 2020.'))).toBe(true);
  });

  it('renders markup inside a document as text', async () => {
    await open(`#/doc/${MARKUP_DOC}`);
    const text = await page.locator('.doc-text').textContent();
    expect(text).toContain(SCRIPT_TEXT);
    expect(text).toContain(IMG_TEXT);
    expect(await page.locator('#app script, #app img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.doc-text mark.evidence').count()).toBe(2);
  });
});
