import type { Modality } from '../model/types.js';
import type { Predicate } from './arguments.js';
import { CUE, cueAt, normAt, type SentenceView, startsUpper } from './sentence-view.js';

export interface Polarity {
  /** The text says the event did not happen ("did not restore", "no agreement"). */
  readonly negated: boolean;
  /** "no longer X": the end of an ongoing relation rather than its denial. */
  readonly noLonger: boolean;
}

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
  if (saidBefore(v, subjectStart, CUE.denial)) return NEGATED;
  // "in no danger of joining", "without intention of attacking"
  if (normAt(v, p.start - 1) === 'of' && cueAt(v, p.start - 3, CUE.no)) return NEGATED;
  for (let i = p.start - 1, k = 0; i >= v.ts && k < 6; i--, k++) {
    const n = normAt(v, i);
    if (n === 'longer' && normAt(v, i - 1) === 'no') return NO_LONGER;
    if (cueAt(v, i, CUE.negation)) return NEGATED;
    // "denied meeting the envoy", "denies having sent troops": the act is denied, not asserted
    if (p.pattern.kind === 'v' && cueAt(v, i, CUE.denial) && v.tokens[p.head].norm.endsWith('ing') && normAt(v, i + 1) !== 'to') return NEGATED;
    if (p.pattern.kind === 'n') {
      if (cueAt(v, i, CUE.no)) return NEGATED;
      if (cueAt(v, i, CUE.preposition | CUE.boundary) || v.tokens[i].shape === 'punct') break;
    } else if (!cueAt(v, i, CUE.aux | CUE.be)) break;
  }
  // "Eritrea had not taken part in drafting the agreement": an event noun that is the object of
  // its clause (its source the clause's subject) is negated with the clause's verb
  if (clauseObject && p.pattern.kind === 'n' && subjectStart < p.start) return clauseNegated(v, subjectStart, p.start);
  return ASSERTED;
}

/** A negation cue between a clause's subject and `end`, within the clause (at most a dozen words). */
function clauseNegated(v: SentenceView, subjectStart: number, end: number): Polarity {
  for (let i = end - 1; i > subjectStart && i >= end - 12; i--) {
    if (cueAt(v, i, CUE.negation)) return NEGATED;
    if (v.tokens[i].shape === 'punct' || cueAt(v, i, CUE.boundary)) break;
  }
  return ASSERTED;
}

/** A verb of saying in the few words before `at` ("officials say that ..."). */
function reportedBefore(v: SentenceView, at: number): boolean {
  return saidBefore(v, at, CUE.reportVerb);
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
  const from = Math.max(v.ts, Math.min(subjectStart, p.start) - 1);
  let alleged = false, intended = false, hypothetical = false, saidTo = false;
  for (let i = p.start - 1; i >= from && i >= p.start - 8; i--) {
    if (i > v.ts && startsUpper(v.tokens[i].text)) continue; // "in May 2025" is no modal
    if (cueAt(v, i, CUE.alleged)) alleged = true;
    // "is reported to have sent", "are said to be planning": the writer passes on what others say
    else if (cueAt(v, i, CUE.reportVerb) && normAt(v, i + 1) === 'to' && cueAt(v, i - 1, CUE.be)) saidTo = true;
    else if (cueAt(v, i, CUE.hypothetical)) hypothetical = true;
    else if (cueAt(v, i, CUE.intended)) intended = true;
    if (i < p.start - 1 && cueAt(v, i, CUE.boundary) && !cueAt(v, i, CUE.relative)) break;
  }
  const reported = saidTo || reportedBefore(v, subjectStart) || cueAt(v, v.ts, CUE.reported) || (normAt(v, v.ts) === 'according');
  if (alleged) return 'alleged';
  if (hypothetical) return reported ? 'intended' : 'hypothetical';
  if (intended) return 'intended';
  return reported ? 'reported' : 'asserted';
}
