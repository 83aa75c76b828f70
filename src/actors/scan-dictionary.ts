import { isUpper, newDraft, type Draft, type Marker } from './draft.js';
import { activeIn, codeInYear } from './resolve-role.js';
import { F_CAP, F_JOINER, firstStartAt, type ScanContext } from './scan-context.js';
import type { Entity, Hit, TrieNode } from './types.js';
import { mayHaveChild, trieChild } from './word-trie.js';

/** Forms that name an entity (the rest are sector words, titles and heads). */
function isEntityForm(form: Hit['form']): boolean {
  return form === 'name' || form === 'exact' || form === 'adjective' || form === 'plural' || form === 'capital';
}

/** Whether a hit may stand for the tokens [ts, te): case rules per form. */
function hitFits(hit: Hit, ctx: ScanContext, ts: number, te: number): boolean {
  const form = hit.form;
  if (form === 'exact') {
    // text.slice(start, end) === surface, without making the slice.
    const tokens = ctx.doc.tokens;
    const start = tokens[ts].start;
    const surface = hit.surface;
    return surface !== undefined && tokens[te - 1].end - start === surface.length && ctx.doc.text.startsWith(surface, start);
  }
  if (form === 'agent' || form === 'title' || form === 'head') return true;
  // isCap of the first token, read from the flags: tested before the token's text is read.
  if ((ctx.flags[ts] & F_CAP) === 0) return false;
  if (form === 'name' && te - ts === 1) {
    // All-capital short forms ("US", "AZ") only ever match through `exact`.
    const first = ctx.doc.tokens[ts].text;
    if (first.length <= 3 && isUpper(first)) return false;
  }
  return true;
}

function anyFits(hits: readonly Hit[], ctx: ScanContext, ts: number, te: number): boolean {
  for (let h = 0; h < hits.length; h++) if (hitFits(hits[h], ctx, ts, te)) return true;
  return false;
}

/**
 * Longest dictionary matches, left to right, over one sentence. Returns entity drafts and
 * sector markers; a span is either, never both (entities win).
 */
export function scanDictionary(ctx: ScanContext, ts0: number, te0: number): { drafts: Draft[]; markers: Marker[] } {
  const drafts: Draft[] = [];
  const markers: Marker[] = [];
  // Only the tokens in ctx.starts can start a name: the same tokens, in the same order, as a
  // sweep over the sentence that skips tokens with no trie root and those a match covered.
  const starts = ctx.starts;
  const count = ctx.startCount;
  let i = ts0;
  for (let k = firstStartAt(ctx, ts0); k < count; k++) {
    const at = starts[k];
    if (at >= te0) break;
    if (at < i) continue;
    const end = longestAt(ctx, at, te0, drafts, markers);
    i = end > at ? end : at + 1;
  }
  return { drafts, markers };
}

/** Walks the trie from token i; records the longest span some hit fits; returns its end (or i). */
function longestAt(ctx: ScanContext, i: number, te0: number, drafts: Draft[], markers: Marker[]): number {
  const { doc, entries, flags } = ctx;
  const tokens = doc.tokens;
  // Token i is one of ctx.starts: it has an entry and a root for its case.
  const start = entries[i]!;
  let node: TrieNode | undefined | null = (flags[i] & F_CAP) !== 0 ? start.root : start.lowerRoot;
  if (node === null) return i;
  let bestEnd = i;
  let bestHits: Hit[] | null = null;
  // The best node's only hit (node.one), which then fits; bestHits stays null.
  let bestOne: Hit | null = null;
  for (let j = i; j < te0; j++) {
    if (j > i) {
      // A node without a first child has none at all (see word-trie.ts): nothing longer.
      if (node!.key === null) break;
      const ej = entries[j];
      const k = ej === null ? null : ej.key;
      let next: TrieNode | undefined = k === null || !mayHaveChild(node!, k) ? undefined : trieChild(node!, k);
      // "Jean-Bertrand", "Workers' Party": skip a hyphen or apostrophe the dictionary form lacks.
      if (next === undefined && (flags[j] & F_JOINER) !== 0 && j + 1 < te0 && entries[j + 1] !== null && tokens[j - 1].end === tokens[j].start) {
        j++;
        const k2 = entries[j]!.key;
        next = mayHaveChild(node!, k2) ? trieChild(node!, k2) : undefined;
      }
      // "George W. Bush", "S. Jaishankar": the full stop of an initial (punctuation has no key).
      if (next === undefined && k === null && tokens[j].text === '.' && tokens[j - 1].text.length === 1) next = trieChild(node!, '.');
      if (next === undefined) break;
      node = next;
    }
    const one = node.one;
    if (one !== null) {
      if (hitFits(one, ctx, i, j + 1)) {
        bestEnd = j + 1;
        bestOne = one;
        bestHits = null;
      }
    } else {
      const hits = node.hits;
      if (hits !== null && anyFits(hits, ctx, i, j + 1)) {
        bestEnd = j + 1;
        bestHits = hits;
        bestOne = null;
      }
    }
  }
  if (bestOne !== null) {
    // One hit, which fits: the usual case, without the loops below.
    const h = bestOne;
    if (!isEntityForm(h.form)) {
      markers.push({ ts: i, te: bestEnd, form: h.form as Marker['form'], sector: h.ref, type: h.type, before: h.before });
      return bestEnd;
    }
    const entity = entityOf(ctx, h);
    if (entity !== undefined) {
      drafts.push(newDraft(i, bestEnd, entity, h.form));
      return bestEnd;
    }
    bestHits = [h];
  }
  if (bestHits === null) return i;
  // The hits that fit, in dictionary order; entity forms win over sector words.
  let ents: Hit[] | null = null;
  let only: Hit | null = null;
  for (const h of bestHits) {
    if (!isEntityForm(h.form) || !hitFits(h, ctx, i, bestEnd)) continue;
    if (only === null) only = h;
    else (ents ??= [only]).push(h);
  }
  // One entity fits (the usual case): chooseEntity would take it; no arrays or pair object made.
  const single = ents === null && only !== null ? entityOf(ctx, only) : undefined;
  if (single !== undefined) drafts.push(newDraft(i, bestEnd, single, only!.form));
  else if (only !== null) {
    ents ??= [only];
    const pick = chooseEntity(ctx, ents, drafts);
    drafts.push(newDraft(i, bestEnd, pick.entity, pick.hit.form));
  } else {
    for (const h of bestHits) {
      if (hitFits(h, ctx, i, bestEnd)) markers.push({ ts: i, te: bestEnd, form: h.form as Marker['form'], sector: h.ref, type: h.type, before: h.before });
    }
  }
  return bestEnd;
}

/**
 * Picks among entities sharing a form ("Aliyev"): the one last named in this sentence or document, else
 * the only one whose state the document has named (or the only stateless one, when the document
 * has named other states only), else one in office in the sentence's year, else the first listed.
 */
function chooseEntity(ctx: ScanContext, hits: readonly Hit[], sentenceDrafts: readonly Draft[]): { entity: Entity; hit: Hit } {
  if (hits.length === 1) {
    const entity = entityOf(ctx, hits[0]);
    if (entity !== undefined) return { entity, hit: hits[0] };
  }
  const all = hits
    .map((hit) => ({ hit, entity: entityOf(ctx, hit) }))
    .filter((x): x is { hit: Hit; entity: Entity } => x.entity !== undefined);
  if (all.length === 1) return all[0];
  // "Ilham Aliyev met Putin, and Aliyev later ...": named earlier in this sentence (not yet remembered)
  for (let k = sentenceDrafts.length - 1; k >= 0; k--) {
    const named = all.find((x) => x.entity === sentenceDrafts[k].entity);
    if (named) return named;
  }
  // The person named last among the candidates (persons are in the order they were last named).
  let named: { hit: Hit; entity: Entity } | undefined;
  for (const e of ctx.persons.values()) {
    for (const x of all) {
      if (x.entity === e) {
        named = x;
        break;
      }
    }
  }
  if (named) return named;
  // "RSF" in a text about Sudan: the only one of them whose state the document has named; in a
  // text that names other states only, the one of no state (Reporters Without Borders).
  const local = all.filter((x) => x.entity.country !== null && ctx.countryCounts.has(x.entity.country));
  if (local.length === 1) return local[0];
  if (local.length === 0 && ctx.countryCounts.size > 0) {
    const stateless = all.filter((x) => x.entity.country === null);
    if (stateless.length === 1) return stateless[0];
  }
  if (ctx.year !== null) {
    const year = ctx.year;
    const live = all.filter((x) => activeIn(x.entity, year));
    const inOffice = live.find((x) => /^[A-Z]{3}GOV/.test(codeInYear(x.entity, year)));
    if (inOffice ?? live[0]) return inOffice ?? live[0];
  }
  return all[0];
}

/** The hit's entity, as `ctx.dict.entities.get(hit.ref)` gives it (resolved at build time). */
function entityOf(ctx: ScanContext, hit: Hit): Entity | undefined {
  return hit.entity ?? ctx.dict.entities.get(hit.ref);
}
