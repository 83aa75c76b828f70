import { describe, expect, it } from 'vitest';
import { newDoc } from '../pipeline/pipeline.js';
import { textStage } from '../text/index.js';
import { IssueTagger, loadIssueTaxonomy, tagIssues } from './index.js';
import type { DyadEvent } from '../model/types.js';

function docOf(text: string) {
  const doc = newDoc({ id: 't', title: null, date: null, text, source: 't', url: null });
  textStage.run(doc);
  return doc;
}

const tagger = new IssueTagger({
  issues: [
    { id: 'energy', label: 'Energy', terms: ['gas', 'pipeline*'] },
    { id: 'territory', label: 'Territory', terms: ['nagorno - karabakh', 'south ossetia'] },
  ],
});

describe('IssueTagger', () => {
  it('matches single words, prefixes and hyphenated multi-word terms', () => {
    const doc = docOf('New pipelines will carry gas past Nagorno-Karabakh.');
    expect(tagger.tag(doc, 0, doc.tokens.length)).toEqual(['energy', 'territory']);
  });
  it('finds a word that is both a whole term and a prefix of another, the same on every call', () => {
    const both = new IssueTagger({
      issues: [
        { id: 'a', label: 'A', terms: ['base'] },
        { id: 'b', label: 'B', terms: ['bas*', 'base line'] },
      ],
    });
    const doc = docOf('The base line moved; the base stayed.');
    const first = both.tag(doc, 0, doc.tokens.length);
    expect(first).toEqual(['a', 'b']);
    expect(both.tag(doc, 0, doc.tokens.length)).toEqual(first);
    expect(both.tag(doc, 5, doc.tokens.length)).toEqual(['a', 'b']);
    expect(both.tag(doc, 0, 1)).toEqual([]);
  });
  it('needs the whole sequence of a multi-word term', () => {
    const doc = docOf('South Africa and Ossetia');
    expect(tagger.tag(doc, 0, doc.tokens.length)).toEqual([]);
  });
  it('gives each event its sentence issues and the document all issues, most frequent first', () => {
    const doc = docOf('Gas prices rose. The pipeline opened. Talks on South Ossetia failed.');
    const event = { sentence: 2, issues: [] } as unknown as DyadEvent;
    doc.events = [event];
    tagIssues(doc, tagger);
    expect(doc.events[0].issues).toEqual(['territory']);
    expect(doc.issues).toEqual(['energy', 'territory']);
  });
});

describe('loadIssueTaxonomy', () => {
  it('loads the bundled taxonomy', () => {
    const tax = loadIssueTaxonomy();
    expect(tax.issues.map((i) => i.id)).toContain('energy');
    const doc = docOf('Russia refused to renew the lease on the Gabala radar station.');
    expect(new IssueTagger(tax).tag(doc, 0, doc.tokens.length)).toContain('military-security');
  });
  it('names the file when it is not valid', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'dyad-')), 'bad.json');
    writeFileSync(file, '{"issues":[{"id":"Bad Id","label":"x","terms":[]}]}');
    expect(() => loadIssueTaxonomy(file)).toThrow(/bad\.json: issues\[0\]: "id"/);
  });
});
