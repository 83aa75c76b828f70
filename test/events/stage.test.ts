import { describe, expect, it } from 'vitest';
import { createEventStage, loadCodebook, loadEventDictionary } from '../../src/events/index.js';
import { createTimeStage } from '../../src/time/index.js';
import { makeDoc } from './make-doc.js';

describe('createEventStage', () => {
  const stage = createEventStage({ codebook: loadCodebook(), dictionary: loadEventDictionary() });
  it('declares what it reads and writes', () => {
    expect(stage.name).toBe('events.cameo-patterns.v1');
    expect([...stage.requires].sort()).toEqual(['mentions', 'sentences', 'times', 'tokens']);
    expect(stage.assigns).toEqual(['events']);
  });
  it('dates events with the time stage', () => {
    const doc = makeDoc('In May 1993 Russia withdrew its troops from Azerbaijan.', { Russia: 'RUS', Azerbaijan: 'AZE' });
    createTimeStage().run(doc);
    stage.run(doc);
    expect(doc.events.map((e) => [e.code, e.source.code, e.target?.code, e.date?.value])).toEqual([['0874', 'RUS', 'AZE', '1993-05']]);
  });
});
