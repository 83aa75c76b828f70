/**
 * Flat event columns for TSV/CSV, in the order of the event datasets analysts already use
 * (ICEWS/GDELT-like: date, source, event, target, then provenance). Codes stay strings.
 */
export const EVENT_COLUMNS = [
  'event_date', 'source_name', 'source_code', 'source_country', 'cameo_code', 'event_label', 'root', 'quad_class',
  'goldstein', 'target_name', 'target_code', 'target_country', 'negated', 'modality', 'issues', 'doc', 'sentence',
  'evidence_start', 'evidence_end', 'evidence_text', 'confidence',
] as const;

/** The contract's event shape, as far as the flat columns need it. */
export interface FlatEventInput {
  readonly doc: string;
  readonly sentence: number;
  readonly source: { name: string; code: string; country: string | null };
  readonly target: { name: string; code: string; country: string | null } | null;
  readonly code: string;
  readonly label: string;
  readonly root: string;
  readonly quad: number;
  readonly goldstein: number;
  readonly date: { value: string } | null;
  readonly negated: boolean;
  readonly modality: string;
  readonly issues: readonly string[];
  readonly evidence: { start: number; end: number };
  readonly confidence: number;
}

export function eventRow(e: FlatEventInput, evidenceText: string): string[] {
  return [
    e.date?.value ?? '', e.source.name, e.source.code, e.source.country ?? '', e.code, e.label, e.root, String(e.quad),
    String(e.goldstein), e.target?.name ?? '', e.target?.code ?? '', e.target?.country ?? '', String(e.negated), e.modality,
    e.issues.join(';'), e.doc, String(e.sentence), String(e.evidence.start), String(e.evidence.end), evidenceText,
    String(e.confidence),
  ];
}

/** A TSV field: tabs and newlines become spaces (TSV has no quoting). */
export const tsvField = (v: string): string => v.replace(/[\t\r\n]+/g, ' ');

/** A CSV field per RFC 4180, quoted only when needed. */
export const csvField = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
