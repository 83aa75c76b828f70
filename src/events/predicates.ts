import type { Mention } from '../model/types.js';
import type { Predicate } from './arguments.js';
import type { EventPattern } from './event-dictionary.js';
import type { PatternTrie, TrieMatch } from './pattern-trie.js';
import { mentionOf, normAt, type SentenceView } from './sentence-view.js';

/** Adjectival demonym mention ("Russian support"), which makes a following event word a noun. */
function demonymLike(m: Mention): boolean {
  return m.text !== m.canonical && /(an|ian|ese|ish|i|ic|ch)$/i.test(m.text);
}

/** Whether an event word that is both verb and noun reads as a noun here. */
function nominalContext(v: SentenceView, start: number, end: number): boolean {
  const prev = normAt(v, start - 1);
  const next = normAt(v, end);
  if (v.cues.determiner.has(prev) || prev === "'s" || v.cues.preposition.has(prev)) return true;
  const m = mentionOf(v, start - 1);
  if (m && demonymLike(m)) return true;
  return next === 'of' || next === 'by';
}

/** All dictionary matches in the sentence (the cheap pass: a trie walk from each token). */
export function findMatches(v: SentenceView, trie: PatternTrie<EventPattern>, out: TrieMatch<EventPattern>[]): void {
  for (let i = v.ts; i < v.te; i++) {
    if (trie.startsWith(v.tokens[i].norm)) trie.matchAt(v.tokens, i, v.te, out);
  }
}

const overlaps = (a: Predicate, b: Predicate): boolean => a.start < b.end && b.start < a.end;

/**
 * Picks the predicates to code: matches inside an actor name are dropped ("Free Tibet"),
 * longer matches win over the ones they overlap, and a word that is both verb and noun takes
 * the reading its neighbours suggest. Returned in text order.
 */
export function choosePredicates(v: SentenceView, matches: readonly TrieMatch<EventPattern>[]): Predicate[] {
  const usable = matches.filter((m) => {
    for (let t = m.start; t < m.end; t++) if (mentionOf(v, t)) return false;
    return true;
  });
  usable.sort((a, b) => b.end - b.start - (a.end - a.start) || b.value.words - a.value.words || a.start - b.start);
  const chosen: Predicate[] = [];
  for (const m of usable) {
    const p: Predicate = { pattern: m.value, start: m.start, end: m.end, head: m.head };
    const clash = chosen.findIndex((c) => overlaps(c, p));
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
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Drops predicates an earlier "refuse to"/"agree to"-style predicate stands for: the
 * refusal is the event, not what was refused ("declined to accept bases" is a rejection).
 */
export function dropGoverned(v: SentenceView, preds: readonly Predicate[]): Predicate[] {
  const out: Predicate[] = [];
  let governedUntil = -1;
  for (const p of preds) {
    if (p.start <= governedUntil && p.pattern.kind === 'v') continue;
    out.push(p);
    if (p.pattern.inf) {
      let i = p.end;
      while (i < v.te && v.cues.aux.has(normAt(v, i))) i++;
      governedUntil = i;
    }
  }
  return out;
}
