import type { MentionType, Token } from '../model/types.js';
import { copyDraft, isCap, newDraft, slug, type Draft, type Marker } from './draft.js';
import { F_CAP, mainCountry, type ScanContext } from './scan-context.js';
import type { Entity } from './types.js';

const STOP = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'for', 'and', 'of', 'from', 'by', 'with', 'to', 'as', 'but', 'if', 'while', 'after', 'before', 'since', 'when', 'this', 'that', 'his', 'her', 'its', 'their']);
const CONNECT = new Set(['of', 'for', 'and', 'on', 'the', 'de']);
const ORDINAL = /^\d+(st|nd|rd|th)$/;
const PLACE_PARTICLE = new Set(['da', 'do', 'dos', 'das', 'de', 'del', 'la']);

/** The working state of one sentence. */
export interface SentenceScan {
  readonly ctx: ScanContext;
  readonly ts0: number;
  readonly te0: number;
  drafts: Draft[];
  readonly markers: Marker[];
  /**
   * Indices of the sentence's capitalised tokens (F_CAP), in order, in caps[0..capCount): one
   * sweep over the flags made before the passes that look only at capitals (apposition, bare
   * names, near misses), so each walks a few indices instead of the whole sentence. capCount
   * is -1 until made.
   */
  caps: Int32Array;
  capCount: number;
}

/** Fills s.caps with the sentence's capitalised tokens (once per sentence) and returns their count. */
export function capitalsOf(s: SentenceScan): number {
  if (s.capCount >= 0) return s.capCount;
  const ctx = s.ctx;
  if (ctx.caps.length < s.te0 - s.ts0) ctx.caps = new Int32Array(Math.max(s.te0 - s.ts0, 2 * ctx.caps.length));
  const caps = ctx.caps;
  const flags = ctx.flags;
  let n = 0;
  for (let i = s.ts0; i < s.te0; i++) if ((flags[i] & F_CAP) !== 0) caps[n++] = i;
  s.caps = caps;
  s.capCount = n;
  return n;
}

const tok = (s: SentenceScan, i: number): Token => s.ctx.doc.tokens[i];
/** The draft covering token i (a loop, not find with a closure: runStart calls it per word). */
function draftAt(s: SentenceScan, i: number): Draft | undefined {
  for (const d of s.drafts) if (d.ts <= i && i < d.te) return d;
  return undefined;
}
const markerAt = (s: SentenceScan, i: number, form?: Marker['form']): Marker | undefined =>
  s.markers.find((m) => m.ts <= i && i < m.te && (form === undefined || m.form === form));
const adjacent = (a: Token, b: Token): boolean => a.end === b.start;

/** A capitalised word that may be part of a name (not a sentence-initial function word). */
function capWord(s: SentenceScan, i: number): boolean {
  if (i < s.ts0 || i >= s.te0) return false;
  const t = tok(s, i);
  return t.shape === 'word' && isCap(t.text) && !STOP.has(t.norm);
}

/**
 * Per token of the sentence: 1 when a draft covers it, 2 when only a marker does, else 0.
 * The array is the context's scratch buffer: it may be longer than the sentence, and the next
 * call overwrites it, so callers read only indices below te0 - ts0 and recompute after `place`.
 */
export function claimedMask(s: SentenceScan): Uint8Array {
  const n = s.te0 - s.ts0;
  const ctx = s.ctx;
  if (ctx.mask.length < n) ctx.mask = new Uint8Array(Math.max(n, 2 * ctx.mask.length));
  const mask = ctx.mask;
  // Plain loops: TypedArray#fill costs more than these few-token spans.
  for (let i = 0; i < n; i++) mask[i] = 0;
  for (const m of s.markers) for (let i = clampTo(m.ts - s.ts0, n), e = clampTo(m.te - s.ts0, n); i < e; i++) mask[i] = 2;
  for (const d of s.drafts) for (let i = clampTo(d.ts - s.ts0, n), e = clampTo(d.te - s.ts0, n); i < e; i++) mask[i] = 1;
  return mask;
}

/** An index as `fill` on an array of length n reads it (negative counts from the end). */
function clampTo(x: number, n: number): number {
  return x < 0 ? Math.max(n + x, 0) : Math.min(x, n);
}

/** Replaces the drafts overlapping [ts, te) with `d`, keeping them in text order. */
export function place(s: SentenceScan, d: Draft): void {
  const kept: Draft[] = [];
  let sorted = true;
  for (const x of s.drafts) {
    if (x.te <= d.ts || x.ts >= d.te) {
      if (kept.length > 0 && x.ts < kept[kept.length - 1].ts) sorted = false;
      kept.push(x);
    }
  }
  if (sorted) {
    // What a stable sort of [...kept, d] gives: d after every draft starting at or before it.
    let at = kept.length;
    while (at > 0 && kept[at - 1].ts > d.ts) at--;
    kept.splice(at, 0, d);
  } else {
    kept.push(d);
    kept.sort((a, b) => a.ts - b.ts);
  }
  s.drafts = kept;
}

/** Nearest draft naming a state, before or after `i`; `namesOnly` skips demonyms. */
export function nearestCountry(s: SentenceScan, i: number, namesOnly = false): string | null {
  return nearestCountryIn(s.drafts, i, namesOnly);
}

/** nearestCountry over a list of drafts (not a copy of the sentence scan with other drafts: one shape of SentenceScan). */
export function nearestCountryIn(drafts: readonly Draft[], i: number, namesOnly = false): string | null {
  let best: string | null = null;
  let dist = Infinity;
  for (const d of drafts) {
    if (!d.entity.country || d.form === 'discovered' || d.form === 'pair') continue;
    if (namesOnly && d.form !== 'name' && d.form !== 'exact') continue;
    if (namesOnly && d.entity.type !== 'country') continue;
    const gap = d.te <= i ? i - d.te : d.ts - i;
    if (gap < dist) {
      dist = gap;
      best = d.entity.country;
    }
  }
  return best;
}

/** Words before a place that make it where someone went or came from ("visited Beijing", "withdrew from Azerbaijan"). */
const MOVEMENT = new Set(['from', 'to', 'into', 'toward', 'towards', 'visit', 'visits', 'visited', 'visiting', 'toured', 'reached', 'arrived', 'landed']);

/**
 * A place named as where someone went or came from ("visited Beijing", "pulled out of Ganja",
 * "arrived in Delhi"): no clue to the state of a person or unit of unknown state.
 */
export function movedPlace(s: SentenceScan, d: Draft): boolean {
  const type = d.type ?? d.entity.type;
  if (d.ts - 1 < s.ts0 || (type !== 'city' && type !== 'country' && type !== 'region')) return false;
  const prev = tok(s, d.ts - 1).norm;
  if (MOVEMENT.has(prev)) return true;
  const before = d.ts - 2 >= s.ts0 ? tok(s, d.ts - 2).norm : '';
  return (prev === 'of' && before === 'out') || (prev === 'in' && MOVEMENT.has(before));
}

/** A state's CAMEO code, which is not always its id: Kosovo is XKX, coded KSV. */
export function stateCode(ctx: ScanContext, country: string): string {
  const e = ctx.dict.entities.get(country);
  return e !== undefined && e.type === 'country' ? e.code : country;
}

/** Makes (or reuses) an entity found by its introduction rather than the dictionary. */
export function discoveredEntity(ctx: ScanContext, name: string, type: MentionType, country: string | null, sector: string | null): Entity {
  const memo = `${type}|${name}`;
  const seen = ctx.discovered.get(memo);
  if (seen) return seen;
  const id = `discovered:${type}:${slug(name)}`;
  const state = country === null ? '---' : stateCode(ctx, country);
  const code = type === 'facility' || type === 'city' || type === 'region' ? (country === null ? '' : state) : `${state}${sector ?? ''}`;
  const e: Entity = { id, type, name, code, country, org: null, sector, roles: [], countries: [] };
  ctx.discovered.set(memo, e);
  return e;
}

const textOf = (s: SentenceScan, a: number, b: number): string => s.ctx.doc.text.slice(tok(s, a).start, tok(s, b - 1).end);

/** Extends a name run backwards from `i` (exclusive) over capitalised words, connectors and hyphens. */
function runStart(s: SentenceScan, i: number): number {
  let start = i;
  for (let j = i - 1; j >= s.ts0; j--) {
    const t = tok(s, j);
    if (capWord(s, j) || (draftAt(s, j) && isCap(t.text) && !STOP.has(t.norm))) start = j;
    else if (t.text === '-' && adjacent(tok(s, j - 1) ?? t, t) && adjacent(t, tok(s, j + 1)) && j - 1 >= s.ts0) continue;
    else if (CONNECT.has(t.norm) && t.norm !== 'the' && j - 1 >= s.ts0 && capWord(s, j - 1) && capWord(s, j + 1)) continue;
    else if (t.shape === 'number' && ORDINAL.test(t.text)) {
      start = j;
      break;
    } else break;
  }
  return start;
}

/** Names ending in a head word: "New Azerbaijan Party", "104th Airborne Division", "Qabala radar station". */
export function discoverHeaded(s: SentenceScan): void {
  for (const m of s.markers) {
    if (m.form !== 'head' || m.before) continue;
    const headCap = isCap(tok(s, m.ts).text);
    const start = runStart(s, m.ts);
    let end = m.te;
    if (headCap && tok(s, end)?.norm === 'of' && (capWord(s, end + 1) || draftAt(s, end + 1))) {
      end += 2;
      while (end < s.te0 && (capWord(s, end) || draftAt(s, end) !== undefined && isCap(tok(s, end).text))) end++;
    }
    // A head alone names nothing ("Division"), unless it is a name itself ("Foreign Ministry of Georgia").
    if (start === m.ts && end === m.te && !(headCap && m.te - m.ts >= 2)) continue;
    const prev = draftAt(s, m.ts - 1);
    if (!headCap && (m.type !== 'facility' || prev?.form === 'adjective' || prev?.form === 'plural' || !isCap(tok(s, m.ts - 1).text))) continue;
    const inside = s.drafts.filter((d) => d.ts >= start && d.te <= end && d.entity.country);
    const states = new Set(inside.map((d) => d.entity.country));
    // "Odessa-Brody-Plotsk-Gdansk": a route through several places belongs to no one state.
    let hyphens = 0;
    for (let k = start; k < end; k++) if (s.ctx.doc.tokens[k].text === '-') hyphens++;
    if (hyphens >= 2) states.add(null);
    const type = m.type ?? 'organization';
    let country = states.size === 1 ? [...states][0] : null;
    // A unit ("the 104th Airborne Division") belongs to the state the sentence names; other
    // bodies only to one named right before them ("Russia's Foreign Ministry").
    if (country === null && states.size === 0 && type === 'organization') {
      const before = (d: Draft): boolean =>
        d.te === start || (d.te === start - 1 && tok(s, start - 1).norm === "'s") || (d.te === start - 2 && tok(s, start - 1).norm === 'based');
      const prev = s.drafts.find(before);
      country = m.sector === 'MIL' ? nearestCountryIn(s.drafts.filter((d) => !movedPlace(s, d)), start) ?? s.ctx.lastForce ?? mainCountry(s.ctx) : prev?.entity.country ?? null;
    }
    // "Nabucco pipeline": a known facility named with its head keeps its own entry.
    const known = inside.length === 0 ? s.drafts.find((d) => d.ts === start && d.te === m.ts && d.entity.type === type) : undefined;
    if (known) {
      place(s, copyDraft(known, known.ts, end));
      continue;
    }
    const name = type === 'facility' ? singularHead(textOf(s, start, end)) : textOf(s, start, end);
    // "the Security Council", "the General Assembly": with no state named, the UN's
    const un = country === null && type === 'organization' ? UN_BODIES.get(name.toLowerCase()) : undefined;
    const unBody = un === undefined ? undefined : s.ctx.dict.entities.get(un);
    if (unBody !== undefined) {
      place(s, newDraft(start, end, unBody, 'discovered'));
      continue;
    }
    const entity = discoveredEntity(s.ctx, name, type, country, type === 'facility' ? null : m.sector || null);
    place(s, newDraft(start, end, entity, 'discovered'));
  }
}

/** UN organs news names without "UN" (entity ids of the curated dictionary). */
const UN_BODIES = new Map([
  ['security council', 'igo:UNSC'],
  ['general assembly', 'igo:UNGA'],
  ['human rights council', 'igo:UNHRC'],
]);

/** "... pipelines" -> "... pipeline": a canonical name is singular. */
function singularHead(name: string): string {
  // The pattern ends in "s": other names are kept without running it.
  if (name.charCodeAt(name.length - 1) !== 115) return name;
  return name.replace(/([a-z]{3,}[^s])s$/, '$1');
}

/** "the town of Khodzhaly", "the port of Kulevi". */
/**
 * The state a place named by its head ("the town of Samarra") lies in: the nearest state name,
 * unless that name only qualifies people ("U.S. soldiers", "Israeli troops"), which says where
 * they come from, not where the place is.
 */
function placeCountry(s: SentenceScan, i: number): string | null {
  const c = nearestCountry(s, i, true);
  if (c === null) return null;
  for (const d of s.drafts) {
    if (d.entity.country !== c || (d.form !== 'name' && d.form !== 'exact')) continue;
    if (!s.markers.some((m) => m.ts === d.te && m.form === 'agent')) return c;
  }
  return null;
}

export function discoverPlaces(s: SentenceScan): void {
  for (const m of s.markers) {
    if (m.form !== 'head' || !m.before || tok(s, m.te)?.norm !== 'of' || !capWord(s, m.te + 1)) continue;
    let end = m.te + 1;
    // "the port of Mocimboa da Praia", "the town of Foz do Iguacu": a lower-case particle between capitalised words.
    while (end < s.te0 && (capWord(s, end) || ((tok(s, end).text === '-' || PLACE_PARTICLE.has(tok(s, end).norm)) && capWord(s, end + 1)))) end++;
    const known = draftAt(s, m.te + 1);
    const type = m.type ?? 'city';
    const country = known?.entity.country ?? placeCountry(s, m.ts) ?? mainCountry(s.ctx);
    const ts = type === 'facility' ? m.ts : m.te + 1;
    const raw = textOf(s, ts, end);
    const name = type === 'facility' ? raw[0].toUpperCase() + raw.slice(1) : raw;
    const entity = known && type !== 'facility' && known.te === end ? known.entity : discoveredEntity(s.ctx, name, type, country, null);
    place(s, newDraft(ts, end, entity, known && entity === known.entity ? known.form : 'discovered'));
  }
}
