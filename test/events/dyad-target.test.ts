import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/events/codebook.js';
import { loadEventDictionary } from '../../src/events/event-dictionary.js';
import { createEventCoderStage } from '../../src/events/event-stage.js';
import { type ActorTable, makeDoc } from './make-doc.js';

// Sentences written for this test: a report on one pair of states, whose reactions name no target.
const ACTORS: ActorTable = {
  Peru: 'PER', Lima: 'PER=city', Chile: 'CHL', Santiago: 'CHL=city', 'United Nations': 'IGOUNO=organization', Bolivia: 'BOL',
};
const codebook = loadCodebook();
const dictionary = loadEventDictionary(undefined, (c) => codebook.lookup(c) !== undefined);
const stage = createEventCoderStage({ codebook, dictionary, dateForSpan: () => null });

function code(title: string | null, body: string): string[] {
  const text = title ? `${title}\n\n${body}` : body;
  const doc = makeDoc(text, ACTORS);
  // the actor stage gives a state's mentions the state's id
  for (const m of doc.mentions) if (m.type === 'country') Object.assign(m, { entityId: m.country });
  Object.assign(doc, { title });
  stage.run(doc);
  return doc.events.map((e) => `${e.source.code} ${e.code.slice(0, 2)} ${e.target?.code ?? '-'}`);
}

describe('implied partner in a report on one pair of states', () => {
  const body = 'Peru filed a claim over the maritime border. Santiago rejected the claim.';
  it('gives a reaction with no target the other state of the title pair', () => {
    expect(code('Chile - Peru Relations', body)).toContain('CHL 12 PER');
  });
  it('does not apply without such a title, or with a third party in the sentence', () => {
    expect(code(null, body).filter((e) => e.startsWith('CHL'))).toEqual([]);
    expect(code('Chile - Peru Relations', 'Santiago rejected the claim at the United Nations.').filter((e) => e.includes(' 12 '))).not.toContain('CHL 12 PER');
    expect(code('Chile - Peru Relations', 'Santiago rejected the claim, Bolivia said.')).not.toContain('CHL 12 PER');
  });
});
