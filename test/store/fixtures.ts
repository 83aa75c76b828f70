/**
 * Hand-built Docs for the store tests: sentences are joined into the text with offsets computed,
 * and every event, mention and time is filled in full (no optional field left out).
 */
import type { Doc, DyadEvent, EventActor, Mention, MentionType, TimeExpr } from '../../src/model/types.js';

export function actor(country: string | null, name: string, opts: Partial<EventActor> = {}): EventActor {
  const sector = opts.sector ?? null;
  return {
    code: opts.code ?? `${country ?? 'IGO'}${sector ?? ''}`,
    country,
    org: opts.org ?? null,
    sector,
    name,
    type: opts.type ?? (sector ? 'organization' : 'country'),
    entityId: opts.entityId === undefined ? `test:${name.toLowerCase().replace(/\W+/g, '-')}` : opts.entityId,
  };
}

export const AZE = actor('AZE', 'Azerbaijan');
export const RUS = actor('RUS', 'Russia');
export const RUSMIL = actor('RUS', 'Russian troops', { sector: 'MIL' });
export const ARM = actor('ARM', 'Armenia');
export const NATO = actor(null, 'NATO', { org: 'NATO', code: 'IGOWSTNAT', type: 'organization' });

export interface EventSpec extends Partial<Omit<DyadEvent, 'date'>> {
  readonly date?: string | null;
  /** Words of the sentence that carry the event (defaults to the whole sentence). */
  readonly words?: string;
}

export interface DocSpec {
  readonly id: string;
  readonly sentences: readonly string[];
  readonly events?: readonly EventSpec[];
  readonly date?: string | null;
  readonly title?: string | null;
  readonly issues?: readonly string[];
}

/** Builds a Doc; mentions are made for each event actor whose name occurs in its sentence. */
export function buildDoc(spec: DocSpec): Doc {
  const { text, spans } = joinSentences(spec.sentences);
  const sentences = spans.map(([start, end], index) => ({ index, start, end, tokenStart: index * 10, tokenEnd: index * 10 + 10 }));
  const events = (spec.events ?? []).map((e) => buildEvent(e, text, spans));
  return {
    id: spec.id,
    title: spec.title === undefined ? `Title of ${spec.id}` : spec.title,
    date: spec.date ?? null,
    text,
    source: `/tmp/${spec.id}.txt`,
    url: null,
    sentences,
    tokens: [],
    mentions: buildMentions(events, text, spans),
    times: buildTimes(events, text, spans),
    events,
    issues: [...(spec.issues ?? [])],
  };
}

function joinSentences(list: readonly string[]): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  for (const s of list) {
    if (text) text += ' ';
    spans.push([text.length, text.length + s.length]);
    text += s;
  }
  return { text, spans };
}

function buildEvent(e: EventSpec, text: string, spans: [number, number][]): DyadEvent {
  const sentence = e.sentence ?? 0;
  const [sStart, sEnd] = spans[sentence];
  const local = e.words ? text.slice(sStart, sEnd).indexOf(e.words) : -1;
  const evidence = local >= 0 ? { start: sStart + local, end: sStart + local + e.words!.length } : { start: sStart, end: sEnd };
  const code = e.code ?? '042';
  const root = code.slice(0, 2);
  const quad = e.quad ?? quadOf(root);
  return {
    sentence,
    source: e.source ?? AZE,
    target: e.target === undefined ? RUS : e.target,
    code,
    root,
    label: e.label ?? `Label ${code}`,
    quad,
    goldstein: e.goldstein ?? (quad <= 2 ? 3.5 : -5),
    plover: e.plover === undefined ? 'CONSULT' : e.plover,
    date: e.date ? { value: e.date, granularity: granularityOf(e.date), fromDocument: false } : null,
    negated: e.negated ?? false,
    modality: e.modality ?? 'asserted',
    issues: [...(e.issues ?? [])],
    evidence,
    confidence: e.confidence ?? 0.75,
  };
}

function quadOf(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

function granularityOf(value: string): TimeExpr['granularity'] {
  if (value.includes('/')) return 'range';
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

function buildMentions(events: DyadEvent[], text: string, spans: [number, number][]): Mention[] {
  const out: Mention[] = [];
  for (const e of events) {
    for (const a of [e.source, e.target]) {
      if (!a) continue;
      const [sStart, sEnd] = spans[e.sentence];
      const at = text.slice(sStart, sEnd).indexOf(a.name);
      if (at < 0 || out.some((m) => m.start === sStart + at)) continue;
      out.push({
        sentence: e.sentence, start: sStart + at, end: sStart + at + a.name.length, text: a.name,
        type: a.type as MentionType, canonical: a.name, entityId: a.entityId ?? `test:${a.name}`, code: a.code,
        country: a.country, org: a.org, sector: a.sector, tokenStart: e.sentence * 10, tokenEnd: e.sentence * 10 + 1,
        modifier: false,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function buildTimes(events: DyadEvent[], text: string, spans: [number, number][]): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (const e of events) {
    if (!e.date || out.some((t) => t.sentence === e.sentence)) continue;
    const [sStart, sEnd] = spans[e.sentence];
    const year = e.date.value.slice(0, 4);
    const at = text.slice(sStart, sEnd).indexOf(year);
    if (at < 0) continue;
    out.push({
      sentence: e.sentence, start: sStart + at, end: sStart + at + 4, text: year, value: e.date.value,
      granularity: e.date.granularity, anchor: 'absolute', nonEvent: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
