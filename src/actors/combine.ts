import type { Token } from '../model/types.js';
import { isCap, type Draft, type Marker } from './draft.js';
import { place, type SentenceScan } from './discover.js';
import { F_JOINER, F_TWO } from './scan-context.js';
import type { Entity } from './types.js';

const LINK = new Set(['in', 'of', 'from']);
const GAP_STOP = new Set(['in', 'of', 'from', 'the', 'a', 'an', 'and', 'or', 'but', 'based', 'led', "'s", 'to', 'by', 'with', 'for', 'that', 'which', 'who']);
const PREFIX_MODIFIER = new Set(['pro', 'anti', 'non', 'ex', 'post', 'neo']);
const HYPHEN_LINK = new Set(['based', 'led']);
const OWNED = new Set(['its', 'their', 'his', 'her', 'our', 'peacekeeping', 'foreign', 'international', 'multinational', 'allied', 'coalition']);
const PAIR_NOUNS = new Set(['countries', 'governments', 'sides', 'states', 'nations', 'capitals', 'neighbours', 'neighbors', 'leaders', 'presidents']);

const stateOf = (d: Draft | undefined): Entity | null =>
  d && isStateForm(d.form) && d.entity.country && (d.entity.type === 'country' || d.entity.type === 'city') ? d.entity : null;

/** STATE_FORMS.has(form), by comparison: it runs for every draft of every sentence. */
function isStateForm(form: Draft['form']): boolean {
  return form === 'name' || form === 'exact' || form === 'adjective' || form === 'plural' || form === 'capital';
}

function stateEntity(s: SentenceScan, e: Entity): Entity {
  return s.ctx.dict.entities.get(e.country!) ?? e;
}

/** A mention for "<state> <agent>" or "<agent> in <state>" (AZEOPP, RUSMIL). */
function combo(s: SentenceScan, ts: number, te: number, state: Entity, agent: Marker): Draft {
  const base = stateEntity(s, state);
  const code = `${base.type === 'country' ? base.code : state.country}${agent.sector}`;
  const entity: Entity = {
    id: `${base.id}/${agent.sector}`, type: agent.type ?? (isCap(s.ctx.doc.tokens[agent.ts].text) ? 'organization' : 'group'), name: `${base.name} ${agent.sector}`, code,
    country: state.country, org: null, sector: agent.sector, roles: [], countries: [],
  };
  return { ts, te, entity, form: 'combo' };
}

/**
 * Joins states with sector words ("Russian troops", "Moscow's forces", "the opposition in
 * Baku", "Baku-based analysts") and marks states that only modify a word ("pro-Russian").
 */
export function combineAgents(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  for (const a of s.markers) {
    if (a.form === 'head' || overlapsDraft(s, a.ts, a.te)) continue;
    // A title with no name after it acts as a sector word: "the Russian ambassador", "Baku-based political analysts".
    if (a.form === 'title' && personAt(s, a.te)) continue;
    // state, optional 's or "-based", up to two lower-case words, then the agent.
    let j = a.ts - 1;
    let gap = 0;
    while (j >= s.ts0 && gap < 2 && gapWord(s, j)) {
      j--;
      gap++;
    }
    // "Nicaragua's Sandinista government": after a possessive, a capitalised word no entry claims qualifies the agent
    if (gap < 2 && tokens[j - 1]?.norm === "'s" && isCap(tokens[j]?.text ?? '') && !claimed(s, j) && !markerCovers(s, j)) {
      j--;
      gap++;
    }
    // "Baku-based analysts", "US-led forces": the state places or commands the agent.
    if ((tokens[j]?.norm === 'based' || tokens[j]?.norm === 'led') && tokens[j - 1]?.text === '-') j -= 2;
    else if (tokens[j]?.norm === "'s") j--;
    const before = draftEndingAt(s, j + 1);
    const st = stateOf(before);
    // Plural demonyms and bare names are nouns: "Russians sent troops" is no combined actor.
    const gapOk = gap === 0 || before?.form === 'adjective' || tokens[before ? before.te : 0]?.norm === "'s" || HYPHEN_LINK.has(tokens[before ? before.te + 1 : 0]?.norm ?? '');
    if (st && before && gapOk && !isPrefixed(s, before)) {
      place(s, combo(s, before.ts, a.te, st, a));
      if (before.form === 'adjective') shareAgent(s, before.ts, a);
      continue;
    }
    // "NATO officials", "Gazprom executives": the people of an organisation are the organisation.
    if (before && gap === 0 && before.entity.type === 'organization' && tokens[before.te]?.norm !== "'s") {
      place(s, { ...before, te: a.te });
      continue;
    }
    // "its forces in Lebanon", "peacekeeping troops in Bosnia", "peacekeepers in Haiti": the agent
    // belongs to someone else and is only stationed in the state that follows.
    if (LINK.has(tokens[a.te]?.norm ?? '') && !OWNED.has(tokens[a.ts - 1]?.norm ?? '') && !tokens[a.ts].norm.startsWith('peacekeep')) {
      const k = tokens[a.te + 1]?.norm === 'the' ? a.te + 2 : a.te + 1;
      const after = draftStartingAt(s, k);
      const st2 = stateOf(after);
      // "the chief of Israel's militia ally": the agent heads what the state owns, not the state
      const owns = after !== undefined && tokens[after.te]?.norm === "'s";
      if (st2 && after && after.form !== 'adjective' && !owns) place(s, combo(s, a.ts, after.te, st2, a));
    }
  }
}

/**
 * "Armenian and Azerbaijani forces", "Russian, Chinese and Iranian diplomats": adjectives
 * coordinated before one agent noun share it, each naming its own state's agent.
 */
function shareAgent(s: SentenceScan, ts: number, agent: Marker): void {
  const tokens = s.ctx.doc.tokens;
  for (let k = ts - 1; k > s.ts0; ) {
    const n = tokens[k].norm;
    if (n !== 'and' && n !== 'or' && n !== ',') return;
    const prev = draftEndingAt(s, k);
    const st = stateOf(prev);
    if (!prev || !st || prev.form !== 'adjective' || isPrefixed(s, prev)) return;
    place(s, combo(s, prev.ts, prev.te, st, agent));
    k = prev.ts - 1;
  }
}

// Plain loops instead of some/find with closures: these run for every marker of most sentences.
function overlapsDraft(s: SentenceScan, ts: number, te: number): boolean {
  for (const d of s.drafts) if (d.ts < te && ts < d.te) return true;
  return false;
}

function personAt(s: SentenceScan, ts: number): boolean {
  for (const d of s.drafts) if (d.ts === ts && d.entity.type === 'person') return true;
  return false;
}

function draftEndingAt(s: SentenceScan, te: number): Draft | undefined {
  for (const d of s.drafts) if (d.te === te) return d;
  return undefined;
}

function draftStartingAt(s: SentenceScan, ts: number): Draft | undefined {
  for (const d of s.drafts) if (d.ts === ts) return d;
  return undefined;
}

function markerCovers(s: SentenceScan, j: number): boolean {
  for (const m of s.markers) if (m.ts <= j && j < m.te) return true;
  return false;
}

/** Words ending in -s that still modify a noun ("Russian gas company", "Iranian news agency"). */
const S_MODIFIERS = new Set(['gas', 'news', 'arms', 'various', 'numerous', 'serious', 'religious', 'famous', 'previous', 'analysis', 'crisis', 'defense', 'business', 'mass', 'press']);

/**
 * A lower-case word that may sit between a state and its agent ("high-ranking", "political").
 * A plural noun or a present-tense verb (most words in -s) ends the phrase: in "Russian bombers
 * struck rebel positions" the bombers are not a sector of the rebels.
 */
function gapWord(s: SentenceScan, j: number): boolean {
  const t = s.ctx.doc.tokens[j];
  if (t.shape !== 'word' || isCap(t.text) || GAP_STOP.has(t.norm)) return false;
  if (t.norm.endsWith('s') && !t.norm.endsWith('ss') && !t.norm.endsWith('us') && !t.norm.endsWith('is') && !S_MODIFIERS.has(t.norm)) return false;
  return draftEndingAt(s, j + 1) === undefined && !markerCovers(s, j);
}

function isPrefixed(s: SentenceScan, d: Draft): boolean {
  const t = s.ctx.doc.tokens;
  return t[d.ts - 1]?.text === '-' && PREFIX_MODIFIER.has(t[d.ts - 2]?.norm ?? '');
}

/** "pro-Russian", "Baku-based" (no agent after it), "non-Russia": the state is only a modifier. */
export function markModifiers(s: SentenceScan): void {
  const flags = s.ctx.flags;
  for (const d of s.drafts) {
    // Both tests below need a "-" right before or after the draft: most drafts have none, and
    // the flag bytes say so without loading the entity. (Flags past the last token may be
    // stale, which only lets a draft through to the exact tests.)
    if ((d.ts === 0 || (flags[d.ts - 1] & F_JOINER) === 0) && (flags[d.te] & F_JOINER) === 0) continue;
    if (!stateOf(d) && d.entity.type !== 'region') continue;
    if (isPrefixed(s, d) || (inCompound(s, d) && !leads(s, d))) d.modifier = true;
  }
}

/** Hyphen words that make the state the one who acts through the noun: "the Saudi-led coalition", "a British-flagged tanker". */
const PRINCIPAL_LINK = new Set(['led', 'flagged']);

/** "Saudi-led", "US-led", "British-flagged": the state leads or owns what follows, so it stays an actor (not a modifier like "Russian-backed"). */
function leads(s: SentenceScan, d: Draft): boolean {
  const t = s.ctx.doc.tokens;
  return t[d.te]?.text === '-' && PRINCIPAL_LINK.has(t[d.te + 1]?.norm ?? '') && t[d.te + 2]?.shape === 'word';
}

/**
 * A state inside a hyphenated word whose other part is no actor: "Euro-Atlantic", "Russian-backed",
 * "Baku-based" (when no agent follows). "Azerbaijan-Russia relations" keeps both states.
 */
function inCompound(s: SentenceScan, d: Draft): boolean {
  const t = s.ctx.doc.tokens;
  const before = t[d.ts - 1]?.text === '-' && glued(t, d.ts - 2, d.ts - 1) && glued(t, d.ts - 1, d.ts) && t[d.ts - 2].shape === 'word' && !claimed(s, d.ts - 2);
  const after = t[d.te]?.text === '-' && glued(t, d.te - 1, d.te) && glued(t, d.te, d.te + 1) && t[d.te + 1].shape === 'word' && !claimed(s, d.te + 1);
  return before || after;
}

function glued(t: readonly Token[], a: number, b: number): boolean {
  return t[a] !== undefined && t[b] !== undefined && t[a].end === t[b].start;
}

function claimed(s: SentenceScan, i: number): boolean {
  for (const x of s.drafts) if (x.ts <= i && i < x.te) return true;
  return false;
}

/** The two states a text is about: the two most named, when a third is clearly behind. */
function topPair(counts: ReadonlyMap<string, number>): [string, string] | null {
  if (counts.size < 2) return null;
  // The first three of a stable sort by count, descending, in one pass without copying the map:
  // a state displaces another only with a higher count, so the earlier one wins a tie.
  let k0 = '';
  let k1 = '';
  let n0 = -1;
  let n1 = -1;
  let n2 = -1;
  for (const [k, n] of counts) {
    if (n > n0) {
      [k1, n1, n2] = [k0, n0, n1];
      [k0, n0] = [k, n];
    } else if (n > n1) {
      n2 = n1;
      [k1, n1] = [k, n];
    } else if (n > n2) n2 = n;
  }
  if (counts.size > 2 && n2 >= n1) return null;
  return [k0, k1];
}

/** "the two countries" -> one mention per state of the pair the document is about. */
export function resolvePairs(s: SentenceScan): void {
  const t = s.ctx.doc.tokens;
  let added = false;
  const flags = s.ctx.flags;
  // Most documents have no "two": no sweep over their sentences.
  const to = (s.ctx.flagsSeen & F_TWO) === 0 ? s.ts0 : s.te0;
  for (let i = s.ts0; i + 2 < to; i++) {
    if ((flags[i + 1] & F_TWO) === 0 || t[i].norm !== 'the' || !PAIR_NOUNS.has(t[i + 2].norm)) continue;
    const pair = topPair(s.ctx.countryCounts);
    if (pair === null) continue;
    const [a, b] = pair;
    const group = [a, b].sort().join('+');
    for (const c of [a, b]) {
      const e = s.ctx.dict.entities.get(c);
      if (!e) continue;
      const gov = /governments|leaders|presidents|capitals/.test(t[i + 2].norm);
      s.drafts.push({ ts: i, te: i + 3, entity: e, form: 'pair', group, ...(gov ? { code: `${c}GOV`, sector: 'GOV' } : {}) });
      added = true;
    }
    i += 2;
  }
  // A stable sort leaves drafts already in text order as they are: skip it then.
  if (added || !inTextOrder(s.drafts)) s.drafts.sort((x, y) => x.ts - y.ts);
}

function inTextOrder(drafts: readonly Draft[]): boolean {
  for (let i = 1; i < drafts.length; i++) if (drafts[i].ts < drafts[i - 1].ts) return false;
  return true;
}
