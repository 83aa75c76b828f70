import type { Mention } from '../model/types.js';
import { type ArgContext, coordinated, findSubject, type Predicate } from './arguments.js';
import type { EventPattern } from './event-dictionary.js';
import { isActor, mentionOf, normAt, type SentenceView } from './sentence-view.js';

/** A demand read from reported obligation: "Britain said that Libya must hand over the suspects". */
export interface Obligation {
  readonly sources: Mention[];
  readonly targets: Mention[];
  /** Token range of the evidence: the verb of saying through "must". */
  readonly start: number;
  readonly end: number;
  /** The token after "must": predicates starting right there are the demand's content. */
  readonly contentStart: number;
}

const OBLIGATION = new Set(['must']);

/** The pattern obligations are coded under (CAMEO 100, demand). */
export const DEMAND_PATTERN: EventPattern = {
  code: '100', kind: 'v', text: '<say> that X must', where: 'src/events/obligations.ts', inf: false, sym: false, loc: false, needsTarget: true, ready: false, ofActor: false, words: 2,
};

const LOCATIVE = new Set(['in', 'near', 'at']);
const isPlace = (m: Mention): boolean => m.type === 'city' || m.type === 'region' || m.type === 'facility';

/** The actor just before "must" (the one obliged), within the clause. */
function obliged(v: SentenceView, i: number): Mention | null {
  for (let j = i - 1; j >= v.ts && j >= i - 6; j--) {
    const m = mentionOf(v, j);
    // "the army and the militias in Kivu must ...": a place after "in" only locates the obliged
    if (m && isActor(m) && !(isPlace(m) && LOCATIVE.has(normAt(v, m.tokenStart - 1)))) return m;
    if (v.tokens[j].shape === 'punct' || v.cues.boundary.has(normAt(v, j))) return null;
  }
  return null;
}

/** A verb of saying a few words before `at` ("declared (Tuesday) that"), or -1. */
function sayingBefore(v: SentenceView, at: number): number {
  for (let j = at - 1; j >= v.ts && j >= at - 6; j--) {
    if (v.cues.reportVerb.has(normAt(v, j))) return j;
    if (v.tokens[j].shape === 'punct') return -1;
  }
  return -1;
}

/** Every "<X says> Y must ..." in the sentence, as a demand by X on Y. */
export function findObligations(v: SentenceView, ctx: ArgContext): Obligation[] {
  const out: Obligation[] = [];
  for (let i = v.ts; i < v.te; i++) {
    if (!OBLIGATION.has(normAt(v, i))) continue;
    const target = obliged(v, i);
    if (!target) continue;
    const say = sayingBefore(v, coordinated(v, target)[0].tokenStart);
    if (say < 0) continue;
    const speaker: Predicate = { pattern: DEMAND_PATTERN, start: say, end: say + 1, head: say };
    const subject = findSubject(v, speaker, ctx);
    if (!subject.mentions.length) continue;
    out.push({ sources: subject.mentions, targets: coordinated(v, target), start: say, end: i + 1, contentStart: i + 1 });
  }
  return out;
}
