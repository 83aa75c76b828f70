import type { Doc, DyadEvent, EventActor, Mention } from '../model/types.js';
import { type ArgContext, type Arguments, demonymLike, DRAW, namesAgreement, PARTY_WORDS, type Recalled, peopleOf, coordinated, inPrepPhrase, findAgent, findObject, findParticipants, findPossessor, findSubject, pronounOpens, isPassive, type Predicate } from './arguments.js';
import type { Codebook, CodeSpec } from './codebook.js';
import type { EventDictionary, EventPattern } from './event-dictionary.js';
import { modalityOf, polarityOf } from './modality.js';
import type { PatternTrie, TrieMatch } from './pattern-trie.js';
import { DEMAND_PATTERN, findObligations, type Obligation } from './obligations.js';
import { choosePredicates, dropGoverned, findMatches } from './predicates.js';
import { datesOf } from './event-dates.js';
import { RootSet, rootRange } from './root-set.js';
import { crowdAgainst, crowdSource, homeTarget, localized, peopleAfter, placeAuthority, stateMention } from './home-target.js';
import { dyadTarget } from './dyad-target.js';
import { accuserOf, ACCUSE, claimedOwnAct, CLAIM_RESPONSIBILITY, committed, CONDITION, contextCode, cooperative, intentCode, officialSources, reductionCode, refusalCode, THREATEN, threatening } from './recode.js';
import { CUE, cueAt, endsIng, eventNounEndAt, FORM, formAt, normAt, type Cues, indexCues, isActor, markMatch, mentionOf, resolveCues, ReusableView, type SentenceView, startsUpper, wordIn, WordSet } from './sentence-view.js';

/** The date an event takes, given its evidence span (src/time's dateForSpan). */
export type DateForSpan = (doc: Doc, sentence: number, start: number, end: number) => DyadEvent['date'];

export interface CoderOptions {
  readonly codebook: Codebook;
  readonly dictionary: EventDictionary;
  readonly dateForSpan: DateForSpan;
  /**
   * Also emit events whose text names no target (target: null). Off by default: like the
   * CAMEO coders, Dyad codes an event when it has both sides; most one-sided matches are
   * topics ("the cabinet met", "protests continued") rather than interactions.
   */
  readonly keepUntargeted?: boolean;
}

/** An event noun after one of these, with no source of its own, is the object of its clause's verb ("Obama ordered an investigation"). */
const DETERMINERS = new WordSet(['a', 'an', 'the']);
/** Index of the a/an/the that opens the noun phrase ending at `start` (a few modifiers between), or -1. */
function determinerBefore(v: SentenceView, start: number): number {
  for (let i = start - 1; i >= v.ts && i >= start - 6; i--) {
    if (wordIn(v, i, DETERMINERS)) return i; // i in the sentence: as DETERMINERS.has(v.tokens[i].norm)
    if (v.tokens[i].shape === 'punct' || cueAt(v, i, CUE.preposition | CUE.boundary) || v.mentionAt[i - v.ts]) return -1;
  }
  return -1;
}

/** `start` when a verb that takes the act on as its doer's (and its particle: "stepped up") stands right before it, else -1. */
function verbBefore(v: SentenceView, start: number): number {
  const prev = start - 1;
  if (prev <= v.ts) return -1;
  if (wordIn(v, prev, DOING_VERBS)) return start;
  const n = normAt(v, prev);
  return (n === 'up' || n === 'out') && wordIn(v, prev - 1, PHRASAL_DOING) ? start : -1;
}

/** Verbs whose subject does the act named by the bare noun after them ("intensified attacks", "resumed shelling"). */
const DOING_VERBS = new WordSet(['intensified', 'intensifies', 'escalated', 'escalates', 'launched', 'launches', 'conducted', 'conducts', 'resumed', 'resumes', 'continued', 'continues', 'staged', 'stages', 'mounted', 'mounts', 'increased', 'increases', 'began', 'begins', 'renewed', 'renews']);
const PHRASAL_DOING = new WordSet(['stepped', 'steps', 'ramped', 'ramps', 'carried', 'carries', 'stepping', 'carrying']);

/** Roots whose events happen to a place: aid to, withdrawal from, protest and force in it. */
const PLACE_ROOTS = new RootSet(['07', '08', ...rootRange(13, 19), '20']);

const HOST = '043';
const NEGOTIATE = '046';
const APPROVE = '051';
const RECOGNISE = '054';
const PROTEST_ROOT = new RootSet(['14']);
/** Between coordinated parties of a symmetric act these say where or about what, not with whom ("agreed on Kashmir"). */
const WHERE_OR_WHAT = new Set(['at', 'in', 'on', 'over', 'about']);
/** A pattern ending in one of these ("held joint drills near") names a place after it. */
const PLACE_PREPS = new Set(['near', 'around', 'off', 'in', 'at']);
/** Demands, rejections and threats: made to someone. */
const VERBAL_CONFLICT = new RootSet(['10', '12', '13']);
const VISIT = '042';

/** Aid and its withdrawal are "for" someone ("suspended military aid for Bosnia"). */
const BENEFICIARY_ROOTS = new RootSet(['07', '16']);

const AGENT_PREPS = new Set(['by']);
/** findObject's options for an event noun, and when only the place of a passive act is wanted (all three fields set: one object shape for every call). */
const NOUN_OBJECT = { direct: false, objectInside: false, forTarget: false };
const NOUN_AGENT_PREPS = new Set(['by', 'from']);
const PEOPLE_PRONOUNS = new WordSet(['them', 'him', 'her']);
const onePerson = (m: Mention): boolean => m.type === 'person';
const LAWSUIT = '115';
const NONE: readonly Mention[] = [];
/** A court or tribunal (the ICJ, a national judiciary). */
const isCourt = (m: Mention): boolean => m.sector === 'JUD' || m.code.endsWith('JUD') || /\b(court|tribunal)\b/i.test(m.canonical);
/** Nouns of leaving, yielding or cutting ties (08, 16): their "from" names what is left ("their withdrawal from ECOWAS"), so only "by" names the agent. */
const LEAVING = /^(08|16)/;

function toActor(m: Mention): EventActor {
  return { code: m.code, country: m.country, org: m.org, sector: m.sector, name: m.canonical || m.text, type: m.type, entityId: m.entityId };
}

/** One actor: the same entity, or a country and its capital (both coded as the bare state). */
const PLACE_TYPES = new Set(['country', 'city']);
const sameActor = (a: Mention, b: Mention): boolean => {
  if (a === b) return true;
  // two different entities can only be one party as two places of one state (below): most pairs
  // end here, before the demonym tests of peopleOf (regexes)
  if (a.entityId !== b.entityId && (!PLACE_TYPES.has(a.type) || !PLACE_TYPES.has(b.type))) return false;
  // "Croatia is investigating ... by Croatian extremists", "Algerians blocked roads in Algeria":
  // a demonym stands for some of the country's people, not for the state the name stands for
  if (peopleOf(a) !== peopleOf(b)) return false;
  if (a.entityId === b.entityId) return true;
  // two places of one state ("Venezuela" and its capital "Caracas", coded VENGOV) are one party
  if (!PLACE_TYPES.has(a.type) || !PLACE_TYPES.has(b.type)) return false;
  return a.code === b.code || ((a.type === 'city' || b.type === 'city') && a.country !== null && a.country === b.country);
};

/** Places and facilities can be targets ("bombed Gori") but do not act. */
const canAct = (m: Mention): boolean => m.type !== 'facility';

/** Source and target lists for one predicate, places and facilities dropped from the sources. */
function argumentsOf(v: SentenceView, p: Predicate, stopAt: number, ctx: ArgContext, participles: ReadonlySet<string>, governed: Predicate | undefined): Arguments & { subjectStart: number } {
  const args = rawArguments(v, p, stopAt, ctx, participles, governed);
  if (!args.sources.length && PROTEST_ROOT.test(p.pattern.code)) {
    // "Thousands marched in Tbilisi against ...": the crowd is the place's people; with no place,
    // the people of the state whose rulers they protest against
    const crowd = crowdSource(v, p) ?? crowdAgainst(v, p, args.targets);
    // "Supporters in Kenya began a hunger strike to demand ...": with no one named, the protest is aimed at home
    const home = crowd && !args.targets.length ? homeTarget(v, [crowd], v.allMentions) : null;
    if (home) return { ...args, sources: [crowd!], targets: [home], via: 'oblique', implied: true };
    if (crowd) return { ...args, sources: [crowd], via: 'oblique' };
  }
  return args.sources.every(canAct) ? args : { ...args, sources: args.sources.filter(canAct) };
}

function rawArguments(v: SentenceView, p: Predicate, stopAt: number, ctx: ArgContext, participles: ReadonlySet<string>, governed: Predicate | undefined): Arguments & { subjectStart: number } {
  const found = findParticipants(v, p.end);
  const participants = found.length ? found.filter(canAct) : found;
  if (p.pattern.kind === 'n' && normAt(v, p.end - 1) === 'from') return reactionFrom(v, p, ctx, p.end - 1);
  // "... drew sanctions from the EU": any event noun a drawing verb governs, with its from-phrase after it
  if (p.pattern.kind === 'n' && normAt(v, p.end) === 'from' && drawnAt(v, p) >= 0) return reactionFrom(v, p, ctx, p.end);
  if (p.pattern.kind === 'n') {
    let sources: readonly Mention[] = findPossessor(v, p, ctx);
    let via: Arguments['via'] = 'possessor';
    let objectFrom = p.end;
    // "Russia faces attacks from Ukraine": a by/from agent outranks a name a word before the noun, which is then the one acted on
    let actedOn: Mention[] = [];
    const agentPreps = LEAVING.test(p.pattern.code) ? AGENT_PREPS : NOUN_AGENT_PREPS;
    const agent = sources.length === 1 && sources[0].tokenEnd < p.start ? findAgent(v, p.end, agentPreps) : null;
    if (agent?.length) (actedOn = [...sources]), (sources = agent), (via = 'agent');
    // "the refusal by Serbia to host ...": the agent stands inside the pattern, before its infinitive
    const inside = !sources.length && p.end - p.head > 2 ? agentInside(v, p) : null;
    if (inside) (sources = coordinated(v, inside)), (via = 'agent');
    // "the withdrawal of Russian troops from Moldova": the of-phrase is the actor, the next phrase the target
    const ofActor = !sources.length && p.pattern.ofActor ? actorOfPhrase(v, p.end) : null;
    if (ofActor) (sources = coordinated(v, ofActor)), (via = 'agent'), (objectFrom = sources[sources.length - 1].tokenEnd);
    if (!sources.length) sources = findAgent(v, p.end, agentPreps), (via = 'agent');
    // "the agreement, which Serbia signed with Kosovo": the subject of a relative clause on the noun acts; its verb's object is the target
    const rel = !sources.length ? relativeSubject(v, p.end, stopAt) : null;
    if (rel) (sources = coordinated(v, rel.subject)), (via = 'agent'), (objectFrom = rel.objectFrom);
    if (!sources.length && ctx.prevNominal && joinedByAnd(v, ctx.prevNominal.end, p.start)) {
      sources = [...ctx.prevNominal.sources];
      via = 'inherited';
    }
    // "In a phone call with his Egyptian counterpart, the Saudi minister said ...": an event noun in
    // an opening phrase is the act of the main clause's subject
    if (!sources.length) {
      const opener = openerSubject(v, p);
      if (opener) (sources = coordinated(v, opener)), (via = 'subject');
    }
    // "stepped up attacks on", "intensified strikes": a past verb right before a bare event noun takes it as its object, like "launched the attacks"
    const article = determinerBefore(v, p.start);
    const det = article >= 0 ? article : verbBefore(v, p.start);
    if (!sources.length && det > v.ts && !cueAt(v, det - 1, CUE.preposition) && v.tokens[det - 1].shape === 'word') {
      const subject = findSubject(v, { ...p, start: det }, ctx);
      if (subject.via === 'subject' || subject.via === 'pronoun') (sources = subject.mentions), (via = 'oblique');
    }
    // "the expulsion of the Colombian ambassador": a pattern ending in of or a target preposition scans from it, so a determiner may follow
    if (objectFrom === p.end && (cueAt(v, p.end - 1, CUE.targetPrep) || normAt(v, p.end - 1) === 'of')) objectFrom = p.end - 1;
    const obj = findObject(v, objectFrom, stopAt, NOUN_OBJECT);
    let targets = obj.targets.filter((t) => !sources.includes(t));
    // "its refusal to host Russian troops": an actor inside the pattern is the one acted on
    if (!targets.length) targets = innerActors(v, p).filter((t) => !sources.includes(t));
    if (!targets.length) targets = actedOn;
    // "Taiwan's refusal to accept Chinese demands", "the refusal by X to host Kosovo officials":
    // the refused act's object is the one refused
    if (!targets.length && governed) targets = governedObject(v, governed, stopAt).filter((t) => !sources.includes(t));
    if (!sources.length && participants.length >= 2) return { sources: participants, targets: [], via: 'participants', withTarget: false, passive: false, subjectStart: p.start };
    return { sources, targets, via: sources.length ? via : 'none', withTarget: obj.prep === 'with', passive: false, subjectStart: sources[0]?.tokenStart ?? p.start };
  }
  // "the troops Russia sent to Syria": the actor of the relative clause on the pattern's first word acts
  const rel = p.pattern.rel ? relativeActor(v, p) : null;
  if (rel) return { sources: coordinated(v, rel), targets: placeObject(v, p, stopAt, VERB_OBJECT), via: 'subject', withTarget: false, passive: false, subjectStart: rel.tokenStart };
  const passive = isPassive(v, p, participles);
  const subject = findSubject(v, p, ctx);
  const subjectStart = subject.at;
  if (passive) {
    const agents = findAgent(v, p.head + 1, AGENT_PREPS);
    // "Russian troops were deployed to Syria": forces moved are their state's act, aimed at a foreign place
    if (FORCE_MOVES.test(p.pattern.code) && armed(v, subject.mentions, subjectStart, p.start)) {
      const movers = agents.length ? agents : subject.mentions;
      const country = movers[0].country;
      const places = placeObject(v, p, stopAt, NOUN_OBJECT).filter((t) => t.country !== country);
      return { sources: movers, targets: places, via: agents.length ? 'agent' : subject.via, withTarget: false, passive, subjectStart };
    }
    // "a summit hosted by Chile": a participle right after a noun, with no "was", is a reduced
    // relative clause on that noun; the clause's subject is its patient only when it is that noun.
    // After a comma it describes the clause's act, whose subject it acts on ("the two countries
    // held talks, mediated by the EU": the EU mediates between them).
    const reduced = !cueAt(v, p.start - 1, CUE.be | CUE.aux) && normAt(v, p.start - 1) !== ',';
    const patients = reduced ? subject.mentions.filter((m) => m.tokenEnd === p.start) : subject.mentions;
    // "sanctions were imposed on Iran by the EU": with no actor as patient, the verb's object is acted on
    const acted = agents.length && !patients.length ? findObject(v, p.end, stopAt, NOUN_OBJECT).targets.filter((t) => !agents.includes(t)) : patients;
    if (agents.length) return { sources: agents, targets: acted, via: 'agent', withTarget: false, passive, subjectStart };
    if (participants.length >= 2) return { sources: participants, targets: [], via: 'participants', withTarget: false, passive, subjectStart };
    const placed = subject.mentions.length ? findObject(v, p.end, stopAt, NOUN_OBJECT) : null;
    // "two diplomats were expelled from Moscow": an expulsion's place is the one it is from
    const authority = placed ? placeAuthority(p.pattern.code, placed.prep === 'from' && EXPULSION.test(p.pattern.code) ? placed.targets : placed.location) : null;
    if (authority) return { sources: [authority], targets: subject.mentions, via: 'agent', withTarget: false, passive, subjectStart, implied: true };
    return { sources: [], targets: subject.mentions, via: 'none', withTarget: false, passive, subjectStart };
  }
  const obj = findObject(v, p.end, stopAt, { direct: true, objectInside: p.head < p.end - 1, forTarget: BENEFICIARY_ROOTS.test(p.pattern.code) });
  // "A and B accused each other", "expelled one another's envoys": each does it to the other
  // ("Russia and Ukraine each released 95 prisoners": "each" after the parties, none named as target)
  const each = normAt(v, p.start - 1) === 'each' && !obj.targets.length;
  if (subject.mentions.length >= 2 && (each || reciprocalIn(v, p.start, obj.targets.length ? obj.targets[0].tokenStart : stopAt))) {
    return { sources: subject.mentions, targets: [], via: 'participants', withTarget: false, passive, subjectStart };
  }
  // "A and B signed an accord at the White House": between coordinated parties of a symmetric
  // act, an in/at phrase says where, not with whom
  // (or of one an infinitive states: "A and B pledged to improve relations")
  const mutual = (p.pattern.sym || governed?.pattern.sym === true) && subject.mentions.length >= 2;
  const where = mutual && ((obj.prep !== null && WHERE_OR_WHAT.has(obj.prep)) || PLACE_PREPS.has(v.tokens[p.end - 1].norm));
  let targets: readonly Mention[] = obj.targets.length && !where ? obj.targets : participants;
  // "expelled Ethiopia's ambassador over a port deal with Somaliland": an actor in the object the
  // pattern names is acted on, not one inside what the act is about
  if (obj.targets.length && p.head < p.end - 1 && topicBetween(v, p.end, obj.targets[0].tokenStart)) {
    const inner = innerActors(v, p);
    if (inner.length) targets = inner;
  }
  // "rejected Pakistan's offer of talks on Kashmir": the owner named inside the pattern is the one acted on
  const owner = innerPossessor(v, p);
  if (owner !== null) targets = [owner];
  // an appeal's addressee stands right after its verb, inside the pattern ("called on Russia to lift sanctions on ..."),
  // and so does a complaint's when what it is about is the source's own side ("protested to Beijing over the seizure of
  // a Vietnamese boat"); a complaint to a third party about another ("complained to the UN over Israeli raids") is aimed at that other
  else if (!targets.length || p.pattern.code.startsWith('02') || (ownSide(targets, subject.mentions) && addressedInside(v, p))) {
    const inner = innerActors(v, p);
    if (inner.length) targets = inner;
  }
  // "Canberra condemned the jailing of an Australian writer by a Vietnamese court": a reaction to
  // an act on the reacting side's own people answers the act's author
  if (targets.length && RECALLING.test(p.pattern.code) && ownSide(targets, subject.mentions)) {
    const author = findAgent(v, targets[targets.length - 1].tokenEnd, AGENT_PREPS);
    if (author.length && !ownSide(author, subject.mentions)) targets = author;
  }
  // "detained two Lithuanian journalists and accused them of spying": an object pronoun right after
  // the verb stands for the people the previous act of the sentence was aimed at
  // ("him"/"her" only for one person: "blamed Serbian security forces, and Belgrade ordered him to leave" is someone else)
  const pronoun = normAt(v, p.head + 1);
  if (ctx.prevTargets && wordIn(v, p.head + 1, PEOPLE_PRONOUNS) && (pronoun === 'them' || ctx.prevTargets.every(onePerson))) targets = ctx.prevTargets.filter((t) => !subject.mentions.includes(t));
  // "Poland sent weapons to the country": a state the text calls "the country" or "the new state" is the last one named before
  const last = ctx.lastState;
  if (!targets.length && last && v.index - last.sentence <= 2 && last.country !== subject.mentions[0]?.country) {
    const at = definiteStateAt(v, p.end, stopAt);
    if (at >= 0) targets = [stateMention(v, { sentence: v.index, start: v.tokens[at].start, tokenStart: at }, last.country, last.code)];
  }
  // "took the dispute to the International Court of Justice": a court a case goes to is no party to it
  const courts = targets.length && p.pattern.code === LAWSUIT && targets.every(isCourt) ? targets : NONE;
  if (courts.length) targets = [];
  // "sending several hundred British soldiers": the forces a move sends are what moves, not whom it is aimed at
  if (targets.length && FORCE_MOVES.test(p.pattern.code) && targets.every((t) => t.sector === 'MIL' || t.sector === 'UAF')) targets = [];
  // "A and B fought in Karabakh": a symmetric act between coordinated parties is not aimed at the place
  // (and after "agreed to" an act that may be aimed at a place: "agreed to close its bases in Georgia")
  if (!targets.length && !mutual && (p.pattern.loc || PLACE_ROOTS.test(p.pattern.code) || governed?.pattern.loc)) targets = obj.location;
  // "condemned the attack on peacekeepers in southern Lebanon": a criticism of an act whose victims
  // are not named is aimed at the place it happened, as "condemned the attack on Colombia" at Colombia
  else if (!targets.length && obj.location.length && p.pattern.code.startsWith('11') && actBetween(v, p.end, obj.location[0].tokenStart)) targets = obj.location;
  // a threat is aimed at the one whose conduct is its condition ("... unless the Kremlin closes the base"),
  // also when the warning names the source's own side ("warned that Tehran would hit back if Israel attacked")
  if (p.pattern.code.startsWith('13') && (!targets.length || ownSide(targets, subject.mentions))) {
    const cond = conditioned(v, p.end);
    if (cond.length || !targets.length) targets = cond;
  }
  // "visited Moscow and expressed his wish for good relations": the second act shares the partner
  // and so does a verbal conflict after it ("criticized Taiwan and threatened to impose sanctions")
  // (not an appeal: "attacked Kyiv and appealed for calm" is addressed to no one named)
  if (!targets.length && subject.via === 'inherited' && ctx.prevTargets && !p.pattern.code.startsWith('02') && (cooperative(p.pattern.code) || VERBAL_CONFLICT.test(p.pattern.code))) targets = ctx.prevTargets;
  // in a report on one pair of states, a reaction with no target named (demand, criticism,
  // rejection, threat, protest, recalling an envoy, a ban) answers the other state (before the home reading below, which
  // would make "Moscow rejected the plan" Moscow's act on its own country)
  if (!targets.length && mutual && !p.pattern.sym) return { sources: subject.mentions, targets: [], via: 'participants', withTarget: false, passive, subjectStart };
  // "Kyiv criticised the meeting": a reaction to an act named earlier is aimed at its parties
  const recalled = !targets.length && RECALLING.test(p.pattern.code) ? recalledParties(v, p.end - p.head > 1 ? p.head + 1 : p.end, ctx, subject.mentions) : null;
  if (recalled) return { sources: subject.mentions, targets: recalled, via: subject.via, withTarget: false, passive, subjectStart, implied: true };
  const partner = !targets.length && !p.pattern.sym && REACTION.test(p.pattern.code) && subject.mentions.length ? dyadTarget(v, subject.mentions, courts) : null;
  if (partner) return { sources: subject.mentions, targets: [partner], via: subject.via, withTarget: false, passive, subjectStart, implied: true };
  // a domestic act on people the text does not name as actors: the source's own country
  // (not for a state's own protest: "the Thai government protested" is a complaint with no addressee named)
  // (nor for a recognition: a state recognises another, never itself)
  const home = !targets.length && !p.pattern.sym && !p.pattern.needsTarget && !p.pattern.code.startsWith(DENY) && !p.pattern.code.startsWith(RECOGNISE) && subject.mentions.length && !partiesAt(v, p.end)
    && !(PROTEST_ROOT.test(p.pattern.code) && officialSources(subject.mentions))
    // a state's verbal reaction (10-13) is a domestic act only when aimed at people ("criticised the
    // protesters"), not at a thing ("rejected the charge", "criticised the meeting")
    && !(VERBAL_REACTION.test(p.pattern.code) && officialSources(subject.mentions) && !peopleAfter(v, p.end)) ? homeTarget(v, subject.mentions, v.allMentions) : null;
  if (home) return { sources: subject.mentions, targets: [home], via: subject.via, withTarget: false, passive, subjectStart, implied: true };
  return { sources: subject.mentions, targets, via: subject.via, withTarget: obj.prep === 'with', passive, subjectStart };
}

/** "each other" or "one another" from `from` to before `to`, within the clause (at most a dozen words). */
function reciprocalIn(v: SentenceView, from: number, to: number): boolean {
  const end = Math.min(to, v.te - 1, from + 12);
  for (let i = from; i < end; i++) {
    const n = normAt(v, i);
    if (n === ',' || n === ';' || n === ':') return false;
    const next = normAt(v, i + 1);
    if ((n === 'each' && next === 'other') || (n === 'one' && next === 'another')) return true;
  }
  return false;
}

/** Prepositions that open a sentence with the circumstances of its main clause. */
const OPENERS = new WordSet(['in', 'during', 'at', 'after', 'following', 'on', 'before', 'ahead']);

/**
 * The subject of the main clause when `p` lies in a phrase opening the sentence ("During his
 * visit to Kyiv, the German chancellor ...", "In talks with X, Y ..."): the first actor after the
 * phrase's comma, if it is not in a prepositional phrase itself; else null.
 */
function openerSubject(v: SentenceView, p: Predicate): Mention | null {
  if (!wordIn(v, v.ts, OPENERS) || p.start - v.ts > 6) return null;
  for (let i = v.ts; i < p.start; i++) if (normAt(v, i) === ',') return null;
  let comma = -1;
  for (let i = p.end; i < v.te && i < p.end + 12; i++) {
    if (normAt(v, i) === ',') {
      comma = i;
      break;
    }
  }
  if (comma < 0) return null;
  for (let i = comma + 1; i < v.te && i <= comma + 6; i++) {
    const m = mentionOf(v, i);
    if (m) return isActor(m) && !inPrepPhrase(v, m) ? m : null;
    if (v.tokens[i].shape !== 'word' || cueAt(v, i, CUE.preposition | CUE.boundary)) return null;
  }
  return null;
}

/**
 * A reaction noun ending in "from" ("condemnation from", "protests from"): the actor after it
 * reacts, to what drew the reaction ("Azerbaijan's decision to close the corridor drew protests
 * from Armenia": Armenia protests to Azerbaijan), else to the noun's possessor.
 */
function reactionFrom(v: SentenceView, p: Predicate, ctx: ArgContext, fromAt: number): Arguments & { subjectStart: number } {
  const sources = findAgent(v, fromAt, NOUN_AGENT_PREPS);
  let targets: readonly Mention[] = [];
  const i = drawnAt(v, p);
  // "the expulsion of two Polish diplomats by Belarus drew condemnation from Warsaw": an act
  // coded before the verb is what draws the reaction, and its source is the one answered
  if (i >= 0 && ctx.prevNominal && ctx.prevNominal.end <= i) targets = ctx.prevNominal.sources;
  else if (i >= 0) {
    const subject = findSubject(v, { ...p, start: i, head: i, end: i + 1 }, ctx);
    if (subject.via === 'subject' || subject.via === 'oblique') targets = subject.mentions;
  }
  if (!targets.length) targets = findPossessor(v, p, ctx);
  targets = targets.filter((t) => !sources.includes(t));
  return { sources, targets, via: sources.length ? 'agent' : 'none', withTarget: false, passive: false, subjectStart: sources[0]?.tokenStart ?? p.start };
}

/** Where "the (new) country / state / nation / republic" stands within a few words after `from` (the object or a to/in/on phrase), else -1. */
function definiteStateAt(v: SentenceView, from: number, stopAt: number): number {
  for (let j = from; j < stopAt && j < from + 4; j++) {
    const n = normAt(v, j);
    if (n === 'the') {
      const k = wordIn(v, j + 1, STATE_ADJECTIVES) ? j + 2 : j + 1;
      return wordIn(v, k, STATE_NOUNS) && !mentionOf(v, k) ? j : -1;
    }
    if (!cueAt(v, j, CUE.preposition) || v.tokens[j].shape !== 'word') return -1;
  }
  return -1;
}

const STATE_NOUNS = new WordSet(['country', 'state', 'nation', 'republic', 'kingdom']);
const STATE_ADJECTIVES = new WordSet(['new', 'young', 'small', 'same', 'former', 'neighbouring', 'neighboring', 'breakaway']);

/** The drawing verb ("drew", "sparked") right before the noun (at most three words between), else -1. */
function drawnAt(v: SentenceView, p: Predicate): number {
  for (let i = p.start - 1; i > v.ts && i >= p.start - 4; i--) {
    if (wordIn(v, i, DRAW)) return i;
    if (v.tokens[i].shape !== 'word' || mentionOf(v, i)) return -1;
  }
  return -1;
}

/** Reactions (10-14, 16-17) and approval (05): they may answer an act named earlier ("welcomed the deal"). */
const RECALLING = /^(05|1[0-467])/;

/** Nouns that refer back to the last act of a kind ("the talks", "the visit", "the accord"). */
const RECALL_NOUNS: ReadonlyMap<string, keyof Recalled> = new Map([
  ['meeting', 'meeting'], ['meetings', 'meeting'], ['talks', 'meeting'], ['summit', 'meeting'], ['encounter', 'meeting'],
  ['visit', 'visit'], ['trip', 'visit'],
  ['deal', 'deal'], ['agreement', 'deal'], ['accord', 'deal'], ['treaty', 'deal'], ['pact', 'deal'],
]);

/**
 * The parties of the act a definite noun right after `from` refers back to ("criticised the
 * meeting", "welcomed the Sochi agreement"), less the reacting side; null when there is none.
 */
function recalledParties(v: SentenceView, from: number, ctx: ArgContext, sources: readonly Mention[]): Mention[] | null {
  const recalled = ctx.recalled;
  if (recalled === undefined) return null;
  const det = normAt(v, from);
  if (det !== 'the' && det !== 'this' && det !== 'that') return null;
  for (let j = from + 1; j < v.te && j <= from + 3; j++) {
    const kind = RECALL_NOUNS.get(normAt(v, j));
    if (kind !== undefined) {
      // the noun is the whole object: "the talks between A and B" names its own parties
      if (cueAt(v, j + 1, CUE.preposition) && mentionOf(v, j + 2)) return null;
      const parties = recalled[kind]?.filter((m) => !sources.some((s) => sameActor(s, m)));
      return parties?.length ? parties : null;
    }
    if (v.tokens[j].shape !== 'word' || mentionOf(v, j) || cueAt(v, j, CUE.boundary | CUE.preposition)) return null;
  }
  return null;
}

/** Remembers the parties of an asserted meeting, visit or agreement for recalledParties. */
function remember(ctx: ArgContext, code: string, args: Arguments): void {
  const recalled = ctx.recalled;
  if (recalled === undefined || !args.sources.length) return;
  const kind = code === '042' || code === '043' ? 'visit' : code.startsWith('04') ? 'meeting' : code === '057' || code.startsWith('03') ? 'deal' : null;
  if (kind === null) return;
  const parties = [...args.sources];
  for (const t of args.targets) if (!parties.includes(t)) parties.push(t);
  recalled[kind] = parties;
}

/** "urged both sides to ...", "called on all parties", "asked the two sides": unnamed parties to a dispute, not the source's own people. */
function partiesAt(v: SentenceView, i: number): boolean {
  let n = normAt(v, i);
  if (n === 'the') n = normAt(v, ++i);
  return (n === 'both' || n === 'all' || n === 'two') && PARTY_WORDS.has(normAt(v, i + 1));
}

/** An event noun ends after `from` and no later than `to` ("condemned | the attack on | X"). */
function actBetween(v: SentenceView, from: number, to: number): boolean {
  for (let e = from + 1; e <= to; e++) if (eventNounEndAt(v, e)) return true;
  return false;
}

/** Showing force (15), peacekeeping (074) and military retreat (0874): moving forces somewhere. */
const FORCE_MOVES = { test: (code: string): boolean => code.startsWith('15') || code.startsWith('074') || code.startsWith('0874') };
/** Expelling people (16x) or deporting them (174). */
const EXPULSION = { test: (code: string): boolean => code.startsWith('161') || code.startsWith('166') || code.startsWith('174') };
/** Words for armed forces in a subject ("the troops", "Turkish soldiers", "UN peacekeepers"). */
const FORCE_WORDS = new WordSet(['troops', 'forces', 'soldiers', 'contingent', 'battalion', 'battalions', 'units', 'peacekeepers', 'marines', 'paratroopers', 'warships', 'jets', 'warplanes',
  'drones', 'missiles', 'rockets', 'shells', 'strikes', 'airstrikes', 'artillery', 'militants', 'rebels', 'gunmen', 'fighters', 'insurgents']);

/** Sectors that bear arms. */
const ARMED_SECTORS = new Set(['MIL', 'REB', 'INS', 'SEP', 'PKO']);
/** The subject names armed forces: an armed actor, or a force word between `from` and `to` with an actor. */
function armed(v: SentenceView, subject: readonly Mention[], from: number, to: number): boolean {
  if (!subject.length) return false;
  if (subject.some((m) => m.sector !== null && ARMED_SECTORS.has(m.sector))) return true;
  for (let i = Math.max(v.ts, from); i < to; i++) if (wordIn(v, i, FORCE_WORDS)) return true; // to < v.te
  return false;
}

/** "was hit by Israeli air strikes", "by Russian troops": a passive's agent that bears arms or names weapons right after it. */
function armedAgent(v: SentenceView, agents: readonly Mention[]): boolean {
  for (const m of agents) {
    if (m.sector !== null && ARMED_SECTORS.has(m.sector)) return true;
    for (let i = m.tokenEnd; i < v.te && i < m.tokenEnd + 3; i++) if (wordIn(v, i, FORCE_WORDS)) return true;
  }
  return false;
}

/** Where an act sends someone: the object of to/into/from..., else a place after in/at. */
function placeObject(v: SentenceView, p: Predicate, stopAt: number, opts: typeof VERB_OBJECT): readonly Mention[] {
  const obj = findObject(v, p.end, stopAt, opts);
  return obj.targets.length ? obj.targets : obj.location;
}

/**
 * The actor of a relative clause that opens a `rel` pattern: "troops (that) (the) Russia (has)
 * sent": only a relative pronoun or determiner before it, only auxiliaries after it. Else null.
 */
function relativeActor(v: SentenceView, p: { readonly start: number; readonly head: number }): Mention | null {
  let i = p.start + 1;
  while (i < p.head && (RELATIVE.has(v.tokens[i].norm) || cueAt(v, i, CUE.determiner))) i++;
  const m = v.mentionAt[i - v.ts];
  if (!m || !isActor(m) || !canAct(m)) return null;
  for (let j = m.tokenEnd; j < p.head; j++) if (!cueAt(v, j, CUE.aux | CUE.be)) return null;
  return m;
}
const RELATIVE = new Set(['that', 'which']);

/**
 * Acts aimed at another party by their nature: reactions (CAMEO roots 10-14, and denials, 016), reducing
 * relations (16) and coercion (17). Not force posture (15): troops sent or put on alert need not be aimed
 * at the other state of a report's pair.
 */
const REACTION = /^(1[0-467]|016)/;
/** Demands, criticism, rejections and threats (10-13). */
const VERBAL_REACTION = /^1[0-3]/;
/** Denying responsibility (016): a reply to another party's charge, never a domestic act on the source's own country. */
const DENY = '016';

/** "X's action in Georgia and subsequent recognition": the second noun shares the first one's source. */
function joinedByAnd(v: SentenceView, from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let i = from; i < to; i++) if (v.tokens[i].norm === 'and') return true;
  return false;
}

/** A participle after a form of "be" (auxiliaries between): "were deployed", "have been sent". */
function finitePassive(v: SentenceView, p: { readonly head: number }, participles: ReadonlySet<string>): boolean {
  if (!formAt(v, p.head, participles, FORM.participle)) return false;
  for (let i = p.head - 1; i >= v.ts && i >= p.head - 4; i--) {
    if (cueAt(v, i, CUE.be)) return true;
    if (!cueAt(v, i, CUE.aux)) return false;
  }
  return false;
}

/**
 * The matches a sentence can code: `matches` itself when none is passive-only or `rel` (most
 * sentences), else without the passive-only ones that are not passive and the `rel` ones with no
 * relative clause actor. Plain loops: this runs for every sentence with a match.
 */
function usableMatches(v: SentenceView, matches: TrieMatch<EventPattern>[], participles: ReadonlySet<string>): TrieMatch<EventPattern>[] {
  let k = 0;
  while (k < matches.length && !matches[k].value.passiveOnly && !matches[k].value.rel) k++;
  if (k === matches.length) return matches;
  const out: TrieMatch<EventPattern>[] = [];
  for (const m of matches) {
    if ((!m.value.passiveOnly && !m.value.rel) || (m.value.rel && relativeActor(v, m)) || finitePassive(v, m, participles)) out.push(m);
  }
  return out;
}

/** The predicates that are neither an obligation's content (2 words into it at most) nor obliged (after "must"). */
function notObliged(v: SentenceView, preds: readonly Predicate[], obligations: readonly Obligation[]): Predicate[] {
  const out: Predicate[] = [];
  for (const p of preds) {
    let content = false;
    for (const o of obligations) if (p.start >= o.contentStart && p.start <= o.contentStart + 2) content = true;
    if (!content && !obliged(v, p)) out.push(p);
  }
  return out;
}

/** A verbal predicate right after "must" (adverbs and auxiliaries between): what someone must do. */
function obliged(v: SentenceView, p: Predicate): boolean {
  if (p.pattern.kind !== 'v') return false;
  for (let i = p.start - 1; i >= v.ts && i >= p.start - 4; i--) {
    const n = v.tokens[i].norm;
    if (n === 'must') return true;
    if (!cueAt(v, i, CUE.aux | CUE.be)) return false;
  }
  return false;
}

/**
 * "Pakistan accused India of violating the ceasefire in Kashmir": an alleged act whose only
 * target is a place of the accused's own (where it happened) is aimed at the accuser.
 */
function alleged(args: Arguments, modality: DyadEvent['modality'], ctx: ArgContext): Arguments {
  if (modality !== 'alleged' || args.targets.length === 0) return args;
  const own = args.sources[0].country;
  const accuser = ctx.prevSubject;
  if (own === null || accuser === null || accuser.length !== 1 || accuser[0].country === own || accuser[0].country === null) return args;
  for (const t of args.targets) if (t.country !== own || (t.type !== 'region' && t.type !== 'city')) return args;
  return { ...args, targets: accuser };
}

/** A gerund after a preposition ("accuses Russia of supplying"): not the clause's main verb. */
function embedded(v: SentenceView, p: Predicate): boolean {
  if (!endsIng(v.tokens[p.head].norm)) return false;
  // the token before may lie in the previous sentence, which has no cue masks here
  return p.start > v.ts ? cueAt(v, p.start - 1, CUE.preposition) : v.cues.preposition.has(v.tokens[p.start - 1]?.norm ?? '');
}

/** Every target is of the (first) source's country. */
function ownSide(targets: readonly Mention[], sources: readonly Mention[]): boolean {
  const country = sources[0]?.country;
  return !!country && targets.every((t) => t.country === country);
}

/** The first actor after "if"/"unless" later in the sentence. */
function conditioned(v: SentenceView, from: number): Mention[] {
  for (let i = from; i < v.te; i++) {
    if (!wordIn(v, i, CONDITION)) continue;
    for (let j = i + 1; j < v.te && j < i + 6; j++) {
      const m = v.mentionAt[j - v.ts];
      if (m && isActor(m)) return [m];
    }
    return [];
  }
  return [];
}

/** The actor of a "by" (or, for an `of-actor` pattern, "of") phrase right after the noun, inside the pattern ("refusal by Serbia to"), else null. */
function agentInside(v: SentenceView, p: Predicate): Mention | null {
  const prep = normAt(v, p.head + 1);
  if (prep !== 'by' && !(prep === 'of' && p.pattern.ofActor)) return null;
  let i = p.head + 2;
  while (i < p.end && cueAt(v, i, CUE.determiner)) i++;
  const m = v.mentionAt[i - v.ts];
  return m && isActor(m) && m.tokenEnd < p.end ? m : null;
}

/**
 * "the agreement, which Serbia signed ...", "the attack that Russia launched on ...": the actor
 * right after a relative pronoun on an event noun ending at `end`, and where its verb's object
 * begins. Null when the verb is a predicate of its own (it is coded for itself).
 */
function relativeSubject(v: SentenceView, end: number, stopAt: number): { subject: Mention; objectFrom: number } | null {
  let i = normAt(v, end) === ',' ? end + 1 : end;
  const n = normAt(v, i);
  if (n !== 'which' && n !== 'that') return null;
  i++;
  if (normAt(v, i) === 'the') i++;
  const m = v.mentionAt[i - v.ts];
  if (!m || !isActor(m)) return null;
  let j = m.tokenEnd;
  while (j < v.te && cueAt(v, j, CUE.aux | CUE.be)) j++;
  return j < stopAt && j < v.te && v.tokens[j].shape === 'word' ? { subject: m, objectFrom: j + 1 } : null;
}

/** The object of an infinitive an `inf` noun governs ("refusal to | host Kosovo officials"): an actor in its pattern, else its direct object. */
function governedObject(v: SentenceView, g: Predicate, stopAt: number): readonly Mention[] {
  const inner = innerActors(v, g);
  return inner.length ? inner : findObject(v, g.end, stopAt, VERB_OBJECT).targets;
}
const VERB_OBJECT = { direct: true, objectInside: false, forTarget: false };

/** Actors inside a gapped pattern ("avoided Russian overtures"): the event is about them. */
function innerActors(v: SentenceView, p: Predicate): Mention[] {
  for (let i = p.start + 1; i < p.end - 1; i++) {
    const m = v.mentionAt[i - v.ts];
    // "urged Armenia and Azerbaijan to stop", "urged the two sides to stop": the whole list
    if (m && isActor(m) && !namesAgreement(v, m)) return coordinated(v, m).filter((x) => x.tokenStart > p.start && x.tokenStart < p.end - 1);
  }
  return [];
}

/** Whether an "over"/"about" phrase (what an act is about) opens in [from, to). */
function topicBetween(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (wordIn(v, i, TOPIC_PREPS)) return true;
  return false;
}

const TOPIC_PREPS = new WordSet(['over', 'about']);

/** The actor of an `of` phrase starting at `at` ("of (the) Russian troops"), else null. */
function actorOfPhrase(v: SentenceView, at: number): Mention | null {
  if (normAt(v, at) !== 'of') return null;
  let i = at + 1;
  while (i < v.te && cueAt(v, i, CUE.determiner)) i++;
  const m = v.mentionAt[i - v.ts];
  return m && isActor(m) ? m : null;
}

/** The pattern itself goes on past an addressee in its gap ("complain* to .. about", "lodge* .. protest~ with .. over"): to/with opens the gap. */
function addressedInside(v: SentenceView, p: Predicate): boolean {
  for (let i = p.start + 1; i < p.end - 1; i++) {
    const m = v.mentionAt[i - v.ts];
    if (!m || !isActor(m)) continue;
    let j = m.tokenStart - 1;
    while (j > p.start && cueAt(v, j, CUE.determiner)) j--;
    const n = normAt(v, j);
    return (n === 'to' || n === 'with') && m.tokenEnd < p.end;
  }
  return false;
}

/** An actor inside the pattern's words that owns the next word ("welcomed Iran's proposal"), else null. */
function innerPossessor(v: SentenceView, p: Predicate): Mention | null {
  for (let i = p.start + 1; i < p.end - 1; i++) {
    const m = v.mentionAt[i - v.ts];
    if (m && isActor(m) && m.tokenEnd < p.end && v.tokens[m.tokenEnd].norm === "'s") return m;
  }
  return null;
}

const BASE_CONFIDENCE: Record<Arguments['via'], number> = {
  subject: 0.8, agent: 0.8, possessor: 0.7, participants: 0.7, inherited: 0.65, pronoun: 0.6, oblique: 0.5, none: 0,
};

/**
 * Source-target pairs: each source with each target; coordinated parties of a symmetric event
 * with each other. A source with no target is paired with null only when `untargeted` (the
 * coder drops such pairs otherwise). Plain loops: this runs for every coded predicate.
 */
function pairs(pattern: EventPattern, args: Arguments, untargeted: boolean): [Mention, Mention | null][] {
  const out: [Mention, Mention | null][] = [];
  const { sources, targets } = args;
  // "both sides pulled back": what a pair does with no one else named, each does to the other
  const pairOnly = sources.length === 2 && sources[0].group !== undefined && sources[0].group === sources[1].group;
  if (!targets.length && sources.length >= 2 && (pattern.sym || args.via === 'participants' || pairOnly)) {
    // "A, B and C met": each meets each, both ways; "an agreement between A and B" is one act per pair
    const ordered = pattern.kind === 'v';
    for (let i = 0; i < sources.length; i++) {
      for (let j = 0; j < sources.length; j++) {
        if ((ordered ? i !== j : i < j) && !sameActor(sources[i], sources[j])) out.push([sources[i], sources[j]]);
      }
    }
    return out;
  }
  // a symmetric event needs two parties: "the cabinet met" is no interaction
  const alone = pattern.sym && !targets.length;
  // meeting and talking run both ways; an agreement "with" someone is still the signer's act
  const mutual = pattern.sym && args.withTarget && pattern.kind === 'v' && pattern.code.startsWith('04');
  for (const s of sources) {
    let paired = false;
    for (const t of targets) {
      if (sameActor(s, t)) continue;
      paired = true;
      out.push([s, t]);
      if (mutual) out.push([t, s]);
    }
    if (!paired && untargeted && !pattern.needsTarget && !alone) out.push([s, null]);
  }
  return out;
}

export interface SentenceCoder {
  /** Codes one sentence; `ctx` carries the pronoun topic between sentences. */
  code(doc: Doc, sentence: number, mentions: readonly Mention[], ctx: ArgContext): DyadEvent[];
}

/** Where the first verbal predicate after preds[k] starts (its object scan stops there), else `end`. */
function nextVerbStart(preds: readonly Predicate[], k: number, end: number): number {
  for (let j = k + 1; j < preds.length; j++) if (preds[j].pattern.kind === 'v') return preds[j].start;
  return end;
}

/** Per-sentence output: events in order, keyed so the same event said twice is kept once. */
interface Emitter {
  readonly events: DyadEvent[];
  readonly seen: EventKey[];
}

/**
 * What makes two events of a sentence the same: code, source and target (code and entity),
 * negation and date. Compared field by field (a sentence has a handful of events), which
 * equals comparing the fields joined by "|": none of them contains a "|".
 */
interface EventKey {
  readonly code: string;
  readonly source: Mention;
  readonly target: Mention | null;
  readonly negated: boolean;
  readonly date: string;
}

function sameKey(k: EventKey, code: string, s: Mention, t: Mention | null, negated: boolean, date: string): boolean {
  return k.code === code && k.negated === negated && k.date === date && k.source.code === s.code && k.source.entityId === s.entityId
    && (k.target ? k.target.code : '') === (t ? t.code : '') && (k.target ? k.target.entityId : '') === (t ? t.entityId : '');
}

/** Adds the key unless an equal one is there; false when it was. */
function firstTime(seen: EventKey[], code: string, s: Mention, t: Mention | null, negated: boolean, date: string): boolean {
  for (const k of seen) if (sameKey(k, code, s, t, negated, date)) return false;
  seen.push({ code, source: s, target: t, negated, date });
  return true;
}

/** Title words that make a role mention one person ("the Russian president" -> "he"). */
const SINGLE_TITLES = new Set(['president', 'minister', 'premier', 'chancellor', 'leader', 'king', 'queen', 'emir', 'prince', 'ambassador', 'envoy', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'general', 'chief', 'head', 'governor', 'mayor', 'sultan', 'shah', 'ayatollah', 'pope']);

/**
 * After a sentence is coded: its first mention of one person not in a prepositional phrase is
 * whom a "he"/"she" in a later sentence means (ctx.person), whether or not it coded an event.
 */
function notePerson(v: SentenceView, ctx: ArgContext): void {
  for (const m of v.mentions) {
    const single = m.type === 'person' || (m.type === 'group' && SINGLE_TITLES.has(v.tokens[m.tokenEnd - 1].norm));
    if (single && !inPrepPhrase(v, m)) {
      ctx.person = m;
      return;
    }
  }
}

/** After a sentence is coded: what pronouns and "the country" in the next sentences may refer back to. */
function noteSentence(v: SentenceView, ctx: ArgContext): void {
  noteTopic(v, ctx);
  noteLastState(v, ctx);
  notePerson(v, ctx);
}

/** The state of the sentence's last actor (not a person or modifier), for "the country" / "the new state" after it. */
function noteLastState(v: SentenceView, ctx: ArgContext): void {
  for (let k = v.mentions.length - 1; k >= 0; k--) {
    const m = v.mentions[k];
    if (!m.country || m.modifier || m.type === 'person' || !isActor(m)) continue;
    ctx.lastState = { country: m.country, code: m.code.slice(0, 3), sentence: v.index };
    return;
  }
}

/**
 * "In 2008 Peru took the dispute to The Hague. It also recalled its ambassador": a sentence that
 * coded no act still has a subject an "it" in the next can mean: a state or body opening it, or
 * right after an opening date or comma.
 */
function noteTopic(v: SentenceView, ctx: ArgContext): void {
  if (ctx.topicSentence === v.index) return;
  for (const m of v.mentions) {
    if (m.type === 'person' || m.modifier || !isActor(m)) continue;
    const before = m.tokenStart === v.ts ? null : v.tokens[m.tokenStart - 1];
    const opens = before === null || before.norm === ',' || (before.shape === 'number' && m.tokenStart - 2 === v.ts);
    const verbAfter = v.tokens[m.tokenEnd]?.shape === 'word' && !startsUpper(v.tokens[m.tokenEnd].text);
    if (opens && verbAfter) {
      ctx.topic = m;
      ctx.topicSentence = v.index;
    }
    return;
  }
}

export function createSentenceCoder(opts: CoderOptions): SentenceCoder {
  const { codebook, dictionary, dateForSpan } = opts;
  const keepUntargeted = !!opts.keepUntargeted;
  const cues: Cues = resolveCues(dictionary);
  const trie = dictionary.trie as PatternTrie<unknown>;
  /** Word id of "must": spotting it is an integer compare over the view's word ids. */
  const MUST = trie.wordId('must');
  const view = new ReusableView(cues, indexCues(trie, cues, dictionary));

  function emit(out: Emitter, v: SentenceView, code: string, pattern: EventPattern, args: Arguments, f: Omit<EventFacts, 'date' | 'confidence'>): void {
    const spec = codebook.lookup(code);
    if (!spec) return;
    const parties = pairs(pattern, args, keepUntargeted);
    if (!parties.length) return; // nothing to date: skip the time lookup
    const first = dateForSpan(v.doc, v.index, f.start, f.end);
    const confidence = BASE_CONFIDENCE[args.via];
    for (const date of first ? datesOf(v, f.end, first) : [first]) {
      for (let [s, t] of parties) {
        s = localized(v, s, spec.root);
        if (t) t = localized(v, t, spec.root);
        if (!firstTime(out.seen, spec.code, s, t, f.negated, date?.value ?? '')) continue;
        out.events.push(makeEvent(v.doc, v.index, spec, s, t, f, date, !t ? confidence - 0.1 : args.implied ? confidence - 0.2 : confidence));
        // hosting a visit is the guest's visit too (CAMEO pairs 043 with 042)
        const visit = spec.code === HOST && t ? codebook.lookup(VISIT) : undefined;
        if (visit && t) out.events.push(makeEvent(v.doc, v.index, visit, t, s, f, date, confidence - 0.1));
      }
    }
  }

  function codePredicate(out: Emitter, v: SentenceView, preds: readonly Predicate[], k: number, ctx: ArgContext): void {
    const p = preds[k];
    const stopAt = nextVerbStart(preds, k, v.te);
    const args = argumentsOf(v, p, stopAt, ctx, dictionary.participles, p.pattern.inf ? v.governed.get(k) : undefined);
    // a finite verb's object cannot be the subject of a verb coordinated with it (not an infinitive's: "... to protect X and are critical")
    const mainVerb = p.pattern.kind === 'v' && !embedded(v, p);
    if (mainVerb) ctx.prevVerbEnd = v.tokens[p.start - 1]?.norm === 'to' ? -1 : p.end;
    if (mainVerb && args.sources.length && !args.passive) {
      ctx.prevSubject = args.sources;
      ctx.prevTargets = args.targets.length ? args.targets : null;
    }
    if (p.pattern.kind === 'n' && args.sources.length) ctx.prevNominal = { end: p.end, sources: args.sources };
    if (args.sources.length && (args.via === 'subject' || args.via === 'agent')) {
      ctx.topic = args.sources[0];
      ctx.topicSentence = v.index;
    }
    // the last clause's actors, when two or more, for a "they" opening the next sentence
    if (args.sources.length && (args.via === 'subject' || args.via === 'agent' || args.via === 'participants' || (args.via === 'pronoun' && args.sources.length > 1))) {
      ctx.topicGroup = args.sources.length > 1 ? args.sources : null;
      ctx.groupSentence = v.index;
    }
    if (!args.sources.length) return;
    if (p.pattern.armed && (args.passive ? args.via !== 'agent' || !armedAgent(v, args.sources) : !armed(v, args.sources, args.subjectStart, p.start))) return;
    // an event noun with no actor on the receiving end is mostly a topic, not an event ("support for Nabucco")
    if (p.pattern.kind === 'n' && !args.targets.length && args.via !== 'participants') return;
    const polarity = polarityOf(v, p, args.subjectStart, args.via === 'oblique');
    let modality = modalityOf(v, p, args.subjectStart);
    let negated = polarity.negated;
    const accuser = negated ? undefined : accuserOf(v, p, args.subjectStart);
    if (accuser) {
      const accusation = { ...args, sources: [accuser], targets: args.sources, via: 'subject' as const, withTarget: false, passive: false, implied: false };
      emit(out, v, ACCUSE, p.pattern, accusation, { negated: false, modality: 'asserted', start: v.tokens[p.start].start, end: v.tokens[p.end - 1].end });
      return;
    }
    let code = polarity.noLonger && cooperative(p.pattern.code) ? reductionCode(p.pattern.code) : p.pattern.code;
    if (negated && (modality === 'intended' || modality === 'hypothetical') && cooperative(code) && p.pattern.kind === 'v') {
      code = refusalCode(code);
      negated = false;
      modality = 'asserted';
    } else if (!negated && claimedOwnAct(v, p, args.subjectStart)) {
      code = CLAIM_RESPONSIBILITY;
      modality = 'asserted';
    } else if (!negated && threatening(v, p, preds, k, modality)) {
      code = THREATEN;
    } else if (!negated && modality === 'intended' && committed(v, p, args.subjectStart)) {
      code = intentCode(code);
    }
    code = contextCode(v, p, code, args.sources, args.targets, args.subjectStart);
    // "welcomed Swedish reforms": a people's adjective before a thing names no guest; the welcome approves it
    if (code === HOST && args.targets.length && args.targets.every((t) => t.type === 'country' && demonymLike(t))) code = APPROVE;
    emit(out, v, code, p.pattern, alleged(args, modality, ctx), { negated, modality, start: v.tokens[p.start].start, end: v.tokens[p.end - 1].end });
    // "Oman hosted talks between Iran and the United States": the parties hold the talks (one act per pair, as "talks between")
    if (code === HOST && normAt(v, p.end - 1) === 'between' && args.targets.length >= 2) {
      const talks = { ...args, sources: args.targets, targets: [], via: 'participants' as const };
      emit(out, v, NEGOTIATE, { ...p.pattern, kind: 'n' }, talks, { negated, modality, start: v.tokens[p.start].start, end: v.tokens[p.end - 1].end });
    }
    if (!negated && modality === 'asserted') remember(ctx, code, args);
  }

  return {
    code(doc, sentence, mentions, ctx) {
      ctx.prevSubject = null;
      ctx.prevTargets = null;
      ctx.prevNominal = null;
      ctx.prevVerbEnd = -1;
      const actors: Mention[] = [];
      for (const m of mentions) if (isActor(m)) actors.push(m);
      if (!actors.length && !pronounOpens(doc, sentence, ctx)) return [];
      const v = view.reset(doc, sentence, actors, mentions);
      const matches: TrieMatch<EventPattern>[] = [];
      findMatches(v, dictionary.trie, matches);
      let hasMust = false;
      for (let k = 0; k < v.te - v.ts && !hasMust; k++) hasMust = v.wordIds[k] === MUST;
      if (!matches.length && !hasMust) {
        noteSentence(v, ctx);
        return [];
      }
      for (const m of matches) markMatch(v, m.value.kind === 'n', m.end, m.head);
      const out: Emitter = { events: [], seen: [] };
      const obligations = hasMust ? findObligations(v, ctx) : [];
      // "troops were sent" is a deployment, "sent a letter" is nothing (nor is "a regiment stationed nearby": a modifier);
      // a `rel` pattern needs its relative clause's actor or a passive ("sanctions were imposed on Iran by ..."). Dropped
      // before the longest match is chosen, so they hide no other reading ("aid groups donated and delivered")
      const usable = usableMatches(v, matches, dictionary.participles);
      let preds = dropGoverned(v, choosePredicates(v, usable, dictionary.bases, dictionary.participles));
      // what someone must do is the content of a demand, not an event of its own;
      // "saying he must resign": an obligation is not the act, whoever is obliged
      if (hasMust) preds = notObliged(v, preds, obligations);
      for (const o of obligations) {
        const args: Arguments = { sources: o.sources, targets: o.targets, via: 'subject', withTarget: false, passive: false };
        emit(out, v, DEMAND_PATTERN.code, DEMAND_PATTERN, args, { negated: false, modality: 'asserted', start: doc.tokens[o.start].start, end: doc.tokens[o.end - 1].end });
      }
      for (let k = 0; k < preds.length; k++) codePredicate(out, v, preds, k, ctx);
      noteSentence(v, ctx);
      return out.events;
    },
  };
}

interface EventFacts {
  readonly negated: boolean;
  readonly modality: DyadEvent['modality'];
  readonly date: DyadEvent['date'];
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

/** The event record; `date` and `confidence` are passed apart so no facts object is copied per event. */
function makeEvent(doc: Doc, sentence: number, spec: CodeSpec, s: Mention, t: Mention | null, f: Omit<EventFacts, 'date' | 'confidence'>, date: DyadEvent['date'], confidence: number): DyadEvent {
  return {
    sentence,
    source: toActor(s),
    target: t ? toActor(t) : null,
    code: spec.code,
    root: spec.root,
    label: spec.name,
    quad: spec.quad,
    goldstein: spec.goldstein,
    plover: spec.plover,
    date,
    negated: f.negated,
    modality: f.modality,
    issues: [],
    evidence: { start: f.start, end: f.end },
    confidence: Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100,
  };
}
