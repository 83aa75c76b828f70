import type { Draft } from './draft.js';
import { movedPlace, stateCode, type SentenceScan } from './discover.js';
import { F_CAP, F_JOINER, F_WORD } from './scan-context.js';
import type { Entity } from './types.js';

const ARTICLE = new Set(['al', 'el']);

/**
 * "al-Qaeda", "el-Sisi": a lowercase Arabic article hyphened onto a name belongs to it, so the
 * mention starts at the article. Only when nothing else claims the article.
 */
export function attachArticles(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  const flags = s.ctx.flags;
  for (const d of s.drafts) {
    const a = d.ts - 2;
    // The "-" before the draft is in the flags: most drafts are skipped without reading tokens.
    if (a < s.ts0 || (flags[d.ts - 1] & F_JOINER) === 0) continue;
    const art = tokens[a];
    const dash = tokens[a + 1];
    if (dash.text !== '-' || !ARTICLE.has(art.text) || art.end !== dash.start || dash.end !== tokens[d.ts].start) continue;
    if (overlapsBefore(s.drafts, d, a)) continue;
    d.ts = a;
  }
}

/** Whether a draft other than d covers a token in [a, d.ts). A loop, not `some` with a closure: the closure's captured d and a were a heap context made for every draft of every sentence. */
function overlapsBefore(drafts: readonly Draft[], d: Draft, a: number): boolean {
  for (const o of drafts) if (o !== d && o.te > a && o.ts < d.ts) return true;
  return false;
}

/** Whether a draft names a state: the country itself, its demonym, its capital or "<state> <agent>". */
function namesState(d: Draft): boolean {
  if (d.entity.country === null || d.entity.type === 'person') return false;
  return d.entity.type === 'country' || d.form === 'adjective' || d.form === 'plural' || d.form === 'capital' || d.form === 'combo';
}

/**
 * A person of unknown country ("---GOV") takes the country of the only state the sentence
 * names ("Foreign Minister X told reporters in Tehran"); with none or several it stays unknown.
 */
export function fillUnknownCountries(s: SentenceScan): void {
  // Most sentences have no such person: nothing to fill, so the states need not be looked at.
  if (!hasUnknownPerson(s.drafts)) return;
  let state: string | null = null;
  for (const d of s.drafts) {
    // "Prime Minister X visited Beijing": a destination is no clue to X's own state
    if (!namesState(d) || movedPlace(s, d)) continue;
    if (state !== null && state !== d.entity.country) return;
    state = d.entity.country;
  }
  if (state === null) return;
  for (const d of s.drafts) {
    const e = d.entity;
    // officials of bodies of no state (IGOUNO, IGOWSTNAT) keep no country
    if (e.type !== 'person' || e.country !== null || !e.code.startsWith('---')) continue;
    const code = stateCode(s.ctx, state);
    const entity: Entity = { ...e, country: state, code: code + e.code.slice(3) };
    for (const [k, v] of s.ctx.discovered) if (v === e) s.ctx.discovered.set(k, entity);
    d.entity = entity;
    if (d.code !== undefined && d.code.startsWith('---')) d.code = code + d.code.slice(3);
  }
}

function hasUnknownPerson(drafts: readonly Draft[]): boolean {
  for (const d of drafts) if (d.entity.type === 'person' && d.entity.country === null) return true;
  return false;
}

/** Capitalised nouns that make a city before them part of a name: "the Minsk Agreement", "the Astana Process". */
const ACCORD_NOUNS = new Set(['agreement', 'agreements', 'accord', 'accords', 'protocol', 'declaration', 'treaty', 'process', 'format',
  'memorandum', 'charter', 'convention', 'initiative', 'communique', 'framework', 'consensus', 'formula']);

/**
 * "the Brussels Agreement", "the Minsk Protocol", "the Oslo Accords": a city that names an accord
 * is no actor ("Thaci signed the Brussels Agreement" was aimed at Belgium's government).
 */
export function dropNamedAccords(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  const flags = s.ctx.flags;
  for (let k = s.drafts.length - 1; k >= 0; k--) {
    const d = s.drafts[k];
    if (d.entity.type !== 'city' || d.te >= s.te0 || (flags[d.te] & F_CAP) === 0) continue;
    if (ACCORD_NOUNS.has(tokens[d.te].norm)) s.drafts.splice(k, 1);
  }
}

/**
 * "West Darfur", "Western Cambodia", "West Africans": "West"/"Western" directly before a
 * capitalised word is a compass point inside a place name, not the Western bloc (WST).
 * "Western diplomats", "the West" keep the bloc reading.
 */
export function dropCompassPoints(s: SentenceScan): void {
  const flags = s.ctx.flags;
  for (let i = s.drafts.length - 1; i >= 0; i--) {
    const d = s.drafts[i];
    if (d.te - d.ts !== 1 || d.te >= s.te0) continue;
    // A capitalised word next (shape 'word' and isCap, from the flags) before the entity is read.
    if ((flags[d.te] & (F_WORD | F_CAP)) === (F_WORD | F_CAP) && d.entity.code === 'WST') s.drafts.splice(i, 1);
  }
}

/**
 * "ethnic Albanians", "ethnic Turks": a minority named by its kin-state's demonym belongs to the
 * state it lives in. When the sentence names exactly one other state ("... in southern Serbia"),
 * the group is taken as that state's people; otherwise it keeps the demonym's state.
 */
export function placeEthnicGroups(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  for (const d of s.drafts) {
    if ((d.form !== 'adjective' && d.form !== 'plural') || d.ts === s.ts0 || tokens[d.ts - 1].norm !== 'ethnic') continue;
    let home: string | null = null;
    for (const o of s.drafts) {
      if (o === d || !namesState(o) || o.entity.country === d.entity.country) continue;
      if (home !== null && home !== o.entity.country) return;
      home = o.entity.country;
    }
    const state = home === null ? undefined : s.ctx.dict.entities.get(home);
    if (state) {
      d.entity = state;
      d.form = 'plural';
    }
  }
}
