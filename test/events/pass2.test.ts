import { describe, expect, it } from 'vitest';
import { type ActorTable, coderFor } from './make-doc.js';

// Mechanisms added in pass 2 (bench/RESULTS.md "## Events"). Sentences are written for these
// tests; they are not taken from the evaluation suites or the CAMEO manual.


const ACTORS: ActorTable = {
  'Bolivian unions': 'BOLLAB', 'Bolivian government': 'BOLGOV', Bolivia: 'BOL', Chile: 'CHL', Peru: 'PER',
  'Peruvian rebels': 'PERREB',
};
const { code, coded } = coderFor(ACTORS);


describe('a pattern gap stops at a clause-level preposition', () => {
  it('does not reach an event noun after "after"', () => {
    expect(code('Bolivian unions called off the strike after talks with the Bolivian government.')).not.toContain('BOLLAB 164 BOLGOV');
  });
  it('still spans a plain noun phrase', () => {
    expect(code('Chile called off the planned summit with Peru.')).toEqual(['CHL 164 PER']);
  });
});

describe('a claim of one\'s own violent act', () => {
  it.each([
    ['Peruvian rebels claimed they attacked Chile on Monday.', 'PERREB 015 CHL'],
    ['Peruvian rebels claimed that they had attacked Chile.', 'PERREB 015 CHL'],
  ])('%s is a claim of responsibility', (text, want) => {
    expect(code(text)).toEqual([want]);
  });
  it('a reported act by a named other party is not', () => {
    expect(code('Peru said that Chile attacked Bolivia.')).not.toContain('PER 015 BOL');
  });
});

describe('a violent act claimed of a named other party', () => {
  it.each([
    ['Peru claimed that Chile attacked Bolivia.', 'PER 112 CHL'],
    ['Bolivia alleged Peruvian rebels had attacked Chile.', 'BOL 112 PERREB'],
  ])('%s is an accusation of that party', (text, want) => {
    expect(code(text)).toEqual([want]);
  });
  it('a plain report keeps the act', () => {
    expect(code('Peru said that Chile attacked Bolivia.')).toEqual(['CHL 190 BOL']);
  });
});

describe('appeal, demand and investigate sub-codes written from the codebook definitions', () => {
  it.each([
    ['Peru called for the resignation of the Bolivian government.', 'PER 0241 BOLGOV'],
    ['Chile called for a ceasefire in Peru.', 'CHL 0256 PER'],
    ['Bolivia sought humanitarian aid from Chile.', 'BOL 0233 CHL'],
    ['Chile demanded economic aid from Peru.', 'CHL 1031 PER'],
    ['Peru demanded compensation from Chile.', 'PER 1031 CHL'],
    ['Bolivia demanded a truce with Peruvian rebels.', 'BOL 1056 PERREB'],
  ])('%s', (text, want) => {
    expect(code(text)).toEqual([want]);
  });
});
