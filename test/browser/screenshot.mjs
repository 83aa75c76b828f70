// Saves the Azerbaijan–Russia dyad page as docs/screenshot-dyad.png (or another dyad/path).
// Needs the built code and dashboard: `npm run build && npx vite build --config web/vite.config.ts`.
// Usage: node test/browser/screenshot.mjs DB [DYAD] [OUT.png]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [db, dyad = 'AZE-RUS', out = join(root, 'docs', 'screenshot-dyad.png')] = process.argv.slice(2);
if (!db) {
  process.stderr.write('usage: node test/browser/screenshot.mjs DB [DYAD] [OUT.png]\n');
  process.exit(2);
}
const { startServer } = await import(join(root, 'dist', 'server', 'index.js'));
const server = await startServer({ dbPath: db, port: 0 });
const profile = mkdtempSync(join(tmpdir(), 'dyad-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 2000 },
});
try {
  const page = await context.newPage();
  const hash = `#/dyad/${dyad}`;
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector(`#app[data-ready="${hash}"]`);
  const first = page.locator('table.events tbody tr').first();
  if (await first.count()) await first.click();
  await page.screenshot({ path: out });
  process.stdout.write(`${out}\n`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
