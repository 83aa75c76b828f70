import { isCap, type Draft, type Marker } from './draft.js';
import { capitalsOf, claimedMask, discoveredEntity, nearestCountry, place, type SentenceScan } from './discover.js';
import { F_CAP, F_LINK, F_WORD, mainCountry, mayBePerson, setPerson } from './scan-context.js';

const POSSESSOR = new Set(['his', 'her', 'their']);
// Sets rather than anchored regexes: token norms are already hashed by the token index, so a
// lookup is cheaper than a regex run, and nameRun tests every word of every capitalised run.
const NAME_PARTICLE = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'la', 'le']);
/** Capitalised words that follow names but are none: "Assad Tuesday", "Petrov In". */
const NOT_NAME = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'in', 'on', 'at', 'the', 'and', 'but', 'for', 'said', 'says',
]);

/** A run of up to four capitalised tokens from `i` that no dictionary entry claimed. */
function nameRun(s: SentenceScan, i: number, mask: Uint8Array = claimedMask(s)): number {
  const tokens = s.ctx.doc.tokens;
  const flags = s.ctx.flags;
  let end = i;
  while (end < s.te0 && end - i < 4) {
    const t = tokens[end];
    // The mask and flag bytes first (shape 'word', isCap), the word's norm only then.
    const f = flags[end];
    if (mask[end - s.ts0] === 0 && (f & F_WORD) !== 0 && ((f & F_CAP) !== 0 || (end > i && NAME_PARTICLE.has(t.norm))) && !NOT_NAME.has(t.norm)) end++;
    else if (t.text === '-' && end > i && tokens[end - 1].end === t.start && tokens[end + 1]?.start === t.end) end++;
    else break;
  }
  while (end > i && (tokens[end - 1].text === '-' || NAME_PARTICLE.has(tokens[end - 1].norm))) end--;
  return end;
}

/** Where a titled person comes from: "Russian Ambassador", "President of Azerbaijan", the context. */
function titledCountry(s: SentenceScan, titleStart: number, titleEnd: number): string | null {
  const tokens = s.ctx.doc.tokens;
  const before = s.drafts.find((d) => d.te === titleStart || (d.te === titleStart - 1 && tokens[d.te].norm === "'s"));
  if (before?.entity.country && before.entity.type !== 'person') return before.entity.country;
  if (POSSESSOR.has(tokens[titleStart - 1]?.norm ?? '')) {
    // "his wife": the person last named, else one named later in the same sentence.
    const last = [...s.ctx.persons.values()].pop() ?? s.drafts.find((d) => d.ts > titleEnd && d.entity.type === 'person')?.entity;
    if (last?.country) return last.country;
  }
  const after = s.drafts.find((d) => d.ts === titleEnd + 1);
  if (tokens[titleEnd]?.norm === 'of' && after?.entity.country) return after.entity.country;
  // "Ambassador to Baku": the host is not the person's state, so skip it when looking around.
  const hosted = tokens[titleEnd]?.norm === 'to' ? after : undefined;
  const others = s.drafts.filter((d) => d !== hosted && d.te <= titleStart);
  const near = others.length ? nearestCountry({ ...s, drafts: others }, titleStart) : null;
  return near ?? mainCountry(s.ctx);
}

function markerStartsAt(s: SentenceScan, i: number): boolean {
  for (const x of s.markers) if (x.ts === i) return true;
  return false;
}

/** The first title marker starting at token i. */
function titleAt(s: SentenceScan, i: number): Marker | undefined {
  for (const x of s.markers) if (x.form === 'title' && x.ts === i) return x;
  return undefined;
}

/** Records a person so later bare surnames resolve to it. */
export function rememberPerson(s: SentenceScan, d: Draft): void {
  setPerson(s.ctx, s.ctx.keys[d.te - 1] ?? s.ctx.key(s.ctx.doc.tokens[d.te - 1].norm), d.entity);
}

/** Title + name ("Presidential Advisor Ali Hasanov", "his daughter, Leyla"), and "to/of X" after the title. */
export function discoverTitled(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  let mask: Uint8Array | null = null;
  for (const m of s.markers) {
    if (m.form !== 'title') continue;
    // Only a capitalised word after the title (or after its comma) can start a name.
    const next = tokens[m.te];
    if (next === undefined || (!isCap(next.text) && next.text !== ',' && next.norm !== 'to' && next.norm !== 'of' && !markerStartsAt(s, m.te))) continue;
    let i = m.te;
    // Chained titles and the place after them: "Deputy Foreign Minister", "Ambassador to Baku".
    for (let t = titleAt(s, i); t !== undefined; t = titleAt(s, i)) i = t.te;
    const titleEnd = i;
    if ((tokens[i]?.norm === 'to' || tokens[i]?.norm === 'of') && s.drafts.some((d) => d.ts === i + 1)) i = s.drafts.find((d) => d.ts === i + 1)!.te;
    if (tokens[i]?.text === ',' && !isCap(tokens[m.ts].text)) i++;
    if (s.drafts.some((d) => d.ts === i && d.entity.type === 'person')) continue;
    mask ??= claimedMask(s);
    const end = nameRun(s, i, mask);
    if (end === i) continue;
    const country = titledCountry(s, m.ts, titleEnd);
    // "KazMunayGas chief X": a title after an organisation takes the organisation's sector.
    const org = s.drafts.find((d) => d.te === m.ts && d.entity.type === 'organization' && d.entity.sector);
    const sector = org?.entity.sector ?? m.sector;
    const name = s.ctx.doc.text.slice(tokens[i].start, tokens[end - 1].end);
    let entity = discoveredEntity(s.ctx, name, 'person', country, sector);
    // "IAEA chief X", "UN envoy X": an official of a body of no state takes its code, not a guessed state's.
    const body = s.drafts.find((d) => d.te === m.ts && d.entity.type === 'organization' && d.entity.country === null && d.entity.code !== '');
    if (body) entity = { ...entity, code: body.entity.code, country: null, org: body.entity.org, sector: null };
    const d: Draft = { ts: i, te: end, entity, form: 'discovered' };
    place(s, d);
    rememberPerson(s, d);
    mask = null;
  }
}

/** "Ivan Petrov, the Russian ambassador," and "Ivan Petrov of Gazprom". */
export function discoverApposition(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  if (!hasLinkAfterName(s)) return;
  const flags = s.ctx.flags;
  // The mask is made when first needed and again after each placed name.
  let mask: Uint8Array | null = null;
  const n = capitalsOf(s);
  const caps = s.caps;
  // Capitals before `from` lie inside a name placed here.
  let from = s.ts0;
  for (let k = 0; k < n; k++) {
    const i = caps[k];
    if (i < from || (i > s.ts0 && (flags[i - 1] & (F_CAP | F_WORD)) === (F_CAP | F_WORD))) continue;
    mask ??= claimedMask(s);
    if (mask[i - s.ts0] !== 0) continue;
    const end = nameRun(s, i, mask);
    if (end - i < 2) continue;
    let country: string | null = null;
    let sector: string | null = null;
    let found = false;
    if (tokens[end]?.text === ',') {
      let j = end + 1;
      if (/^(the|a|an)$/.test(tokens[j]?.norm ?? '')) j++;
      const adj = s.drafts.find((d) => d.ts === j && d.entity.country);
      if (adj) j = adj.te;
      const title = s.markers.find((x) => x.ts === j && x.form === 'title');
      if (title) {
        found = true;
        sector = title.sector;
        const of = tokens[title.te]?.norm === 'of' ? s.drafts.find((d) => d.ts === title.te + 1) : undefined;
        country = adj?.entity.country ?? of?.entity.country ?? null;
      }
    } else if (tokens[end]?.norm === 'of' && !/^(the|of|for|a|an|and)$/.test(tokens[i - 1]?.norm ?? '')) {
      const y = s.drafts.find((d) => d.ts === end + 1 || (d.ts === end + 2 && tokens[end + 1].norm === 'the'));
      if (y?.entity.country && y.entity.type !== 'person' && y.entity.type !== 'city') {
        found = true;
        country = y.entity.country;
        sector = y.entity.sector ?? (y.form === 'discovered' ? y.entity.sector : null);
      }
    }
    if (!found) continue;
    const name = s.ctx.doc.text.slice(tokens[i].start, tokens[end - 1].end);
    const d: Draft = { ts: i, te: end, entity: discoveredEntity(s.ctx, name, 'person', country, sector), form: 'discovered' };
    place(s, d);
    rememberPerson(s, d);
    mask = null;
    from = end + 1;
  }
}

/** Whether a "," or "of" follows where a two-word name could end (else no apposition can be found). */
function hasLinkAfterName(s: SentenceScan): boolean {
  const flags = s.ctx.flags;
  const last = Math.min(s.te0, s.ctx.doc.tokens.length - 1);
  for (let k = s.ts0 + 2; k <= last; k++) if ((flags[k] & F_LINK) !== 0) return true;
  return false;
}

/** Later bare mentions of people this document introduced ("Istratov"). */
export function resolveBareNames(s: SentenceScan): void {
  if (s.ctx.persons.size === 0) return;
  // Made at the first candidate: nothing is placed before it, so it is the mask of the sentence as it came in.
  let mask: Uint8Array | null = null;
  const flags = s.ctx.flags;
  const n = capitalsOf(s);
  const caps = s.caps;
  for (let k = 0; k < n; k++) {
    const i = caps[k];
    if ((flags[i] & F_WORD) === 0) continue;
    // A word token's key was made with the context (ctx.keys[i] === ctx.key(t.norm)).
    const key = s.ctx.keys[i]!;
    if (!mayBePerson(s.ctx, key)) continue;
    const e = s.ctx.persons.get(key);
    if (e === undefined) continue;
    mask ??= claimedMask(s);
    if (mask[i - s.ts0] === 1) continue;
    place(s, { ts: i, te: i + 1, entity: e, form: e.id.startsWith('discovered:') ? 'discovered' : 'name' });
  }
}
