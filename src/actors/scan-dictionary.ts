import type { Token } from '../model/types.js';
import { isCap, type Draft, type Marker } from './draft.js';
import { activeIn } from './resolve-role.js';
import type { ScanContext } from './scan-context.js';
import type { Entity, Hit } from './types.js';
import { trieWalk } from './word-trie.js';

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
  const { doc, dict, key } = ctx;
  const tokens = doc.tokens;
  const drafts: Draft[] = [];
  const markers: Marker[] = [];
  const keyAt = (i: number): string | null => (tokens[i].shape === 'word' || tokens[i].shape === 'number' || tokens[i].text === '-' ? key(tokens[i].norm) : null);
  for (let i = ts0; i < te0; ) {
    const found = trieWalk(dict.trie, keyAt, i, te0);
    let taken = false;
    for (let k = found.length - 1; k >= 0 && !taken; k--) {
      const [end, hits] = found[k];
      const fits = hits.filter((h) => hitFits(h, tokens, doc.text, i, end));
      const ents = fits.filter((h) => ENTITY_FORMS.has(h.form));
      if (ents.length > 0) {
        const pick = chooseEntity(ctx, ents);
        drafts.push({ ts: i, te: end, entity: pick.entity, form: pick.hit.form });
      } else if (fits.length > 0) {
        for (const h of fits) markers.push({ ts: i, te: end, form: h.form as Marker['form'], sector: h.ref, type: h.type, before: h.before });
      } else continue;
      i = end;
      taken = true;
    }
    if (!taken) i++;
  }
  return { drafts, markers };
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
    const live = all.find((x) => activeIn(x.entity, ctx.year!));
    if (live) return live;
  }
  return all[0];
}
