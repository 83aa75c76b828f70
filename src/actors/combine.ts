import type { Token } from '../model/types.js';
import { copyDraft, isCap, newDraft, type Draft, type Marker } from './draft.js';
import { place, type SentenceScan } from './discover.js';
import { F_BODY, F_JOINER, F_TWO, firstRareAt } from './scan-context.js';
import type { Entity } from './types.js';

const LINK = new Set(['in', 'of', 'from']);
const GAP_STOP = new Set(['in', 'of', 'from', 'the', 'a', 'an', 'and', 'or', 'but', 'based', 'led', "'s", 'to', 'by', 'with', 'for', 'that', 'which', 'who']);
const PREFIX_MODIFIER = new Set(['pro', 'anti', 'non', 'ex', 'post', 'neo']);
const HYPHEN_LINK = new Set(['based', 'led']);
const OWNED = new Set(['its', 'their', 'his', 'her', 'our', 'peacekeeping', 'foreign', 'international', 'multinational', 'allied', 'coalition']);
const PAIR_NOUNS = new Set(['countries', 'governments', 'sides', 'states', 'nations', 'capitals', 'neighbours', 'neighbors', 'leaders', 'presidents', 'ministers', 'premiers', 'militaries', 'armies']);

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
  return newDraft(ts, te, entity, 'combo');
}

/** Whether a title starts at token `at`, among markers[from..] (in text order). */
function titleStartsAt(markers: readonly Marker[], from: number, at: number): boolean {
  for (let j = from; j < markers.length && markers[j].ts <= at; j++) if (markers[j].ts === at && markers[j].form === 'title') return true;
  return false;
}

/**
 * Joins states with sector words ("Russian troops", "Moscow's forces", "the opposition in
 * Baku", "Baku-based analysts") and marks states that only modify a word ("pro-Russian").
 */
export function combineAgents(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  const markers = s.markers;
  for (let k = 0; k < markers.length; k++) {
    const a = markers[k];
    if (a.form === 'head' || overlapsDraft(s, a.ts, a.te)) continue;
    // "the Chinese deputy ambassador": a sector word right before a title qualifies the title
    if (a.form === 'agent' && titleStartsAt(markers, k + 1, a.te)) continue;
    // A title with no name after it acts as a sector word: "the Russian ambassador", "Baku-based political analysts".
    if (a.form === 'title' && personAt(s, a.te)) continue;
    // "Russian Deputy Defence Minister X": a word opening a chain of titles before a name is a title too.
    if (isCap(tokens[a.ts].text) && titledPersonAt(s, a.te)) continue;
    // "Qatar, whose envoy met ...": the relative's owner is the state before the comma
    if (tokens[a.ts - 1]?.norm === 'whose' && tokens[a.ts - 2]?.norm === ',') {
      const owner = draftEndingAt(s, a.ts - 2);
      const state = stateOf(owner);
      if (owner && state) {
        place(s, combo(s, a.ts, a.te, state, a));
        continue;
      }
    }
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
    // "pro-Russian separatists", "Iranian-backed rebels": the sponsor's state is not the fighters'
    const sponsor = a.sector === 'REB' ? sponsorOf(s, a.ts, before) : null;
    if (sponsor) {
      const host = hostState(s, sponsor.entity.country!);
      if (host) place(s, combo(s, a.ts, a.te, host, a));
      continue;
    }
    // "NATO officials", "Gazprom executives": the people of an organisation are the organisation.
    if (before && gap === 0 && before.entity.type === 'organization' && tokens[before.te]?.norm !== "'s") {
      place(s, copyDraft(before, before.ts, a.te));
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
      if (st2 && after && after.form !== 'adjective' && !owns) {
        place(s, combo(s, a.ts, after.te, st2, a));
        // "the foreign ministers of Japan and South Korea": a plural agent belongs to each state listed
        if (tokens[a.te - 1].norm.endsWith('s')) shareAcrossList(s, after.te, a);
      }
    }
  }
}

/** Gives `agent` to each state of the list continuing at token k (", B and C"): each becomes a combined actor. */
function shareAcrossList(s: SentenceScan, k: number, agent: Marker): void {
  const tokens = s.ctx.doc.tokens;
  for (;;) {
    let j = k;
    while (j < s.te0 && (tokens[j].norm === ',' || tokens[j].norm === 'and' || tokens[j].norm === 'the')) j++;
    if (j === k) return;
    const next = draftStartingAt(s, j);
    const st = stateOf(next);
    if (!next || !st || next.form === 'adjective') return;
    place(s, combo(s, next.ts, next.te, st, agent));
    k = next.te;
  }
}

/** Sectors of armed groups no state commands: unnamed gunmen (UAF) and rebels (REB). */
const ARMED_SECTORS = new Set(['UAF', 'REB']);

/**
 * "Gunmen killed 30 civilians in Burkina Faso", "rebels attacked Malian troops": an armed group
 * with no state of its own operates in the one state the sentence names (CAMEO codes unnamed
 * armed men by where they act: BFAUAF). With no state or several, it stays unnamed. Runs after
 * combineAgents, so the sentence's states are known.
 */
export function placeArmedAgents(s: SentenceScan): void {
  const t = s.ctx.doc.tokens;
  // the sentence's state, read before this pass adds any combination: any mention, or places only
  let anyState: Entity | null | undefined;
  let placeState: Entity | null | undefined;
  for (const a of s.markers) {
    if (a.form !== 'agent' || overlapsDraft(s, a.ts, a.te)) continue;
    // the victims of such violence likewise, when the state is named as a place ("In Burkina
    // Faso, gunmen killed 30 civilians"); after a demonym ("Israeli strikes killed civilians") they may be anyone's
    const victims = a.sector === 'CVL' && VICTIMS.has(t[a.te - 1].norm);
    if (!victims && !ARMED_SECTORS.has(a.sector)) continue;
    // "a fighter" is as often a jet; "its fighters" belong to someone named before
    if (t[a.ts].norm === 'fighter' || OWNED.has(t[a.ts - 1]?.norm ?? '')) continue;
    if (anyState === undefined) {
      anyState = onlyState(s, false);
      placeState = onlyState(s, true);
    }
    const state = victims ? placeState : anyState;
    if (state) place(s, combo(s, a.ts, a.te, state, a));
  }
}

const VICTIMS = new Set(['civilians', 'civilian', 'villagers', 'residents']);

/** The one state the sentence's actors belong to (named as a place only, when `asPlace`), else null. */
function onlyState(s: SentenceScan, asPlace: boolean): Entity | null {
  let country: string | null = null;
  for (const d of s.drafts) {
    const c = d.entity.country;
    if (c === null || d.modifier) continue;
    if (asPlace && (d.form === 'adjective' || d.form === 'plural' || d.form === 'combo')) return null;
    if (country !== null && c !== country) return null;
    country = c;
  }
  return country === null ? null : (s.ctx.dict.entities.get(country) ?? null);
}

/** Words after "<state>-" that make the state a sponsor of what follows ("Russian-backed"). */
const SPONSORED = new Set(['backed', 'supported', 'sponsored', 'funded', 'armed', 'aligned', 'allied', 'trained']);

/** The state draft that only sponsors the agent at `ts`: "pro-<state>" right before it, or "<state>-backed". */
function sponsorOf(s: SentenceScan, ts: number, before: Draft | undefined): Draft | null {
  const t = s.ctx.doc.tokens;
  if (before && stateOf(before) && isPrefixed(s, before)) return before;
  if (!SPONSORED.has(t[ts - 1]?.norm ?? '') || t[ts - 2]?.text !== '-') return null;
  const d = draftEndingAt(s, ts - 2);
  return d && stateOf(d) ? d : null;
}

/** The state the document names most, other than `except`: where sponsored fighters fight. */
function hostState(s: SentenceScan, except: string): Entity | null {
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of s.ctx.countryCounts) if (c !== except && k > n) [best, n] = [c, k];
  return best === null ? null : (s.ctx.dict.entities.get(best) ?? null);
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

/** Whether further titles and then a person's name start at ts ("Defence Minister X"). */
function titledPersonAt(s: SentenceScan, ts: number): boolean {
  let t = s.markers.find((m) => m.ts === ts && m.form === 'title');
  if (t === undefined) return false;
  for (let n = 0; n < 4 && t !== undefined; n++) {
    if (personAt(s, t.te)) return true;
    const te: number = t.te;
    t = s.markers.find((m) => m.ts === te && m.form === 'title');
  }
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

/** What "the two ..." may stand for: the states of the drafts before `end`, of people only, or of states named outright. */
export type PairKind = 'all' | 'people' | 'states';

/**
 * The countries of the drafts starting before `end`, in text order: all of them, only people's
 * ("the two leaders"), or only states named outright, not by a demonym or a region ("the two
 * countries": in "the partition of British India left Kashmir disputed" no two are named).
 */
function countriesOf(drafts: readonly Draft[], end: number, kind: PairKind = 'all'): string[] {
  const out: string[] = [];
  for (const d of drafts) {
    if (d.ts >= end || !d.entity.country) continue;
    if (kind === 'people' && d.entity.type !== 'person') continue;
    // (a state's agent counts with its state: "the ambassadors of Montenegro and Macedonia ... both neighbours")
    if (kind === 'states' && !(d.entity.type === 'country' && (d.form === 'name' || d.form === 'exact')) && d.form !== 'capital' && d.form !== 'combo') continue;
    out.push(d.entity.country);
  }
  return out;
}

/** Nouns of "the two ..." that mean people. */
const PEOPLE_NOUNS = new Set(['leaders', 'presidents', 'ministers', 'premiers']);

/** The sector of each pair noun that names one ("the two governments" GOV, "the two armies" MIL). */
const PAIR_SECTORS = new Map([
  ...['governments', 'leaders', 'presidents', 'capitals', 'ministers', 'premiers'].map((n): [string, string] => [n, 'GOV']),
  ...['militaries', 'armies'].map((n): [string, string] => [n, 'MIL']),
]);

/**
 * The pair "the two <noun>" at token `at` means, named just before it: two leaders met in this
 * sentence or the one before ("Sargsyan met Gul. The two leaders signed"), or two states named
 * outright earlier in this sentence ("Chile and Peru signed ..., and the two countries"). Null
 * when nothing recent settles it (the document's pair decides then).
 */
function recentPair(s: SentenceScan, at: number, noun: string): [string, string] | null {
  if (PEOPLE_NOUNS.has(noun)) {
    const people = lastTwo(countriesOf(s.drafts, at, 'people')) ?? lastTwo(countriesOf(s.ctx.lastDrafts, Infinity, 'people'));
    if (people) return people;
  }
  return lastTwo(countriesOf(s.drafts, at, 'states'));
}

/** The last two distinct states of the list, in text order; null when fewer than two. */
function lastTwo(list: readonly string[]): [string, string] | null {
  let a: string | null = null;
  for (let k = list.length - 1; k >= 0; k--) {
    if (a === null) a = list[k];
    else if (list[k] !== a) return [list[k], a];
  }
  return null;
}

/**
 * "the two countries" -> one mention per state of the pair just named, else of the pair the
 * document is about.
 */
export function resolvePairs(s: SentenceScan): void {
  const t = s.ctx.doc.tokens;
  let added = false;
  const flags = s.ctx.flags;
  const to = s.te0;
  // "the two sides" or "both sides": only the sentence's tokens in ctx.rare can be "two" or
  // "both" (what a sweep over all its tokens testing F_TWO finds); `after` skips a matched phrase.
  const rare = s.ctx.rare;
  let after = -1;
  for (let r = firstRareAt(s.ctx, s.ts0); r < rare.length && rare[r] < to; r++) {
    const k = rare[r];
    if ((flags[k] & F_TWO) === 0 || k <= after) continue;
    const both = t[k].norm === 'both';
    if (!both && (k === s.ts0 || t[k - 1].norm !== 'the')) continue;
    const i = both ? k : k - 1;
    const noun = k + 1;
    if (noun >= to || !PAIR_NOUNS.has(t[noun].norm)) continue;
    // a single state named before the phrase is the speaker ("Moscow urged both sides to ..."): the pair is another
    const pair = recentPair(s, i, t[noun].norm) ?? topPair(s.ctx.countryCounts) ?? lastTwo(countriesOf(s.ctx.lastDrafts, Infinity));
    if (pair === null) continue;
    const [a, b] = pair;
    const group = [a, b].sort().join('+');
    for (const c of [a, b]) {
      const e = s.ctx.dict.entities.get(c);
      if (!e) continue;
      const sector = PAIR_SECTORS.get(t[noun].norm);
      s.drafts.push(sector ? newDraft(i, noun + 1, e, 'pair', `${e.code}${sector}`, sector, group) : newDraft(i, noun + 1, e, 'pair', undefined, undefined, group));
      added = true;
    }
    after = noun;
  }
  // A stable sort leaves drafts already in text order as they are: skip it then.
  if (added || !inTextOrder(s.drafts)) s.drafts.sort((x, y) => x.ts - y.ts);
}

/** Whether "the <noun>" can mean `body`: NATO and the CSTO are alliances, any body a bloc, else the noun is in its name. */
function bodyFits(noun: string, body: Entity): boolean {
  if (noun === 'bloc') return true;
  const name = body.name.toLowerCase();
  if (noun === 'alliance') return /treaty|alliance|pact|\bnato\b|\bcsto\b/.test(name) || body.code.endsWith('NAT');
  return name.includes(noun === 'organisation' ? 'organization' : noun) || name.includes(noun);
}

/** "NATO ... the alliance declined": "the <body noun>" names the body named last, when it fits it. */
export function resolveBodies(s: SentenceScan): void {
  const body = s.ctx.lastBody;
  if (body === null || (s.ctx.flagsSeen & F_BODY) === 0) return;
  const t = s.ctx.doc.tokens;
  const flags = s.ctx.flags;
  let added = false;
  // The body nouns (scan-context.ts BODY_NOUNS) after the sentence's first token: in ctx.rare.
  const rare = s.ctx.rare;
  for (let r = firstRareAt(s.ctx, s.ts0 + 1); r < rare.length && rare[r] < s.te0; r++) {
    const k = rare[r];
    if ((flags[k] & F_BODY) === 0) continue;
    const i = k - 1;
    if (t[i].norm !== 'the' || claimed(s, k)) continue;
    // "the Union of ...", "the Council of Europe", "the alliance's": a name or phrase of its own
    const next = t[i + 2];
    if (next !== undefined && (next.norm === 'of' || (next.shape === 'word' && isCap(next.text)))) continue;
    if (!bodyFits(t[i + 1].norm, body)) continue;
    s.drafts.push(newDraft(i, i + 2, body, 'discovered'));
    added = true;
  }
  if (added) s.drafts.sort((x, y) => x.ts - y.ts);
}

/** The states "the North" and "the South" stand for once either Korea is named. */
const KOREAS = { North: 'PRK', South: 'KOR' } as const;

/** "Seoul accused the North of ...": in a text that has named one of the Koreas, "the North"/"the South" is that Korea. */
export function resolveHalves(s: SentenceScan): void {
  const counts = s.ctx.countryCounts;
  if (counts.size === 0 || !(counts.has('KOR') || counts.has('PRK'))) return;
  const t = s.ctx.doc.tokens;
  let added = false;
  for (let k = s.ts0 + 1; k < s.te0; k++) {
    const text = t[k].text;
    if ((text !== 'North' && text !== 'South') || t[k - 1].norm !== 'the' || claimed(s, k)) continue;
    // "the North Atlantic", "the South China Sea": a name of its own
    const next = t[k + 1];
    if (k + 1 < s.te0 && next.shape === 'word' && isCap(next.text)) continue;
    const state = s.ctx.dict.entities.get(KOREAS[text]);
    if (state === undefined) continue;
    s.drafts.push(newDraft(k - 1, k + 1, state, 'discovered'));
    added = true;
  }
  if (added) s.drafts.sort((x, y) => x.ts - y.ts);
}

function inTextOrder(drafts: readonly Draft[]): boolean {
  for (let i = 1; i < drafts.length; i++) if (drafts[i].ts < drafts[i - 1].ts) return false;
  return true;
}
