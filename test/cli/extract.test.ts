import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION } from '../../src/pipeline/contract.js';
import { spawn } from 'node:child_process';
import { CLI, dyad, jsonl, SEED, SHARED, tempDir } from './run-cli.js';

describe('dyad extract', () => {
  const run = dyad(['extract', '--format', 'jsonl', SEED]);
  const records = jsonl(run.stdout);

  it('prints the document record first, with the page chrome gone and the title kept', () => {
    expect(run.status).toBe(0);
    const doc = records[0];
    expect(doc.kind).toBe('document');
    expect(doc.doc).toBe('azerbaijan-russia-relations');
    expect(doc.title).toBe('Azerbaijan - Russia Relations');
    expect(doc.text).not.toMatch(/Security Clearance Job|mailing list/i);
    expect(doc.text).toMatch(/104th Airborne Division/);
    expect(doc.sentences).toBeGreaterThan(40);
  });

  it('gives every mention and time offsets into the document text', () => {
    const text: string = records[0].text;
    const spans = records.filter((r) => r.kind === 'mention' || r.kind === 'time');
    expect(spans.length).toBeGreaterThan(20);
    for (const r of spans) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('codes events with the contract fields and evidence inside the text', () => {
    const text: string = records[0].text;
    const events = records.filter((r) => r.kind === 'event');
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) {
      expect(e.code).toMatch(/^\d{2,4}$/);
      expect(e.root).toBe(e.code.slice(0, 2));
      expect([1, 2, 3, 4]).toContain(e.quad);
      expect(typeof e.goldstein).toBe('number');
      expect(['asserted', 'alleged', 'reported', 'intended', 'hypothetical']).toContain(e.modality);
      expect(e.evidence.start).toBeGreaterThanOrEqual(0);
      expect(e.evidence.end).toBeLessThanOrEqual(text.length);
      expect(e.text).toContain(text.slice(e.evidence.start, e.evidence.end).split('\n')[0]);
    }
  });

  it('reads gold suite files as one document per record, keeping record ids and dates', () => {
    const suite = join(SHARED, 'eval/dev/petrarch-gsr.dev.jsonl');
    const lines = readFileSync(suite, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const out = jsonl(dyad(['extract', suite]).stdout).filter((r) => r.kind === 'document');
    expect(out.map((r) => r.doc)).toEqual(lines.map((l) => l.id));
    expect(out[0].date).toBe(lines[0].date);
  });

  it('gives a state named inside its agent ("ambassadors of Montenegro") a mention record of its own', () => {
    const r = dyad(['extract', '-'], 'Serbia expelled the ambassadors of Montenegro in 2008.');
    const mentions = jsonl(r.stdout).filter((x) => x.kind === 'mention');
    expect(mentions.map((m) => [m.text, m.code])).toEqual([['Serbia', 'SRB'], ['ambassadors of Montenegro', 'MNEGOV'], ['Montenegro', 'MNE']]);
  });

  it('reads stdin and names the document after nothing but the record', () => {
    const r = dyad(['extract', '-'], 'Russian troops withdrew from Azerbaijan in May 1993.');
    expect(r.status).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs[0].kind).toBe('document');
    expect(recs.some((x) => x.kind === 'time' && x.value === '1993-05')).toBe(true);
  });

  it('prints events as TSV with a header row', () => {
    const r = dyad(['extract', '--format', 'tsv', SEED]);
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows[0][0]).toBe('event_date');
    expect(rows.length).toBe(records.filter((x) => x.kind === 'event').length + 1);
    for (const row of rows) expect(row.length).toBe(rows[0].length);
  });

  it('prints the contract version', () => {
    expect(dyad(['extract', '--version']).stdout.trim()).toBe(CONTRACT_VERSION);
  });

  it('rejects an unknown format with a usage error naming the option', () => {
    const r = dyad(['extract', '--format', 'xml', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format/);
  });

  it('names a missing input, still prints the good one, and exits 1', () => {
    const dir = tempDir();
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'Georgia recalled its ambassador from Moscow in 2008.');
    const r = dyad(['extract', join(dir, 'missing.txt'), good]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(jsonl(r.stdout)[0].doc).toBe('good');
  });

  it('stops quietly when the reader closes the pipe early (dyad extract ... | head)', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', SEED, SEED, SEED], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
