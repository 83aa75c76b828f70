import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, expandInputs, type InputEntry } from '../../src/ingest/index.js';
import { bytesOf, para, readAll, tempDir } from './helpers.js';

const tmp = tempDir('read');
afterAll(() => tmp.cleanup());

function file(name: string, content: string | Buffer, format: InputEntry['format'] = 'text'): InputEntry {
  const path = tmp.path(name);
  writeFileSync(path, content);
  return { path, size: Buffer.byteLength(content), format };
}

describe('plain text', () => {
  it('drops edge chrome, keeps the title line, names the doc after the file', async () => {
    const text = ['Find a Security Clearance Job!', '', '', 'Georgia - Russia Relations', '', para('wine'), '', para('borders'), '', 'Join the mailing list', ''].join('\n');
    const { docs, errors } = await readAll(file('georgia-russia-relations.txt', text));
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(1);
    const { doc, hash } = docs[0];
    expect(doc).toMatchObject({ id: 'georgia-russia-relations', title: 'Georgia - Russia Relations', date: null, url: null });
    expect(doc.text).toBe(['Georgia - Russia Relations', para('wine'), para('borders')].join('\n\n'));
    expect(hash).toBe(contentHash(doc.text));
  });

  it('takes a cable or memo header as title and date, not as text', async () => {
    const header = ['CONFIDENTIAL', '', 'P 201530Z AUG 07', 'FM AMEMBASSY SANTIAGO', 'SUBJECT: CHILE: LIMA SUMMIT ON THE', '  MARITIME BORDER',
      'REF: A. SANTIAGO 512', 'Classified By: DCM Jane Roe for reasons 1.4 (b) and (d)', ''].join('\n');
    const { docs } = await readAll(file('cable.txt', `${header}\n${para('fisheries')}\n`));
    expect(docs[0].doc).toMatchObject({ title: 'CHILE: LIMA SUMMIT ON THE MARITIME BORDER', date: '2007-08-20' });
    expect(docs[0].doc.text).toBe(para('fisheries'));
    const memo = await readAll(file('memo.txt', `Date: 3 March 2011\nSubject: Gas talks\n\n${para('gas')}\n`));
    expect(memo.docs[0].doc).toMatchObject({ title: 'Gas talks', date: '2011-03-03', text: para('gas') });
    // a text that opens with prose has no header, even with a colon in its first line
    const prose = await readAll(file('prose.txt', `Note: ${para('oil')}\n`));
    expect(prose.docs[0].doc).toMatchObject({ date: null, text: `Note: ${para('oil')}` });
  });

  it('gives the same hash when the same content is read again, whatever the line endings', async () => {
    const a = await readAll(file('a.txt', `${para('gas')}\n\n${para('oil')}\n`));
    const b = await readAll(file('b.txt', `${para('gas')}\r\n\r\n${para('oil')}\r\n`));
    expect(a.docs[0].hash).toBe(b.docs[0].hash);
  });

  it('splits text over the part size at blank lines into id, id#2, ...', async () => {
    const blocks = ['alpha', 'beta', 'gamma', 'delta'].map(para);
    const { docs } = await readAll(file('long.txt', blocks.join('\n\n')), { partSize: para('alpha').length + 10 });
    expect(docs.map((d) => d.doc.id)).toEqual(['long', 'long#2', 'long#3', 'long#4']);
    expect(docs.map((d) => d.doc.text)).toEqual(blocks);
  });

  it('drops chrome only at the true start and end of a split file; parts share the title', async () => {
    const blocks = ['Find a job!', 'Talks on Trade', para('alpha'), 'Short line', para('beta'), 'Another short line', para('gamma'), 'Join the list'];
    const { docs } = await readAll(file('split.txt', blocks.join('\n\n')), { partSize: para('alpha').length + 40 });
    expect(docs.map((d) => d.doc.text).join('\n\n')).toBe(blocks.slice(1, -1).join('\n\n'));
    expect(docs.length).toBeGreaterThan(2);
    expect(docs.every((d) => d.doc.title === 'Talks on Trade')).toBe(true);
  });

  it('reads Windows-1252 text with a warning, and UTF-16 with a BOM', async () => {
    const cp = Buffer.concat([Buffer.from(para('wine')), Buffer.from([0x20, 0x93, 0x4f, 0x4b, 0x94, 0x2e])]);
    const r = await readAll(file('cp.txt', cp));
    expect(r.docs[0].doc.text.endsWith('“OK”.')).toBe(true);
    expect(r.docs[0].warnings).toEqual(['not valid UTF-8; decoded as Windows-1252']);
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(para('Şuşa'), 'utf16le')]);
    expect((await readAll(file('u16.txt', u16))).docs[0].doc.text).toBe(para('Şuşa'));
  });
});

describe('bad input gives one clear failure', () => {
  it.each([
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'E_BINARY'],
    ['empty.txt', '', 'E_EMPTY'],
    ['blank.txt', ' \n\t\n  \n', 'E_EMPTY'],
    ['garbled.txt', Buffer.from([0x41, 0x81, 0x8d, 0x9d, 0x8f, 0x42]), 'E_ENCODING'],
  ])('%s -> %s', async (name, content, code) => {
    const entry = file(name, content);
    const { docs, errors } = await readAll(entry);
    expect(docs).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe(code);
    expect(errors[0].input).toBe(entry.path);
    expect(errors[0].message.startsWith(`${entry.path}: `)).toBe(true);
  });

  it('an HTML page with only script and style has no text content', async () => {
    const entry = file('empty.html', '<html><head><style>body{}</style></head><body><script>go()</script></body></html>', 'html');
    const { errors } = await readAll(entry);
    expect(errors.map((e) => e.code)).toEqual(['E_NO_CONTENT']);
    expect(errors[0].message).toMatch(/no text content/);
  });

  it('a path that vanished before reading is reported, not thrown', async () => {
    const { errors } = await readAll({ path: tmp.path('gone.txt'), size: 10, format: 'text' });
    expect(errors.map((e) => e.code)).toEqual(['E_NOT_FOUND']);
  });
});

describe('JSON lines', () => {
  it('reads eval-suite records: id and date from the record, extra fields ignored', async () => {
    const lines = [
      JSON.stringify({ id: 'AFP1', text: 'Russia and Georgia restored flights.', date: '2010-01-21', expected: [{ source: ['RUS'] }], noevents: false }),
      JSON.stringify({ id: 42, text: 'Azerbaijan and Russia signed an accord.', title: ' Accord ', url: 'http://example.org/a' }),
    ];
    const entry = file('suite.jsonl', lines.join('\n') + '\n', 'jsonl');
    const { docs, errors } = await readAll(entry);
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.doc)).toEqual([
      { id: 'AFP1', title: null, date: '2010-01-21', text: 'Russia and Georgia restored flights.', source: `${entry.path}#1`, url: null },
      { id: '42', title: 'Accord', date: null, text: 'Azerbaijan and Russia signed an accord.', source: `${entry.path}#2`, url: 'http://example.org/a' },
    ]);
  });

  it('a malformed line or record fails alone, naming file:line; good lines still yield docs', async () => {
    const lines = [
      '{"id":"a","text":"First good record."}',
      '{"id":"b","text":"broken',
      '',
      '{"id":"c"}',
      '{"text":"no id here"}',
      '["not","an","object"]',
      '{"id":"d","text":"   "}',
      '{"id":"e","text":"Last good record.","date":"sometime"}',
    ];
    const entry = file('mixed.jsonl', lines.join('\n'), 'jsonl');
    const { docs, errors } = await readAll(entry);
    expect(docs.map((d) => d.doc.id)).toEqual(['a', 'e']);
    expect(docs[1].warnings?.[0]).toMatch(/:8: date "sometime" not understood/);
    expect(errors.map((e) => [e.input.slice(entry.path.length), e.code])).toEqual([
      [':2', 'E_JSON'],
      [':4', 'E_RECORD'],
      [':5', 'E_RECORD'],
      [':6', 'E_RECORD'],
      [':7', 'E_EMPTY'],
    ]);
    expect(errors[1].message).toMatch(/missing string "text"/);
    expect(errors[2].message).toMatch(/missing string "id"/);
  });

  it('reports an over-long line and goes on with the next', async () => {
    const entry = file('long.jsonl', `{"id":"x","text":"${'y'.repeat(300)}"}\n{"id":"z","text":"ok"}\n`, 'jsonl');
    const { docs, errors } = await readAll(entry, { maxLineChars: 100 });
    expect(docs.map((d) => d.doc.id)).toEqual(['z']);
    expect(errors.map((e) => e.code)).toEqual(['E_TOO_LARGE']);
  });
});

describe('stdin and sniffing', () => {
  const stdin: InputEntry = { path: '-', size: 0, format: 'stdin' };

  it('reads text, JSON lines and HTML from stdin by their content', async () => {
    const text = await readAll(stdin, { stdin: bytesOf(`Talks in Baku\n\n${para('gas')}`) });
    expect(text.docs[0].doc).toMatchObject({ id: 'stdin', source: '-', title: 'Talks in Baku' });
    const jsonl = await readAll(stdin, { stdin: bytesOf('{"id":"r1","text":"One."}\n', '{"id":"r2","text":"Two."}\n') });
    expect(jsonl.docs.map((d) => d.doc.id)).toEqual(['r1', 'r2']);
    const html = await readAll(stdin, { stdin: bytesOf(`<!DOCTYPE html><title>Page</title><p>${para('wine')}</p>`) });
    expect(html.docs[0].doc).toMatchObject({ title: 'Page', text: para('wine') });
  });

  it('reports empty stdin', async () => {
    const { errors } = await readAll(stdin, { stdin: bytesOf() });
    expect(errors.map((e) => [e.input, e.code])).toEqual([['-', 'E_EMPTY']]);
  });

  it('sniffs files with unknown extensions', async () => {
    writeFileSync(tmp.path('page.php'), `<!doctype html><html><body><p>${para('oil')}</p></body></html>`);
    writeFileSync(tmp.path('feed.log'), '{"id":"f1","text":"Fed."}\n');
    writeFileSync(tmp.path('NOTES'), para('notes'));
    const { entries } = await expandInputs([tmp.path('page.php'), tmp.path('feed.log'), tmp.path('NOTES')]);
    expect(entries.map((e) => e.format)).toEqual(['html', 'jsonl', 'text']);
    const notes = await readAll(entries[2]);
    expect(notes.docs[0].doc.id).toBe('NOTES');
  });
});
