#!/usr/bin/env node
// Latency of the dyad endpoints over real HTTP on a large database.
//
//   npx tsc -p tsconfig.json
//   node bench/make-synthetic-db.mjs bench/out/api-1m.db 1000000
//   node bench/api-latency.mjs bench/out/api-1m.db [--dyads 30] [--rounds 3] [--cache]
//
// Without --cache every request is computed (the server's answer cache is off), which is the
// worst case a new filter meets; with --cache a first unmeasured round fills the server's cache
// and the measured rounds show what repeated dashboard requests cost.
// Dyads: the heaviest ones (most events, the slowest) plus the same number picked at random.
// The per-dyad aggregates read the store's covering index events_dyad_date (migration 003).
import { startServer } from '../dist/server/index.js';

const args = process.argv.slice(2);
const db = args[0];
if (!db) {
  process.stderr.write('usage: node bench/api-latency.mjs DB [--dyads 30] [--rounds 3] [--cache]\n');
  process.exit(2);
}
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const nDyads = opt('--dyads', 30);
const rounds = opt('--rounds', 3);
const cache = args.includes('--cache');

const ENDPOINTS = {
  summary: (d) => `/api/dyads/${d}`,
  events: (d) => `/api/events?dyad=${d}&limit=500`,
  'series-year': (d) => `/api/series?dyad=${d}&period=year`,
  'series-month': (d) => `/api/series?dyad=${d}&period=month`,
  network: (d) => `/api/network?dyad=${d}&level=actor&limit=30`,
  issues: (d) => `/api/issues?dyad=${d}`,
  'events-range': (d) => `/api/events?dyad=${d}&from=2000&to=2004&limit=100`,
};

const server = await startServer({ dbPath: db, port: 0, cacheEntries: cache ? 500 : 0 });
const time = async (path) => {
  const t0 = performance.now();
  const res = await fetch(new URL(path, server.url));
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  return performance.now() - t0;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

try {
  const listMs = [];
  for (let i = 0; i < 5; i++) listMs.push(await time('/api/dyads?limit=200'));
  const all = (await (await fetch(new URL('/api/dyads?limit=10000', server.url))).json()).items.map((d) => d.dyad);
  const heavy = all.slice(0, nDyads);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const random = Array.from({ length: nDyads }, () => all[Math.floor(rand() * all.length)]);
  const samples = Object.fromEntries(Object.keys(ENDPOINTS).map((k) => [k, []]));
  // With --cache, one unmeasured round first fills the cache, so the figures are warm answers.
  if (cache) for (const d of [...heavy, ...random]) for (const url of Object.values(ENDPOINTS)) await time(url(d));
  for (let r = 0; r < rounds; r++) {
    for (const d of [...heavy, ...random]) {
      for (const [name, url] of Object.entries(ENDPOINTS)) samples[name].push(await time(url(d)));
    }
  }
  const events = (await (await fetch(new URL('/api/stats', server.url))).json()).events;
  const lines = [`database: ${db} (${events} events, ${all.length} dyads), cache ${cache ? 'on (warm)' : 'off'}, ${rounds} rounds x ${heavy.length} heaviest + ${random.length} random dyads`];
  lines.push('endpoint        n     p50 ms  p95 ms  max ms');
  const row = (name, xs) => lines.push(`${name.padEnd(14)} ${String(xs.length).padStart(4)}  ${pct(xs, 50).toFixed(1).padStart(7)} ${pct(xs, 95).toFixed(1).padStart(7)} ${Math.max(...xs).toFixed(1).padStart(7)}`);
  row('dyads-list', listMs);
  for (const [name, xs] of Object.entries(samples)) row(name, xs);
  row('all-per-dyad', Object.values(samples).flat());
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await server.close();
}
