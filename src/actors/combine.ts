import { isCap, type Draft, type Marker } from './draft.js';
import { place, type SentenceScan } from './discover.js';
import { mainCountry } from './scan-context.js';
import type { Entity } from './types.js';

const STATE_FORMS = new Set(['name', 'exact', 'adjective', 'plural', 'capital']);
const LINK = new Set(['in', 'of', 'from']);
const PREFIX_MODIFIER = new Set(['pro', 'anti', 'non', 'ex', 'post', 'neo']);
const PAIR_NOUNS = new Set(['countries', 'governments', 'sides', 'states', 'nations', 'capitals', 'neighbours', 'neighbors', 'leaders', 'presidents']);

const stateOf = (d: Draft | undefined): Entity | null =>
  d && STATE_FORMS.has(d.form) && d.entity.country && (d.entity.type === 'country' || d.entity.type === 'city') ? d.entity : null;

function stateEntity(s: SentenceScan, e: Entity): Entity {
  return s.ctx.dict.entities.get(e.country!) ?? e;
}

/** A mention for "<state> <agent>" or "<agent> in <state>" (AZEOPP, RUSMIL). */
function combo(s: SentenceScan, ts: number, te: number, state: Entity, agent: Marker): Draft {
  const base = stateEntity(s, state);
  const code = `${state.country}${agent.sector}`;
  const entity: Entity = {
    id: `${base.id}/${agent.sector}`, type: agent.type ?? 'group', name: `${base.name} ${agent.sector}`, code,
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
    if (a.form !== 'agent' || s.drafts.some((d) => d.ts < a.te && a.ts < d.te)) continue;
    // state, optional 's or "-based", up to two lower-case words, then the agent.
    let j = a.ts - 1;
    let gap = 0;
    while (j >= s.ts0 && gap < 2 && tokens[j].shape === 'word' && !isCap(tokens[j].text) && !s.drafts.some((d) => d.te === j + 1) && !LINK.has(tokens[j].norm) && tokens[j].norm !== 'the') {
      j--;
      gap++;
    }
    if (tokens[j]?.norm === 'based' && tokens[j - 1]?.text === '-') j -= 2;
    else if (tokens[j]?.norm === "'s") j--;
    const before = s.drafts.find((d) => d.te === j + 1);
    const st = stateOf(before);
    if (st && before && !isPrefixed(s, before)) {
      place(s, combo(s, before.ts, a.te, st, a));
      continue;
    }
    if (LINK.has(tokens[a.te]?.norm ?? '')) {
      const k = tokens[a.te + 1]?.norm === 'the' ? a.te + 2 : a.te + 1;
      const after = s.drafts.find((d) => d.ts === k);
      const st2 = stateOf(after);
      if (st2 && after && after.form !== 'adjective') place(s, combo(s, a.ts, after.te, st2, a));
    }
  }
}

function isPrefixed(s: SentenceScan, d: Draft): boolean {
  const t = s.ctx.doc.tokens;
  return t[d.ts - 1]?.text === '-' && PREFIX_MODIFIER.has(t[d.ts - 2]?.norm ?? '');
}

/** "pro-Russian", "Baku-based" (no agent after it), "non-Russia": the state is only a modifier. */
export function markModifiers(s: SentenceScan): void {
  const t = s.ctx.doc.tokens;
  for (const d of s.drafts) {
    if (!stateOf(d) && d.entity.type !== 'region') continue;
    if (isPrefixed(s, d) || (t[d.te]?.text === '-' && t[d.te + 1]?.norm === 'based')) d.modifier = true;
  }
}

/** "the two countries" -> one mention per state of the pair the document is about. */
export function resolvePairs(s: SentenceScan): void {
  const t = s.ctx.doc.tokens;
  for (let i = s.ts0; i + 2 < s.te0; i++) {
    if (t[i].norm !== 'the' || t[i + 1].norm !== 'two' || !PAIR_NOUNS.has(t[i + 2].norm)) continue;
    const a = mainCountry(s.ctx);
    const b = a ? mainCountry(s.ctx, a) : null;
    if (!a || !b) continue;
    const group = [a, b].sort().join('+');
    for (const c of [a, b]) {
      const e = s.ctx.dict.entities.get(c);
      if (!e) continue;
      const gov = /governments|leaders|presidents|capitals/.test(t[i + 2].norm);
      s.drafts.push({ ts: i, te: i + 3, entity: e, form: 'pair', group, ...(gov ? { code: `${c}GOV`, sector: 'GOV' } : {}) });
    }
    i += 2;
  }
  s.drafts.sort((x, y) => x.ts - y.ts);
}
