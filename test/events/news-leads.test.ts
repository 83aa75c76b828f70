import { beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';

// Failure classes of one-sentence news leads (session 4, acc4-news), through the real actor and
// time stages. Sentences are written for these tests.
describe('news leads through the default pipeline', () => {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await createDefaultPipeline();
  });
  const code = (text: string) =>
    pipeline.run({ id: 't', title: null, date: '2019-01-01', text, source: 'test', url: null }).events
      .map((e) => `${e.source.code}>${e.target?.code ?? ''} ${e.code}${e.negated ? ' neg' : ''}`);
  const dyads = (text: string) => code(text).map((e) => e.split(' ')[0]);

  describe('a state before "-led" or "-flagged" acts through the noun it leads or flags', () => {
    it('as a source', () => {
      expect(dyads('The Saudi-led coalition bombed a market in northern Yemen on Sunday.')).toEqual(['SAU>YEM']);
    });
    it('as a target', () => {
      expect(code('Tehran condemned the Saudi-led coalition on Monday.')).toEqual(['IRNGOV>SAU 111']);
      expect(dyads('Ghana has refused to commit troops to the French-led mission in Mali.')).toEqual(['GHA>FRA']);
      expect(dyads('India declined to join the Chinese-led trade bloc, officials in New Delhi said.')).toEqual(['IND>CHN']);
      expect(dyads('Iranian Revolutionary Guards seized a British-flagged tanker in the Gulf.')).toEqual(['IRNMIL>GBR']);
    });
    it('while "-backed" still only describes', () => {
      expect(dyads('Bamako asked the French-backed mission to leave.').some((d) => d.endsWith('>FRA'))).toBe(false);
    });
  });
});
