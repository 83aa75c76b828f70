import { demonymLike, DOCUMENT, DRAW, FACE, findAgent, type Predicate } from './arguments.js';
import type { EventPattern } from './event-dictionary.js';
import type { PatternTrie, TrieMatch } from './pattern-trie.js';
import { RootSet } from './root-set.js';
import { CUE, cueAt, endsEd, endsIng, FORM, formAt, inflected, mentionOf, normAt, type SentenceView, startsUpper, wordIn, WordSet } from './sentence-view.js';


/** Whether an event word that is both verb and noun reads as a noun here. */
function nominalContext(v: SentenceView, start: number, end: number): boolean {
  const prev = normAt(v, start - 1);
  const next = normAt(v, end);
  if (start === v.ts) return true; // a verb needs a subject before it
  if (prev === 'to' && !cueAt(v, end, CUE.determiner)) return false; // an infinitive: "ready to attack"
  if (cueAt(v, start - 1, CUE.determiner | CUE.preposition) || prev === "'s" || prev === 'no') return true; // "there was no meeting"
  const m = mentionOf(v, start - 1);
  if (m && demonymLike(m)) return true;
  return next === 'of' || next === 'by' || next === 'between'; // "clashes between A and B"
}

/** All dictionary matches in the sentence (the cheap pass: a trie walk from each token). */
export function findMatches(v: SentenceView, trie: PatternTrie<EventPattern>, out: TrieMatch<EventPattern>[]): void {
  // the view has read the word ids already when it indexes words with this trie
  if (v.wordTrie === trie) trie.matchIds(v.wordIds, v.ts, v.te, out);
  else trie.matchRange(v.tokens, v.ts, v.te, out);
}

/** Words after which a verb pattern cannot be a verb ("his vow", "the armed group"). */
const NOMINAL_BEFORE = new WordSet(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", 'this', 'these', 'those', '-']);

/**
 * Whether a verb pattern reads as a verb here: not after a determiner or possessive, not
 * the second half of a hyphenated modifier ("Israeli-occupied"), and not the object of a
 * preposition unless it is a gerund or an infinitive ("bans on travel to").
 */
function verbContext(v: SentenceView, start: number, head: number, bare: boolean): boolean {
  const prev = normAt(v, start - 1);
  if (wordIn(v, start - 1, NOMINAL_BEFORE)) return false; // prev
  if (bare && singularBefore(v, start)) return false;
  // capitalised mid-sentence: a name or a month ("last March"), not a verb
  if (start > v.ts && startsUpper(v.tokens[start].text)) return false;
  const form = v.tokens[head].norm;
  // after a count a participle describes the noun it precedes: "freed three kidnapped officers", "two detained tourists"
  // ("thousands marched in Tbilisi": a preposition, determiner or adverb after it makes it the crowd's verb)
  if (start === head && endsEd(form) && (v.tokens[start - 1]?.shape === 'number' || wordIn(v, start - 1, COUNTS)) && prenominal(v, head + 1)) return false;
  // right after a past verb a base or -s form is its object: "demanded support"
  // (not after a name: "Abiy Ahmed flew to Asmara")
  if (endsEd(prev) && !cueAt(v, start - 1, CUE.aux) && start === head && !inflected(form) && !mentionOf(v, start - 1)) return false;
  const before = mentionOf(v, start - 1);
  if (before && demonymLike(before) && !inflected(form)) return false;
  // "met to discuss jihadist attacks": an infinitive's verb before it takes it as its object
  if (start === head && !inflected(form) && objectOfInfinitive(v, start)) return false;
  // "could face sanctions", "faced attacks", "drew sanctions": what one faces or draws is a noun (its actor is someone else)
  if ((wordIn(v, start - 1, FACE) || wordIn(v, start - 1, DRAW)) && !inflected(form)) return false;
  // a gerund after a preposition is the content of something else ("aimed at establishing"), except of/by
  const afterPreposition = cueAt(v, start - 1, CUE.preposition);
  if (endsIng(form) && start === head && afterPreposition && prev !== 'of' && prev !== 'by' && prev !== 'to') return false;
  // (a pattern that opens with its subject noun may follow one: "thousands of | demonstrators gathered")
  if (afterPreposition && prev !== 'to' && !endsIng(form) && start === head) return false;
  // a base or -s form after "with frequent", "the new": an adjective then a determiner or preposition make it a noun
  const next = normAt(v, head + 1);
  const takesObject = next === 'to' || next === 'that' || cueAt(v, head + 1, CUE.determiner) || !!mentionOf(v, head + 1);
  if (!inflected(form) && start === head && !takesObject && !cueAt(v, start - 1, CUE.aux) && !mentionOf(v, start - 1) && v.tokens[start - 1]?.shape === 'word') {
    const before = normAt(v, start - 2);
    if (wordIn(v, start - 2, NOMINAL_BEFORE) || (cueAt(v, start - 2, CUE.preposition) && before !== 'to')) return false;
  }
  return true;
}


/** Whether "to", a verb and at most one more plain word ("to discuss jihadist") stand right before `start`. */
function objectOfInfinitive(v: SentenceView, start: number): boolean {
  for (let i = start - 2; i >= v.ts && i >= start - 3; i--) {
    if (normAt(v, i) !== 'to') continue;
    for (let k = i + 1; k < start; k++) {
      const t = v.tokens[k];
      // "agreed to jointly attack": an adverb leaves the verb to come
      if (t.shape !== 'word' || mentionOf(v, k) || startsUpper(t.text) || t.norm.endsWith('ly') || cueAt(v, k, CUE.aux | CUE.be | CUE.boundary | CUE.preposition)) return false;
    }
    return true;
  }
  return false;
}

/** A noun phrase goes on at i: an actor or a lower-case word that is no cue word ("kidnapped police officers"). */
function prenominal(v: SentenceView, i: number): boolean {
  const t = v.tokens[i];
  if (i >= v.te || t.shape !== 'word') return false;
  if (mentionOf(v, i)) return true;
  return !startsUpper(t.text) && !cueAt(v, i, CUE.preposition | CUE.determiner | CUE.boundary | CUE.aux | CUE.be) && !t.norm.endsWith('ly');
}

/** Count words before a noun phrase. */
const COUNTS = new WordSet(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'several', 'many', 'some', 'more', 'other']);

/** Determiners of a singular noun phrase. */
const SINGULAR = new WordSet(['a', 'an', 'another', 'each', 'every']);

/**
 * "a suspected weapons supply": a singular determiner a few plain words before a base form
 * makes it the head of that noun phrase; a finite verb in the base form could not agree with it.
 */
function singularBefore(v: SentenceView, start: number): boolean {
  for (let i = start - 1; i >= v.ts && i >= start - 4; i--) {
    const n = normAt(v, i);
    if (wordIn(v, i, SINGULAR)) return i < start - 1;
    const m = mentionOf(v, i);
    if (m && demonymLike(m)) continue; // "a Swedish weapons supply"
    if (n === '-' || v.tokens[i].shape === 'number') continue; // "a three-day visit", "a 10-year deal"
    if (v.tokens[i].shape !== 'word' || m || cueAt(v, i, CUE.preposition | CUE.aux | CUE.be | CUE.boundary | CUE.pronoun)
      || n === 'and' || n === 'or' || n === 'but') return false;
  }
  return false;
}

const overlaps = (a: Predicate, b: Predicate): boolean => a.start < b.end && b.start < a.end;

/**
 * Picks the predicates to code: matches inside an actor name are dropped ("Free Tibet"),
 * longer matches win over the ones they overlap, and a word that is both verb and noun takes
 * the reading its neighbours suggest. Returned in text order.
 */
export function choosePredicates(v: SentenceView, matches: readonly TrieMatch<EventPattern>[], bases: ReadonlySet<string> = new Set(), participles: ReadonlySet<string> = new Set()): Predicate[] {
  const usable: TrieMatch<EventPattern>[] = [];
  for (const m of matches) if (usableMatch(v, m, bases, participles)) usable.push(m);
  sortSmall(usable, bySpecificity);
  const chosen: Predicate[] = [];
  for (const m of usable) {
    const p: Predicate = { pattern: m.value, start: m.start, end: m.end, head: m.head };
    let clash = -1;
    for (let c = 0; c < chosen.length && clash < 0; c++) if (overlaps(chosen[c], p)) clash = c;
    if (clash < 0) {
      chosen.push(p);
      continue;
    }
    const c = chosen[clash];
    if (c.start === p.start && c.end === p.end && c.pattern.kind !== p.pattern.kind) {
      const wantNoun = nominalContext(v, p.start, p.end);
      if ((p.pattern.kind === 'n') === wantNoun && (c.pattern.kind === 'n') !== wantNoun) chosen[clash] = p;
    }
  }
  return sortSmall(chosen, byStart);
}

/**
 * Sorts in place, stably: the handful of matches of a sentence by insertion (Array#sort's
 * set-up costs more than the sort at this size), longer lists by Array#sort. Both are stable,
 * so the order is the same either way.
 */
function sortSmall<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  if (xs.length > 16) return xs.sort(cmp);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    for (; j >= 0 && cmp(xs[j], x) > 0; j--) xs[j + 1] = xs[j];
    xs[j + 1] = x;
  }
  return xs;
}

function usableMatch(v: SentenceView, m: TrieMatch<EventPattern>, bases: ReadonlySet<string>, participles: ReadonlySet<string>): boolean {
  // an actor may sit in a gap ("avoided Russian overtures"), not on the pattern's own words
  // ... or on its opening subject noun when an actor ends on it ("Iranian protesters | gathered")
  const opening = m.start < m.head && m.value.kind === 'v' ? mentionOf(v, m.start) : null;
  if ((mentionOf(v, m.start) && !(opening && opening.tokenEnd === m.head)) || mentionOf(v, m.head)) return false;
  // ... except that the last word may end a sector actor that starts in the gap: "refused to
  // accept Russian troops" ends on the troops of the actor "Russian troops"
  const last = mentionOf(v, m.end - 1);
  // (or start on it: "expelled the ambassadors of Montenegro" ends on the agent of "ambassadors of Montenegro")
  if (last && !(last.tokenStart > m.head && (last.tokenEnd === m.end || (last.tokenStart === m.end - 1 && normAt(v, m.end) === 'of')) && last.sector !== null)) return false;
  // "summoned the envoy and recalled its ambassador": a gap does not run on into a second verb
  for (let i = m.head + 1; i < m.end - 1; i++) {
    const n = normAt(v, i);
    if ((n === 'and' || n === 'or' || n === 'but') && endsEd(normAt(v, i + 1))) return false;
  }
  if (m.value.kind === 'n') return true;
  // "agreed on Tuesday to ...": a pattern's closing "on" before a day is the date's, not the pattern's
  // (right after the head only: "fired missiles toward Japan on Thursday" keeps its gapped match)
  if (m.end - 1 === m.head + 1 && normAt(v, m.end - 1) === 'on' && m.end < v.te && WEEKDAY.test(v.tokens[m.end].text)) return false;
  // a pattern that opens with the object its relative clause is on is read from the verb: "the troops Russia sent"
  const at = m.value.rel ? m.head : m.start;
  return verbContext(v, at, m.head, m.start === m.head && formAt(v, m.head, bases, FORM.base) && !formAt(v, m.head, participles, FORM.participle));
}

const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Longer matches first, then the more specific pattern, then text order (the sort is stable). */
const bySpecificity = (a: TrieMatch<EventPattern>, b: TrieMatch<EventPattern>): number =>
  b.end - b.start - (a.end - a.start) || b.value.words - a.value.words || a.start - b.start;
const byStart = (a: Predicate, b: Predicate): number => a.start - b.start;

/** Appeals and demands govern the verb of a that-clause after them. */
const DEMANDING_ROOTS = new RootSet(['02', '10']);

/** Index of the verb of a "that X ..." clause starting within a few words of `from` (its subject ends it), or -1. */
function thatClauseVerb(v: SentenceView, from: number): number {
  for (let j = from; j < v.te && j < from + 4; j++) {
    if (normAt(v, j) !== 'that') continue;
    for (let k = j + 1; k < v.te && k < j + 8; k++) {
      const m = mentionOf(v, k);
      if (m) return m.tokenEnd + 2;
      if (v.tokens[k].shape === 'punct') return -1;
    }
    return -1;
  }
  return -1;
}

/** Appeals, intents, demands, rejections and threats govern an infinitive after them. */
const GOVERNING_ROOTS = new RootSet(['02', '03', '10', '12', '13']);
/** Words that may stand between such a verb and its "to": "today", "on Monday". */
const TIME_WORD = /^(today|yesterday|tonight|again|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Appeals, intents, agreements, permissions and demands have an infinitive as their content ("an agreement ... to supply gas"). */
const CONTENT_ROOTS = new RootSet(['02', '03', '05', '08', '10']);

/** "agreement with Gazprom to supply gas": an infinitive right after an event noun's phrase is its content. */
function infinitiveAfterNoun(v: SentenceView, start: number, nounEnd: number): boolean {
  let i = start - 1;
  while (i >= v.ts && cueAt(v, i, CUE.aux) && normAt(v, i) !== 'to') i--;
  if (normAt(v, i) !== 'to') return false;
  if (i - nounEnd > 4 || i < nounEnd) return false;
  for (let k = nounEnd; k < i; k++) if (v.tokens[k].shape === 'punct' || cueAt(v, k, CUE.boundary)) return false;
  return true;
}

/**
 * "condemned the jailing of an Australian writer by a Vietnamese court": an event noun with an
 * actor of its own in a by-phrase is an act of that actor, reported in its own right.
 */
const agentAfterNoun = (v: SentenceView, end: number): boolean => findAgent(v, end, BY).length > 0;
const BY = new Set(['by']);

/**
 * "endorsed an association agreement", "claimed responsibility for a deadly attack": an event
 * noun a few words after a coded predicate, with no actor between, is that predicate's object.
 */
function objectOfVerb(v: SentenceView, verbEnd: number, start: number): boolean {
  if (start < verbEnd || start - verbEnd > 4) return false;
  for (let k = verbEnd; k < start; k++) {
    if (mentionOf(v, k) || v.tokens[k].shape === 'punct' || (cueAt(v, k, CUE.boundary) && !cueAt(v, k, CUE.preposition)) || wordIn(v, k, DRAW)) return false;
  }
  return true;
}

/**
 * Drops predicates an earlier "refuse to"/"agree to"-style predicate stands for: the
 * refusal is the event, not what was refused ("declined to accept bases" is a rejection).
 * The dropped predicate is kept in `v.governed` under the index of the one that governs it.
 */
export function dropGoverned(v: SentenceView, preds: readonly Predicate[]): Predicate[] {
  const out: Predicate[] = [];
  let governedUntil = -1;
  // end of the last governed verb: "to impose sanctions and expel diplomats" governs both
  let governedEnd = -10;
  let nounEnd = -10;
  let verbEnd = -10;
  let i: number;
  for (const p of preds) {
    const joinedToGoverned = p.start === governedEnd + 1 && COORDINATOR.has(normAt(v, governedEnd));
    if (p.pattern.kind === 'v' && (p.start <= governedUntil || joinedToGoverned)) {
      if (!v.governed.has(out.length - 1)) v.governed.set(out.length - 1, p);
      verbEnd = governedEnd = p.end;
      continue;
    }
    // a base or -s form right after another verb (not an infinitive) is that verb's object ("allow aid into Gaza")
    if (p.pattern.kind === 'v' && p.start === verbEnd && normAt(v, p.start - 1) !== 'to' && p.start === p.head && !inflected(v.tokens[p.head].norm)) continue;
    if (p.pattern.kind === 'n' && objectOfVerb(v, verbEnd, p.start) && !agentAfterNoun(v, p.end)) {
      nounEnd = p.end; // "dismissed an appeal from X to lay down arms": the infinitive is still the noun's
      continue;
    }
    if (p.pattern.kind === 'v') verbEnd = p.end;
    if (p.pattern.kind === 'v' && infinitiveAfterNoun(v, p.start, nounEnd)) continue;
    if (p.pattern.kind === 'n' || CONTENT_ROOTS.test(p.pattern.code)) nounEnd = p.end;
    out.push(p);
    if (p.pattern.inf) {
      i = p.end;
      while (i < v.te && cueAt(v, i, CUE.aux)) i++;
      governedUntil = i;
    } else if (DEMANDING_ROOTS.test(p.pattern.code) && (i = thatClauseVerb(v, p.end)) >= 0) {
      governedUntil = i; // "demanded that Israel ease restrictions": the easing is the demand's content
    } else if (REJECT_ROOTS.test(p.pattern.code) && (i = documentGerund(v, p.end, preds)) >= 0) {
      // "vetoed a resolution condemning Syria": the condemnation is the resolution's, not the vetoer's
      governedUntil = i;
    } else if (GOVERNING_ROOTS.test(p.pattern.code)) {
      // "threatened (today) to impose ...", "urged Iran to stop ...": the infinitive is the content
      i = p.end;
      while (i < v.te && i < p.end + 3 && (cueAt(v, i, CUE.aux) || TIME_WORD.test(v.tokens[i].text)) && normAt(v, i) !== 'to') i++;
      if (normAt(v, i) === 'to') governedUntil = i + 1;
      else if (p.pattern.kind === 'v' && OBJECT_CONTROL_ROOTS.test(p.pattern.code) && (i = infinitiveAfterObject(v, p.end, preds)) >= 0) governedUntil = i;
    } else if (PURPOSE_ROOTS.test(p.pattern.code) && ((i = infinitiveAfterObject(v, p.end, preds)) >= 0 || (i = demandingGerund(v, p.end, preds)) >= 0)) {
      // "staged demonstrations to demand reforms", "rallied in the capital, demanding his
      // resignation": the demand is what the protest is for
      governedUntil = i;
    }
    if (governedUntil >= p.end) governedEnd = governedUntil + 1;
  }
  return out;
}

const COORDINATOR = new Set(['and', 'or']);

/** Rejections and vetoes (12): what they reject may be a text with content of its own. */
const REJECT_ROOTS = new RootSet(['12']);

/**
 * Start of a verb in -ing right after a text noun in the object after `from` ("vetoed a
 * US-drafted resolution | condemning ..."), or -1. The clause is the text's content, which a
 * rejection of the text does not assert; "issued a statement urging X" is no rejection and keeps it.
 */
function documentGerund(v: SentenceView, from: number, preds: readonly Predicate[]): number {
  // from the pattern's last word: "blocked* .. resolution~" ends on the text
  for (let j = from - 1; j < v.te && j < from + 8; j++) {
    const n = normAt(v, j);
    if (n === ',' || n === ';' || n === ':' || (cueAt(v, j, CUE.boundary) && !cueAt(v, j, CUE.preposition))) return -1;
    if (!DOCUMENT.has(n)) continue;
    for (const q of preds) if (q.start === j + 1 && q.pattern.kind === 'v' && q.start === q.head && endsIng(normAt(v, q.head))) return q.start;
  }
  return -1;
}

/** Start of an appeal or demand in -ing within a dozen words after `from` ("..., demanding that"), or -1. */
function demandingGerund(v: SentenceView, from: number, preds: readonly Predicate[]): number {
  for (const q of preds) {
    if (q.start < from || q.start >= from + 12) continue;
    if (q.pattern.kind !== 'v' || !DEMANDING_ROOTS.test(q.pattern.code) || !endsIng(normAt(v, q.head))) continue;
    for (let j = from; j < q.start; j++) {
      const n = normAt(v, j);
      if (n === ';' || n === ':' || (cueAt(v, j, CUE.boundary) && !cueAt(v, j, CUE.preposition))) return -1;
    }
    return q.start;
  }
  return -1;
}
/**
 * Appeals and demands whose object is the one who should act ("urged Iran to stop", "pressured
 * workers ... to cancel"), and rejections of such a call ("rejected an invitation to attend").
 */
const OBJECT_CONTROL_ROOTS = new RootSet(['02', '10', '12']);
/** Protests whose purpose is said in an infinitive ("blocked roads to press their demands"). */
const PURPOSE_ROOTS = new RootSet(['14']);

/**
 * Index of the verb of a "to V" infinitive within a dozen words after `from` (the object in
 * between: "urged the Kurdistan Regional Government to hold talks"), when the dictionary
 * knows that verb; -1 otherwise, or when a clause boundary comes first.
 */
function infinitiveAfterObject(v: SentenceView, from: number, preds: readonly Predicate[]): number {
  for (let j = from; j < v.te && j < from + 12; j++) {
    const n = normAt(v, j);
    if (n === 'to') return preds.some((q) => q.start === j + 1 && q.pattern.kind === 'v') ? j + 1 : -1;
    if (n === ',' || n === ';' || n === ':' || (cueAt(v, j, CUE.boundary) && !cueAt(v, j, CUE.preposition))) return -1;
  }
  return -1;
}
