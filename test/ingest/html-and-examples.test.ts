import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, readEntry, type IngestItem } from '../../src/ingest/index.js';
import { para, readAll, tempDir } from './helpers.js';

const tmp = tempDir('html');
afterAll(() => tmp.cleanup());
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

/** A page with chrome but no <article>/<main> or landmark tags: only block shape can tell. */
const plainPage = `<!doctype html><html><head><title>Gas deal signed | Energy Wire</title>
<meta name="pubdate" content="2009-06-29"></head><body>
<div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/energy">Energy</a> <a href="/about">About us</a></div>
<div class="notice"><p>This site stores cookies on your device to improve the service you receive.</p><button>OK</button></div>
<h1>Gas deal signed</h1>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>
<p>${para('gas prices')}</p>
<h2>Next steps</h2>
<p>${para('pipeline routes')}</p>
<div class="promo"><p>Want more stories like this?</p></div>
<ul><li><a href="/1">Older story about gas</a></li><li><a href="/2">Another older story</a></li></ul>
<div class="bottom">Copyright 2009 Energy Wire</div>
</body></html>`;

describe('HTML pages', () => {
  it('keep only the article: title, text and date from metadata, chrome removed by block shape', async () => {
    const path = tmp.path('gas-deal.html');
    writeFileSync(path, plainPage);
    const { docs, errors } = await readAll({ path, size: plainPage.length, format: 'html' });
    expect(errors).toEqual([]);
    expect(docs[0].doc).toMatchObject({ id: 'gas-deal', title: 'Gas deal signed', date: '2009-06-29', source: path });
    expect(docs[0].doc.text).toBe(['Gas deal signed', para('gas prices'), 'Next steps', para('pipeline routes')].join('\n\n'));
  });

  it('read a declared Windows-1252 page correctly', async () => {
    const path = tmp.path('latin.html');
    const bytes = Buffer.concat([
      Buffer.from(`<html><head><meta charset="windows-1252"></head><body><p>${para('trade')} `),
      Buffer.from([0x93, 0x4f, 0x4b, 0x94, 0x2e]),
      Buffer.from('</p></body></html>'),
    ]);
    writeFileSync(path, bytes);
    const { docs } = await readAll({ path, size: bytes.length, format: 'html' });
    expect(docs[0].doc.text.endsWith('“OK”.')).toBe(true);
    expect(docs[0].warnings).toBeUndefined();
  });

  it('refuse a page over the size limit', async () => {
    const path = tmp.path('big.html');
    writeFileSync(path, `<p>${para('size')}</p>`);
    const { errors } = await readAll({ path, size: 200, format: 'html' }, { maxHtmlBytes: 100 });
    expect(errors.map((e) => e.code)).toEqual(['E_TOO_LARGE']);
  });
});

describe('the sample corpus in examples/', () => {
  async function readExamples(): Promise<IngestItem[]> {
    const { entries, errors } = await expandInputs([examples]);
    expect(errors).toEqual([]);
    const docs: IngestItem[] = [];
    for (const e of entries) for await (const r of readEntry(e)) {
      if (r.kind === 'error') throw new Error(r.message);
      docs.push(r);
    }
    return docs;
  }

  it('reads every example as documents with ids, titles and dates', async () => {
    const docs = await readExamples();
    const byId = new Map(docs.map((d) => [d.doc.id, d.doc]));
    expect(byId.get('azerbaijan-russia')?.title).toMatch(/Azerbaijan and Russia/);
    expect(byId.get('georgia-russia')).toMatchObject({ date: '2018-08-07' });
    const records = docs.filter((d) => d.doc.source.includes('armenia-azerbaijan.jsonl#'));
    expect(records.length).toBeGreaterThanOrEqual(4);
    expect(records.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.doc.date ?? ''))).toBe(true);
  });

  it('strips the HTML example of its navigation, banners, share links, related list and footer', async () => {
    const html = (await readExamples()).find((d) => d.doc.id === 'georgia-russia')!.doc;
    expect(html.title).toBe('Georgia and Russia, ten years after the August war');
    expect(html.text.startsWith(`${html.title}\n\n`)).toBe(true);
    for (const chrome of ['cookie', 'Subscribe', 'Sign up', 'Twitter', 'Related articles', 'All rights reserved', 'dataLayer', 'Analysis\n']) {
      expect(html.text).not.toContain(chrome);
    }
    expect(html.text).toContain('Five days in August');
  });

  it('strips the copied-page chrome around the India-Pakistan text but keeps its subheading', async () => {
    const doc = (await readExamples()).find((d) => d.doc.id === 'india-pakistan')!.doc;
    expect(doc.title).toBe('India and Pakistan: A Rivalry Shaped by Kashmir');
    expect(doc.text.startsWith(doc.title!)).toBe(true);
    expect(doc.text).not.toMatch(/newsletter|Sign in|Share this|Back to top/);
    expect(doc.text).toContain('\n\nKashmir\n\n');
  });
});

describe('date and byline lines before the text', () => {
  it('give a plain text its date and are not taken for its title', async () => {
    const text = ['Chile - Bolivia Relations', 'By Staff Writer', 'Updated: 11 June 2019', para('water rights')].join('\n\n');
    const path = tmp.path('chile-bolivia.txt');
    writeFileSync(path, text);
    const { docs } = await readAll({ path, size: text.length, format: 'text' });
    expect(docs[0].doc).toMatchObject({ title: 'Chile - Bolivia Relations', date: '2019-06-11' });
    expect(docs[0].doc.text).toBe(['Chile - Bolivia Relations', para('water rights')].join('\n\n'));
  });
  it('are split from a title line written just above them', async () => {
    const text = ['Chile - Bolivia Relations\nBy Staff Writer, 11 June 2019', para('water rights')].join('\n\n');
    const path = tmp.path('chile-bolivia-2.txt');
    writeFileSync(path, text);
    const { docs } = await readAll({ path, size: text.length, format: 'text' });
    expect(docs[0].doc).toMatchObject({ title: 'Chile - Bolivia Relations', date: '2019-06-11' });
  });
  it('give a page without date metadata its date', async () => {
    const page = `<html><head><title>Water talks | Andes Wire</title></head><body><article><h1>Water talks</h1>
<p class="byline">By Staff Writer | 11 June 2019 | 3 min read</p><p>${para('water rights')}</p></article></body></html>`;
    const path = tmp.path('water.html');
    writeFileSync(path, page);
    const { docs } = await readAll({ path, size: page.length, format: 'html' });
    expect(docs[0].doc).toMatchObject({ title: 'Water talks', date: '2019-06-11' });
  });
});
