import { describe, expect, it } from 'vitest';
import { type ActorTable, coderFor } from './make-doc.js';

// Failure classes found on news-style sentences about dyads the dev sets do not cover (session 3
// accuracy pass). Sentences are written for these tests.


const ACTORS: ActorTable = {
  Serbia: 'SRB', 'Serbian officials': 'SRBGOV', Kosovo: 'KSV', 'Kosovo officials': 'KSVGOV', Taiwan: 'TWN', Chinese: 'CHN',
  China: 'CHN', Beijing: 'CHNGOV=city', Eritrea: 'ERI', Ethiopia: 'ETH', Mexico: 'MEX', 'Mexican diplomats': 'MEXGOV',
  'American diplomats': 'USAGOV', Tbilisi: 'GEOGOV=city', Russian: 'RUS', Caracas: 'VENGOV=city', Colombia: 'COL',
  Belgrade: 'SRBGOV=city', Pakistan: 'PAK', India: 'IND', Israel: 'ISR', Iran: 'IRN', Armenia: 'ARM', Azerbaijan: 'AZE',
  Kashmir: 'IND=region', Indian: 'IND', 'Indian diplomats': 'INDGOV', 'Chinese delegation': 'CHNGOV', Tehran: 'IRNGOV=city', 'Iranian officials': 'IRNGOV', British: 'GBR', 'Abiy Ahmed': 'ETHGOV=person', Asmara: 'ERIGOV=city', Washington: 'USAGOV=city', 'Indian troops': 'INDMIL', 'Chinese troops': 'CHNMIL', 'Pakistani army': 'PAKMIL', 'Russian army': 'RUSMIL', Russia: 'RUS', Georgia: 'GEO',
};

/** A people is named for its country ("Chinese" -> China), as the actor stage does. */
const PEOPLES: Record<string, string> = { Chinese: 'China', Russian: 'Russia' };
const { code, coded } = coderFor(ACTORS, PEOPLES);



describe('refusal nouns', () => {
  it('take the agent of a by-phrase before their infinitive', () => {
    expect(code('The refusal by Serbia to host Kosovo officials soured the talks.')).toEqual(['SRB 120 KSVGOV']);
  });
  it('take the actor of an of-phrase before their infinitive', () => {
    expect(code('The refusal of Eritrea to host Ethiopia surprised nobody.')).toEqual(['ERI 120 ETH']);
  });
  it('are aimed at the object of the refused act', () => {
    expect(code("Taiwan's refusal to accept Chinese demands angered Beijing.")).toEqual(['TWN 120 CHN']);
  });
  it('code nothing when the refused act has no actor', () => {
    expect(code("Kosovo's refusal to comment was noted.")).toEqual([]);
  });
});

describe('negated event nouns', () => {
  it('"no" makes a word that is verb and noun a noun, and negates it', () => {
    expect(code('There was no meeting between Mexican diplomats and American diplomats.')).toEqual(['MEXGOV 040 USAGOV neg']);
  });
  it('an event noun that is the object of a negated clause is negated', () => {
    expect(code('Eritrea had not taken part in drafting the agreement with Ethiopia.')).toEqual(['ERI 057 ETH neg']);
    expect(code('Eritrea had taken part in drafting the agreement with Ethiopia.')).toEqual(['ERI 057 ETH']);
  });
  it('"no" in a light verb\'s gap or before the subject negates', () => {
    expect(code('Ethiopia and Eritrea held no talks in 2023.')).toEqual(['ETH 046 ERI neg', 'ERI 046 ETH neg']);
    expect(code('Iran made no threats against Israel.')).toEqual(['IRN 130 ISR neg']);
    expect(code('No Serbian officials visited Kosovo last year.')).toEqual(['SRBGOV 042 KSV neg']);
    expect(code('There has been no contact between Armenia and Azerbaijan.')).toEqual(['ARM 040 AZE neg']);
  });
  it('"neither A nor B" is a list whose act is negated', () => {
    expect(code('Neither Ethiopia nor Eritrea attacked Pakistan.')).toEqual(['ETH 190 PAK neg', 'ERI 190 PAK neg']);
  });
  it('a negation before a clause boundary does not reach the noun', () => {
    expect(code('Eritrea did not object after the agreement with Ethiopia.')).toEqual([]);
    expect(code('Eritrea had not spoken since the agreement with Ethiopia.').filter((e) => e.endsWith('neg'))).toEqual([]);
  });
});

describe('protests by an unnamed crowd', () => {
  it('are coded to the people of the place they happen in', () => {
    expect(code('Thousands marched in Tbilisi against the Russian occupation.')).toEqual(['GEOCVL 141 RUS']);
    expect(code('Hundreds of students protested in Belgrade against the recognition of Kosovo.')).toEqual(['SRBCVL 140 KSV']);
  });
  it('with no other target, are aimed at the place they happen in', () => {
    expect(code('Tens of thousands of people rallied in Caracas on Sunday.')).toEqual(['VENCVL 141 VENGOV']);
  });
  it('need a crowd word as the subject of a verb', () => {
    expect(code('The group protested in Belgrade against the recognition of Kosovo.')).toEqual([]);
  });
});

describe('coordination', () => {
  it('"then" after a comma joins a verb to the subject before', () => {
    expect(code('Israel bombed Iran, then warned Armenia against any reprisal.')).toEqual(['ISR 195 IRN', 'ISR 130 ARM']);
  });
  it('a threat or demand coordinated with an act shares its target', () => {
    expect(code('China criticized Taiwan and threatened to impose tariffs on its exporters.')).toEqual(['CHN 110 TWN', 'CHN 130 TWN']);
  });
  it('"agreed on Tuesday" is no agreement on something', () => {
    expect(code('Serbia and Kosovo agreed on Tuesday to reopen the crossing.')).toEqual(['SRB 030 KSV', 'KSV 030 SRB']);
    expect(code('Serbia and Kosovo agreed on a new border regime.')).toEqual(['SRB 057 KSV', 'KSV 057 SRB']);
    expect(code('Pakistan fired missiles toward India on Thursday.')).toEqual(['PAK 190 IND']);
  });
  it('coordinated parties that agree to do something agree with each other', () => {
    expect(code('Serbia and Kosovo agreed to normalize relations.')).toEqual(['SRB 030 KSV', 'KSV 030 SRB']);
  });
});

describe('event nouns and light verbs', () => {
  it.each([
    ['The expulsion of Serbian officials by Kosovo followed the riots.', 'KSV 166 SRBGOV'],
    ['The Chinese annexation of Taiwan remains a remote prospect.', 'CHN 192 TWN'],
    ["Eritrea's blockade of Ethiopia lasted a year.", 'ERI 191 ETH'],
    ["Pakistan's deportation of Iran nationals continued.", 'PAK 174 IRN'],
    ['China staged naval drills near Taiwan on Saturday.', 'CHN 150 TWN'],
    ['A Chinese missile strike on Taiwan was feared.', 'CHN 195 TWN'],
    ["Israel's strike on Iran was limited.", 'ISR 190 IRN'],
    ['Armenia vowed revenge against Azerbaijan.', 'ARM 130 AZE'],
    ['Kosovo gave its backing to Serbia at the summit.', 'KSV 051 SRB'],
    ['Ethiopia pulled its troops out of Eritrea.', 'ETH 0874 ERI'],
    ['Pakistan summoned the Indian high commissioner.', 'PAK 114 IND'],
    ['Eritrea pulled out of the peace talks with Ethiopia.', 'ERI 164 ETH'],
    ['Serbia withdrew from the negotiations with Kosovo.', 'SRB 164 KSV'],
    ["Eritrea's withdrawal from the talks with Ethiopia was a setback.", 'ERI 164 ETH'],
    ["Mexico's severance of diplomatic relations with Colombia lasted a year.", 'MEX 161 COL'],
  ])('%s', (text, event) => {
    expect(code(text)).toContain(event);
  });
  it('joint drills with a partner stay military cooperation', () => {
    expect(code('China held joint drills with Pakistan.')).toContain('CHN 062 PAK');
  });
});

describe('modality', () => {
  it('a word of a name before the verb is not a verb of saying ("United States")', () => {
    const events = coderFor({ 'United States': 'USA', Mexico: 'MEX', Colombia: 'COL' }).coded('The United States and Mexico condemned the raid on Colombia.');
    expect(events.map((e) => `${e.source.code} ${e.root} ${e.target?.code} ${e.modality}`)).toEqual(['USA 11 COL asserted', 'MEX 11 COL asserted']);
  });
  it('a verb of saying before the subject still marks what others report', () => {
    expect(coded('Officials say that Eritrea attacked Ethiopia.').map((e) => e.modality)).toEqual(['reported']);
  });
});

describe('military acts and postures', () => {
  it('"clashes between" pairs the parties of the clash', () => {
    expect(code('Deadly clashes between Indian troops and Chinese troops were reported.')).toEqual(['INDMIL 190 CHNMIL']);
  });
  it('"exchanged fire" is mutual', () => {
    expect(code('Armenia and Azerbaijan exchanged fire overnight.')).toEqual(['ARM 190 AZE', 'AZE 190 ARM']);
  });
  it('joint drills near a place are between the partners, not aimed at the place', () => {
    expect(code('Serbia and Russia held joint military drills near Belgrade.')).toEqual(['SRB 062 RUS', 'RUS 062 SRB']);
  });
  it('an army chief visits; an army arrives in force', () => {
    expect(code('The Pakistani army chief visited China last week.')).toEqual(['PAKMIL 042 CHN']);
    expect(code('The Russian army arrived in Armenia.')).toEqual(['RUSMIL 150 ARM']);
  });
  it('closing an embassy in a state reduces relations with it; tariffs are sanctions', () => {
    expect(code('Russia closed its embassy in Georgia.')).toEqual(['RUS 161 GEO']);
    expect(code('India imposed tariffs on Chinese steel.')).toEqual(['IND 163 CHN']);
  });
});

describe('acts said not to happen', () => {
  it.each([
    ['Serbia has yet to recognize Kosovo.', 'SRB 054 KSV neg'],
    ['Mexico stopped short of recognizing Colombia.', 'MEX 054 COL neg'],
    ['Iran has no plans to attack Israel.', 'IRN 190 ISR neg'],
    ['Pakistan failed to reach an agreement with India.', 'PAK 057 IND neg'],
  ])('%s', (text, event) => {
    expect(code(text)).toEqual([event]);
  });
  it('a negated intention to cooperate is a refusal', () => {
    expect(code('Armenia does not plan to attend the summit with Azerbaijan.')).toEqual(['ARM 120 AZE']);
  });
  it('a forecast is not a refusal', () => {
    expect(code('Kosovo is not expected to attend the summit with Serbia.').filter((e) => e.includes(' 12'))).toEqual([]);
  });
  it('between coordinated parties, "on" and "over" say what about', () => {
    expect(code('India and Pakistan reached an agreement on Kashmir.').sort()).toEqual(['IND 057 PAK', 'PAK 057 IND']);
  });
});

describe('event nouns and their phrases', () => {
  it('a determiner may follow the preposition that ends the pattern', () => {
    expect(code("Serbia's expulsion of the Kosovo officials followed the riots.")).toEqual(['SRB 166 KSVGOV']);
  });
  it('the subject of a relative clause on the noun is its source, the verb\'s object its target', () => {
    expect(code('The agreement, which Serbia signed with Kosovo in 2013, was never implemented.')).toEqual(['SRB 057 KSV']);
    expect(code('The attack that Armenia launched on Azerbaijan was brief.')).toEqual(['ARM 190 AZE']);
  });
  it('a relative clause whose verb is coded itself lends the noun nothing', () => {
    expect(code('The deal that Serbia rejected was drafted in May.')).toEqual([]);
  });
});

describe('clause edges', () => {
  it('a name ending in -ed is no past verb before an irregular one', () => {
    expect(code('Abiy Ahmed flew to Asmara in July.')).toEqual(['ETHGOV 042 ERIGOV']);
  });
  it('a rejection before "and" does not deny the next verb', () => {
    expect(code('Asmara rejected the demand and accused Washington of meddling.')).toEqual(['ERIGOV 112 USAGOV']);
  });
  it('a denial still negates what it denies', () => {
    expect(code('Eritrea denied that it had attacked Ethiopia.')).toEqual(['ERI 190 ETH neg']);
  });
});

describe('threats and crowds', () => {
  it('a warning that names the source\'s own side is aimed at the party of its condition', () => {
    expect(code('Iranian officials warned that Tehran would hit back if Israel attacked.')).toContain('IRNGOV 130 ISR');
  });
  it('protesters who gather are a rally of the place\'s people', () => {
    expect(code('Protesters gathered outside the British embassy in Tehran.')).toEqual(['IRNCVL 141 GBR']);
  });
});

describe('who acts on whom around an event noun', () => {
  it('what a party faces is done to it by the from-agent', () => {
    expect(code('Russia faces attacks from Georgia.')).toEqual(['GEO 190 RUS']);
    // what one could face is hypothetical
    expect(coded('Serbia could face sanctions from Kosovo.').map((e) => `${e.source.code} ${e.code} ${e.target?.code} ${e.modality}`)).toEqual(['KSV 163 SRB hypothetical']);
  });
  it('welcoming an offer or proposal approves it; welcoming a delegation hosts it', () => {
    expect(code('Mexico welcomed the Chinese offer of aid.')).toEqual(['MEX 051 CHN']);
    expect(code('Mexico welcomed the Chinese delegation.')).toContain('MEX 043 CHNGOV');
  });
  it('considering an act is intending it', () => {
    expect(coded('Pakistan is considering expelling Indian diplomats.').map((e) => e.modality)).toEqual(['intended']);
  });
});

describe('", and" between two names', () => {
  it('joins clauses, not a list of two', () => {
    expect(code('Pakistan condemned India, and China criticized Pakistan.')).toEqual(['PAK 111 IND', 'CHN 110 PAK']);
  });
  it('still ends a list with a serial comma', () => {
    expect(code('Serbia, Kosovo, and Armenia signed the accord.')).toHaveLength(6);
  });
});
