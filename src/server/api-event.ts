import { sentenceStarts } from '../analysis/index.js';
import type { AnalysisDb } from '../analysis/index.js';
import type { StoredEvent } from '../store/index.js';

/** An event as the API serves it: the stored event plus where its sentence starts in the document. */
export type ApiEvent = StoredEvent & { readonly sentenceStart: number | null };

/** Adds `sentenceStart` so clients can mark the evidence inside the sentence text. */
export function withSentenceStarts(adb: AnalysisDb, events: readonly StoredEvent[]): ApiEvent[] {
  const starts = sentenceStarts(adb, events);
  return events.map((e) => ({ ...e, sentenceStart: starts.get(`${e.doc}\u0000${e.sentence}`) ?? null }));
}

/** Column order of the CSV export: who, what, whom, when first, like the event datasets analysts use. */
export const EVENT_CSV_COLUMNS = [
  'id', 'date', 'date_granularity', 'source_code', 'source_name', 'source_country', 'source_org',
  'code', 'root', 'label', 'quad', 'goldstein', 'target_code', 'target_name', 'target_country', 'target_org',
  'negated', 'modality', 'issues', 'plover', 'confidence', 'doc', 'sentence', 'evidence_start', 'evidence_end', 'text',
] as const;

export function eventCsvRow(e: StoredEvent): unknown[] {
  return [
    e.id, e.date?.value ?? null, e.date?.granularity ?? null, e.source.code, e.source.name, e.source.country, e.source.org,
    e.code, e.root, e.label, e.quad, e.goldstein, e.target?.code ?? null, e.target?.name ?? null, e.target?.country ?? null, e.target?.org ?? null,
    e.negated, e.modality, e.issues.join(';'), e.plover, e.confidence, e.doc, e.sentence, e.evidence.start, e.evidence.end, e.text,
  ];
}
