/**
 * The shapes the analysis functions return and the HTTP API serves. This module imports
 * nothing, so the dashboard (web/) reads the very same types as the server.
 */

/** Event counts per quad class, keyed '1'..'4' so they survive JSON as they are. */
export type QuadCounts = Record<'1' | '2' | '3' | '4', number>;

export type Period = 'year' | 'month';

export interface SeriesRow {
  /** `YYYY` or `YYYY-MM`: the period the event's date starts in. */
  period: string;
  events: number;
  quad: QuadCounts;
  /** Counts per CAMEO root ('01'..'20'), only roots that occur. */
  roots: Record<string, number>;
  meanGoldstein: number | null;
  netCooperation: number;
}

export interface TimeSeries {
  period: Period;
  rows: SeriesRow[];
  /** Events matching the filter that have no date and so sit in no period. */
  undated: number;
}

/** `country`: one node per state (else organisation, else actor code); `actor`: one per entity. */
export type NetworkLevel = 'country' | 'actor';

export interface NetworkNode {
  id: string;
  label: string;
  country: string | null;
  /** Events the node takes part in, as source or target. */
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  meanGoldstein: number | null;
  quad: QuadCounts;
}

export interface Network {
  level: NetworkLevel;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface IssueRow {
  issue: string;
  events: number;
  meanGoldstein: number | null;
  quad: QuadCounts;
}

export interface IssueBreakdown {
  items: IssueRow[];
  /** Matching events with no issue tag. An event with two issues counts under both. */
  untagged: number;
}

export interface Summary {
  events: number;
  quad: QuadCounts;
  meanGoldstein: number | null;
  netCooperation: number;
  negated: number;
  /** Earliest date_start and latest date_end among the matching events (YYYY-MM-DD). */
  first: string | null;
  last: string | null;
  documents: number;
}

export interface DyadListRow {
  dyad: string;
  events: number;
  first: string | null;
  last: string | null;
  meanGoldstein: number | null;
  netCooperation: number;
  /** Events per year from the first dated year to the last, for a sparkline. */
  spark: { period: string; events: number }[];
}

export interface SentenceHit {
  doc: string;
  title: string | null;
  /** Sentence index in its document, and its offsets in the document text. */
  sentence: number;
  start: number;
  end: number;
  text: string;
}
