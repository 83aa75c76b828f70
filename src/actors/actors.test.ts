import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../model/types.js';
import { splitSentences, tokenize } from '../text/index.js';
import { foldKey } from './fold-key.js';
import { buildDictionary, createActorStage, loadActorDictionary, parseDictionary, parsePetrarch, petrarchToRecords } from './index.js';
import { nearMissEntity, withinOneEdit } from './near-miss.js';
import type { DictionaryRecord } from './types.js';

const makeDoc = (text: string, date: string | null = null): Doc => {
  const tokens = tokenize(text);
  return { id: 't', title: null, date, text, source: 't', url: null, tokens, sentences: splitSentences(text, tokens), mentions: [], times: [], events: [], issues: [] };
};

/** A tiny dictionary built inline, so these tests do not depend on the shipped data. */
const tiny: DictionaryRecord[] = [
  { kind: 'entity', id: 'RUS', type: 'country', name: 'Russia', code: 'RUS', country: 'RUS', adjectives: ['Russian'], plurals: ['Russians'], capitals: ['Moscow'] },
  { kind: 'entity', id: 'AZE', type: 'country', name: 'Azerbaijan', code: 'AZE', country: 'AZE', adjectives: ['Azerbaijani'], capitals: ['Baku'] },
  { kind: 'entity', id: 'USA', type: 'country', name: 'United States', code: 'USA', country: 'USA', exact: ['US'] },
  { kind: 'entity', id: 'p:a', type: 'person', name: 'Ivan Petrov', code: 'RUSGOV', country: 'RUS', roles: [{ code: 'RUSMIL', from: '1990', to: '1999' }, { code: 'RUSGOV', from: '2000' }] },
  { kind: 'agent', names: ['troop', 'official'], sector: 'MIL' },
  { kind: 'title', names: ['Ambassador'], sector: 'GOV' },
];
const run = (text: string, date: string | null = null, records = tiny) => {
  const doc = makeDoc(text, date);
  createActorStage(buildDictionary(records, [])).run(doc);
  return doc.mentions;
};

describe('foldKey', () => {
  it('joins transliteration variants of one name', () => {
    expect(foldKey('aliev')).toBe(foldKey('aliyev'));
    expect(foldKey('qabala')).toBe(foldKey('gabala'));
    expect(foldKey('khodzhaly')).toBe(foldKey('khojaly'));
  });
  it('keeps different names apart', () => {
    expect(foldKey('baku')).not.toBe(foldKey('bako'));
    expect(foldKey('russia')).not.toBe(foldKey('prussia'));
  });
});

describe('near-miss spellings', () => {
  const dict = buildDictionary(tiny.concat([{ kind: 'entity', id: 'KAZ', type: 'country', name: 'Kazakhstan', code: 'KAZ', country: 'KAZ' }]), []);
  it('finds the one place one edit away', () => {
    expect(withinOneEdit('khazakhstan', 'kazakhstan')).toBe(true);
    expect(nearMissEntity(dict, 'khazakhstan')).toBe('KAZ');
  });
  it('refuses short words, other first letters and people', () => {
    expect(nearMissEntity(dict, 'rusia')).toBeNull();
    expect(nearMissEntity(dict, 'gazakhstan')).toBeNull();
    expect(nearMissEntity(dict, 'petrova')).toBeNull();
  });
  it('reaches places one letter shorter or longer, and refuses two candidates', () => {
    expect(nearMissEntity(dict, 'kazakstan')).toBe('KAZ');
    expect(nearMissEntity(dict, 'azerbaijjan')).toBe('AZE');
    const two = buildDictionary(tiny.concat([
      { kind: 'entity', id: 'X1', type: 'city', name: 'Marlanda', code: 'XAA', country: 'XAA' },
      { kind: 'entity', id: 'X2', type: 'city', name: 'Marlinda', code: 'XBB', country: 'XBB' },
    ]), []);
    expect(nearMissEntity(two, 'marlonda')).toBeNull();
  });
  it('places a misspelt capitalised word in running text', () => {
    const doc = makeDoc('Talks resumed in Azerbaijjan on Monday.');
    createActorStage(dict).run(doc);
    expect(doc.mentions.map((m) => [m.text, m.code])).toEqual([['Azerbaijjan', 'AZE']]);
  });
});

describe('people introduced in apposition', () => {
  it('finds two people introduced in one sentence', () => {
    const ms = run('Oleg Smirnov, the Russian ambassador, met Pavel Orlov, the Azerbaijani ambassador, in Vienna.');
    const people = ms.filter((m) => m.type === 'person').map((m) => [m.text, m.country]);
    expect(people).toEqual([['Oleg Smirnov', 'RUS'], ['Pavel Orlov', 'AZE']]);
  });
});

describe('actor stage on an inline dictionary', () => {
  it('codes demonym + agent and capital metonyms, with token ranges', () => {
    const ms = run("Russian troops left Baku's outskirts.");
    expect(ms.map((m) => [m.text, m.code, m.type])).toEqual([
      ['Russian troops', 'RUSMIL', 'group'],
      ['Baku', 'AZEGOV', 'city'],
    ]);
    expect(ms[0].tokenStart).toBe(0);
    expect(ms[0].tokenEnd).toBe(2);
  });
  it('matches all-capital short forms only letter for letter', () => {
    expect(run('The US said no.').map((m) => m.code)).toEqual(['USA']);
    expect(run('Let us go, the Us said.').map((m) => m.code)).toEqual([]);
  });
  it('marks states inside pro-/-based compounds as modifiers', () => {
    const ms = run('A pro-Russian party met Moscow-backed groups.');
    expect(ms.filter((m) => m.modifier).map((m) => m.text)).toEqual(['Russian', 'Moscow']);
  });
  it('takes a person code from the year of the sentence, else the document date', () => {
    expect(run('In 1995 Ivan Petrov spoke.')[0].code).toBe('RUSMIL');
    expect(run('Ivan Petrov spoke.', '2004-05-01')[0].code).toBe('RUSGOV');
  });
  it('discovers titled people and resolves their bare surname later', () => {
    const ms = run('Russian Ambassador Oleg Smirnov arrived. Smirnov spoke first.');
    const people = ms.filter((m) => m.type === 'person');
    expect(people.map((m) => [m.text, m.code, m.entityId])).toEqual([
      ['Oleg Smirnov', 'RUSGOV', people[0].entityId],
      ['Smirnov', 'RUSGOV', people[0].entityId],
    ]);
  });
  it('survives a JSON round trip', () => {
    const ms = run('Russian troops left Baku.');
    expect(JSON.parse(JSON.stringify(ms))).toEqual(ms);
  });
});

describe('dictionary files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'));
  it('names the file and line of a broken record', () => {
    const text = '{"kind":"agent","names":["x"],"sector":"GOV"}\n{"kind":"entity","id":"x"\n';
    expect(() => parseDictionary(text, 'user.jsonl')).toThrow(/\[ACT001\] user\.jsonl:2:/);
    const bad = '// c\n{"kind":"entity","id":"x","name":"X","code":"X","country":null,"type":"planet"}\n';
    expect(() => parseDictionary(bad, 'u.jsonl')).toThrow(/\[ACT004\] u\.jsonl:2: unknown type/);
  });
  it('loads user files after the built-in dictionary', () => {
    const file = join(dir, 'extra.jsonl');
    writeFileSync(file, '{"kind":"entity","id":"user:zorvia","type":"country","name":"Zorvia","code":"ZRV","country":"ZRV"}\n');
    const dict = loadActorDictionary({ extraFiles: [file] });
    const doc = makeDoc('Zorvia protested to Russia.');
    createActorStage(dict).run(doc);
    expect(doc.mentions.map((m) => m.code)).toEqual(['ZRV', 'RUS']);
  });
});

describe('PETRARCH/TABARI import', () => {
  const sample = [
    '!PERSON! = MAN, MEN',
    'POLICE!PERSON! [~COP]',
    'FOO_BAR_  [FOO]',
    'JOHN_SMITH_  # note',
    '+J._SMITH_',
    '\t[FOOGOV 930624-031031]',
    '\t[FOOELI >031031]',
    'NATO_ [IGOWSTNAT]',
    'UN_ [IGOUNO]',
  ].join('\n');
  it('reads actors with dated codes, synonyms and agents with macros', () => {
    const res = parsePetrarch(sample);
    expect(res.errors).toEqual([]);
    expect(res.agents[0]).toMatchObject({ names: ['Policeman', 'Policemen'], code: '~COP' });
    const recs = petrarchToRecords(res, 'u');
    const smith = recs.find((r) => r.kind === 'entity' && r.name === 'John Smith');
    expect(smith).toMatchObject({ type: 'person', code: 'FOOGOV', country: 'FOO', roles: [{ code: 'FOOGOV', from: '1993-06-24', to: '2003-10-31' }, { code: 'FOOELI', from: '2003-10-31' }] });
    expect(recs.find((r) => r.kind === 'entity' && r.code === 'IGOWSTNAT')).toMatchObject({ type: 'organization', country: null, name: 'Nato' });
    expect(recs.find((r) => r.kind === 'entity' && r.code === 'IGOUNO')).toMatchObject({ name: 'UN', exact: ['UN'] });
  });
  // The team's shared reference folder sits beside the repository (as in CI).
  const phoenix = fileURLToPath(new URL('../../../shared/reference/phoenix', import.meta.url));
  it.skipIf(!existsSync(phoenix))('converts the Phoenix files into records our loader accepts', () => {
    for (const f of ['Phoenix.agents.txt', 'Phoenix.International.actors.txt']) {
      const res = parsePetrarch(readFileSync(join(phoenix, f), 'utf8'));
      const recs = petrarchToRecords(res);
      expect(recs.length).toBeGreaterThan(1000);
      const text = recs.map((r) => JSON.stringify(r)).join('\n');
      expect(parseDictionary(text, f).length).toBe(recs.length);
    }
  });
});

describe('foldKey fast path', () => {
  it('leaves words no rule touches as they are', () => {
    expect(foldKey('armenia')).toBe('armenia');
    expect(foldKey('tbilisi')).toBe('tbilisi');
    expect(foldKey('ankara2')).toBe('ankara2');
  });
  it('still folds words with one foldable pair late in the word', () => {
    expect(foldKey('makhachkala')).toBe('mahachkala');
    expect(foldKey('baranovou')).toBe('baranovu');
    expect(foldKey('petrossian')).toBe(foldKey('petrosian'));
  });
});
