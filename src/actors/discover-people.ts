import type { Token } from '../model/types.js';
import { isCap, newDraft, type Draft, type Marker } from './draft.js';
import { capitalsOf, claimedMask, discoveredEntity, nearestCountryIn, place, type SentenceScan } from './discover.js';
import { F_CAP, F_LINK, F_WORD, mainCountry, mayBePerson, setPerson } from './scan-context.js';

const POSSESSOR = new Set(['his', 'her', 'their']);
// Sets rather than anchored regexes: token norms are already hashed by the token index, so a
// lookup is cheaper than a regex run, and nameRun tests every word of every capitalised run.
const NAME_PARTICLE = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'la', 'le']);
/** "Won-sik", "Ching-te": a lower-case word joined by a hyphen to a capitalised name word before it. */
function hyphenated(tokens: readonly Token[], k: number): boolean {
  const h = tokens[k - 1];
  const w = tokens[k - 2];
  return h.text === '-' && h.end === tokens[k].start && w?.end === h.start && isCap(w.text);
}

/** Kin words (titles: "his son, X") that are also given names after a first name: "Bui Thanh Son". */
const KIN_NAME = new Set(['son']);
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
  // Up to four words, not counting particles and hyphens ("Mohammed bin Abdulrahman Al Thani").
  let links = 0;
  while (end < s.te0 && end - i - links < 4) {
    const t = tokens[end];
    // The mask and flag bytes first (shape 'word', isCap), the word's norm only then.
    const f = flags[end];
    if ((mask[end - s.ts0] === 0 || (end > i && mask[end - s.ts0] === 2 && KIN_NAME.has(t.norm))) && (f & F_WORD) !== 0 && ((f & F_CAP) !== 0 || (end > i && (NAME_PARTICLE.has(t.norm) || hyphenated(tokens, end)))) && !NOT_NAME.has(t.norm)) {
      if (end > i && NAME_PARTICLE.has(t.norm)) links++;
      end++;
    } else if (t.text === '-' && end > i && tokens[end - 1].end === t.start && tokens[end + 1]?.start === t.end) (end++, links++);
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
  const near = others.length ? nearestCountryIn(others, titleStart) : null;
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

/**
 * States whose people the news calls by the first word of their names: the family name comes
 * first (China, Taiwan, the Koreas: "Xi", "Yoon") or there is none, the first name being the
 * person's own (Ethiopia, Eritrea, Thailand, Indonesia: "Abiy", "Isaias", "Srettha", "Prabowo").
 */
const FIRST_WORD_NAMED = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'ETH', 'ERI', 'THA', 'IDN']);

/** Records a person so later bare surnames resolve to it (and the first name, where that is how the person is called). */
export function rememberPerson(s: SentenceScan, d: Draft): void {
  const ctx = s.ctx;
  setPerson(ctx, ctx.entries[d.te - 1]?.key ?? ctx.key(ctx.doc.tokens[d.te - 1].norm), d.entity);
  const e = d.entity;
  if (e.country === null || d.te - d.ts < 2 || !FIRST_WORD_NAMED.has(e.country)) return;
  // The first word of the person's name as written in the mention ("President Xi Jinping": Xi).
  const space = e.name.indexOf(' ');
  if (space < 0) return;
  const first = e.name.slice(0, space);
  for (let k = d.ts; k < d.te - 1; k++) {
    if (ctx.doc.tokens[k].text !== first) continue;
    setPerson(ctx, ctx.entries[k]?.key ?? ctx.key(ctx.doc.tokens[k].norm), e);
    return;
  }
}

/**
 * "President Santiago Pena", "President Duma Boko": a one-word place or body right after a title
 * and before a capitalised word nothing claimed is the person's first name; its draft is dropped.
 */
function dropFirstNamePlace(s: SentenceScan, i: number): void {
  const k = s.drafts.findIndex((d) => d.ts === i && d.te === i + 1 && d.entity.type !== 'person' && (d.form === 'name' || d.form === 'capital'));
  if (k < 0) return;
  const next = s.ctx.doc.tokens[i + 1];
  if (next === undefined || i + 1 >= s.te0 || (s.ctx.flags[i + 1] & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || NOT_NAME.has(next.norm)) return;
  if (s.drafts.some((d) => d.ts <= i + 1 && d.te > i + 1) || s.markers.some((x) => x.ts <= i + 1 && x.te > i + 1)) return;
  s.drafts.splice(k, 1);
}

/** States and capitals whose names are also given names ("Chad Stevens", "Sofia Coppola", "Jordan Bardella"). */
const GIVEN_NAME_PLACES = new Set(['chad', 'jordan', 'georgia', 'israel', 'paris', 'sofia', 'victoria', 'santiago']);

/**
 * "Chad Stevens", "Sofia Coppola": one of those names right before a single capitalised word
 * that no entry, title or sector word claims (or before a known person: "Georgia Meloni") is a
 * first name, not the state. The draft is dropped (or joined to the person's).
 */
export function dropGivenNamePlaces(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  const flags = s.ctx.flags;
  for (let k = 0; k < s.drafts.length; k++) {
    const d = s.drafts[k];
    if (d.te - d.ts !== 1 || d.te >= s.te0 || (d.form !== 'name' && d.form !== 'capital') || !GIVEN_NAME_PLACES.has(tokens[d.ts].norm)) continue;
    const j = d.te;
    if ((flags[j] & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || NOT_NAME.has(tokens[j].norm)) continue;
    // "Israel Labor Party", "Jordan Armed Forces": a name the state heads is the state's.
    let e = j;
    while (e < s.te0 && e - j < 4 && (flags[e] & (F_CAP | F_WORD)) === (F_CAP | F_WORD)) e++;
    if (s.markers.some((x) => x.te > j && x.ts < e)) continue;
    const next = s.drafts.find((o) => o.ts <= j && o.te > j);
    // Headline case ("Jordan Condemns Raid", "Israel Strikes Gaza"): more capitals after the word, keep the state.
    if (next === undefined && e > j + 1) continue;
    if (next !== undefined && (next.ts !== j || next.entity.type !== 'person')) continue;
    if (next !== undefined) next.ts = d.ts;
    s.drafts.splice(k--, 1);
  }
}

/** Links of Arabic names after which the name goes on: "bin Isa", "Al Khalifa", "al-Thani". */
const NAME_LINK = new Set(['bin', 'ibn', 'al', 'el']);

/**
 * "King Hamad bin Isa Al Khalifa", "Mohammed bin Abdulrahman Al Thani": a known person written
 * out further than the dictionary form goes takes the rest of the name (link word + capitalised word, repeated).
 */
export function extendLinkedNames(s: SentenceScan): void {
  const tokens = s.ctx.doc.tokens;
  const flags = s.ctx.flags;
  const claimed = (d: Draft, k: number): boolean => s.drafts.some((o) => o !== d && o.ts <= k && o.te > k);
  for (const d of s.drafts) {
    if (d.entity.type !== 'person' || d.te >= s.te0) continue;
    // Only names that are Arabic already ("Hamad bin Isa") or go on with "bin": not "Putin al ...".
    const next = tokens[d.te].norm;
    if (!NAME_LINK.has(next) || (next !== 'bin' && next !== 'ibn' && !hasLink(tokens, d.ts, d.te))) continue;
    let te = d.te;
    while (te + 1 < s.te0 && NAME_LINK.has(tokens[te].norm) && !claimed(d, te)) {
      let j = te + 1;
      if (tokens[j].text === '-' && tokens[j].start === tokens[te].end) j++;
      if (j >= s.te0 || (flags[j] & (F_CAP | F_WORD)) !== (F_CAP | F_WORD) || claimed(d, j)) break;
      te = j + 1;
    }
    d.te = te;
  }
}

function hasLink(tokens: readonly Token[], ts: number, te: number): boolean {
  for (let k = ts; k < te; k++) if (NAME_LINK.has(tokens[k].norm)) return true;
  return false;
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
    if (i === titleEnd) dropFirstNamePlace(s, i);
    mask ??= claimedMask(s);
    const end = nameRun(s, i, mask);
    if (end === i) continue;
    // "Minister S Jaishankar", "Prime Minister K P Sharma Oli": words before a known person are more of that person's name.
    const known = s.drafts.find((d) => d.ts === end && d.entity.type === 'person');
    if (known !== undefined) {
      known.ts = i;
      mask = null;
      continue;
    }
    const country = titledCountry(s, m.ts, titleEnd);
    // "KazMunayGas chief X": a title after an organisation takes the organisation's sector.
    const org = s.drafts.find((d) => d.te === m.ts && d.entity.type === 'organization' && d.entity.sector);
    const sector = org?.entity.sector ?? m.sector;
    const name = s.ctx.doc.text.slice(tokens[i].start, tokens[end - 1].end);
    let entity = discoveredEntity(s.ctx, name, 'person', country, sector);
    // "IAEA chief X", "UN envoy X": an official of a body of no state takes its code, not a guessed state's.
    const body = s.drafts.find((d) => (d.te === m.ts || (d.te === m.ts - 1 && tokens[d.te].norm === "'s")) && d.entity.type === 'organization' && d.entity.country === null && d.entity.code !== '');
    if (body) entity = { ...entity, code: body.entity.code, country: null, org: body.entity.org, sector: null };
    const d = newDraft(i, end, entity, 'discovered');
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
    let of: Draft | undefined;
    if (tokens[end]?.text === ',') {
      let j = end + 1;
      if (/^(the|a|an)$/.test(tokens[j]?.norm ?? '')) j++;
      const adj = s.drafts.find((d) => d.ts === j && d.entity.country);
      if (adj) j = adj.te;
      const title = s.markers.find((x) => x.ts === j && x.form === 'title');
      if (title) {
        found = true;
        sector = title.sector;
        // "the head of (the) Atomic Energy Organization of Iran"
        const at = tokens[title.te + 1]?.norm === 'the' ? title.te + 2 : title.te + 1;
        of = tokens[title.te]?.norm === 'of' ? s.drafts.find((d) => d.ts === at) : undefined;
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
    let entity = discoveredEntity(s.ctx, name, 'person', country, sector);
    // "X, the head of the IAEA": an official of a body of no state takes its code (as in discoverTitled).
    if (country === null && of?.entity.type === 'organization' && of.entity.country === null && of.entity.code !== '') {
      entity = { ...entity, code: of.entity.code, country: null, org: of.entity.org, sector: null };
    }
    const d = newDraft(i, end, entity, 'discovered');
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
    // A word token's key was made with the context (ctx.entries[i].key === ctx.key(t.norm)).
    const key = s.ctx.entries[i]!.key;
    if (!mayBePerson(s.ctx, key)) continue;
    const e = s.ctx.persons.get(key);
    if (e === undefined) continue;
    mask ??= claimedMask(s);
    if (mask[i - s.ts0] === 1) continue;
    place(s, newDraft(i, i + 1, e, e.id.startsWith('discovered:') ? 'discovered' : 'name'));
  }
}
