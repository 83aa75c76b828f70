import { describe, expect, it } from 'vitest';
import type { Stage } from './stage.js';
import { createPipeline } from './pipeline.js';
import { contractEvent, contractRecords, documentLines, eventLine, jsonLines, type ContractRecord } from './contract.js';
import type { DyadEvent } from '../model/types.js';
import { textStage } from '../text/index.js';

const source = { id: 'd1', title: 'T', date: '2020-01-02', text: 'Russia met Azerbaijan. Talks went on.', source: 'x.txt', url: null };

describe('createPipeline', () => {
  it('refuses a stage whose inputs no earlier stage assigns, naming both', () => {
    const needsMentions: Stage = { name: 'needs.v1', requires: ['mentions'], assigns: ['events'], run() {} };
    expect(() => createPipeline([textStage, needsMentions])).toThrow(/needs\.v1 requires mentions/);
  });

  it('runs stages in order over one document', () => {
    const order: string[] = [];
    const count: Stage = {
      name: 'count.v1',
      requires: ['sentences'],
      assigns: ['issues'],
      run(doc) {
        order.push(`count:${doc.sentences.length}`);
        doc.issues = ['x'];
      },
    };
    const doc = createPipeline([textStage, count]).run(source);
    expect(order).toEqual(['count:2']);
    expect(doc.issues).toEqual(['x']);
  });

  it('names the stage and the document when a stage fails', () => {
    const broken: Stage = { name: 'broken.v1', requires: [], assigns: [], run() { throw new Error('boom'); } };
    expect(() => createPipeline([broken]).run(source)).toThrow('[broken.v1] d1: boom');
  });
});

describe('contractRecords', () => {
  it('prints the document record first and survives a JSON round trip', () => {
    const doc = createPipeline([textStage]).run(source);
    const records = contractRecords(doc);
    expect(records[0]).toMatchObject({ kind: 'document', doc: 'd1', title: 'T', date: '2020-01-02', sentences: 2 });
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });
});

describe('jsonLines', () => {
  const perRecord = (records: ContractRecord[]) => records.map((r) => JSON.stringify(r)).join('\n');

  it('prints what one JSON.stringify per record prints, one record a line', () => {
    const doc = createPipeline([textStage]).run({ ...source, text: 'Tbilisi hosted the envoys.\n\nThey left "early", {it seems}.' });
    const records: ContractRecord[] = [
      ...contractRecords(doc),
      { kind: 'time', doc: 'd1', sentence: 1, text: 'a quote "},{"kind":" inside', value: null },
      { kind: 'event', doc: 'd1', source: { code: 'GEO', name: 'Georgia' }, issues: ['x'], date: null },
    ];
    const lines = jsonLines(records);
    expect(lines).toBe(perRecord(records));
    expect(lines.split('\n').map((l) => JSON.parse(l))).toEqual(records);
  });

  it('handles no record and a single record', () => {
    expect(jsonLines([])).toBe('');
    expect(jsonLines([{ kind: 'document', doc: 'd', text: 'x\ny' }])).toBe('{"kind":"document","doc":"d","text":"x\\ny"}');
  });

  it('falls back to one call per record when a nested object could be mistaken for a record', () => {
    const records: ContractRecord[] = [
      { kind: 'event', doc: 'd', parts: [{ kind: 'a' }, { kind: 'b' }] },
      { kind: 'event', doc: 'e' },
    ];
    expect(jsonLines(records)).toBe(perRecord(records));
  });
});

describe('contractEvent', () => {
  const event: DyadEvent = {
    sentence: 3,
    source: { code: 'GEOGOV', country: 'GEO', org: null, sector: 'GOV', name: 'Georgia GOV', type: 'group', entityId: 'GEO/GOV' },
    target: { code: 'TUR', country: 'TUR', org: null, sector: null, name: 'Turkey', type: 'country' },
    code: '036',
    root: '03',
    label: 'Express intent to meet or negotiate',
    quad: 1,
    goldstein: 4,
    plover: 'AGREE',
    date: { value: '2019-05', granularity: 'month', fromDocument: true },
    negated: false,
    modality: 'intended',
    issues: ['diplomacy'],
    evidence: { start: 40, end: 48 },
    confidence: 0.7,
  };

  it('keeps the contract key order and writes optional keys only when set', () => {
    expect(JSON.stringify(contractEvent('d9', 'A sentence.', event))).toBe(
      '{"kind":"event","doc":"d9","sentence":3,"text":"A sentence.",' +
        '"source":{"code":"GEOGOV","country":"GEO","org":null,"sector":"GOV","name":"Georgia GOV","type":"group","entityId":"GEO/GOV"},' +
        '"target":{"code":"TUR","country":"TUR","org":null,"sector":null,"name":"Turkey","type":"country"},' +
        '"code":"036","root":"03","label":"Express intent to meet or negotiate","quad":1,"goldstein":4,"plover":"AGREE",' +
        '"date":{"value":"2019-05","granularity":"month","fromDocument":true},"negated":false,"modality":"intended",' +
        '"issues":["diplomacy"],"evidence":{"start":40,"end":48},"confidence":0.7}',
    );
    const bare = contractEvent('d9', '', { ...event, target: null, date: { value: '2019', granularity: 'year' } });
    expect(bare.target).toBeNull();
    expect(bare.date).toEqual({ value: '2019', granularity: 'year' });
    expect(Object.keys(bare.date as object)).toEqual(['value', 'granularity']);
    expect(contractEvent('d9', '', { ...event, date: null }).date).toBeNull();
  });

  it('eventLine writes what JSON.stringify of the record writes, whatever the fields hold', () => {
    const variants: DyadEvent[] = [
      event,
      { ...event, target: null, date: { value: '2019', granularity: 'year' } },
      { ...event, date: null, negated: true, issues: [], confidence: 0.65, goldstein: -7.2 },
      { ...event, source: { ...event.source, entityId: null, name: 'Quote "q" \\ and\nline', org: 'IGOUNO', country: null } },
      { ...event, source: { ...event.source, entityId: undefined, country: '' } },
      // same code, other codebook fields (a second codebook): not the first one's
      { ...event, label: 'Another label', goldstein: 3.5, plover: 'CONSULT' },
      { ...event, confidence: Number.NaN },
    ];
    for (const e of [...variants, ...variants]) {
      expect(eventLine(JSON.stringify('d"9'), JSON.stringify('A "sentence".\n'), e)).toBe(JSON.stringify(contractEvent('d"9', 'A "sentence".\n', e)));
    }
  });
});

describe('documentLines', () => {
  it('prints what jsonLines of contractRecords prints', () => {
    const doc = createPipeline([textStage]).run(source);
    const e = (sentence: number, code: string): DyadEvent => ({
      sentence, code, root: code.slice(0, 2), label: 'L', quad: 1, goldstein: 1, plover: 'P', date: null, negated: false, modality: 'asserted',
      issues: [], evidence: { start: 0, end: 6 }, confidence: 0.8,
      source: { code: 'RUS', country: 'RUS', org: null, sector: null, name: 'Russia', type: 'country', entityId: 'RUS' },
      target: { code: 'AZE', country: 'AZE', org: null, sector: null, name: 'Azerbaijan', type: 'country', entityId: 'AZE' },
    });
    expect(documentLines(doc)).toBe(jsonLines(contractRecords(doc)));
    doc.events = [e(0, '040'), e(0, '042'), e(1, '046')];
    expect(documentLines(doc)).toBe(jsonLines(contractRecords(doc)));
  });
});

