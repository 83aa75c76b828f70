import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES, buildServer } from '../../src/server/index.js';
import { ARM, buildDoc } from '../store/fixtures.js';
import { FIXTURE_COUNTS, type FixtureStore, fixtureStore } from './fixture-store.js';

let fx: FixtureStore;
let app: FastifyInstance;
let web: string;

beforeAll(async () => {
  fx = await fixtureStore();
  web = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Dyad</title>');
  app = buildServer(fx.store, { webRoot: web });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await fx.cleanup();
  rmSync(web, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: res.body, json: () => res.json() };
};

describe('openapi document', () => {
  it('lists every route with its parameters', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const r of API_ROUTES) {
      const op = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')].get;
      expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(r.params.map((p) => p.name));
    }
    const quad = doc.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'quad');
    expect(quad.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 4 });
  });
});

describe('events endpoint', () => {
  it('counts a dyad in either direction and any case, equal to the store', async () => {
    for (const dyad of ['AZE-RUS', 'RUS-AZE', 'rus-aze']) {
      const res = (await get(`/api/events?dyad=${dyad}`)).json();
      expect(res.total).toBe(FIXTURE_COUNTS['AZE-RUS']);
      expect(res.items).toHaveLength(FIXTURE_COUNTS['AZE-RUS']);
    }
    for (const [dyad, n] of Object.entries(FIXTURE_COUNTS)) {
      expect((await get(`/api/events?dyad=${dyad}`)).json().total).toBe(await fx.store.countEvents({ dyad }));
      expect(await fx.store.countEvents({ dyad })).toBe(n);
    }
  });

  it('combines filters and pages in a stable order', async () => {
    const all = (await get('/api/events?limit=1000')).json().items.map((e: { id: number }) => e.id);
    const paged: number[] = [];
    for (let offset = 0; offset < all.length; offset += 3) {
      paged.push(...(await get(`/api/events?limit=3&offset=${offset}`)).json().items.map((e: { id: number }) => e.id));
    }
    expect(paged).toEqual(all);
    expect((await get('/api/events?dyad=AZE-RUS&negated=true')).json().total).toBe(1);
    expect((await get('/api/events?dyad=AZE-RUS&quad=4')).json().total).toBe(1);
    expect((await get('/api/events?dyad=AZE-RUS&from=2001&to=2006')).json().total).toBe(3);
    expect((await get('/api/events?issue=military-security')).json().total).toBe(3);
  });

  it('gives each event where its sentence starts so the evidence can be marked', async () => {
    const items = (await get('/api/events?dyad=AZE-RUS&code=0874')).json().items;
    expect(items).toHaveLength(1);
    const e = items[0];
    expect(e.text.slice(e.evidence.start - e.sentenceStart, e.evidence.end - e.sentenceStart)).toBe('left');
  });

  it('exports CSV with a header and one line per event, and contract JSON lines', async () => {
    const csv = await get('/api/events?dyad=GEO-RUS&format=csv');
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0].startsWith('id,date,')).toBe(true);
    expect(lines).toHaveLength(1 + FIXTURE_COUNTS['GEO-RUS']);
    const jsonl = (await get('/api/events?dyad=GEO-RUS&format=jsonl')).body.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.map((r) => r.kind)).toEqual(['event', 'event']);
    expect(jsonl[0]).not.toHaveProperty('id');
  });
});

describe('parameter validation', () => {
  it.each([
    ['/api/events?quad=5', 'quad'],
    ['/api/events?quad=two', 'quad'],
    ['/api/events?from=2001-13', 'from'],
    ['/api/events?to=2001-02-30', 'to'],
    ['/api/events?dyad=AZERUS', 'dyad'],
    ['/api/events?root=21', 'root'],
    ['/api/events?negated=maybe', 'negated'],
    ['/api/events?limit=-1', 'limit'],
    ['/api/events?limit=20000', 'limit'],
    ['/api/events?colour=red', 'colour'],
    ['/api/events?quad=1&quad=2', 'quad'],
    ['/api/series?period=week', 'period'],
    ['/api/network?format=png', 'format'],
    ['/api/search', 'q'],
    ['/api/dyads/AZE', 'dyad'],
  ])('%s answers 400 naming %s', async (url, param) => {
    const res = await get(url);
    expect(res.status).toBe(400);
    expect(res.json().param).toBe(param);
    expect(res.json().message).toContain(`'${param}'`);
  });

  it('answers 404 in JSON for unknown documents and endpoints', async () => {
    expect((await get('/api/documents/nope')).status).toBe(404);
    const res = await get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.json().error).toBe('not_found');
  });
});

describe('analysis endpoints', () => {
  it('summarises a dyad by quad class', async () => {
    const s = (await get('/api/dyads/RUS-AZE')).json();
    expect(s.dyad).toBe('AZE-RUS');
    expect(s.events).toBe(7);
    expect(s.quad).toEqual({ '1': 3, '2': 1, '3': 2, '4': 1 });
    expect(s.netCooperation).toBe(1);
    expect(s.negated).toBe(1);
    expect(s.first).toBe('1992-02-01');
  });

  it('lists dyads by event count with yearly sparkline counts', async () => {
    const { items, total } = (await get('/api/dyads')).json();
    expect(total).toBe(4);
    expect(items[0].dyad).toBe('AZE-RUS');
    const spark = items[0].spark;
    expect(spark[0].period).toBe('1992');
    expect(spark.at(-1).period).toBe('2012');
    expect(spark).toHaveLength(21);
    expect(spark.reduce((n: number, p: { events: number }) => n + p.events, 0)).toBe(6);
  });

  it('builds yearly and monthly series with gaps filled and undated events counted apart', async () => {
    const year = (await get('/api/series?dyad=AZE-RUS&period=year')).json();
    expect(year.undated).toBe(1);
    expect(year.rows.map((r: { period: string }) => r.period).slice(0, 3)).toEqual(['1992', '1993', '1994']);
    const y2001 = year.rows.find((r: { period: string }) => r.period === '2001');
    expect(y2001).toMatchObject({ events: 2, quad: { '1': 2, '2': 0, '3': 0, '4': 0 }, roots: { '04': 1, '05': 1 } });
    expect(y2001.meanGoldstein).toBeCloseTo((3.5 + 8) / 2);
    const month = (await get('/api/series?dyad=AZE-RUS&period=month&to=1993')).json();
    expect(month.rows[0].period).toBe('1992-02');
    expect(month.rows.at(-1).period).toBe('1993-05');
    expect(month.rows).toHaveLength(16);
    const csv = (await get('/api/series?dyad=AZE-RUS&format=csv')).body.split('\r\n');
    expect(csv[0]).toMatch(/^period,events,quad1,quad2,quad3,quad4,mean_goldstein,net_cooperation,root01/);
  });

  it('builds the actor network with edge counts, as JSON and GEXF', async () => {
    const net = (await get('/api/network?actor=RUS')).json();
    const edge = net.edges.find((e: { source: string; target: string }) => e.source === 'RUS' && e.target === 'AZE');
    expect(edge.events).toBe(6);
    expect(net.nodes.find((n: { id: string }) => n.id === 'NATO')).toBeDefined();
    const gexf = await get('/api/network?actor=RUS&format=gexf');
    expect(gexf.type).toMatch(/gexf/);
    expect(gexf.body).toContain('<node id="AZE"');
    expect((gexf.body.match(/<edge /g) ?? []).length).toBe(net.edges.length);
  });

  it('breaks events down by issue, each count equal to the filtered event count', async () => {
    const { items, untagged } = (await get('/api/issues?dyad=AZE-RUS')).json();
    expect(items[0]).toMatchObject({ issue: 'military-security', events: 3 });
    for (const r of items) expect(r.events).toBe(await fx.store.countEvents({ dyad: 'AZE-RUS', issue: r.issue }));
    expect(untagged).toBe(1);
  });

  it('searches sentences and events, and survives awkward input', async () => {
    const res = (await get('/api/search?q=peacekeepers')).json();
    expect(res.sentences.total).toBe(1);
    expect(res.sentences.items[0]).toMatchObject({ doc: 'karabakh-notes', sentence: 1 });
    expect(res.events.items[0].code).toBe('074');
    for (const q of ['"U.S.', 'AND OR', '*', "'; drop table events; --"]) {
      expect((await get(`/api/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
    }
  });

  it('sees documents written after an answer was cached', async () => {
    const before = (await get('/api/dyads')).json().total;
    const doc = buildDoc({ id: 'late', sentences: ['Armenia thanked Georgia in 2019.'], events: [{ source: ARM, target: { ...ARM, country: 'GEO', name: 'Georgia', code: 'GEO' }, code: '051', date: '2019' }] });
    await fx.store.saveDocument(doc, 'late-hash');
    expect((await get('/api/dyads')).json().total).toBe(before + 1);
  });
});

describe('documents and static files', () => {
  it('returns a document with mentions and events', async () => {
    const d = (await get('/api/documents/karabakh-notes')).json();
    expect(d.document.title).toBe('Armenia and Azerbaijan');
    expect(d.events).toHaveLength(3);
    expect(d.mentions.length).toBeGreaterThan(0);
    const list = (await get('/api/documents?limit=2')).json();
    expect(list.items).toHaveLength(2);
    expect(list.total).toBeGreaterThanOrEqual(3);
  });

  it('serves the dashboard with a content security policy and never a file outside it', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.type).toMatch(/text\/html/);
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/missing.js']) {
      expect((await get(url)).status).toBe(404);
    }
  });
});

describe('views other than a dyad', () => {
  it('summarises an actor and an issue with the same totals the event list gives', async () => {
    for (const q of ['actor=RUS', 'issue=diplomacy', 'actor=ARM&from=2020']) {
      const s = (await get(`/api/summary?${q}`)).json();
      expect(s.events).toBe((await get(`/api/events?${q}&limit=0`)).json().total);
    }
  });

  it('merges actors of one state at country level', async () => {
    const net = (await get('/api/network?dyad=AZE-RUS&level=country')).json();
    expect(net.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['AZE', 'RUS']);
    const actorNet = (await get('/api/network?dyad=AZE-RUS&level=actor')).json();
    expect(actorNet.nodes.length).toBeGreaterThan(2);
  });

  it('says how to build the dashboard when it is missing', async () => {
    const bare = buildServer(fx.store, { webRoot: join(web, 'nowhere') });
    const res = await bare.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('vite build');
    await bare.close();
  });
});
