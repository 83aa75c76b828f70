/** Typed access to the Dyad HTTP API (docs/api.md); every call is a GET returning JSON. */
import type { DyadListRow, SentenceHit, Summary, TimeSeries } from '../../src/analysis/types.js';

// The analysis results are served as they are: the dashboard reads the server's own types.
export type { IssueRow, Network, NetworkEdge, NetworkNode, QuadCounts, SentenceHit, SeriesRow } from '../../src/analysis/types.js';
export type DyadRow = DyadListRow;
export type Series = TimeSeries;
export type DyadSummary = Summary;

export interface ApiActor {
  code: string;
  country: string | null;
  org: string | null;
  sector: string | null;
  name: string;
  type: string;
}

export interface ApiEvent {
  id: number;
  doc: string;
  sentence: number;
  /** The sentence the event comes from, and where it starts in the document text. */
  text: string;
  sentenceStart: number | null;
  source: ApiActor;
  target: ApiActor | null;
  code: string;
  root: string;
  label: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  date: { value: string; granularity: string } | null;
  negated: boolean;
  modality: string;
  issues: string[];
  evidence: { start: number; end: number };
  confidence: number;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface SearchResult {
  q: string;
  sentences: Page<SentenceHit>;
  events: Page<ApiEvent>;
}

export interface DocumentDetail {
  document: { id: string; title: string | null; date: string | null; source: string; url: string | null; text: string };
  mentions: { sentence: number; start: number; end: number; text: string; type: string; canonical: string; code: string }[];
  times: { sentence: number; start: number; end: number; text: string; value: string; granularity: string }[];
  events: ApiEvent[];
}

export interface DocumentRow {
  id: string;
  title: string | null;
  date: string | null;
  source: string;
  events: number;
}

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function queryString(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export async function get<T>(path: string, q: Query = {}): Promise<T> {
  const res = await fetch(`/api/${path}${queryString(q)}`, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) throw new HttpError(res.status, body.message ?? res.statusText);
  return body as T;
}
