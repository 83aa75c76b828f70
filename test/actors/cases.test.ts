import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorStage, loadActorDictionary } from '../../src/actors/index.js';
import type { Doc, Mention } from '../../src/model/types.js';
import { splitSentences, tokenize } from '../../src/text/index.js';

/**
 * Hand-written sentences (test/actors/cases.jsonl), each with the mentions it must yield:
 * every `expect` entry must match one mention with that text on all the fields it gives;
 * no mention (other than a modifier) may have a text listed in `absent`.
 */
interface Case {
  id: string;
  pair: string;
  text: string;
  date?: string;
  expect?: Record<string, unknown>[];
  absent?: string[];
}

const cases: Case[] = readFileSync(new URL('./cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const stage = createActorStage(loadActorDictionary());

function run(c: Case): Mention[] {
  const tokens = tokenize(c.text);
  const doc: Doc = {
    id: c.id, title: null, date: c.date ?? null, text: c.text, source: c.id, url: null,
    tokens, sentences: splitSentences(c.text, tokens), mentions: [], times: [], events: [], issues: [],
  };
  stage.run(doc);
  return doc.mentions;
}

describe('actor cases (test/actors/cases.jsonl)', () => {
  it('has at least 100 sentences over at least 10 country pairs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((c) => c.pair)).size).toBeGreaterThanOrEqual(10);
  });
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const mentions = run(c);
    for (const want of c.expect ?? []) {
      const same = mentions.filter((m) => m.text === want.text);
      const fits = same.some((m) => Object.entries(want).every(([k, v]) => (m as unknown as Record<string, unknown>)[k] === v || (v === null && (m as unknown as Record<string, unknown>)[k] == null)));
      expect(fits, `${c.id}: want ${JSON.stringify(want)}; got ${JSON.stringify(same.length ? same : mentions.map((m) => `${m.text}/${m.code}`))}`).toBe(true);
    }
    for (const text of c.absent ?? []) {
      expect(mentions.filter((m) => m.text === text && !m.modifier), `${c.id}: "${text}" must not be an actor`).toEqual([]);
    }
  });
});
