import type { Doc, Mention } from '../model/types.js';
import { peopleOf } from './arguments.js';
import { CUE, cueAt, isActor, type SentenceView } from './sentence-view.js';
import type { Predicate } from './arguments.js';
import { VIOLENT_ROOTS } from './root-set.js';

/** Where an implied mention stands: an empty span at a token (the first source's, the predicate's). */
interface Spot {
  readonly sentence: number;
  readonly start: number;
  readonly tokenStart: number;
}

/**
 * A party the text implies but does not write: a home country, a crowd's people, a report's other
 * state. An empty span at `at`, so evidence and offsets stay those of the written words.
 */
export function impliedMention(at: Spot, actor: Pick<Mention, 'type' | 'canonical' | 'entityId' | 'code' | 'country' | 'sector'>): Mention {
  return {
    sentence: at.sentence, start: at.start, end: at.start, text: '', type: actor.type, canonical: actor.canonical,
    entityId: actor.entityId, code: actor.code, country: actor.country, org: null, sector: actor.sector, tokenStart: at.tokenStart, tokenEnd: at.tokenStart,
  };
}

/**
 * The implied target of a domestic act. "Egyptian police opened fire on demonstrators",
 * "the Sudanese government lifted the curfew", "Iraq's interim government is prepared to impose
 * martial law": the act is aimed at people the text does not name as an actor, inside the
 * source's own country. CAMEO and PLOVER code such events with the country as a whole as the
 * target (CAMEO 0831: "the target can either be the challenger(s) or the country as a whole").
 *
 * The rule applies only when nothing else can be the target: the predicate found no target,
 * every source belongs to one country, and every other mention in the sentence (actors and
 * modifiers alike: "US-led") belongs to that country too. A source that is the country itself
 * ("Sudan lifted the curfew") gets nothing: a state acting on itself is no interaction.
 */
export function homeTarget(v: SentenceView, sources: readonly Mention[], all: readonly Mention[]): Mention | null {
  const country = sources[0]?.country;
  if (!country) return null;
  for (const s of sources) if (s.country !== country || isState(s)) return null;
  let named: Mention | null = null;
  for (const m of all) {
    // uncoded names and actors of unknown country ("---GOV") say nothing about other parties
    if (m.code === '' || m.code.startsWith('---') || sources.includes(m)) continue;
    // another state, or an organisation without one (the UN, NATO), is another party
    if (m.country !== country) return null;
    if (isState(m) && !m.modifier) named ??= m;
  }
  if (named) return named;
  return stateMention(v, sources[0], country, country);
}

/** The state `country` (CAMEO `code`) as an implied mention at `at`, named as the document names it. */
export function stateMention(v: SentenceView, at: Spot, country: string, code: string): Mention {
  const name = countryNames(v.doc).get(country) ?? country;
  return impliedMention(at, { type: 'country', canonical: name, entityId: country, code, country, sector: null });
}

/**
 * The state itself: a country, or a capital or city standing for it, with no sector of its own;
 * not its people ("Algerians", "Palestinian" in "Palestinian bombers").
 */
const isState = (m: Mention): boolean => (m.type === 'country' || m.type === 'city') && !m.sector && !peopleOf(m);

/**
 * The one country a sentence is about: every coded mention (modifiers included) belongs to it.
 * Null when two countries, or an organisation without a state (the UN), appear, or none does.
 */
export function soleCountry(v: SentenceView): string | null {
  let country: string | null = null;
  for (const m of v.allMentions) {
    if (m.code === '' || m.code.startsWith('---')) continue;
    if (!m.country || (country && m.country !== country)) return null;
    country = m.country;
  }
  return country;
}

/**
 * A person or organisation whose country the actor stage left open ("---GOV": "President Omar
 * El Bashir"; "---BUS": "the Tehran Bus Company") acting or acted on in a sentence about one
 * country only ("... the curfew imposed in Sudan", "Iranian authorities pressured workers of
 * ...") is taken to be of that country. Not applied to meetings and visits (root 04), where
 * the party is as likely a foreign guest.
 */
export function localized(v: SentenceView, m: Mention, root: string): Mention {
  if ((m.type !== 'person' && m.type !== 'organization') || !m.code.startsWith('---') || root === '04') return m;
  const country = soleCountry(v);
  return country ? { ...m, code: country + m.code.slice(3), country } : m;
}

/** Names of the countries a document mentions, by entity id, built once per document. */
const NAMES = new WeakMap<Doc, Map<string, string>>();
function countryNames(doc: Doc): Map<string, string> {
  let names = NAMES.get(doc);
  if (!names) {
    names = new Map();
    for (const m of doc.mentions) if (m.type === 'country' && m.country && m.entityId === m.country) names.set(m.country, m.canonical);
    NAMES.set(doc, names);
  }
  return names;
}

/** Acts only a state's authorities perform on people: investigate (09), sue, convict (115, 116), arrest, deport (173, 174), expel (161, 166). */
const LEGAL_ACT = /^(09|115|116|173|174|161|166)/;

/**
 * The party a passive act with no agent named is coded to, from where it happened:
 * "A Dutch national was arrested in Kenya", "... put under investigation in Italy" (the state's
 * authorities act); "ten soldiers were killed in Ukraine", "a journalist was killed in a car bomb
 * in Beirut" (violence of unknown hand is coded to the state where it happens, as CAMEO and
 * PLOVER coders do). The place must be a state, or a city or region of one; not its people.
 */
export function placeAuthority(code: string, location: readonly Mention[]): Mention | null {
  if (!LEGAL_ACT.test(code) && !VIOLENT_ROOTS.test(code)) return null;
  const m = location[0];
  // a demonym is a place here ("in the Iraqi city of Basra", "in Israeli custody"); a plural is people
  if (m === undefined || m.country === null || (m.text !== m.canonical && /[a-z]s$/.test(m.text))) return null;
  if (m.type !== 'country' && m.type !== 'city' && m.type !== 'region') return null;
  return m.code === m.country ? m : { ...m, code: m.country, sector: null };
}

/** Words for an unnamed crowd as a clause's subject ("thousands marched", "students rallied"). */
/** Whether words for people (a crowd, protesters, students ...) stand within a few words after `from`. */
export function peopleAfter(v: SentenceView, from: number): boolean {
  for (let i = from; i < v.te && i < from + 6; i++) {
    const n = v.tokens[i].norm;
    if (n === ',' || n === ';' || n === '.') return false;
    if (CROWD.has(n) || PEOPLE.has(n)) return true;
  }
  return false;
}

/** Other nouns for people a state may act on at home. */
const PEOPLE = new Set(['opposition', 'journalists', 'critics', 'dissidents', 'rebels', 'militants', 'insurgents', 'protest', 'protests', 'strikes',
  'demonstrations', 'rally', 'rallies', 'officials', 'police', 'army', 'judges', 'lawmakers', 'parliament', 'media', 'newspapers', 'party', 'parties']);

const CROWD = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'crowds', 'people', 'protesters', 'protestors', 'demonstrators',
  'marchers', 'students', 'residents', 'activists', 'workers', 'supporters', 'citizens', 'villagers', 'youths', 'women',
  'farmers', 'miners', 'strikers', 'fundamentalists', 'islamists', 'refugees', 'pensioners', 'teachers', 'doctors', 'nurses', 'drivers']);

/** Sectors of a state's own rulers: a crowd protesting against them is of that state. */
const RULERS = new Set(['GOV', 'COP', 'MIL', 'JUD', 'LEG']);

/**
 * The source of a protest by an unnamed crowd with no place named, aimed at one state's rulers:
 * that state's people. "Students marched to demand the resignation of the Bangladeshi prime
 * minister" -> BGDCVL, as PLOVER codes such protests (the country on both sides).
 */
export function crowdAgainst(v: SentenceView, p: Predicate, targets: readonly Mention[]): Mention | null {
  const t = targets[0];
  if (t === undefined || !t.country || !(t.type === 'person' || RULERS.has(t.sector ?? ''))) return null;
  for (const x of targets) if (x.country !== t.country) return null;
  if (p.pattern.kind === 'v' && !crowdBefore(v, p.head)) return null;
  const code = t.country + 'CVL';
  const at = { sentence: t.sentence, start: v.tokens[p.start].start, tokenStart: p.start };
  return impliedMention(at, { type: 'group', canonical: `people of ${t.country}`, entityId: code, code, country: t.country, sector: 'CVL' });
}

/**
 * The source of a protest (root 14) whose text names no actor as protester: the people of the
 * place it happened in. "Thousands marched in Tbilisi against ..." -> GEOCVL, as the actor stage
 * codes "protesters in Tbilisi". A verb needs a crowd word before it ("thousands", "students");
 * a protest noun is one by itself. Null when no state, city or region stands after "in".
 */
export function crowdSource(v: SentenceView, p: Predicate): Mention | null {
  if (p.pattern.kind === 'v' && !crowdBefore(v, p.head)) return null;
  for (const m of v.mentions) {
    if (!isActor(m) || m.country === null || peopleOf(m) || (m.type !== 'country' && m.type !== 'city' && m.type !== 'region')) continue;
    let i = m.tokenStart - 1;
    if (v.tokens[i]?.norm === 'the') i--;
    if (i < v.ts || v.tokens[i].norm !== 'in') continue;
    const code = m.country + 'CVL';
    return impliedMention(m, { type: 'group', canonical: `people of ${m.canonical}`, entityId: code, code, country: m.country, sector: 'CVL' });
  }
  return null;
}

/** A crowd word in the clause before `start` (a few words back: "tens of thousands of people"). */
function crowdBefore(v: SentenceView, start: number): boolean {
  for (let i = start - 1; i >= v.ts && i >= start - 6; i--) {
    if (CROWD.has(v.tokens[i].norm)) return true;
    if (v.tokens[i].shape === 'punct' || cueAt(v, i, CUE.boundary)) return false;
  }
  return false;
}
