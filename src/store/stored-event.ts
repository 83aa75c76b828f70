/**
 * The event record as stored and served: the contract's event plus its row id, document id,
 * sentence text and dyad; and the mapping between it and an `events` row.
 */
import type { DyadEvent, EventActor, Granularity, MentionType, Modality, Quad } from '../model/types.js';
import type { EventRow, NewEvent } from './schema.js';
import { dateBounds, spanClass } from './date-bounds.js';
import { contractEvent } from '../pipeline/contract.js';

export interface StoredEvent extends DyadEvent {
  readonly id: number;
  readonly doc: string;
  /** The text of the sentence the event was coded from. */
  readonly text: string;
  /** The evidence words, cut from the sentence text (the whole sentence if they lie outside it). */
  readonly evidenceText: string;
  readonly dyad: string | null;
}

/** The contract's `event` record (contract.md), as `dyad extract --format jsonl` prints it. */
export interface ContractEvent extends DyadEvent {
  readonly kind: 'event';
  readonly doc: string;
  readonly text: string;
}

export function dyadOf(source: EventActor, target: EventActor | null): string | null {
  if (!source.country || !target?.country) return null;
  return [source.country, target.country].sort().join('-');
}

export function eventToRow(docId: string, e: DyadEvent): NewEvent {
  const t = e.target;
  const bounds = e.date ? dateBounds(e.date.value) : { start: null, end: null };
  return {
    doc_id: docId,
    sentence: e.sentence,
    source_code: e.source.code,
    source_country: e.source.country,
    source_org: e.source.org,
    source_sector: e.source.sector,
    source_name: e.source.name,
    source_type: e.source.type,
    source_entity_id: e.source.entityId ?? null,
    target_code: t?.code ?? null,
    target_country: t?.country ?? null,
    target_org: t?.org ?? null,
    target_sector: t?.sector ?? null,
    target_name: t?.name ?? null,
    target_type: t?.type ?? null,
    target_entity_id: t?.entityId ?? null,
    code: e.code,
    root: e.root,
    label: e.label,
    quad: e.quad,
    goldstein: e.goldstein,
    plover: e.plover,
    date_value: e.date?.value ?? null,
    date_granularity: e.date?.granularity ?? null,
    date_start: bounds.start,
    date_end: bounds.end,
    date_span: e.date ? spanClass(bounds) : 2,
    date_from_document: e.date?.fromDocument ? 1 : 0,
    negated: e.negated ? 1 : 0,
    modality: e.modality,
    issues: JSON.stringify(e.issues),
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    confidence: e.confidence,
    dyad: dyadOf(e.source, t),
  };
}

export type EventRowWithText = EventRow & { sentence_text: string | null; sentence_start: number | null };

export function eventFromRow(r: EventRowWithText): StoredEvent {
  return {
    id: r.id,
    doc: r.doc_id,
    sentence: r.sentence,
    text: r.sentence_text ?? '',
    evidenceText: evidenceText(r),
    source: {
      code: r.source_code,
      country: r.source_country,
      org: r.source_org,
      sector: r.source_sector,
      name: r.source_name,
      type: r.source_type as MentionType,
      entityId: r.source_entity_id,
    },
    target: r.target_name === null ? null : {
      code: r.target_code ?? '',
      country: r.target_country,
      org: r.target_org,
      sector: r.target_sector,
      name: r.target_name,
      type: (r.target_type ?? 'other') as MentionType,
      entityId: r.target_entity_id,
    },
    code: r.code,
    root: r.root,
    label: r.label,
    quad: r.quad as Quad,
    goldstein: r.goldstein,
    plover: r.plover,
    date: r.date_value === null ? null : {
      value: r.date_value,
      granularity: (r.date_granularity ?? 'day') as Granularity,
      fromDocument: r.date_from_document === 1,
    },
    negated: r.negated === 1,
    modality: r.modality as Modality,
    issues: JSON.parse(r.issues) as string[],
    evidence: { start: r.evidence_start, end: r.evidence_end },
    confidence: r.confidence,
    dyad: r.dyad,
  };
}

function evidenceText(r: EventRowWithText): string {
  const text = r.sentence_text ?? '';
  const from = r.evidence_start - (r.sentence_start ?? 0);
  const to = r.evidence_end - (r.sentence_start ?? 0);
  return r.sentence_start !== null && from >= 0 && to <= text.length && from < to ? text.slice(from, to) : text;
}

/** The contract's event record (contract.md) for a stored event: one mapping, shared with `dyad extract`. */
export function toContractEvent(e: StoredEvent): ContractEvent {
  return contractEvent(e.doc, e.text, e) as unknown as ContractEvent;
}
