import type { Doc, Mention } from '../model/types.js';
import { impliedMention } from './home-target.js';
import { endsEd, type SentenceView } from './sentence-view.js';

/**
 * The implied partner in a report on one pair of states ("Georgia - Russia Relations"): when a
 * sentence's act names no target ("Moscow rejected the accusation", "Ankara criticized the
 * ruling"), the other state of the title's pair is the one acted on. Applied only when the
 * title names exactly those two states, every source belongs to one of them, and no mention of
 * any other party (a third state, an organisation) stands in the source's clause (but those in
 * `except`: the court a dispute is taken to).
 */
export function dyadTarget(v: SentenceView, sources: readonly Mention[], except: readonly Mention[] = []): Mention | null {
  const pair = titlePair(v.doc);
  if (!pair) return null;
  const country = sources[0]?.country;
  if (country !== pair[0].country && country !== pair[1].country) return null;
  for (const s of sources) if (s.country !== country) return null;
  const from = clauseStart(v, sources[0].tokenStart);
  const [asideStart, asideEnd] = aside(v, sources[sources.length - 1].tokenEnd);
  for (const m of v.allMentions) {
    if (m.code === '' || m.code.startsWith('---') || m.tokenEnd <= from || except.includes(m)) continue;
    if (m.tokenStart >= asideStart && m.tokenEnd <= asideEnd) continue;
    if (m.country !== pair[0].country && m.country !== pair[1].country) return null;
  }
  const other = country === pair[0].country ? pair[1] : pair[0];
  return impliedMention(sources[0], { type: 'country', canonical: other.canonical, entityId: other.entityId, code: other.code, country: other.country, sector: null });
}

/**
 * "Serbia, backed by Russia and China, was still refusing ...": a participle phrase between commas
 * right after the source describes it; its actors are no other party of the act. [start, end) of
 * its tokens, or an empty range.
 */
function aside(v: SentenceView, at: number): [number, number] {
  if (v.tokens[at]?.norm !== ',' || !endsEd(v.tokens[at + 1]?.norm ?? '')) return [0, 0];
  for (let i = at + 2; i < v.te && i < at + 12; i++) if (v.tokens[i].norm === ',') return [at + 1, i];
  return [0, 0];
}

/**
 * Where the clause holding token `at` begins: after the last ";" or ", but"/", while"/", whereas"
 * before it ("talks were mediated by the EU, but Russia has refused ...": the EU is in another clause).
 */
function clauseStart(v: SentenceView, at: number): number {
  for (let i = at - 1; i > v.ts; i--) {
    const n = v.tokens[i].norm;
    if (n === ';' || ((n === 'but' || n === 'while' || n === 'whereas') && v.tokens[i - 1].norm === ',')) return i;
  }
  return v.ts;
}

/** The two states a document's title names ("A - B Relations"), built once per document; null for any other title. */
const PAIRS = new WeakMap<Doc, readonly [Mention, Mention] | null>();
const PAIR_TITLE = /^\s*(.+?)\s*[-–—]\s*(.+?)\s+relations?\b/i;
function titlePair(doc: Doc): readonly [Mention, Mention] | null {
  let pair = PAIRS.get(doc);
  if (pair === undefined) {
    pair = null;
    const sides = doc.title ? PAIR_TITLE.exec(doc.title) : null;
    if (sides) {
      // each side is a state the text mentions by that name (the title line itself is not analysed)
      const a = stateNamed(doc, sides[1]), b = stateNamed(doc, sides[2]);
      if (a && b && a.country !== b.country) pair = [a, b];
    }
    PAIRS.set(doc, pair);
  }
  return pair;
}

function stateNamed(doc: Doc, name: string): Mention | undefined {
  const folded = name.toLowerCase();
  return doc.mentions.find((m) => m.type === 'country' && m.country && m.entityId === m.country &&
    (m.text.toLowerCase() === folded || m.canonical.toLowerCase() === folded));
}
