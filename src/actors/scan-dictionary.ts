import type { Token } from '../model/types.js';
import { isCap, type Draft, type Marker } from './draft.js';
import { activeIn, codeInYear } from './resolve-role.js';
import type { ScanContext } from './scan-context.js';
import type { Entity, Hit, TrieNode } from './types.js';
import { trieChild } from './word-trie.js';

const ENTITY_FORMS = new Set(['name', 'exact', 'adjective', 'plural', 'capital']);

/** Whether a hit may stand for the tokens [ts, te): case rules per form. */
function hitFits(hit: Hit, tokens: readonly Token[], text: string, ts: number, te: number): boolean {
  if (hit.form === 'exact') return text.slice(tokens[ts].start, tokens[te - 1].end) === hit.surface;
  if (hit.form === 'agent' || hit.form === 'title' || hit.form === 'head') return true;
  const first = tokens[ts].text;
  // All-capital short forms ("US", "AZ") only ever match through `exact`.
  if (hit.form === 'name' && te - ts === 1 && first.length <= 3 && first === first.toUpperCase()) return false;
  return isCap(first);
}

/**
 * Longest dictionary matches, left to right, over one sentence. Returns entity drafts and
 * sector markers; a span is either, never both (entities win).
 */
export function scanDictionary(ctx: ScanContext, ts0: number, te0: number): { drafts: Draft[]; markers: Marker[] } {
  const drafts: Draft[] = [];
  const markers: Marker[] = [];
  for (let i = ts0; i < te0; ) {
    const end = longestAt(ctx, i, te0, drafts, markers);
    i = end > i ? end : i + 1;
  }
  return { drafts, markers };
}

/** Walks the trie from token i; records the longest span some hit fits; returns its end (or i). */
function longestAt(ctx: ScanContext, i: number, te0: number, drafts: Draft[], markers: Marker[]): number {
  const { doc, keys, roots } = ctx;
  let node: TrieNode | undefined | null = roots[i];
  if (node === null) return i;
  let bestEnd = i;
  let bestHits: Hit[] | null = null;
  for (let j = i; j < te0; j++) {
    if (j > i) {
      const k = keys[j];
      if (k === null) break;
      node = trieChild(node!, k);
      if (node === undefined) break;
    }
    if (node.hits !== null && node.hits.some((h) => hitFits(h, doc.tokens, doc.text, i, j + 1))) {
      bestEnd = j + 1;
      bestHits = node.hits;
    }
  }
  if (bestHits === null) return i;
  const fits = bestHits.filter((h) => hitFits(h, doc.tokens, doc.text, i, bestEnd));
  const ents = fits.filter((h) => ENTITY_FORMS.has(h.form));
  if (ents.length > 0) {
    const pick = chooseEntity(ctx, ents);
    drafts.push({ ts: i, te: bestEnd, entity: pick.entity, form: pick.hit.form });
  } else {
    for (const h of fits) markers.push({ ts: i, te: bestEnd, form: h.form as Marker['form'], sector: h.ref, type: h.type, before: h.before });
  }
  return bestEnd;
}

/**
 * Picks among entities sharing a form ("Aliyev"): the one last named in this document, else
 * one in office in the sentence's year, else the first listed.
 */
function chooseEntity(ctx: ScanContext, hits: readonly Hit[]): { entity: Entity; hit: Hit } {
  const all = hits
    .map((hit) => ({ hit, entity: ctx.dict.entities.get(hit.ref) }))
    .filter((x): x is { hit: Hit; entity: Entity } => x.entity !== undefined);
  if (all.length === 1) return all[0];
  for (const e of [...ctx.persons.values()].reverse()) {
    const named = all.find((x) => x.entity === e);
    if (named) return named;
  }
  if (ctx.year !== null) {
    const year = ctx.year;
    const live = all.filter((x) => activeIn(x.entity, year));
    const inOffice = live.find((x) => /^[A-Z]{3}GOV/.test(codeInYear(x.entity, year)));
    if (inOffice ?? live[0]) return inOffice ?? live[0];
  }
  return all[0];
}
