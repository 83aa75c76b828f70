import { describe, expect, it } from 'vitest';
import { type ActorTable, coderFor } from './make-doc.js';

// Mechanisms added in the generalisation pass (bench/RESULTS.md "## Events"). Sentences are
// written for these tests; they are not taken from the evaluation suites or the CAMEO manual.


const ACTORS: ActorTable = {
  'Kenyan police': 'KENCOP', 'Kenyan government': 'KENGOV', Kenya: 'KEN', Kenyans: 'KEN', Nairobi: 'KEN=city',
  'Chilean army': 'CHLMIL', Chile: 'CHL', Peru: 'PER', 'Peruvian officials': 'PERGOV', 'United Nations': 'IGOUNO=organization',
  'Minister Tomas Ruiz': '---GOV=person', 'Governor Ana Vela': '---GOV=person', 'Bolivian unions': 'BOLLAB', Bolivia: 'BOL',
  'Bolivian government': 'BOLGOV', Norway: 'NOR', Sweden: 'SWE', 'Swedish': 'SWE', 'Norwegian fishermen': 'NORCVL',
};

const PEOPLES: Record<string, string> = { Kenyans: 'Kenya', Swedish: 'Sweden' };
const { code, coded } = coderFor(ACTORS, PEOPLES);


describe('implied home-country target', () => {
  it('gives a domestic act on unnamed people the source country as target', () => {
    expect(code('Kenyan police arrested dozens of students on Tuesday.')).toEqual(['KENCOP 173 KEN']);
  });
  it('prefers the state itself when the sentence names it', () => {
    expect(code('The Chilean army lifted the curfew, officials in Chile said.')).toEqual(['CHLMIL 0813 CHL']);
  });
  it('does not apply when another country or an organisation is present', () => {
    expect(code('Kenyan police arrested dozens of students, Peruvian officials said.')).toEqual([]);
    expect(code('Kenyan police arrested dozens of students, the United Nations said.')).toEqual([]);
  });
  it('does not make a state act on itself, nor pair a meeting with nobody', () => {
    expect(code('Kenya arrested dozens of students.')).toEqual([]);
    expect(code('The Kenyan government met on Monday.')).toEqual([]);
  });
  it('keeps a country\'s people apart from its state', () => {
    expect(code('Kenyans blocked roads in Nairobi for hours.')).toEqual(['KEN 144 KEN']);
  });
});

describe('person of unknown nationality in a one-country sentence', () => {
  it('takes the country of the sentence', () => {
    expect(code('Minister Tomas Ruiz lifted the state of emergency in Bolivia.')).toEqual(['BOLGOV 0814 BOL']);
  });
  it('is left open when two countries are named, or for a visit', () => {
    expect(code('Minister Tomas Ruiz criticised Peru and Chile.')).toEqual(['---GOV 110 PER', '---GOV 110 CHL']);
    expect(code('Governor Ana Vela visited Bolivia last week.')).toEqual(['---GOV 042 BOL']);
  });
});

describe('infinitives that are the content of another act', () => {
  it('an appeal or pressure on an object: the infinitive is not coded on its own', () => {
    expect(code('Peru pressed the Bolivian government repeatedly to release the detained workers.')).toEqual(['PER 100 BOLGOV']);
  });
  it('a protest\'s purpose: the demand is what the protest is for, and names its target', () => {
    expect(code('Bolivian unions held rallies on Friday to demand higher wages from the Bolivian government.')).toEqual(['BOLLAB 141 BOLGOV']);
  });
  it('a protest\'s purpose in -ing after a comma is governed the same way', () => {
    expect(code('Kenyans rallied in Nairobi, demanding the release of the students.')).toEqual(['KEN 141 KEN']);
  });
  it('coordinated infinitives share the governing verb', () => {
    expect(code('Sweden threatened to impose sanctions and expel diplomats from Norway.')).toEqual(['SWE 130 NOR']);
  });
  it('what someone must do is no event, even with no actor obliged', () => {
    expect(code('Bolivian unions marched in Bolivia, saying he must resign.')).toEqual(['BOLLAB 141 BOL']);
  });
});

describe('clause structure', () => {
  it('an object of the previous verb is not the subject of a coordinated verb', () => {
    expect(code('A blast near the market killed two Swedish tourists and wounded four others.')).toEqual([]);
  });
  it('a bare participle of an always-transitive verb is passive: the named are the victims', () => {
    // with no agent named, the violence is coded to the state where it happened (home-target.ts placeAuthority)
    expect(code('Nine Swedish tourists killed in Norway were buried on Friday.')).toEqual(['NOR 190 SWE']);
    expect(code('Nine Swedish tourists killed on the ferry were buried on Friday.')).toEqual([]);
  });
  it('a base form after a singular determiner heads a noun phrase, not a clause', () => {
    expect(code('Norway said a Swedish weapons supply reached Bolivia.')).toEqual([]);
    expect(code('Peruvian officials supply weapons to Bolivia.')).toEqual(['PERGOV 072 BOL']);
  });
  it('a complaint to one party about another targets the other', () => {
    expect(code('Norway complained to the United Nations about Swedish patrols.')).toEqual(['NOR 114 SWE']);
  });
});

describe('sub-codes written from the codebook definitions', () => {
  it.each([
    ['Bolivian unions called off the strike, the Bolivian government said.', 'BOLLAB 082 BOL'],
    ['The Bolivian government resigned after weeks of protests in Bolivia.', 'BOLGOV 0831 BOL'],
    ['Kenyan police dispersed the demonstrators with batons.', 'KENCOP 175 KEN'],
    ['Norwegian fishermen violated the ban imposed by Sweden.', 'NORCVL 128 SWE'],
    ['Peruvian officials deployed riot police in Peru.', 'PERGOV 153 PER'],
  ])('%s', (text, want) => {
    expect(code(text)).toEqual([want]);
  });
});
