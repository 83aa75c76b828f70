import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/events/codebook.js';
import { loadEventDictionary } from '../../src/events/event-dictionary.js';
import { createEventCoderStage } from '../../src/events/event-stage.js';
import type { DyadEvent } from '../../src/model/types.js';
import { type ActorTable, makeDoc } from './make-doc.js';

const codebook = loadCodebook();
const dictionary = loadEventDictionary(undefined, (c) => codebook.lookup(c) !== undefined);
/** Test double for src/time's dateForSpan: the first four-digit year in the evidence's sentence. */
const dateForSpan = (doc: { text: string; sentences: { start: number; end: number }[] }, s: number) => {
  const y = /\b(1[89]\d\d|20\d\d)\b/.exec(doc.text.slice(doc.sentences[s].start, doc.sentences[s].end));
  return y ? { value: y[1], granularity: 'year' as const } : null;
};
const stage = createEventCoderStage({ codebook, dictionary, dateForSpan });
const stageAll = createEventCoderStage({ codebook, dictionary, dateForSpan, keepUntargeted: true });

const ACTORS: ActorTable = {
  Russia: 'RUS', Moscow: 'RUS', 'Russian forces': 'RUSMIL', Georgia: 'GEO', Gori: 'GEO=city', Tbilisi: 'GEO=city',
  'Georgian officials': 'GEOGOV', Armenia: 'ARM', Azerbaijan: 'AZE', Baku: 'AZE=city', Kazakhstan: 'KAZ', Turkey: 'TUR',
  Ukraine: 'UKR', Poland: 'POL', 'the opposition': 'AZEOPP=group', 'President Putin': 'RUSGOV=person', NATO: 'IGONAT=organization',
  Iran: 'IRN', 'Iranian': 'IRN', France: 'FRA', Serbia: 'SRB', 'Serbian police': 'SRBCOP', Kosovo: 'KOS', 'Rosneft': 'RUSBUS=organization',
  Belarus: 'BLR', Lithuania: 'LTU', Latvia: 'LVA',
};

function code(text: string, extra: ActorTable = {}, all = false): DyadEvent[] {
  const doc = makeDoc(text, { ...ACTORS, ...extra });
  (all ? stageAll : stage).run(doc);
  return doc.events;
}
const brief = (e: DyadEvent) => `${e.source.code} ${e.code} ${e.target?.code ?? '-'}${e.negated ? ' neg' : ''}`;

describe('event coder: clause structure', () => {
  it('codes subject-verb-object with an inflected irregular verb', () => {
    expect(code('Russia withdrew its last troops from Georgia.').map(brief)).toEqual(['RUS 0874 GEO']);
  });
  it('takes the by-agent of a passive as the source', () => {
    expect(code('The plan was rejected by Turkey after weeks of debate.', {}, true).map(brief)).toEqual(['TUR 120 -']);
    expect(code('Kosovo was recognized by France in 2008.').map(brief)).toEqual(['FRA 054 KOS']);
  });
  it('gives an elided subject the subject of the previous verb', () => {
    const ev = code('Russian forces invaded Georgia and bombed Gori.').map(brief);
    expect(ev).toContain('RUSMIL 190 GEO');
    expect(ev.some((e) => e.startsWith('RUSMIL 195 GEO') || e.startsWith('RUSMIL 183 GEO'))).toBe(true);
    expect(ev.some((e) => e.startsWith('GEO '))).toBe(false);
  });
  it('expands coordinated parties of a symmetric event into every pair', () => {
    const ev = code('Azerbaijan, Kazakhstan and Turkey met in Astana on Monday.').map(brief);
    expect(ev).toHaveLength(6);
    expect(ev).toContain('KAZ 040 TUR');
    expect(ev).toContain('TUR 040 AZE');
  });
  it('reads the parties of a between-phrase', () => {
    const ev = code('A treaty was signed between Belarus, Lithuania and Latvia last year.').map(brief);
    // one treaty per pair of parties, not one per direction
    expect(ev).toEqual(expect.arrayContaining(['BLR 057 LTU', 'BLR 057 LVA', 'LTU 057 LVA']));
    expect(ev).toHaveLength(3);
  });
  it('takes the antecedent of a relative clause as the subject', () => {
    expect(code('The talks angered Ukraine, which condemned Russia on Friday.').map(brief)).toContain('UKR 111 RUS');
  });
  it('attributes reported speech: the saying is not the event, the embedded act is the reported actor\'s', () => {
    const ev = code('Georgian officials say that Russia has refused to return the villages to Georgia.');
    expect(ev.map(brief)).toEqual(['RUS 120 GEO']);
    expect(ev[0].modality).toBe('reported');
  });
  it('reads nominal events with a by-phrase and a to-phrase', () => {
    expect(code('Relations improved after visits to Baku by President Putin.').map(brief)).toContain('RUSGOV 042 AZE');
  });
  it('reads nominal events with a possessor and an of-phrase', () => {
    expect(code("Moscow's recognition of Kosovo surprised nobody.").map(brief)).toContain('RUS 054 KOS');
  });
  it('reads a from-phrase as the source of a demand', () => {
    expect(code('Demands on Moscow from the opposition grew louder.').map(brief)).toContain('AZEOPP 100 RUS');
  });
  it('drops an event noun with no actor it is directed at', () => {
    expect(code("Iran's support for the pipeline project grew.").map(brief)).toEqual([]);
  });
  it('codes light-verb and phrasal patterns', () => {
    expect(code('Poland held talks with Ukraine in Lviv.').map(brief)).toEqual(expect.arrayContaining(['POL 046 UKR', 'UKR 046 POL']));
    expect(code('Armenia broke off relations with Azerbaijan.').map(brief)).toContain('ARM 161 AZE');
  });
  it('drops one-sided events unless asked to keep them', () => {
    expect(code('Turkey protested on Monday.').map(brief)).toEqual([]);
    expect(code('Turkey protested on Monday.', {}, true).map(brief)).toEqual(['TUR 114 -']);
  });
  it('keeps one event when the same event is said twice in a sentence', () => {
    expect(code('France condemned Serbia and condemned Serbia again.').map(brief)).toEqual(['FRA 111 SRB']);
  });
  it('fills contract fields from the codebook and the date function', () => {
    const [e] = code('Serbian police arrested Kosovo activists in 2011.', { 'Kosovo activists': 'KOSOPP=group' });
    expect(e).toMatchObject({ code: '173', root: '17', quad: 4, goldstein: -5, label: 'Arrest, detain, or charge with legal action', issues: [], negated: false });
    expect(e.date).toEqual({ value: '2011', granularity: 'year' });
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
  it('puts evidence offsets on the event words', () => {
    const text = 'Yesterday Iran signed a gas agreement with Turkey.';
    const [e] = code(text);
    expect(text.slice(e.evidence.start, e.evidence.end)).toBe('signed a gas agreement');
  });
});

describe('event coder: negation and modality', () => {
  it('keeps denied events with negated: true', () => {
    const [e] = code('Russia has not made any threats against Ukraine.');
    expect(brief(e)).toBe('RUS 130 UKR neg');
    const ev = code('Armenia did not restore relations with Turkey.');
    expect(ev.map(brief)).toContain('ARM 050 TUR neg');
    expect(ev.every((e) => e.negated)).toBe(true);
  });
  it('codes a refusal as a rejection, not as what was refused', () => {
    const ev = code('Belarus declined to accept Russian forces on its soil.');
    expect(ev.map((e) => e.root)).toEqual(['12']);
    expect(ev[0].negated).toBe(false);
  });
  it('negates what an actor denies having done', () => {
    const ev = code('Iran denied that it had supplied weapons to Serbia.');
    expect(ev.map(brief)).toEqual(['IRN 072 SRB neg']);
  });
  it('reads a noun right after a governed verb as its object, not as a verb', () => {
    expect(code('France urged Serbia to allow aid into Kosovo.').map((e) => e.code)).toEqual(['020']);
  });
  it('marks alleged, intended and hypothetical events', () => {
    expect(code('Russian forces were alleged to have attacked Georgia.')[0].modality).toBe('alleged');
    expect(code('Ukraine will join NATO.')[0].modality).toBe('intended');
    expect(code('Serbia could attack Kosovo.')[0].modality).toBe('hypothetical');
    expect(code('Serbia attacked Kosovo.')[0].modality).toBe('asserted');
  });
  it('turns "no longer" cooperation into a reduction of relations', () => {
    expect(code('Rosneft will no longer supply oil to Belarus.').map(brief)).toEqual(['RUSBUS 160 BLR']);
  });
});

describe('event coder: reading what the words imply', () => {
  it('reads a reported obligation as a demand by the speaker on the one obliged', () => {
    const ev = code('France insisted that Serbia must withdraw its police from Kosovo.').map(brief);
    expect(ev).toContain('FRA 100 SRB');
    expect(ev.some((e) => e.startsWith('SRB 08'))).toBe(false);
  });
  it('passes over a place after "in" when looking for the one obliged', () => {
    const ev = code('France said that Serbian police and the militias in Gori must leave the border.').map(brief);
    expect(ev).toContain('FRA 100 SRBCOP');
  });
  it('reads readiness to use force as a threat', () => {
    expect(code('Serbia is ready to attack Kosovo.').map((e) => e.root)).toEqual(['13']);
    expect(code('Serbia is ready to meet Kosovo.').map((e) => e.root)).toEqual(['03']);
  });
  it('reads an announced conflictual act as a threat and an announced cooperative one as intent', () => {
    expect(code('Turkey will impose sanctions on Iran.').map((e) => e.root)).toEqual(['13']);
    expect(code('Turkey will provide aid to Iran.').map((e) => e.code)).toEqual(['033']);
  });
  it('reads a declared unwillingness as a rejection', () => {
    const [e] = code('Armenia said it would not allow access to Turkey.');
    expect(e.root).toBe('12');
    expect(e.negated).toBe(false);
  });
  it('finds the subject across an apposition', () => {
    expect(code('Poland, a key NATO ally in the region, condemned Belarus.').map(brief)).toEqual(['POL 111 BLR']);
  });
  it('gives a relative clause on an event noun the clause subject', () => {
    expect(code('Russian forces joined Serbia in an attack that killed dozens of people in Kosovo.').map(brief)).toContain('RUSMIL 190 KOS');
  });
  it('codes one event per coordinated date', () => {
    const doc = makeDoc('Turkey paid visits to Iran in 2001 and 2006.', ACTORS);
    doc.times = [
      { sentence: 0, start: 30, end: 34, text: '2001', value: '2001', granularity: 'year' },
      { sentence: 0, start: 39, end: 43, text: '2006', value: '2006', granularity: 'year' },
    ];
    createEventCoderStage({ codebook, dictionary, dateForSpan: () => ({ value: '2001', granularity: 'year' }) }).run(doc);
    expect(doc.events.filter((e) => e.code === '042').map((e) => e.date?.value)).toEqual(['2001', '2006']);
  });
  it('does not read a noun after a determiner or a month name as a verb', () => {
    expect(code('Iran welcomed his vow to support Turkey.').map((e) => e.code)).not.toContain('030');
    expect(code('Serbia arrested Kosovo activists last March.', { 'Kosovo activists': 'KOSOPP=group' }).map((e) => e.code)).toEqual(['173']);
  });
});

describe('event coder: lists, pronouns and months', () => {
  it('ends a list at a second "and", which joins clauses', () => {
    const ev = code('Ukraine wants to join NATO and France, and Russia keeps troops in Belarus.').map(brief);
    expect(ev.some((e) => e.endsWith(' RUS'))).toBe(false);
  });
  it('gives a gerund after "of" the nearest actor as its subject', () => {
    expect(code('Iran accused Serbian police of helping Kosovo.').map(brief)).toContain('SRBCOP 070 KOS');
  });
  it('resolves "it" to the sentence subject, not the nearest actor', () => {
    expect(code('Belarus praised Iranian plans, but it also signed a deal with Poland.').map(brief)).toContain('BLR 057 POL');
  });
  it('does not read the month May as a modal', () => {
    expect(code('In May 2011 Serbia attacked Kosovo.')[0].modality).toBe('asserted');
  });
});
