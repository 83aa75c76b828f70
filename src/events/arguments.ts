import type { Doc, Mention } from '../model/types.js';
import type { EventPattern } from './event-dictionary.js';
import { RootSet } from './root-set.js';
import { CUE, cueAt, endsEd, endsIng, eventNounEndAt, FORM, formAt, isActor, mentionOf, normAt, type SentenceView, startsUpper, verbHeadAt, wordIn, WordSet } from './sentence-view.js';

/**
 * Source and target without a parser: clause structure read off token order, cue words and
 * actor mentions. Each finder returns mentions in text order; coordination ("A, B and C")
 * expands one mention into the list it belongs to.
 */

/** A dictionary match placed in a sentence. */
export interface Predicate {
  readonly pattern: EventPattern;
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

export interface Arguments {
  readonly sources: readonly Mention[];
  readonly targets: readonly Mention[];
  /** How the source was found; weaker routes lower the confidence. */
  readonly via: 'subject' | 'agent' | 'possessor' | 'oblique' | 'pronoun' | 'inherited' | 'participants' | 'none';
  /** The target came from a "with" phrase (mutual events run both ways). */
  readonly withTarget: boolean;
  readonly passive: boolean;
  /** The target is implied, not named: the source's own country (src/events/home-target.ts). */
  readonly implied?: boolean;
}

/** State carried between predicates of a sentence and between sentences. */
export interface ArgContext {
  /** Subject and targets of the previous main-clause predicate in this sentence (for elided subjects). */
  prevSubject: readonly Mention[] | null;
  prevTargets: readonly Mention[] | null;
  /** Source of the previous nominal event (for "X's A and subsequent B"). */
  prevNominal: { end: number; sources: readonly Mention[] } | null;
  /** The last actor a clause was about, for "it"/"they" in a later sentence. */
  topic: Mention | null;
  /** The sentence `topic` was taken from. */
  topicSentence: number;
  /** The state of the last actor named in an earlier sentence (country, CAMEO code, sentence), for "the country", "the new state". */
  lastState?: { country: string; code: string; sentence: number } | null;
  /** All of that clause's sources when they were two or more ("Iran and Saudi Arabia"), for a sentence-initial "they". */
  topicGroup?: readonly Mention[] | null;
  /** The sentence `topicGroup` was taken from. */
  groupSentence?: number;
  /** The person the last sentence naming one was about (its first person not after a preposition), for "he"/"she". */
  person: Mention | null;
  /** Token index just past the previous verbal predicate of this sentence (-1: none). */
  prevVerbEnd?: number;
  /** The parties of the document's last meeting, visit and agreement, for "criticised the meeting" in a later clause. */
  recalled?: Recalled;
}

/** Parties of the last act of each kind a definite noun can refer back to ("the talks", "the visit", "the deal"). */
export interface Recalled {
  meeting: readonly Mention[] | null;
  visit: readonly Mention[] | null;
  deal: readonly Mention[] | null;
}

const CONNECTORS = new WordSet(['and', 'or', 'nor', '&', ',']);

/**
 * Walks from token i over a connector (",", "and", ", and", "or") and determiners to the
 * next mention in direction `step`; returns it and whether "and"/"or" was crossed.
 */
function nextInList(v: SentenceView, i: number, step: 1 | -1): { m: Mention | undefined; and: boolean; also: boolean; commaAnd: boolean } {
  let and = false, comma = false, n = 0, asWellAs = false;
  // titles and an adjacent demonym belong to the name ("and Bulgarian President Todor Zhivkov")
  while (step < 0 && i > v.ts && startsUpper(v.tokens[i].text) && !wordIn(v, i, CONNECTORS)) i--;
  // "and the largest EU members" read backwards from the item: its adjectives first
  for (let a = 0; step < 0 && a < 2 && listAdjectiveAt(v, i); a++) i--;
  // "and his Angolan counterpart", "and its Australian counterpart": a possessive opens the item
  while (normAt(v, i) === 'the' || (step < 0 && (countAt(v, i) || wordIn(v, i, POSSESSIVE)))) i += step;
  for (;;) {
    if (wordIn(v, i, CONNECTORS) && n < 2) {
      if (normAt(v, i) !== ',') and = true;
      else comma = true;
      i += step;
      n++;
    } else if (n < 2 && normAt(v, i) === 'as' && normAt(v, i + step) === 'well' && normAt(v, i + 2 * step) === 'as') {
      // "Russia and China, as well as five EU states, refused": "as well as" joins like "and"
      asWellAs = true;
      i += 3 * step;
      n++;
    } else break;
  }
  if (n === 0) return { m: undefined, and, also: false, commaAnd: false };
  while (normAt(v, i) === 'the' || (step > 0 && (countAt(v, i) || wordIn(v, i, POSSESSIVE)))) i += step;
  // "and the largest EU members": an adjective or two before the next item
  for (let a = 0; step > 0 && a < 2 && listAdjectiveAt(v, i) && (mentionOf(v, i + 1) || listAdjectiveAt(v, i + 1)); a++) i++;
  // and forwards, a demonym before titles leads to the name ("and Kenyan President Uhuru Kenyatta")
  const m = step > 0 ? titledOrSelf(v, mentionOf(v, i)) : mentionOf(v, i);
  // (", as well as" is no clause-joining ", and")
  return { m: m && isActor(m) ? m : undefined, and, also: asWellAs, commaAnd: and && comma };
}

/** Adjectives that may open a list item ("and the largest EU members", "and other Gulf states"). */
const LIST_ADJECTIVES = new WordSet(['largest', 'biggest', 'main', 'major', 'key', 'leading', 'other', 'western', 'eastern', 'northern', 'southern',
  'neighbouring', 'neighboring', 'fellow', 'several', 'most', 'many', 'some', 'big', 'powerful', 'wealthy', 'smaller', 'larger']);
const listAdjectiveAt = (v: SentenceView, i: number): boolean => i >= v.ts && i < v.te && wordIn(v, i, LIST_ADJECTIVES);

/** A count before a list item ("five EU member states", "two Gulf states"). */
const countAt = (v: SentenceView, i: number): boolean => v.tokens[i]?.shape === 'number' || wordIn(v, i, LIST_COUNTS);
const LIST_COUNTS = new WordSet(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'most', 'other']);

const titledOrSelf = (v: SentenceView, m: Mention | undefined): Mention | undefined => (m === undefined ? m : titledName(v, m));

/** The mention list a mention belongs to ("Azerbaijan, Russia and Kazakhstan"); a lone mention unless "and"/"or" joins it. */
export function coordinated(v: SentenceView, m: Mention): Mention[] {
  // "the two countries" stand for their pair, which may be one item of a longer list ("the two countries and Kazakhstan")
  const own = m.group ? members(v, m) : null;
  const list = own ? [...own] : [m];
  let items = 1; // a pair ("the two countries") is one item of the list
  let sawAnd = false;
  let sawAlso = false; // "as well as": a list join that leaves room for one "and"
  let commaAnd = false;
  let front = -2; // the opening phrase's comma, looked for only when the list grows backwards
  for (let cur = m, k = 0; k < 8; k++) {
    const { m: prev, and, also, commaAnd: ca } = nextInList(v, cur.tokenStart - 1, -1);
    // a list has one "and": a second one joins clauses ("join NATO and the EU, and Moscow keeps ...")
    if (!prev || list.includes(prev) || (and && sawAnd)) break;
    if (and && newClause(v, prev, cur)) break;
    // "met Gul in Kiev and the two leaders signed": a place after a preposition is no partner of a pair
    if (cur.group && inPrepPhrase(v, prev)) break;
    // "After talks in Lima, Chile and Peru signed ...": the opening phrase's comma ends no list item
    if (front === -2) front = frontedEnd(v);
    if (prev.tokenEnd <= front && cur.tokenStart > front) break;
    sawAnd ||= and;
    sawAlso ||= also;
    commaAnd ||= ca;
    cur = prev;
    if (prev.group) list.unshift(...members(v, prev));
    else list.unshift(prev);
    items++;
  }
  for (let cur = m, k = 0; k < 8; k++) {
    const { m: next, and, also, commaAnd: ca } = nextInList(v, cur.tokenEnd, 1);
    if (!next || list.includes(next) || (and && sawAnd)) break;
    if (and && newClause(v, cur, next)) break;
    sawAnd ||= and;
    sawAlso ||= also;
    commaAnd ||= ca;
    cur = next;
    if (next.group) list.push(...members(v, next));
    else list.push(next);
    items++;
  }
  // "A, and B" joins two clauses ("Iran has not recognized Israel, and Israeli ministers refused"); "A, B, and C" is a list
  if (commaAnd && items === 2) return own ?? [m];
  return sawAnd || sawAlso ? withoutHolders(v, list) : (own ?? [m]);
}

/** "his Angolan counterpart, Tete Antonio, signed": a name right after a role and its comma is the role's holder, no item of its own. */
function withoutHolders(v: SentenceView, list: Mention[]): Mention[] {
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1], b = list[k];
    if (b.type === 'person' && a.type === 'group' && a.code === b.code && b.tokenStart === a.tokenEnd + 1 && normAt(v, a.tokenEnd) === ',') {
      return withoutHolders(v, [...list.slice(0, k), ...list.slice(k + 1)]);
    }
  }
  return list;
}

/** Every mention of the pair `m` belongs to ("the two countries"). */
function members(v: SentenceView, m: Mention): Mention[] {
  return v.mentions.filter((x) => x.group === m.group);
}

/**
 * "Israeli jets bombed Gaza and Russian drones attacked Kharkiv", "revoked the status of Kashmir
 * and Pakistan expelled ...": `later` is the subject of a verb right after it, and `earlier` an
 * object or prepositional object of a verb before it, so "and" joins two clauses, not two parties.
 * A report verb's clause ("said Chile and Peru signed") and "between A and B" stay lists.
 */
function newClause(v: SentenceView, earlier: Mention, later: Mention): boolean {
  if (!verbHeadAt(v, later.tokenEnd)) return false;
  let i = earlier.tokenStart - 1;
  while (i > v.ts && cueAt(v, i, CUE.determiner)) i--;
  if (BETWEEN.has(normAt(v, i))) return false;
  for (let k = i; k >= v.ts && k > i - 10; k--) {
    const n = normAt(v, k);
    if (n === ',' || n === ';' || n === ':' || cueAt(v, k, CUE.reportVerb) || (cueAt(v, k, CUE.boundary) && !cueAt(v, k, CUE.preposition))) return false;
    if (verbHeadAt(v, k) || (endsEd(n) && !cueAt(v, k - 1, CUE.determiner))) return true;
  }
  return false;
}
const BETWEEN = new Set(['between', 'among', 'amongst']);

/** Given the comma that closes ", who/which ... ,", the index before its opening comma; else `close`. */
export function relativeClauseStart(v: SentenceView, close: number): number {
  for (let k = close - 1; k > v.ts && k >= close - 25; k--) {
    if (normAt(v, k) !== ',') continue;
    // (", backed by Russia and China," describes the subject too)
    const describes = (cueAt(v, k + 1, CUE.relative) && normAt(v, k + 1) !== 'that') || (endsEd(normAt(v, k + 1)) && normAt(v, k + 2) === 'by' && !!mentionOf(v, k - 1));
    return describes ? k - 1 : close;
  }
  return close;
}

/**
 * The index of the "by" that opens a chain of gerunds ending at `start` ("by cutting air links
 * and deporting"), with a verb before it; else -1. Stops at clause punctuation.
 */
function byPhraseStart(v: SentenceView, start: number): number {
  for (let i = start - 1; i > v.ts && i >= start - 12; i--) {
    const n = normAt(v, i);
    if (n === ';' || n === ':' || n === '.') return -1;
    if (n === 'by') {
      const next = normAt(v, i + 1);
      const before = v.tokens[i - 1];
      return endsIng(next) && before.shape === 'word' && !mentionOf(v, i - 1) ? i : -1;
    }
  }
  return -1;
}

/** Words that open a fronted phrase besides the prepositions and subordinators of the cue lists. */
const OPENERS = new Set(['following', 'despite', 'amid', 'amidst', 'unlike', 'like', 'besides', 'notwithstanding']);

/** The index of the comma that closes a sentence's opening phrase ("Despite protests in Kiev, ..."), else -1. */
function frontedEnd(v: SentenceView): number {
  const first = v.tokens[v.ts];
  if (first === undefined || !(cueAt(v, v.ts, CUE.preposition | CUE.boundary) || OPENERS.has(first.norm))) return -1;
  let end = -1;
  for (let j = v.ts + 1; j < v.te; j++) {
    if (v.tokens[j].norm !== ',') continue;
    end = j;
    // "On Monday, in Geneva, ...": a second opening phrase goes on to its own comma
    if (!cueAt(v, j + 1, CUE.preposition) || normAt(v, j + 1) === 'of') return end;
  }
  return end;
}

/** True when the mention sits in a prepositional phrase ("in Baku", "of the Senate"). */
export function inPrepPhrase(v: SentenceView, m: Mention): boolean {
  let i = m.tokenStart - 1;
  // determiners and capitalised title words ("with President Medvedev") sit between
  while (i > v.ts && (cueAt(v, i, CUE.determiner) || startsUpper(v.tokens[i].text))) i--;
  return cueAt(v, i, CUE.preposition);
}

/** The index just before the predicate once auxiliaries, adverbs and negation are skipped. */
export function skipAux(v: SentenceView, i: number): number {
  while (i >= v.ts && cueAt(v, i, CUE.aux | CUE.be)) i--;
  return i;
}

/** True for a passive predicate: a participle after a form of "be" ("was raised by"). */
export function isPassive(v: SentenceView, p: Predicate, participles: ReadonlySet<string>): boolean {
  if (p.pattern.kind !== 'v' || !formAt(v, p.head, participles, FORM.participle)) return false;
  if (reducedPassive(v, p)) return true;
  for (let i = p.head - 1; i >= v.ts && i >= p.head - 4; i--) {
    const n = normAt(v, i);
    if (cueAt(v, i, CUE.be)) return true;
    if (!cueAt(v, i, CUE.aux)) return false;
  }
  return false;
}

/**
 * "a summit hosted by President Lula", "troops backed by Moscow": a bare participle after a
 * noun with a `by` actor right after it is passive ("responded by cutting gas" is not: no actor).
 */
function agentAfter(v: SentenceView, p: Predicate): boolean {
  if (p.head !== p.end - 1 || normAt(v, p.end) !== 'by') return false;
  // after a word ("a summit hosted by Chile"), or after a comma ("talks in Geneva, mediated by the EU")
  if (cueAt(v, p.start - 1, CUE.aux | CUE.be | CUE.pronoun) || (v.tokens[p.start - 1]?.shape !== 'word' && normAt(v, p.start - 1) !== ',')) return false;
  let i = p.end + 1;
  while (i < v.te && (cueAt(v, i, CUE.determiner) || (startsUpper(v.tokens[i].text) && !mentionOf(v, i)))) i++;
  const m = mentionOf(v, i);
  return m !== null && m !== undefined && isActor(m);
}

/** Violent and coercive acts take an object; with none after them, a bare participle is passive ("a member jailed last year"). */
const PATIENT_ROOTS = new RootSet(['17', '18', '20']);

/** Participles of verbs that always take an object, whatever their code ("soldiers killed in Ukraine"). */
const TRANSITIVE_PARTICIPLES = new Set(['killed', 'wounded', 'injured']);

function reducedPassive(v: SentenceView, p: Predicate): boolean {
  if (agentAfter(v, p)) return true;
  // ("a report released in The Hague": right after a determiner and a common noun, a bare participle describes the noun)
  const afterNoun = cueAt(v, p.start - 2, CUE.determiner) && v.tokens[p.start - 1]?.shape === 'word' && !startsUpper(v.tokens[p.start - 1].text) && !mentionOf(v, p.start - 1);
  if (!(PATIENT_ROOTS.test(p.pattern.code) || TRANSITIVE_PARTICIPLES.has(normAt(v, p.head)) || afterNoun) || p.head !== p.end - 1) return false;
  const prev = normAt(v, p.start - 1);
  if (cueAt(v, p.start - 1, CUE.aux | CUE.be | CUE.pronoun) || prev === '') return false;
  const next = normAt(v, p.end);
  const shape = v.tokens[p.end]?.shape;
  return next === '' || shape === 'punct' || (cueAt(v, p.end, CUE.preposition) && !cueAt(v, p.end, CUE.determiner) && !quantifierAt(v, p.end));
}

/** "at least 12", "at most five", "up to 30": a number's qualifier, not a preposition. */
function quantifierAt(v: SentenceView, j: number): boolean {
  const n = normAt(v, j);
  const next = normAt(v, j + 1);
  return (n === 'at' && (next === 'least' || next === 'most')) || (n === 'up' && next === 'to' && v.tokens[j + 2]?.shape === 'number');
}

/** Verbs whose object does what the infinitive after it says ("urged Chile to sign"). */
// Stems of their "-ed" forms: only a past tense ending in "-ed" is taken as the verb (purposeVerbEnd).
const OBJECT_CONTROL = /^(?:urg|ask|order|forc|invit|allow|permit|persuad|encourag|press|push|want|call|help|enabl|requir|compel|instruct|authori[sz]|advis|warn|expect|prompt|convinc|pressur|remind|appeal|empower|oblig|mandat)/;

/**
 * When the actor ending at token `at` is the object of a verb right before it (past tense, not
 * one of OBJECT_CONTROL), the index of that verb; else -1.
 */
function purposeVerbEnd(v: SentenceView, at: number): number {
  const obj = mentionOf(v, at);
  if (obj === undefined || !isActor(obj)) return -1;
  let k = obj.tokenStart - 1;
  while (k > v.ts && cueAt(v, k, CUE.determiner)) k--;
  const n = normAt(v, k);
  if (k <= v.ts || !endsEd(n) || mentionOf(v, k) !== undefined || OBJECT_CONTROL.test(n)) return -1;
  return k;
}

/** Resolves "it"/"they" at token i: the nearest earlier subject-like mention, else the topic. */
function resolvePronoun(v: SentenceView, i: number, ctx: ArgContext): Mention | null {
  // "..., while Turkey said it stood behind Azerbaijan": the speaker right before is meant
  const said = normAt(v, i - 1) === 'that' ? i - 2 : i - 1;
  if (cueAt(v, said, CUE.reportVerb)) {
    const speaker = mentionOf(v, said - 1);
    if (speaker && isActor(speaker) && !inPrepPhrase(v, speaker)) return speaker;
  }
  if (ctx.prevSubject?.length === 1) return ctx.prevSubject[0];
  // the sentence's first subject-like actor: "Baku backed European plans, yet it signed ..."
  for (let j = v.ts; j < i; j++) {
    const m = mentionOf(v, j);
    if (m && isActor(m) && !inPrepPhrase(v, m) && !demonymLike(m)) return m;
  }
  // across sentences only "he"/"she"/"his"/"her", and only to a person: "it"/"they" are too often about a non-actor
  const n = normAt(v, i);
  // "Azerbaijan joined GUAM in 1997. It also declined ...": a sentence-initial "it" right after a
  // sentence whose coded act had a state or body as its subject
  if (n === 'it' && i === v.ts && ctx.topic !== null && ctx.topic.type !== 'person' && ctx.topicSentence === v.index - 1) return ctx.topic;
  const personal = n === 'he' || n === 'she' || n === 'his' || n === 'her';
  if (!personal) return null;
  return ctx.person ?? (ctx.topic?.type === 'person' ? ctx.topic : null);
}

/**
 * "Iran and Saudi Arabia restored ties in 2023. They have since exchanged ambassadors": a
 * sentence-initial "they" right after a sentence whose coded act had two or more actors as its
 * subject stands for all of them (like "it" for one state, see resolvePronoun).
 */
function groupPronoun(v: SentenceView, i: number, ctx: ArgContext): readonly Mention[] | null {
  if (i !== v.ts || !ctx.topicGroup || ctx.groupSentence !== v.index - 1 || normAt(v, i) !== 'they') return null;
  return ctx.topicGroup;
}

/**
 * Whether sentence s, naming no actor, opens with a pronoun that stands for one: "they" for the
 * last sentence's actors (see groupPronoun), "it" for its subject state or body, "he"/"she" for
 * the person last written about (see resolvePronoun). Such a sentence is worth coding.
 */
export function pronounOpens(doc: Doc, s: number, ctx: ArgContext): boolean {
  const n = doc.tokens[doc.sentences[s].tokenStart]?.norm;
  if (n === 'they') return ctx.groupSentence === s - 1 && ctx.topicGroup != null;
  if (n === 'it') return ctx.topicSentence === s - 1 && ctx.topic !== null && ctx.topic.type !== 'person';
  if (n === 'he' || n === 'she') return ctx.person !== null;
  return false;
}

/** "Chile, a close Peruvian partner in trade, has refused": the actor before an apposition ending at i. */
function apposition(v: SentenceView, i: number): Mention | null {
  if (normAt(v, i) !== ',') return null;
  for (let k = i - 1; k > v.ts && k >= i - 14; k--) {
    const n = normAt(v, k);
    if (n === ',') {
      const m = mentionOf(v, k - 1);
      const opener = normAt(v, k + 1);
      if (!m || !isActor(m) || !(opener === 'a' || opener === 'an' || opener === 'the')) return null;
      // "Kenzo Oshima, the United Nations relief coordinator, demanded": the role named acts, not the person's state
      if (m.type === 'person') for (let j = k + 2; j < i; j++) {
        const role = mentionOf(v, j);
        if (role && isActor(role) && role.code.startsWith('IGO')) return role;
      }
      return m;
    }
    if (v.tokens[k].shape === 'punct' || cueAt(v, k, CUE.boundary)) return null;
  }
  return null;
}

/** The first actor of the clause ending at `end` that is not in a prepositional phrase. */
function clauseSubject(v: SentenceView, end: number): Mention | null {
  let start = end;
  while (start > v.ts && !(cueAt(v, start - 1, CUE.boundary) && normAt(v, start - 1) !== 'as')) start--;
  for (let j = start; j < end; j++) {
    const m = mentionOf(v, j);
    if (m && isActor(m) && !inPrepPhrase(v, m)) return m;
  }
  return null;
}

/** The subject of a verbal predicate: scan left to the clause boundary. */
export function findSubject(v: SentenceView, p: Predicate, ctx: ArgContext): { mentions: Mention[]; via: Arguments['via']; at: number } {
  const i = skipAux(v, p.start - 1);
  const before = normAt(v, i);
  // "summoned Guyana's ambassador to protest ...": an infinitive of purpose after a verb's object
  // is the act of that verb's subject; after "urged/asked/told ... to" the object is the doer
  if (normAt(v, p.start - 1) === 'to') {
    const purposeOf = purposeVerbEnd(v, p.start - 2);
    if (purposeOf >= 0) {
      const outer = findSubject(v, { ...p, start: purposeOf, head: purposeOf, end: purposeOf + 1 }, ctx);
      if (outer.mentions.length) return outer;
    }
  }
  if (cueAt(v, i, CUE.relative)) {
    let j = i - 1;
    if (normAt(v, j) === ',') j--;
    const ante = mentionOf(v, j);
    // a relative right before the verb is its subject ("the group that has seized"): no actor antecedent, no subject,
    // unless the antecedent is an event ("an attack that killed"), whose agent is the clause's subject
    if (ante && isActor(ante)) return { mentions: coordinated(v, ante), via: 'subject', at: ante.tokenStart };
    if (ctx.prevSubject && eventNounEndAt(v, j + 1)) return { mentions: [...ctx.prevSubject], via: 'inherited', at: i };
    return { mentions: [], via: 'none', at: p.start };
  }
  const gerund = endsIng(v.tokens[p.head].norm);
  // "Russia answered by cutting links and deporting citizens": a gerund of a by-phrase acts for
  // the subject of the verb before "by"
  const by = gerund ? byPhraseStart(v, p.start) : -1;
  if (by > v.ts + 1) {
    const outer = findSubject(v, { ...p, start: by - 1, head: by - 1 }, { ...ctx, prevSubject: null });
    if (outer.mentions.length) return outer;
  }
  // "accused soldiers of a Russian regiment of helping": the gerund's subject is the nearest actor
  if (gerund && normAt(v, p.start - 1) === 'of') {
    for (let j = p.start - 2; j >= v.ts && j >= p.start - 10; j--) {
      const m = mentionOf(v, j);
      if (m && isActor(m)) return { mentions: coordinated(v, m), via: 'subject', at: m.tokenStart };
      if (v.tokens[j].shape === 'punct' || cueAt(v, j, CUE.boundary)) break;
    }
  }
  // "X struck Y, then warned Z": "then" after a comma joins a verb to the one before, like "and"
  const joined = before === 'and' || before === 'or' || before === 'but' || (before === ',' && normAt(v, i + 1) === 'then');
  // "summoned the Ghanaian envoy, lodged a protest and recalled ...": a past verb right after the
  // comma of a list of verbs shares the list's subject (the object before the comma is not it)
  const listed = before === ',' && i + 1 === p.start && endsEd(v.tokens[p.head].norm) && normAt(v, p.end) !== 'by'
    && ctx.prevVerbEnd !== undefined && ctx.prevVerbEnd >= 0 && ctx.prevVerbEnd <= i;
  if (ctx.prevSubject && (joined || (before === ',' && gerund) || listed)) {
    return { mentions: [...ctx.prevSubject], via: 'inherited', at: i };
  }
  // "X sought ..., and declined ...": the shared subject is the clause's first actor, not the
  // nearest one (which is the object of a verb the dictionary does not know)
  if (joined && normAt(v, i - 1) === ',') {
    const first = clauseSubject(v, i - 1);
    return first ? { mentions: coordinated(v, first), via: 'inherited', at: first.tokenStart } : { mentions: [], via: 'none', at: p.start };
  }
  // "a blast injured three Kenyan students and damaged a bus": an actor after the previous
  // verb is that verb's object; with no subject to share, the coordinated verb has none either
  if (joined && !ctx.prevSubject && ctx.prevVerbEnd !== undefined && ctx.prevVerbEnd >= 0) {
    for (let j = i - 1; j >= ctx.prevVerbEnd; j--) {
      const m = mentionOf(v, j);
      if (m && isActor(m)) return { mentions: [], via: 'none', at: p.start };
    }
  }
  // "The United States reported a Serbian build-up and urged Belgrade to ...": with no coded verb
  // before, the subject "and" shares is the clause's first actor when a past verb follows it
  if (joined && !ctx.prevSubject && endsEd(v.tokens[p.head].norm)) {
    const first = clauseSubject(v, i);
    // (a report verb only with an object, not a clause: "reported a build-up", not "said Ukraine attacked")
    const verb = first ? first.tokenEnd : -1;
    if (first && verb < i && endsEd(normAt(v, verb)) && (!cueAt(v, verb, CUE.reportVerb) || cueAt(v, verb + 1, CUE.determiner))) {
      return { mentions: coordinated(v, first), via: 'inherited', at: first.tokenStart };
    }
  }
  const appos = apposition(v, i);
  if (appos) return { mentions: coordinated(v, appos), via: 'subject', at: appos.tokenStart };
  // "A Chinese balloon that drifted over the United States was shot down": a relative clause
  // between the subject and its verb; the subject is the actor before it, not one inside it
  const head = relativeHead(v, i);
  if (head) return { mentions: coordinated(v, head), via: 'subject', at: head.tokenStart };
  let fallback: Mention | null = null;
  // "At the Bucharest summit the alliance declined": a subject that names no actor; an actor in a
  // prepositional phrase before it is not the subject
  const nounSubject = definiteNounAt(v, i);
  for (let j = i; j >= v.ts; j--) {
    // "The minister, who met Iranian officials in Tehran, praised Oman": the clause between
    // commas describes the subject; its actors are not the subject
    if (j === i && normAt(v, j) === ',') j = relativeClauseStart(v, j);
    const n = normAt(v, j);
    const m = mentionOf(v, j);
    if (m) {
      if (isActor(m)) {
        if (!inPrepPhrase(v, m)) return { mentions: withPronounPartner(v, coordinated(v, m), ctx), via: 'subject', at: m.tokenStart };
        if (!nounSubject) fallback ??= m;
      }
      j = m.tokenStart;
      continue;
    }
    // "said that its troops had crossed": a possessive before the subject noun is resolved like "it"
    if ((cueAt(v, j, CUE.pronoun) || wordIn(v, j, POSSESSIVE)) && !fallback) {
      const group = groupPronoun(v, j, ctx);
      if (group) return { mentions: [...group], via: 'pronoun', at: j };
      const r = resolvePronoun(v, j, ctx);
      // "its troops": the state's armed forces
      if (r) return { mentions: [wordIn(v, j, POSSESSIVE) && wordIn(v, j + 1, OWN_FORCES) ? forcesOf(r) : r], via: 'pronoun', at: j };
    }
    if (cueAt(v, j, CUE.boundary) && !(n === 'that' && cueAt(v, j, CUE.determiner) && j === i)) break;
    // ", but officials did not rule out ...": a new clause whose subject names no actor; the
    // actors before the comma are the earlier clause's
    if (j < i && (n === 'but' || n === 'and') && normAt(v, j - 1) === ',' && !fallback) break;
  }
  return fallback ? { mentions: coordinated(v, fallback), via: 'oblique', at: fallback.tokenStart } : { mentions: [], via: 'none', at: p.start };
}

/** Texts whose content a gerund or relative clause after them states ("a resolution condemning ...", "a draft that calls for ..."). */
export const DOCUMENT = new Set(['resolution', 'resolutions', 'draft', 'drafts', 'motion', 'motions', 'bill', 'text', 'proposal', 'proposals', 'declaration', 'amendment',
  'statement', 'statements', 'communique', 'communiqué', 'letter', 'report']);

/**
 * The actor in the noun phrase right before a relative clause (no commas) that ends at `i`
 * ("Iranian drones | that crossed into Iraq | were ..."), or null. "that" after a reporting or
 * other verb opens a content clause, not a relative one ("said that", "agreed that"), and is no antecedent.
 */
function relativeHead(v: SentenceView, i: number): Mention | null {
  let r = -1;
  for (let j = i - 1; j > v.ts && j >= i - 15; j--) {
    if (v.tokens[j].shape === 'punct') return null;
    if (cueAt(v, j, CUE.relative)) {
      r = j;
      break;
    }
    if (cueAt(v, j, CUE.boundary)) return null;
  }
  if (r < 0 || v.tokens[r - 1].shape !== 'word' || DOCUMENT.has(normAt(v, r - 1)) || cueAt(v, r - 1, CUE.reportVerb | CUE.aux | CUE.be | CUE.preposition) || endsEd(normAt(v, r - 1))) return null;
  for (let j = r - 1; j >= v.ts && j >= r - 6; j--) {
    const m = mentionOf(v, j);
    if (m) return isActor(m) && !inPrepPhrase(v, m) ? m : null;
    if (v.tokens[j].shape !== 'word' || cueAt(v, j, CUE.boundary | CUE.preposition | CUE.be | CUE.aux)) return null;
  }
  return null;
}

/**
 * "he and President Isaias Afwerki signed": a personal pronoun joined by "and" before the first
 * name of a subject list is one more party, whom resolvePronoun names.
 */
function withPronounPartner(v: SentenceView, list: Mention[], ctx: ArgContext): Mention[] {
  let i = list[0].tokenStart - 1;
  while (i > v.ts && startsUpper(v.tokens[i].text)) i--; // title words: "and President ..."
  if (normAt(v, i) !== 'and' || !cueAt(v, i - 1, CUE.pronoun)) return list;
  const n = normAt(v, i - 1);
  if (n !== 'he' && n !== 'she') return list;
  const partner = resolvePronoun(v, i - 1, ctx);
  return partner && !list.includes(partner) ? [partner, ...list] : list;
}

/** "the alliance", "this ministry" ending at i, naming no actor, and not the object of a preposition ("in the end"). */
function definiteNounAt(v: SentenceView, i: number): boolean {
  const d = normAt(v, i - 1);
  if (d !== 'the' && d !== 'this' && d !== 'that') return false;
  if (v.tokens[i]?.shape !== 'word' || mentionOf(v, i) || cueAt(v, i, CUE.aux | CUE.be | CUE.pronoun | CUE.boundary | CUE.preposition)) return false;
  return !cueAt(v, i - 2, CUE.preposition);
}

/** A "by"/"from" agent right of the predicate ("was raised by Russia", "visits by Putin"). */
export function findAgent(v: SentenceView, from: number, preps: ReadonlySet<string>, limit = 8): Mention[] {
  for (let j = from; j < v.te && j < from + limit; j++) {
    const n = normAt(v, j);
    // "aid to Gaza | was seized by ...": a "by" after another verb is that verb's agent
    // (and so is a "from" after "drew": "Russia's annexation of Crimea drew sanctions from the EU")
    if (cueAt(v, j, CUE.boundary | CUE.be) || n === ',' || wordIn(v, j, DRAW)) return [];
    if (!preps.has(n)) continue;
    let k = j + 1;
    while (k < v.te && !mentionOf(v, k) && k <= j + 4 && !cueAt(v, k, CUE.preposition) && normAt(v, k) !== ',') k++;
    const m = mentionOf(v, k);
    // "by South Korean President Yoon Suk Yeol": the titled person, not the demonym before the title
    if (m && isActor(m)) return coordinated(v, titledName(v, m));
  }
  return [];
}

export interface ObjectScan {
  readonly targets: Mention[];
  readonly prep: string | null;
  readonly location: Mention[];
}

/** Nouns a city names rather than acts in ("the Paris climate agreement", "the Minsk accords", "the Astana format"). */
const AGREEMENT_NOUNS = new WordSet(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'protocol', 'format', 'process', 'conventions', 'convention', 'declaration', 'memorandum']);

/** A city that only names an agreement or format after it (at most one word between: "Paris climate agreement"). */
export function namesAgreement(v: SentenceView, m: Mention): boolean {
  if (m.type !== 'city') return false;
  return wordIn(v, m.tokenEnd, AGREEMENT_NOUNS) || wordIn(v, m.tokenEnd + 1, AGREEMENT_NOUNS);
}

/** A comma inside a list of plain lower-case nouns ("tents, blankets and water purifiers"): "and"/"or" a few plain words on. */
function listComma(v: SentenceView, j: number): boolean {
  for (let k = j + 1; k < v.te && k <= j + 4; k++) {
    const t = v.tokens[k];
    if (k > j + 1 && (t.norm === 'and' || t.norm === 'or')) return true;
    if (t.shape !== 'word' || startsUpper(t.text) || endsIng(t.norm) || mentionOf(v, k) || cueAt(v, k, CUE.boundary | CUE.relative | CUE.aux | CUE.be | CUE.pronoun | CUE.preposition | CUE.determiner)) return false;
  }
  return false;
}

/** Verbs of naming in "what X called / described as ..." */
const NAMING_VERBS = new WordSet(['called', 'calls', 'described', 'describes', 'termed', 'terms', 'labelled', 'labeled', 'dubbed', 'said', 'says', 'claimed', 'claims']);

/** Verbs of an infinitive of purpose after a meeting or visit ("met to discuss ..."); never adjectives, so "to" + one of them is no target phrase. */
const PURPOSE_VERBS = new WordSet(['discuss', 'review', 'talk', 'explore', 'address', 'coordinate', 'prepare', 'finalise', 'finalize', 'mark', 'examine', 'assess', 'consider', 'seek', 'push', 'press', 'boost', 'strengthen', 'deepen', 'expand', 'improve', 'resolve', 'ease', 'defuse', 'negotiate']);

/** Words between a verb and its "that" clause ("demanded yesterday that ..."). */
const BEFORE_THAT = new WordSet(['today', 'yesterday', 'again', 'also', 'repeatedly', 'publicly', 'instead', 'too', 'now', 'then', 'tonight']);

/** Verbs of drawing a reaction ("drew condemnation from", "sparked protests from"): they open a new clause. */
export const DRAW = new WordSet(['drew', 'draws', 'drawn', 'prompted', 'sparked', 'triggered', 'provoked', 'attracted', 'earned']);

/** Words for the sides of a conflict, named by where it is fought. */
/** Nouns for the unnamed parties to a dispute ("the warring parties", "both sides"). */
export const PARTY_WORDS: ReadonlySet<string> = new Set(['parties', 'sides', 'factions', 'belligerents', 'combatants']);

/**
 * The target right of a predicate: a direct object or the object of a target preposition
 * (to, with, against, from, on...), stopping at the clause boundary or the next predicate.
 * An "in X" phrase is kept apart as a location the caller may fall back on.
 */
export function findObject(v: SentenceView, from: number, stopAt: number, ctx: { direct: boolean; objectInside?: boolean; forTarget?: boolean }): ObjectScan {
  let prep: string | null = null;
  /** Token of `prep`, so `v.cues.targetPrep.has(prep)` is a cue bit test (cueAt(v, prepAt, CUE.targetPrep)). */
  let prepAt = -1;
  let inPlace = false;
  let complement = false;
  let location: Mention[] = [];
  // "urged the warring parties in Sudan", "both sides in the Ethiopian conflict": the place names the parties
  let parties = false;
  let speakerAt = -1;
  // targets lie within a dozen words; a place may lie a little further ("... at a mall in Kenya's capital")
  const limit = Math.min(v.te, stopAt, from + 16);
  for (let j = from; j < limit; j++) {
    const n = normAt(v, j);
    const m = mentionOf(v, j);
    if (m) {
      if (isActor(m) && j !== speakerAt && !namesAgreement(v, m)) {
        // "of" close to the predicate names its patient ("the withdrawal of Serbian forces", "released
        // the mayor of the West Bank city"); "by" inside
        // the object names the object's author ("rejected calls by Belarus")
        const targetable = j >= from + 12 ? false : prep === null ? ctx.direct || j === from || complement
          : cueAt(v, prepAt, CUE.targetPrep) || (prep === 'for' && !!ctx.forTarget) || (prep === 'of' && j <= from + 6) || (prep === 'by' && ctx.direct && (j >= from + 2 || !!ctx.objectInside));
        // "rejected calls for mediation over Kashmir": a region after over/about is what it is about
        const topic = (prep === 'over' || prep === 'about') && m.type === 'region';
        if (targetable && !topic) return { targets: coordinated(v, titledName(v, m)), prep, location };
        if (parties && inPlace && m.type !== 'person') return { targets: [m], prep, location };
        if (inPlace && location.length === 0) location = coordinated(v, m);
      }
      j = m.tokenEnd - 1;
      continue;
    }
    if (n === 'that' && j <= from + 3) {
      // "reopen border crossings that Kenya closed": after a common noun, a relative clause on the object
      if (j > from && v.tokens[j - 1].shape === 'word' && !startsUpper(v.tokens[j - 1].text) && !wordIn(v, j - 1, BEFORE_THAT)) break;
      prep = null; // complementizer: "demanded (on Friday) that Russia ...", "its demand that Israel ..."
      prepAt = -1;
      complement = true;
      continue;
    }
    if (n === 'as' && j === from) continue; // "condemned as a grave wrong Chad's ..."
    // "struck what India called a militant camp at Balakot": the actor after "what" speaks, it is not struck
    if (n === 'what') {
      speakerAt = j + 1;
      // "struck what the army described as Hezbollah depots": past the speaker and its verb, the object goes on
      for (let k = j + 1; k < limit && k <= j + 5; k++) {
        if (!wordIn(v, k, NAMING_VERBS)) continue;
        speakerAt = -1;
        j = normAt(v, k + 1) === 'as' ? k + 1 : k;
        prep = null;
        prepAt = -1;
        break;
      }
      continue;
    }
    if (j <= from + 4 && PARTY_WORDS.has(n)) parties = true;
    // "delivered tents, blankets and water purifiers to Nepal": a list of common nouns goes on past its commas
    if (n === ',' && listComma(v, j)) continue;
    if (n === ',' || n === ';' || n === ':' || (cueAt(v, j, CUE.boundary) && !cueAt(v, j, CUE.preposition)) || wordIn(v, j, DRAW)) break;
    // "met in Lome to discuss attacks spreading from the Sahel": an infinitive of purpose opens a clause of its own
    if (n === 'to' && wordIn(v, j + 1, PURPOSE_VERBS)) break;
    // "killed at least 12 civilians", "arrested up to 30 activists"
    if (quantifierAt(v, j)) {
      j++;
      continue;
    }
    if (cueAt(v, j, CUE.preposition)) {
      // "outside of" is "outside"
      if ((prep === null || !cueAt(v, prepAt, CUE.targetPrep) || n !== 'of') && !(prep === 'outside' && n === 'of')) (prep = n), (prepAt = j);
      if (n === 'in' || n === 'at' || n === 'near' || n === 'outside' || n === 'inside') inPlace = true;
    }
  }
  return { targets: [], prep, location };
}

/**
 * A demonym that opens a titled name stands for the name ("met South Korean President Yoon Suk
 * Yeol"): the person (or body) of that country after the capitalised title words, else `m`.
 */
function titledName(v: SentenceView, m: Mention): Mention {
  if (!demonymLike(m)) return m;
  for (let j = m.tokenEnd; j < v.te && j < m.tokenEnd + 4; j++) {
    const next = mentionOf(v, j);
    if (next) return isActor(next) && next.country === m.country ? next : m;
    if (!startsUpper(v.tokens[j].text)) return m;
  }
  return m;
}

export const POSSESSIVE = new WordSet(['its', 'their', 'his', 'her']);

/** Nouns for a state's armed forces after "its"/"their". */
const OWN_FORCES = new WordSet(['troops', 'forces', 'soldiers', 'army', 'military', 'navy', 'warplanes', 'jets', 'drones', 'warships']);

/** The armed forces (MIL) of a state a pronoun stands for; other actors as they are. */
function forcesOf(m: Mention): Mention {
  if (!m.country || (m.type !== 'country' && m.type !== 'city') || (m.sector !== null && m.sector !== 'GOV')) return m;
  const state = m.sector === 'GOV' ? m.code.slice(0, -3) : m.code;
  return { ...m, code: `${state}MIL`, sector: 'MIL' };
}

/** Adjectival demonym mention ("Russian support"). */
export function demonymLike(m: Mention): boolean {
  // not a surname in short ("Pashinyan", "Erdogan", "Modi" for their full names), nor a title
  // ending the same way ("Oman's sultan"): a demonym is capitalised
  return m.text !== m.canonical && m.type !== 'person' && /(an|ian|ese|ish|i|ic|ch)$/i.test(m.text) && capitalAt(m.text, m.text.lastIndexOf(' ') + 1);
}

const capitalAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return !(c >= 97 && c <= 122); // not a-z (non-ASCII letters count as capitals, as before)
};

/** A country's people rather than its state: a demonym ("Palestinian bombers") or a plural one ("Algerians"). */
export function peopleOf(m: Mention): boolean {
  // a pair mention ("the two states") stands for the states themselves, plural as it is
  return demonymLike(m) || (m.group === undefined && m.text !== m.canonical && (m.type === 'country' || m.type === 'city') && /[a-z]s$/.test(m.text) && !/s$/i.test(m.canonical));
}

/**
 * The source of an event noun: a possessor ("Russia's 2008 actions"), a demonym or country
 * name just before it ("Russian support", "US military aid"), or any actor right before it.
 */
export function findPossessor(v: SentenceView, p: Predicate, ctx?: ArgContext): Mention[] {
  let i = p.start - 1;
  if (ctx && wordIn(v, i, POSSESSIVE)) {
    // "reiterated its demand": the owner is the clause's subject
    if (ctx.prevSubject) return [...ctx.prevSubject];
    const owner = clauseSubject(v, i);
    return owner ? [owner] : [];
  }
  for (let k = 0; k < 4 && i >= v.ts; k++, i--) {
    const n = normAt(v, i);
    const m = mentionOf(v, i);
    if (m) {
      const reach = demonymLike(m) || m.type === 'country' ? 2 : 0;
      return isActor(m) && k <= reach && !verbBetween(v, i + 1, p.start) ? [m] : [];
    }
    if (n === "'s" || n === "'") {
      const owner = mentionOf(v, i - 1);
      return owner && isActor(owner) ? [owner] : [];
    }
    if (cueAt(v, i, CUE.preposition | CUE.boundary | CUE.determiner) || v.tokens[i].shape === 'punct') return [];
    if (n === 'and' || n === 'or' || n === 'but') return [];
  }
  return [];
}

/**
 * "Ghana and Togo discussed attacks on Burkina Faso": a verb between a name and an event noun
 * makes the noun its object, and the name no possessor (as it is in "US air strikes").
 */
function verbBetween(v: SentenceView, from: number, to: number): boolean {
  // "Serbia (could) face(s) sanctions from Kosovo": the one facing is acted on (see rawArguments)
  if (wordIn(v, to - 1, FACE)) return false;
  for (let i = from; i < to; i++) if (endsEd(v.tokens[i].norm) || wordIn(v, i, OBJECT_VERBS) || cueAt(v, i, CUE.aux | CUE.be)) return true;
  return false;
}

/** What one faces is done to one ("faces attacks from Georgia"). */
export const FACE = new WordSet(['face', 'faces', 'faced', 'facing']);

/** Present-tense verbs that take an event noun as object ("discusses attacks", "condemns strikes"). */
const OBJECT_VERBS = new WordSet(['discuss', 'discusses', 'debate', 'debates', 'review', 'reviews', 'address', 'addresses', 'condemn', 'condemns', 'fear', 'fears', 'denounce', 'denounces']);

/** Participants of "between A and B" / "among A, B and C" after the predicate. */
export function findParticipants(v: SentenceView, from: number): Mention[] {
  for (let j = from; j < v.te && j < from + 6; j++) {
    const n = normAt(v, j);
    if (n === 'between' || n === 'among') {
      let k = j + 1;
      while (cueAt(v, k, CUE.determiner) || normAt(v, k) === 'two') k++;
      const m = mentionOf(v, k);
      return m && isActor(m) ? coordinated(v, m) : [];
    }
    if (n === ',' || cueAt(v, j, CUE.boundary)) return [];
  }
  return [];
}
