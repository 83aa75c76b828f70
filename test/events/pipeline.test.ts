import { describe, expect, it } from 'vitest';
import { pipelineCoder } from './pipeline-coder.js';

// The event coder fed by the real actor and time stages (the other event tests make mentions by hand).
describe('events through the default pipeline', () => {
  const { run, code } = pipelineCoder('2005-01-01');

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
  it('"he"/"she" in a later sentence is the person the last sentence naming one was about', () => {
    // the sentence naming her codes no event: the pronoun still finds her
    expect(code('Kenyan Foreign Minister Raychelle Omamo spoke in Geneva in 2021. She accused Somalia of meddling.')).toEqual(['KENGOV>SOM 112']);
    expect(code('The Chilean president visited Lima in 2019. He signed a fisheries treaty with Peru.')).toContain('CHLGOV>PER 057');
    // a person after a preposition is not what the sentence is about
    expect(code('Bolivian officials spoke with President Boric in 2023. He criticized Peru.').filter((e) => e.endsWith('>PER 111'))).toEqual([]);
  });
  it('a "they" opening a sentence stands for the actors of the last sentence\'s act, when they were two or more', () => {
    // the sentence with the pronoun names no actor at all: it is coded all the same
    expect(code('Chile and Bolivia restored diplomatic ties in 2024. They signed a trade pact in May.')).toEqual(['CHL>BOL 050', 'BOL>CHL 050', 'CHL>BOL 057', 'BOL>CHL 057']);
    // and for the sentence after that, as long as each goes on with the same pair
    expect(code('Chile and Bolivia restored diplomatic ties in 2024. They signed a trade pact in May. They also exchanged prisoners.')).toContain('BOL>CHL 0841');
    // only right after that sentence, and not when a single actor acted last
    expect(code('Chile and Bolivia restored diplomatic ties in 2024. Trade grew. They signed a trade pact in May.')).toEqual(['CHL>BOL 050', 'BOL>CHL 050']);
    expect(code('Chile and Bolivia restored diplomatic ties in 2024, and Peru welcomed the step. They signed a trade pact in May.').filter((e) => e.endsWith('057'))).toEqual([]);
  });
  it('a pronoun opening a sentence that names no actor still finds its referent: "it" the last sentence\'s subject, "he"/"she" the last person', () => {
    // the sentence before coded no act: its opening state is still what "it" means
    expect(code('In 2008 Peru took the dispute to The Hague. It also recalled its ambassador from Santiago.')).toEqual(['PER>CHLGOV 161']);
    expect(code('President Boric visited Lima in 2023. He signed a fisheries deal with Peru. He praised the deal.')).toEqual(['CHLGOV>PERGOV 042', 'CHLGOV>PER 057', 'CHLGOV>PER 051']);
    // only right after that sentence for "it"
    expect(code('In 2008 Peru took the dispute to The Hague. Talks stalled. It also recalled its ambassador from Santiago.')).toEqual([]);
  });
  it('a dispute taken to a court is a case against the other party, not against the court', () => {
    const title = 'Chile - Peru Relations';
    expect(code('Chile and Peru argued over the sea border for decades. In 2008 Peru took the dispute to the International Court of Justice.', title)).toEqual(['PER>CHL 115']);
    // without a report on the pair there is no one to aim it at
    expect(code('In 2008 Peru took the dispute to the International Court of Justice.')).toEqual([]);
  });
  it('a participle phrase between commas after the subject describes it: its actors are neither subject nor another party', () => {
    const title = 'Chile - Peru Relations';
    expect(code('Chile and Peru quarrelled for years. In 2024 Chile, backed by Bolivia and Argentina, was still refusing to accept the ruling.', title)).toContain('CHL>PER 120');
  });
  it('"both neighbours" are the two states whose agents were just named; "expelled the ambassadors of X" is 161', () => {
    const events = code('In 2019 Chile expelled the ambassadors of Peru and Bolivia after both neighbours had recognised the rebels.');
    expect(events).toContain('CHL>PERGOV 161');
    expect(events).toContain('CHL>BOLGOV 161');
    expect(events.filter((e) => e.endsWith(' 054')).map((e) => e.split('>')[0]).sort()).toEqual(['BOL', 'PER']);
  });
  it('"the country" or "the new state" is the state of the last actor named a sentence or two before; adjectives like "largest" open list items', () => {
    expect(code('Russia invaded Ukraine in 2022. Poland sent weapons to the country.')).toContain('POL>UKR 072');
    expect(code('In 2008 the Kosovo Assembly declared independence. The United States and the largest EU members recognised the new state within days.')).toEqual(['USA>KSV 054', 'IGOEUREEC>KSV 054']);
    // not the subject's own state, and not from far back
    expect(code('Russia invaded Ukraine in 2022. Trade fell. Prices rose. Markets slumped. Poland sent weapons to the country.')).toEqual(['RUS>UKR 190']);
  });
  it('"the two leaders" are the two states just named, not the pair the document is about', () => {
    const text = 'Chile and Peru quarrelled over the sea border for decades. Chile recalled its envoy from Peru. '
      + 'In 2022 President Boric met Argentine President Fernandez in Santiago, and the two leaders signed a declaration on energy.';
    const events = code(text);
    expect(events).toContain('CHLGOV>ARGGOV 057');
    expect(events).toContain('ARGGOV>CHLGOV 057');
    expect(events.filter((e) => e.includes('PER') && e.endsWith('057'))).toEqual([]);
  });
  it('"the two countries" may be one item of a longer list', () => {
    const events = code('Chile and Peru signed a border treaty in 1999, and in 2004 the two countries and Bolivia signed a transit accord.');
    for (const pair of ['CHL>BOL', 'PER>BOL', 'BOL>CHL', 'BOL>PER']) expect(events).toContain(`${pair} 057`);
  });
  it('a clause after ", but" whose subject is no actor does not borrow one from before the comma', () => {
    expect(code('Lima is unlikely to expel Chilean diplomats before the OAS summit, but officials did not rule out suspending talks with Santiago.'))
      .not.toContain('IGOOAS>CHLGOV 164');
  });
  it('backing and voiced support or solidarity are endorsements of the party after for/with', () => {
    expect(code('Bolivia backed Peru in 2020.')).toEqual(['BOL>PER 051']);
    expect(code('Bolivia voiced support for Peru in 2020.')).toEqual(['BOL>PER 051']);
    expect(code('Bolivia expressed solidarity with Peru in 2020.')).toEqual(['BOL>PER 051']);
    expect(code('Bolivia said it stood fully behind Peru in 2020.')).toEqual(['BOL>PER 051']);
    expect(code('Bolivia backed down and withdrew from Peru in 2020.')).not.toContain('BOL>PER 051');
  });
  it('"both sides" are the two states just named, and every party of a list inside a pattern is its target', () => {
    const events = code('Chile shelled Peruvian positions in 2023. The Kremlin urged both sides to stop the fighting.');
    expect(events).toEqual(expect.arrayContaining(['RUSGOV>CHL 0256', 'RUSGOV>PER 0256']));
    expect(code('The UN urged Chile and Peru to stop the fighting in 2020.')).toEqual(['IGOUNO>CHL 0256', 'IGOUNO>PER 0256']);
  });
  it('fighters sponsored by a state ("pro-Russian", "Russian-backed") fight for the state the text is about, not the sponsor', () => {
    const text = 'Ukraine and Russia clashed in 2014. Pro-Russian separatists attacked Ukrainian troops. Russian-backed rebels shelled Mariupol.';
    const events = code(text);
    expect(events).toContain('UKRREB>UKRMIL 190');
    expect(events).toContain('UKRREB>UKR 190');
    expect(events.filter((e) => e.startsWith('RUSREB'))).toEqual([]);
  });
  it('"the alliance" is the alliance named last, and an actor inside a fronted phrase is not the subject', () => {
    const text = 'Peru asked to join NATO in 2007. At the Lisbon summit in 2008 the alliance declined to admit Peru.';
    expect(code(text)).toContain('IGOWSTNAT>PER 120');
    expect(code('At the Lisbon summit in 2008 the committee declined to admit Peru.')).toEqual([]);
  });
  it('brokering needs the parties named: the broker\'s own state is no target', () => {
    expect(code('Chilean President Gabriel Boric brokered a ceasefire in 2023.')).toEqual([]);
    expect(code('Chile brokered a truce between Peru and Bolivia in 2023.')).toEqual(['CHL>PER 045', 'CHL>BOL 045']);
  });
  it('declaring a diplomat persona non grata is 161 against the diplomat\'s state; "the two countries, and B" still joins clauses', () => {
    const text = 'Peru declared Chile\'s ambassador persona non grata in 2020 over remarks about the two countries, and Santiago responded by expelling Peru\'s envoy.';
    expect(code(text)).toEqual(['PER>CHLGOV 161', 'CHLGOV>PERGOV 161']);
  });
  it('a date naming another event ("the 1918 unification") does not date the clauses after it', () => {
    const dated = (text: string) => run(text, { date: '2020-11-30' }).events.map((e) => `${e.code} ${e.date?.value ?? ''}`);
    expect(dated('Peru protested on Saturday over remarks about the 1879 war, and Lima recalled its envoy from Chile.')).toContain('161 2020-11-28');
    expect(dated('During the 1879 war, Chile seized Lima.').map((e) => e.split(' ')[1])).toEqual(['1879']);
  });
  it('switching recognition is recognition of the state it goes to, not by the one it leaves', () => {
    expect(code('Nicaragua switched diplomatic recognition from Taipei to Beijing in 2021.')).toEqual(['NIC>CHNGOV 054']);
  });
  it('a sentence-initial "it" is the state whose act the sentence before coded, and only that one', () => {
    expect(code('Peru joined the Andean Community in 1969. It also declined to join Mercosur.')).toContain('PER>IGOSAMMER 120');
    expect(code('The railway to Chile opened in 1910. It bypasses Bolivia.')).toEqual([]);
  });
  it('"the two countries" are the document\'s pair unless two states are named outright just before; armies and ministers too', () => {
    const text = 'Chile - Peru relations. Chile and Peru disputed the sea border. The fall of colonial Peru left Arica disputed, and the two states fought over it in 1879.';
    expect(code(text)).toEqual(expect.arrayContaining(['CHL>PER 190', 'PER>CHL 190']));
    expect(code('Chile and Peru quarrelled in 2020. The two militaries agreed in 2021 to observe the truce.')).toContain('CHLMIL>PERMIL 030');
    expect(code('Chilean President Boric met Peruvian President Castillo in Lima in 2021 and the two leaders signed a declaration.'))
      .toEqual(['CHLGOV>PERGOV 040', 'CHLGOV>PERGOV 057', 'PERGOV>CHLGOV 057']);
  });
  it('expelling a high commissioner is a diplomatic act', () => {
    expect(code('Pakistan expelled the Indian high commissioner in 2019.')).toEqual(['PAK>INDGOV 161']);
  });
  it('unnamed gunmen and rebels act in the one state the sentence names, and so are civilians named with a place', () => {
    expect(code('Gunmen killed 30 civilians in Chad in 2024.')).toEqual(['TCDUAF>TCDCVL 180']);
    expect(code('In Chad, gunmen killed 30 civilians in 2024.')).toEqual(['TCDUAF>TCDCVL 180']);
    expect(code('Suspected jihadists killed 12 Malian soldiers in 2024.').map((e) => e.split(' ')[0])).toEqual(['MLIUAF>MLIMIL']);
    // two states named: whose the gunmen are is unknown
    expect(code('Gunmen killed 30 civilians in Chad and Sudan in 2024.').filter((e) => e.includes('UAF>'))).toEqual([]);
    expect(code('Gunmen from Sudan killed 30 civilians in Chad in 2024.')).toEqual(['SDNUAF>TCDCVL 180']);
  });
  it('in a report on a pair of states, a capital\'s reaction with no target answers the other state, not its own', () => {
    const text = 'Chile - Peru Relations\n\nPeru filed a claim over the maritime border in 2008. Santiago rejected the plan. Santiago condemned the decision.';
    const events = code(text, 'Chile - Peru Relations');
    expect(events).toEqual(expect.arrayContaining(['CHLGOV>PER 127', 'CHLGOV>PER 111']));
    // so does cutting ties; a show of force does not
    const more = 'Chile - Peru Relations\n\nPeru filed a claim over the maritime border in 2008. Santiago recalled its ambassador. Santiago put its troops on alert.';
    const coded = code(more, 'Chile - Peru Relations').map((e) => e.replace(/ (\d\d)\d*( neg)?$/, ' $1'));
    expect(coded).toContain('CHLGOV>PER 16');
    expect(coded.filter((e) => e.endsWith(' 15'))).toEqual([]);
  });
  it('armed forces leaving or crossing into a place withdraw or invade; others only travel', () => {
    expect(code('The last Chilean troops left Lima in 1883.')).toEqual(['CHLMIL>PERGOV 0874']);
    expect(code('Chilean troops crossed into Peru in 1880.')).toEqual(['CHLMIL>PER 192']);
    expect(code('Thousands of refugees crossed into Peru in 2019.')).toEqual([]);
    expect(code('Chilean troops clashed with Peruvian troops in 1880, leaving 20 Peruvian soldiers dead.').filter((e) => e.endsWith('0874'))).toEqual([]);
    expect(code('From 2002 to 2004 American instructors trained Peruvian battalions.')).toEqual(['USA>PERMIL 062']);
  });
  it('what "both sides" do with no one else named, each does to the other', () => {
    const events = code('Chile and Peru quarrelled over the sea border in 2017. Both sides pulled back in late August 2017.');
    expect(events).toEqual(expect.arrayContaining(['CHL>PER 0874', 'PER>CHL 0874']));
  });
  it('"X said it ..." is X, not the subject of an earlier clause', () => {
    expect(code('Chile called on both sides to stop firing, while Bolivia said it stood fully behind Peru in 2020.')).toContain('BOL>PER 051');
  });
  it('fighting alongside someone is no attack on them; a mission wound down is not wounded', () => {
    expect(code('Chilean troops fought alongside Peruvian forces against Bolivian rebels in 2021.')).toEqual(['CHLMIL>BOLREB 190']);
    expect(code('The UN mission in Peru was wound down in 2008.')).toEqual([]);
    expect(code('Gunmen wounded three Peruvian police officers in 2020.')).toEqual(['PERUAF>PERCOP 182']);
  });
  it('"he and President X signed" counts him among the parties', () => {
    const events = code('Chilean President Gabriel Boric visited Lima in 2022. He and Peruvian President Pedro Castillo signed a declaration on trade.');
    expect(events).toEqual(expect.arrayContaining(['CHLGOV>PERGOV 057', 'PERGOV>CHLGOV 057']));
  });
  it('the actor after "what" in a free relative speaks; it is not the target', () => {
    expect(code('Chilean jets struck what Chile called a rebel camp in Peru in 2019.')).toEqual(['CHLMIL>PER 190']);
    // past the speaker and its naming verb, the object goes on
    expect(code('Chilean jets struck what the army described as Bolivian rebel depots in 2019.')).toEqual(['CHLMIL>BOLREB 190']);
  });
  it('an act after "agreed to" that may be aimed at a place takes the place as target', () => {
    expect(code('Chile agreed to close its military bases in Peru in 1999.')).toEqual(['CHL>PER 030']);
  });
  it('a city naming an accord is no party to it; a Kosovar discovered by title is coded KSV like Kosovo', () => {
    expect(code('Peru signed the Brussels Agreement in 2013.').filter((e) => e.includes('BEL'))).toEqual([]);
    const doc = run('Serbian President Aleksandar Vucic met his Kosovo counterpart Ilir Merovci in 2023.');
    expect(doc.mentions.filter((m) => m.text === 'Ilir Merovci').map((m) => m.code)).toEqual(['KSVGOV']);
  });
  it('cutting diplomatic ties needs a named other party', () => {
    expect(code('The Bolivian government recalled its ambassador in 2019.')).toEqual([]);
    expect(code('The Bolivian government recalled its ambassador from Chile in 2019.')).toEqual(['BOLGOV>CHL 161']);
  });
});
