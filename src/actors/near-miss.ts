import { isUpper, newDraft } from './draft.js';
import { capitalsOf, claimedMask, place, type SentenceScan } from './discover.js';
import { F_WORD } from './scan-context.js';
import type { ActorDictionary } from './types.js';

/** Whether a and b are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The single place name one edit from `norm` ("khazakhstan" -> Kazakhstan). Guards against
 * false merges: six letters or more, same first letter, and exactly one candidate.
 */
export function nearMissEntity(dict: ActorDictionary, norm: string): string | null {
  if (norm.length < 6) return null;
  const byStart = byLengthAndFirst(dict.nearMiss);
  const ids = new Set<string>();
  for (let len = norm.length - 1; len <= norm.length + 1; len++) {
    for (const c of byStart.get(len * 65536 + norm.charCodeAt(0)) ?? []) {
      if (c.key !== norm && withinOneEdit(c.key, norm)) ids.add(c.id);
    }
  }
  return ids.size === 1 ? [...ids][0] : null;
}

type NearMissIndex = ActorDictionary['nearMiss'];
type Candidate = { key: string; id: string };
const regrouped = new WeakMap<NearMissIndex, Map<number, Candidate[]>>();

/**
 * The near-miss index regrouped by length and first letter (length * 65536 + its code), once per dictionary: a
 * candidate must share the first letter, so a call reads a handful of names instead of every
 * place of three lengths (~300, ~4 us a new capitalised word).
 */
function byLengthAndFirst(index: NearMissIndex): Map<number, Candidate[]> {
  let out = regrouped.get(index);
  if (out === undefined) {
    out = new Map();
    for (const [len, list] of index) {
      for (const c of list) {
        const k = len * 65536 + c.key.charCodeAt(0);
        const group = out.get(k);
        if (group === undefined) out.set(k, [c]);
        else group.push(c);
      }
    }
    regrouped.set(index, out);
  }
  return out;
}

/** Capitalised words no one claimed that misspell a known place. */
export function resolveNearMisses(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  // Made at the first candidate: nothing is placed before it, so it is the mask of the sentence as it came in.
  let mask: Uint8Array | null = null;
  const flags = s.ctx.flags;
  const n = capitalsOf(s);
  const caps = s.caps;
  for (let k = 0; k < n; k++) {
    const i = caps[k];
    if ((flags[i] & F_WORD) === 0) continue;
    // Kept on the token's index entry (one per norm, shared across documents): no lookup by norm
    // here, and a norm known to miss nothing is skipped before its strings are read.
    const entry = s.ctx.entries[i]!;
    if (entry.near === null) continue;
    const t = tokens[i];
    if (t.norm.length < 6 || isUpper(t.text)) continue;
    mask ??= claimedMask(s);
    if (mask[i - s.ts0] !== 0) continue;
    let id: string | null | undefined = entry.near;
    if (id === undefined) {
      id = nearMissEntity(s.ctx.dict, t.norm);
      entry.near = id;
    }
    const e = id ? s.ctx.dict.entities.get(id) : undefined;
    if (e) place(s, newDraft(i, i + 1, e, 'name'));
  }
}
