import { beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';

// The event coder fed by the real actor and time stages (the other event tests make mentions by hand).
describe('events through the default pipeline', () => {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await createDefaultPipeline();
  });
  const code = (text: string) =>
    pipeline.run({ id: 't', title: null, date: '2005-01-01', text, source: 'test', url: null }).events
      .map((e) => `${e.source.code}>${e.target?.code ?? ''} ${e.code}${e.negated ? ' neg' : ''}`);

  it('"the two countries" stand for both states, never for a state acting on itself', () => {
    const events = code('Chile and Peru signed a border treaty in 1999. Peru thanked Chile. In 2004 the two countries agreed that Peru would build a port.');
    expect(events).toContain('PER>CHL 051');
    expect(events.filter((e) => /^(\w{3})\w*>\1/.test(e))).toEqual([]);
  });
  it('a demonym before a title and a name stands for the titled person', () => {
    expect(code("Chile's foreign minister met Peruvian President Dina Boluarte in 2023.")).toEqual(['CHLGOV>PERGOV 040']);
  });
  it('a region after over/about is the topic, not a target', () => {
    expect(code('New Delhi rejected calls for mediation over Kashmir.')).toEqual([]);
    expect(code('Azerbaijan accused Armenia of aggression over Nagorno-Karabakh.').map((e) => e.split(' ')[0])).toEqual(['AZE>ARM']);
  });
  it('a leader named by surname alone is no demonym', () => {
    expect(code('Erdogan met Putin in Sochi in 2021. Later Pashinyan met Putin.')).toEqual(['TURGOV>RUSGOV 040', 'ARMGOV>RUSGOV 040']);
  });
  it('an attack by the unarmed is in words', () => {
    expect(code('Russian television hosts attacked Pashinyan in 2024.')).toEqual(['RUSMED>ARMGOV 111']);
    expect(code('Russian troops attacked Georgia in 2008.')).toEqual(['RUSMIL>GEO 190']);
  });
});
