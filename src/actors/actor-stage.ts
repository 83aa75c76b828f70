import type { Doc, Mention } from '../model/types.js';
import type { Stage } from '../pipeline/stage.js';
import { combineAgents, markModifiers, placeArmedAgents, resolveBodies, resolveHalves, resolvePairs } from './combine.js';
import { discoverHeaded, discoverPlaces, type SentenceScan } from './discover.js';
import { discoverApposition, discoverTitled, dropGivenNamePlaces, extendLinkedNames, rememberPerson, resolveBareNames } from './discover-people.js';
import type { Draft } from './draft.js';
import { resolveNearMisses } from './near-miss.js';
import { codeInYear, sectorOf } from './resolve-role.js';
import { createScanContext, createTokenBuffers, createTokenIndex, F_ASCII_UPPER, F_HIGH, F_WORD, keyOf, sentenceYear, type ScanContext, type TokenBuffers, type TokenEntry } from './scan-context.js';
import { scanDictionary } from './scan-dictionary.js';
import { attachArticles, dropCompassPoints, dropNamedAccords, fillUnknownCountries, placeEthnicGroups } from './sentence-fixes.js';
import type { ActorDictionary } from './types.js';

/** The actor stage: dictionary matching, discovery and resolution, sentence by sentence. */
export function createActorStage(dict: ActorDictionary): Stage {
  const index = createTokenIndex(dict);
  const key = keyOf(index);
  const buffers = createTokenBuffers();
  return {
    name: 'actors.dictionary.v1',
    requires: ['tokens', 'sentences'],
    assigns: ['mentions'],
    run(doc: Doc): void {
      doc.mentions = findMentions(doc, dict, index, key, buffers);
    },
  };
}

/** All mentions of a tokenized, sentence-split document, in text order. */
export function findMentions(
  doc: Doc,
  dict: ActorDictionary,
  index: (norm: string) => TokenEntry = createTokenIndex(dict),
  key: (norm: string) => string = keyOf(index),
  buffers: TokenBuffers = createTokenBuffers(),
): Mention[] {
  const ctx = createScanContext(doc, dict, index, key, buffers);
  const out: Mention[] = [];
  const yearCursor = { at: 0 };
  for (const sent of doc.sentences) {
    ctx.year = sentenceYear(ctx, sent, yearCursor);
    const { drafts, markers } = scanDictionary(ctx, sent.tokenStart, sent.tokenEnd);
    const s: SentenceScan = { ctx, ts0: sent.tokenStart, te0: sent.tokenEnd, drafts, markers, caps: ctx.caps, capCount: -1 };
    if (drafts.length === 0 && markers.length === 0 && !mayHoldName(ctx, sent.tokenStart, sent.tokenEnd)) continue;
    if (drafts.length > 0) {
      extendLinkedNames(s);
      dropGivenNamePlaces(s);
      dropNamedAccords(s);
    }
    // Each pass needs a sector/title/head word or a capitalised word no entry claimed.
    const free = hasFreeCapital(s);
    if (markers.length > 0) {
      discoverHeaded(s);
      discoverPlaces(s);
      discoverTitled(s);
    }
    if (free) {
      discoverApposition(s);
      resolveBareNames(s);
      resolveNearMisses(s);
    }
    placeEthnicGroups(s);
    if (markers.length > 0) {
      combineAgents(s);
      placeArmedAgents(s);
    }
    dropCompassPoints(s);
    markModifiers(s);
    attachArticles(s);
    fillUnknownCountries(s);
    for (const d of s.drafts) {
      if (d.entity.type === 'person') rememberPerson(s, d);
      if ((d.sector ?? d.entity.sector) === 'MIL' && d.entity.country && !d.modifier) ctx.lastForce = d.entity.country;
      if (d.entity.type === 'organization' && d.entity.code.startsWith('IGO') && !d.modifier) ctx.lastBody = d.entity;
      if (d.entity.country && !d.modifier && d.entity.type !== 'person') {
        ctx.countryCounts.set(d.entity.country, (ctx.countryCounts.get(d.entity.country) ?? 0) + 1);
      }
    }
    resolvePairs(s);
    resolveBodies(s);
    resolveHalves(s);
    ctx.lastDrafts = s.drafts;
    for (const d of s.drafts) out.push(toMention(ctx, sent.index, d, yearCursor.at, sent.tokenEnd));
  }
  // The scratch buffers may have grown for a long sentence: the next document starts with those.
  buffers.mask = ctx.mask;
  buffers.caps = ctx.caps;
  return out;
}

/** Whether some capitalised word of the sentence is not covered by a draft. */
function hasFreeCapital(s: SentenceScan): boolean {
  const flags = s.ctx.flags;
  let d = 0;
  for (let i = s.ts0; i < s.te0; i++) {
    const f = flags[i];
    // An ASCII capital, or a non-ASCII first letter of a word (capital or not, as before).
    if ((f & F_ASCII_UPPER) === 0 && (f & (F_HIGH | F_WORD)) !== (F_HIGH | F_WORD)) continue;
    while (d < s.drafts.length && s.drafts[d].te <= i) d++;
    if (d < s.drafts.length && s.drafts[d].ts <= i) continue;
    return true;
  }
  return false;
}

/** Whether a sentence with no dictionary hit can still name someone: a capital past its first word, or a known surname first. */
function mayHoldName(ctx: ScanContext, from: number, to: number): boolean {
  const tokens = ctx.doc.tokens;
  if (from < to && ctx.persons.size > 0 && ctx.persons.has(ctx.entries[from]?.key ?? ctx.key(tokens[from].norm))) return true;
  const flags = ctx.flags;
  for (let i = from + 1; i < to; i++) if ((flags[i] & F_ASCII_UPPER) !== 0) return true;
  return false;
}

/** The state an ethnic group or shared region belongs to here: the one the document names most. */
function homeCountry(ctx: ScanContext, d: Draft): string | null {
  const list = d.entity.countries;
  if (list.length === 0) return d.entity.country;
  let best = d.entity.country ?? list[0];
  let n = -1;
  for (const c of list) {
    const k = ctx.countryCounts.get(c) ?? 0;
    if (k > n) [best, n] = [c, k];
  }
  return best;
}

/**
 * The year a dated role is read in: the year of the name's clause nearest the name ("signed in
 * 2015; President Trump withdrew in May 2018" -> 2018), else the sentence's (or document's) year.
 * `firstYear` indexes ctx.years at the sentence's first year (sentenceYear's cursor).
 */
function roleYear(ctx: ScanContext, at: number, firstYear: number, sentenceEnd: number): number | null {
  const { years } = ctx;
  if (firstYear + 1 >= years.length || years[firstYear + 1] >= sentenceEnd) return ctx.year; // one year or none
  let best = -1;
  let bestDistance = Infinity;
  for (let k = firstYear; k < years.length && years[k] < sentenceEnd; k++) {
    // a year across a semicolon or colon belongs to another clause
    const distance = Math.abs(years[k] - at) + (clauseBreakBetween(ctx, years[k], at) ? 1000 : 0);
    if (distance < bestDistance) [best, bestDistance] = [years[k], distance];
  }
  return Number(ctx.doc.tokens[best].text);
}

function clauseBreakBetween(ctx: ScanContext, a: number, b: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (tokens[i].text === ';' || tokens[i].text === ':') return true;
  return false;
}

function toMention(ctx: ScanContext, sentence: number, d: Draft, firstYear: number, sentenceEnd: number): Mention {
  const { doc } = ctx;
  const e = d.entity;
  const start = doc.tokens[d.ts].start;
  const end = doc.tokens[d.te - 1].end;
  const country = homeCountry(ctx, d);
  let code = d.code ?? (d.form === 'adjective' || d.form === 'plural' ? e.code : e.roles.length === 0 ? e.code : codeInYear(e, roleYear(ctx, d.ts, firstYear, sentenceEnd)));
  if (country !== e.country && code === e.code && e.code === (e.country ?? '')) code = country ?? code;
  const sector = d.sector !== undefined ? d.sector : e.type === 'person' ? sectorOf(code, country) ?? e.sector : e.sector;
  // Every mention has all fields, `modifier` and `group` undefined when not set (as absent ones
  // read): adding them only to some gave the stages that read mentions three hidden classes.
  return {
    sentence, start, end, text: doc.text.slice(start, end), type: d.type ?? e.type, canonical: e.name, entityId: e.id,
    code, country, org: e.org, sector, tokenStart: d.ts, tokenEnd: d.te, modifier: d.modifier ? true : undefined, group: d.group ? d.group : undefined,
  };
}
