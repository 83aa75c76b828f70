import { describe, expect, it } from 'vitest';
import { type ActorTable, coderFor } from './make-doc.js';

// Which actors form one party list, and which pairs a symmetric event makes of them.
// Sentences are our own.


const ACTORS: ActorTable = { 'Chilean troops': 'CHLMIL=group', 'Chilean president': 'CHLGOV=person', Chile: 'CHL', Peru: 'PER', Lima: 'PERGOV=city', Bolivia: 'BOL', 'La Paz': 'BOLGOV=city', Quito: 'ECUGOV=city' };
const { code, coded } = coderFor(ACTORS);


describe('party lists', () => {
  it.each([
    ['After talks in Quito, Chile and Peru signed a border accord.'],
    ['Despite protests in Quito, Chile and Peru signed a border accord.'],
    ['Following a summit in Quito, Chile and Peru signed a border accord.'],
  ])('an opening phrase is not part of the subject: %s', (text) => {
    expect(code(text).sort()).toEqual(['CHL 057 PER', 'PER 057 CHL']);
  });
  it('a plain list of three still pairs everyone', () => {
    expect(code('Chile, Peru and Bolivia signed a border accord.')).toHaveLength(6);
  });
  it('a state and its capital are one party', () => {
    expect(code('Bolivia, La Paz and Chile signed a border accord.').filter((e) => e.startsWith('BOL') && e.endsWith('BOLGOV'))).toEqual([]);
  });
});


describe('denials and hearsay between subject and verb', () => {
  it('a denied act is kept as negated', () => {
    const [e] = coded('Chile denied meeting Peru in secret.');
    expect(e && `${e.source.code} ${e.root} ${e.target?.code} ${e.negated}`).toBe('CHL 04 PER true');
  });
  it('"is said to" and "is reported to" mark what others report', () => {
    expect(coded('Chile is said to have met Peru in secret.').map((e) => e.modality)).toEqual(['reported']);
    expect(coded('Chile met Peru in secret.').map((e) => e.modality)).toEqual(['asserted']);
  });
});

describe('event nouns', () => {
  it('an of-phrase names the actor of a withdrawal or visit, the next phrase its target', () => {
    expect(code('The withdrawal of Chilean troops from Peru ended in May.')).toContain('CHLMIL 0874 PER');
    expect(code('The visit of the Chilean president to Peru was brief.')).toContain('CHLGOV 042 PER');
  });
  it('an of-phrase is still the target of other nouns', () => {
    expect(code("Chile's recognition of Bolivia came late.")).toEqual(['CHL 054 BOL']);
  });
  it('a refusal is a rejection aimed at the actor it names', () => {
    expect(code("Chile's refusal to meet Peru was noted.")).toEqual(['CHL 125 PER']);
  });
});

describe('a relative clause between commas', () => {
  it('lends its actors to no subject', () => {
    expect(code('The envoy, who had met Peru in Lima, criticized Bolivia.')).not.toContain('PER 110 BOL');
    expect(code('The envoy, who had met Peru in Lima, criticized Bolivia.').filter((e) => e.endsWith('BOL'))).toEqual([]);
  });
  it('leaves the subject before it in place', () => {
    expect(code('Chile, which borders Peru, criticized Bolivia.')).toContain('CHL 110 BOL');
  });
});

describe('a pattern ending on an actor word', () => {
  it('matches when the last word closes a sector actor in the gap', () => {
    expect(code('Peru refused to accept Chilean troops.')).toEqual(['PER 1212 CHLMIL']);
  });
});

describe('a symmetric act between coordinated parties', () => {
  it('pairs the parties, not the place it happened', () => {
    expect(code('Chile and Peru fought along the border near Lima.').sort()).toEqual(['CHL 190 PER', 'PER 190 CHL']);
  });
});

describe('where, not with whom', () => {
  it('an at/in phrase after a symmetric act between coordinated parties is the place', () => {
    expect(code('Chile and Peru signed an accord at La Paz.').sort()).toEqual(['CHL 057 PER', 'PER 057 CHL']);
  });
  it('initialling a text is signing it', () => {
    expect(code('Chile and Peru initialled a border treaty.').sort()).toEqual(['CHL 057 PER', 'PER 057 CHL']);
  });
  it('a participle with a by-actor after a noun is a passive on that noun, not on the subject', () => {
    const got = code('Chile and Peru signed an accord at a summit hosted by Bolivia.');
    expect(got.filter((e) => e.startsWith('BOL') || e.endsWith('BOL'))).toEqual([]);
  });
  it('"responded by expelling" stays active', () => {
    expect(code('Chile responded by expelling Peru diplomats.')[0]?.startsWith('CHL 161')).toBe(true);
  });
});

describe('gerunds of a by-phrase', () => {
  it('act for the subject of the verb before "by", through coordination', () => {
    const got = code('Peru held Chile officers, and Bolivia answered by closing its border and expelling Peru diplomats.');
    expect(got).toContain('BOL 161 PER');
    expect(got.filter((e) => e.startsWith('PER 161'))).toEqual([]);
  });
});

describe('suspensions', () => {
  it.each([
    ['Peru suspended Bolivia from the trade bloc after the coup.', 'BOL'],
    ['Peru suspended its membership in the Andean council of Chile.', 'CHL'],
    ['Peru froze its participation in the Andean council of Chile.', 'CHL'],
  ])('%s', (text, target) => {
    expect(code(text).some((e) => / 160 /.test(e) && e.endsWith(target))).toBe(true);
  });
  it('a suspension of no named actor is no event', () => {
    expect(code('Chile suspended the new tax law.')).toEqual([]);
  });
});

describe('accusations', () => {
  it('what follows an accusation word\'s of/that is alleged; the accusation itself is asserted', () => {
    const said = coded('Peru charged that Chilean troops had attacked Bolivia.').map((e) => `${e.source.code} ${e.root} ${e.target?.code} ${e.modality}`);
    expect(said).toEqual(['PER 11 CHLMIL asserted', 'CHLMIL 19 BOL alleged']);
  });
  it('a charge denied earlier in the clause does not make a later accusation alleged', () => {
    const [e] = coded('The Chilean president denied the charge and accused Peru of spying.');
    expect(e && `${e.source.code} ${e.root} ${e.target?.code} ${e.modality}`).toBe('CHLGOV 11 PER asserted');
  });
});

describe('summons', () => {
  it('summoning any kind of envoy is a formal complaint', () => {
    expect(code("Peru summoned Chile's high commissioner.")).toEqual(['PER 114 CHL']);
    expect(code('Chile summoned two Peru diplomats over the remarks.')).toEqual(['CHL 114 PER']);
    expect(code('Chile expelled two Peru diplomats over the remarks.')).toEqual(['CHL 161 PER']);
  });
});

describe('a comma before "and"', () => {
  it('joins two clauses, not two parties', () => {
    expect(code('Bolivia has not recognized Chile, and Peru has refused to meet Chilean troops.')).not.toContain('CHL 125 CHLMIL');
    expect(code('Bolivia has not recognized Chile, and Peru has refused to meet Chilean troops.').filter((e) => e.startsWith('BOL'))).toEqual(['BOL 054 CHL neg']);
  });
  it('still closes a list of three', () => {
    expect(code('Chile, Peru, and Bolivia signed a border accord.')).toHaveLength(6);
  });
});

describe('withdrawals', () => {
  it('leaving a treaty or talks reduces relations; troops leaving a state retreat', () => {
    expect(code('Chile withdrew from the border treaty with Peru.')).toEqual(['CHL 160 PER']);
    expect(code('Peru pulled out of talks with Bolivia.')).toEqual(['PER 164 BOL']);
    expect(code('Chilean troops withdrew from Peru.')).toEqual(['CHLMIL 0874 PER']);
  });
});

describe('negation and possessed event nouns', () => {
  it('a negated verb does not negate the possessed event it is about', () => {
    const got = coded("Bolivia did not condemn Chile's recognition of Peru.").map((e) => `${e.source.code} ${e.root} ${e.target?.code} ${e.negated}`);
    expect(got).toEqual(['BOL 11 CHL true', 'CHL 05 PER false']);
  });
});

describe('prisoner exchanges', () => {
  it('release persons both ways', () => {
    expect(code('Chile and Peru exchanged forty prisoners in May.').sort()).toEqual(['CHL 0841 PER', 'PER 0841 CHL']);
  });
});

describe('forecasts', () => {
  it('an act others expect is not a threat; one announced is', () => {
    expect(code('Peru is expected to send more troops to Chile next year.')).toEqual(['PER 150 CHL']);
    expect(code('Peru plans to send more troops to Chile next year.')).toEqual(['PER 130 CHL']);
  });
});
