import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAll } from './helpers.js';

/** The project's shared founding report and eval suites, beside the repository when present. */
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const seed = `${shared}seeds/azerbaijan-russia-relations.txt`;
const suites = ['petrarch-gsr.dev.jsonl', 'plover-gsr.dev.jsonl'].map((f) => `${shared}eval/dev/${f}`);

describe('shared corpus', () => {
  it.skipIf(!existsSync(seed))('the founding report loses its page chrome and keeps its title', async () => {
    const { docs, errors } = await readAll({ path: seed, size: statSync(seed).size, format: 'text' });
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(1);
    const { doc } = docs[0];
    expect(doc.id).toBe('azerbaijan-russia-relations');
    expect(doc.title).toBe('Azerbaijan - Russia Relations');
    expect(doc.text.startsWith('Azerbaijan - Russia Relations\n\nRussian influence in Azerbaijan')).toBe(true);
    expect(doc.text).not.toMatch(/Security Clearance Job|Join the mailing list/);
    // The cleaned text ends inside the report's own last paragraph, not in the chrome after it.
    expect(readFileSync(seed, 'utf8').includes(doc.text.slice(-120))).toBe(true);
    expect(doc.text.trimEnd().endsWith('.')).toBe(true);
  });

  it.skipIf(!suites.every(existsSync))('the eval suites read as one document per line, id and date from the record', async () => {
    for (const path of suites) {
      const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
      const { docs, errors } = await readAll({ path, size: statSync(path).size, format: 'jsonl' });
      expect(errors).toEqual([]);
      expect(docs.map((d) => d.doc.id)).toEqual(lines.map((l) => JSON.parse(l).id));
      // Full ISO dates pass through; a malformed one ("1211-08-" occurs) becomes null, with a warning.
      const isoOrNull = (raw: unknown) => (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null);
      expect(docs.map((d) => d.doc.date)).toEqual(lines.map((l) => isoOrNull(JSON.parse(l).date)));
    }
  });
});
