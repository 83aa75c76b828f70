import type { Modality } from '../model/types.js';
import { POSSESSIVE, type Predicate, relativeClauseStart } from './arguments.js';
import { CUE, cueAt, endsIng, normAt, type SentenceView, startsUpper, wordIn } from './sentence-view.js';

export interface Polarity {
  /** The text says the event did not happen ("did not restore", "no agreement"). */
  readonly negated: boolean;
  /** "no longer X": the end of an ongoing relation rather than its denial. */
  readonly noLonger: boolean;
}

const COORDINATORS = new Set(['and', 'or', 'but']);

/** The three answers of polarityOf, shared (callers only read them). */
const NEGATED: Polarity = Object.freeze({ negated: true, noLonger: false });
const NO_LONGER: Polarity = Object.freeze({ negated: false, noLonger: true });
const ASSERTED: Polarity = Object.freeze({ negated: false, noLonger: false });

/**
 * Negation read from the words right before the predicate: auxiliaries and adverbs are
 * skipped, a negation cue among them negates ("had not made any threats"); for an event noun
 * a "no"/"without" before it does ("no agreement was reached").
 */
export function polarityOf(v: SentenceView, p: Predicate, subjectStart = p.start, clauseObject = false): Polarity {
  // "Iran denied that it had supplied drones": what is denied is not asserted
  // (not an earlier verb's: "rejected the demand and accused Washington of ...", whose subject begins at "and")
  if (!COORDINATORS.has(normAt(v, subjectStart)) && saidBefore(v, subjectStart, CUE.denial)) return NEGATED;
  // "in no danger of joining", "without intention of attacking"
  if (normAt(v, p.start - 1) === 'of' && cueAt(v, p.start - 3, CUE.no)) return NEGATED;
  // "No Indian official visited Pakistan", "Neither Ethiopia nor Eritrea signed"
  if (subjectStart < p.start && (normAt(v, subjectStart - 1) === 'no' || neitherBefore(v, subjectStart))) return NEGATED;
  // "ruled out sending troops", "avoided criticising Russia": the act is not done
  if (p.pattern.kind === 'v' && endsIng(v.tokens[p.head].norm) && avoidedBefore(v, p.start)) return NEGATED;
  // "held no talks", "made no threats": "no" inside a light verb's gap
  if (p.pattern.kind === 'v') for (let i = p.head + 1; i < p.end - 1; i++) if (normAt(v, i) === 'no') return NEGATED;
  for (let i = p.start - 1, k = 0; i >= v.ts && k < 6; i--, k++) {
    const n = normAt(v, i);
    if (n === 'longer' && normAt(v, i - 1) === 'no') return NO_LONGER;
    // "stopped supplying weapons", "ceased funding the agency": the act is ended
    if (i === p.start - 1 && p.pattern.kind === 'v' && endsIng(v.tokens[p.head].norm) && STOPPED.has(n)) return NO_LONGER;
    if (cueAt(v, i, CUE.negation)) return NEGATED;
    if (n === 'yet' && normAt(v, i + 1) === 'to' && p.pattern.kind === 'v') return NEGATED; // "has yet to recognize"
    // "denied meeting the envoy", "denies having sent troops": the act is denied, not asserted
    if (p.pattern.kind === 'v' && cueAt(v, i, CUE.denial) && endsIng(v.tokens[p.head].norm) && normAt(v, i + 1) !== 'to') return NEGATED;
    if (p.pattern.kind === 'n') {
      // "halted the transfer of missiles", "suspended its arms sales": the act is ended
      if (ENDED.has(n) && k <= 2 && (i === p.start - 1 || cueAt(v, i + 1, CUE.determiner) || wordIn(v, i + 1, POSSESSIVE))) return NO_LONGER;
      // "did not condemn Russia's recognition of Abkhazia": a possessed event is presupposed
      if (n === "'s") break;
      if (cueAt(v, i, CUE.no)) return NEGATED;
      if (cueAt(v, i, CUE.preposition | CUE.boundary) || v.tokens[i].shape === 'punct') break;
    } else if (!cueAt(v, i, CUE.aux | CUE.be)) {
      const before = nonEvent(v, i);
      if (before === 1) return NEGATED;
      // "does not plan to attend", "is not ready to sign": read on past the intention verb
      if (before === 0) break;
    }
  }
  // "Eritrea had not taken part in drafting the agreement": an event noun that is the object of
  // its clause (its source the clause's subject) is negated with the clause's verb
  if (clauseObject && p.pattern.kind === 'n' && subjectStart < p.start) return clauseNegated(v, subjectStart, p.start);
  return ASSERTED;
}

/** Time words that may follow a closing "said" ("officials said today"), and that cannot open its subject. */
const AFTER_SAID = new Set(['today', 'yesterday', 'tonight', 'earlier', 'later', 'then', 'late', 'also']);

const AVOID = new Set(['avoid', 'avoids', 'avoided', 'avoiding']);

/** "avoided | criticising", "refrained from", "ruled out", "stopped short of" right before a gerund at `at`. */
function avoidedBefore(v: SentenceView, at: number): boolean {
  const a = normAt(v, at - 1);
  const b = normAt(v, at - 2);
  if (AVOID.has(a)) return true;
  if (a === 'from') return b.startsWith('refrain');
  if (a === 'out') return b.startsWith('rule') || b === 'ruling';
  return a === 'of' && b === 'short' && STOPPED.has(normAt(v, at - 3));
}

/** Verbs that end an act named by a gerund after them. */
const STOPPED = new Set(['stop', 'stops', 'stopped', 'stopping', 'halt', 'halts', 'halted', 'halting', 'cease', 'ceases', 'ceased', 'ceasing', 'quit', 'quits']);

/** Verbs that end or suspend an act named by a noun after them ("halted the transfer"). */
const ENDED = new Set([...STOPPED, 'suspend', 'suspends', 'suspended', 'suspending', 'freeze', 'freezes', 'froze', 'frozen', 'freezing']);

/** "Neither A nor B": "neither" opens the subject list that ends at `subjectStart`'s mention (a few words back). */
function neitherBefore(v: SentenceView, subjectStart: number): boolean {
  if (normAt(v, subjectStart - 1) !== 'nor' && normAt(v, subjectStart - 1) !== 'neither') return false;
  for (let i = subjectStart - 1; i >= v.ts && i >= subjectStart - 8; i--) {
    if (normAt(v, i) === 'neither') return true;
    if (v.tokens[i].shape === 'punct' && normAt(v, i) !== ',') return false;
  }
  return false;
}

/** "failed to reach": the act did not happen. */
const FAILED = new Set(['fail', 'fails', 'failed', 'failing']);

/**
 * What the word at i, the first before a verbal predicate that is no auxiliary, says about the
 * act: 1 it did not happen ("failed to", "stopped short of", "no plans to"),
 * 2 the scan goes on past it (an intention verb before "to": "does not plan to"), 0 neither.
 */
function nonEvent(v: SentenceView, i: number): 0 | 1 | 2 {
  const n = normAt(v, i);
  const next = normAt(v, i + 1);
  if (next === 'to') {
    if (FAILED.has(n)) return 1;
    if (cueAt(v, i - 1, CUE.no)) return 1; // "has no plans to attack", "no intention to"
    // not a forecast: "is not expected to join" says nothing of a refusal
    if (cueAt(v, i, CUE.intended) && !n.startsWith('expect')) return 2;
  }
  if (n === 'of' && normAt(v, i - 1) === 'short') return 1;
  return 0;
}

/** A negation cue between a clause's subject and `end`, within the clause (at most a dozen words). */
function clauseNegated(v: SentenceView, subjectStart: number, end: number): Polarity {
  for (let i = end - 1; i > subjectStart && i >= end - 12; i--) {
    if (cueAt(v, i, CUE.negation)) return NEGATED;
    if (v.tokens[i].shape === 'punct' || cueAt(v, i, CUE.boundary)) break;
  }
  return ASSERTED;
}

/** "of", "that" or "with" between `from` and `to`: `to` is in the complement of an accusation ("accused Y of shelling"). */
function complementBetween(v: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const n = normAt(v, i);
    if (n === 'of' || n === 'that' || n === 'with') return true;
  }
  return false;
}

/** A verb of saying in the few words before `at` ("officials say that ..."). */
function reportedBefore(v: SentenceView, at: number): boolean {
  return saidBefore(v, at, CUE.reportVerb);
}

/**
 * An attribution closing the sentence after the predicate: ", according to a monitoring group",
 * ", Ukrainian officials say", ", the army said on Monday". The clause before it is what they say.
 */
function reportedAfter(v: SentenceView, from: number): boolean {
  let comma = -1;
  for (let i = v.te - 1; i >= from; i--) {
    if (normAt(v, i) === ',') {
      comma = i;
      break;
    }
  }
  if (comma < 0) return false;
  if (normAt(v, comma + 1) === 'according' && normAt(v, comma + 2) === 'to') return true;
  if (COORDINATORS.has(normAt(v, comma + 1))) return false; // ", and Kyiv said it would respond"
  for (let i = comma + 1; i < v.te && i <= comma + 6; i++) {
    if (cueAt(v, i, CUE.reportVerb) && !v.mentionAt[i - v.ts]) {
      // the verb ends the sentence, or only a short time phrase follows ("said on Monday")
      // (an object after the verb makes it a new clause: ", then warned Iran against ...")
      let rest = 0;
      for (let j = i + 1; j < v.te; j++) {
        if (cueAt(v, j, CUE.pronoun | CUE.aux | CUE.boundary) || v.mentionAt[j - v.ts]) return false;
        if (v.tokens[j].shape !== 'punct') rest++;
      }
      const next = i + 1 < v.te && v.tokens[i + 1].shape !== 'punct' ? i + 1 : -1;
      const timeAfter = next < 0 || cueAt(v, next, CUE.preposition) || startsUpper(v.tokens[next].text) || AFTER_SAID.has(normAt(v, next));
      return i > comma + 1 && !AFTER_SAID.has(normAt(v, comma + 1)) && rest <= 3 && timeAfter;
    }
    if (v.tokens[i].shape === 'punct' || cueAt(v, i, CUE.boundary)) return false;
  }
  return false;
}

/** A word of the cue set `verbs` (a CUE bit) in the few words before `at`, within the clause. */
function saidBefore(v: SentenceView, at: number, verbs: number): boolean {
  for (let i = at - 1; i >= v.ts && i >= at - 6; i--) {
    // a word of a name is no verb: "the United States and Mexico condemned ..."
    if (cueAt(v, i, verbs) && !v.mentionAt[i - v.ts]) return true;
    if (v.tokens[i].shape === 'punct' || (cueAt(v, i, CUE.boundary) && normAt(v, i) !== 'that')) return false;
  }
  return false;
}

/**
 * Modality from cue words between the clause start and the predicate: alleged ("were alleged
 * to have assisted"), reported (inside what someone says), intended ("will", "plans to"),
 * hypothetical ("would", "could", "if"). `subjectStart` is where the clause's subject begins.
 */
export function modalityOf(v: SentenceView, p: Predicate, subjectStart: number): Modality {
  let from = Math.max(v.ts, Math.min(subjectStart, p.start) - 1);
  // "Serbia could face sanctions from Kosovo": an event noun whose actor follows it takes the cues of the verb governing it
  if (p.pattern.kind === 'n' && subjectStart > p.start) from = Math.max(v.ts, p.start - 4);
  // "if the West lifted": the cue may stand before the subject's article
  const article = normAt(v, from);
  if (from > v.ts && (article === 'the' || article === 'a' || article === 'an')) from--;
  let alleged = false, intended = false, hypothetical = false, saidTo = false;
  // "M23, which Rwanda is accused of backing, seized Goma": a relative clause between commas
  // before the verb describes the subject; its cues are not the verb's
  const start = normAt(v, p.start - 1) === ',' ? relativeClauseStart(v, p.start - 1) + 1 : p.start;
  for (let i = start - 1; i >= from && i >= start - 8; i--) {
    if (i > v.ts && startsUpper(v.tokens[i].text)) continue; // "in May 2025" is no modal
    if (cueAt(v, i, CUE.alleged) || (cueAt(v, i, CUE.allegation) && complementBetween(v, i, p.start))) alleged = true;
    // "is reported to have sent", "are said to be planning": the writer passes on what others say
    else if (cueAt(v, i, CUE.reportVerb) && normAt(v, i + 1) === 'to' && cueAt(v, i - 1, CUE.be)) saidTo = true;
    else if (cueAt(v, i, CUE.hypothetical)) hypothetical = true;
    else if (cueAt(v, i, CUE.intended)) intended = true;
    if (i < start - 1 && cueAt(v, i, CUE.boundary) && !cueAt(v, i, CUE.relative)) break;
  }
  const reported = saidTo || reportedBefore(v, subjectStart) || cueAt(v, v.ts, CUE.reported) || (normAt(v, v.ts) === 'according') || reportedAfter(v, p.end);
  // "charged that Kosovo police had attacked": the accusation's content is alleged
  if (alleged || saidBefore(v, subjectStart, CUE.allegation)) return 'alleged';
  if (hypothetical) return reported ? 'intended' : 'hypothetical';
  if (intended) return 'intended';
  return reported ? 'reported' : 'asserted';
}
