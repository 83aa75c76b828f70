import type { ParamSpec } from './params.js';

const upper = (s: string): string => s.trim().toUpperCase();
const q = (spec: Omit<ParamSpec, 'in'>): ParamSpec => ({ ...spec, in: 'query' });

/** An actor: a country or organisation code, or an entity id (any printable text; ids vary by source). */
const ACTOR = /^[^\p{Cc}]+$/u;

/** The event filter every event and analysis endpoint accepts (the store's EventFilter). */
export const eventFilterParams: readonly ParamSpec[] = [
  q({ name: 'dyad', kind: 'string', description: 'Events between two countries, either direction', pattern: /^[A-Z0-9]{2,6}-[A-Z0-9]{2,6}$/, patternHint: 'two codes joined by a hyphen, such as AZE-RUS', transform: upper, maxLength: 20 }),
  q({ name: 'actor', kind: 'string', description: 'Country code, organisation code or entity id, as source or target', pattern: ACTOR, patternHint: 'a code or entity id without control characters', maxLength: 200 }),
  q({ name: 'source', kind: 'string', description: 'Country code, organisation code or entity id of the source', pattern: ACTOR, patternHint: 'a code or entity id without control characters', maxLength: 200 }),
  q({ name: 'target', kind: 'string', description: 'Country code, organisation code or entity id of the target', pattern: ACTOR, patternHint: 'a code or entity id without control characters', maxLength: 200 }),
  q({ name: 'code', kind: 'string', description: "CAMEO event code or code prefix ('087' finds 087 and 0871-0874)", pattern: /^\d{2,4}$/, patternHint: '2 to 4 digits', maxLength: 4 }),
  q({ name: 'root', kind: 'string', description: 'CAMEO root code', pattern: /^(0[1-9]|1\d|20)$/, patternHint: 'two digits from 01 to 20', maxLength: 2 }),
  q({ name: 'quad', kind: 'integer', description: 'Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', min: 1, max: 4 }),
  q({ name: 'from', kind: 'date', description: 'Keep events whose date overlaps this day, month or year or later' }),
  q({ name: 'to', kind: 'date', description: 'Keep events whose date overlaps this day, month or year or earlier' }),
  q({ name: 'issue', kind: 'string', description: 'Issue tag (issue taxonomy id)', pattern: /^[a-z0-9][a-z0-9_.-]{0,59}$/, patternHint: 'a lower-case issue id such as military-security', maxLength: 60 }),
  q({ name: 'negated', kind: 'boolean', description: 'true: only events the text says did not happen; false: only the others' }),
  q({ name: 'q', kind: 'string', description: "Words that must all occur in the event's sentence (full-text)", maxLength: 200 }),
  q({ name: 'doc', kind: 'string', description: 'Document id', maxLength: 200 }),
];

export const pagingParams = (defaultLimit: number, max: number): ParamSpec[] => [
  q({ name: 'limit', kind: 'integer', description: 'Page size', min: 0, max, default: defaultLimit }),
  q({ name: 'offset', kind: 'integer', description: 'Items to skip', min: 0, max: 10_000_000, default: 0 }),
];

export const formatParam = (values: readonly string[]): ParamSpec =>
  q({ name: 'format', kind: 'enum', description: 'Response format', values, default: values[0] });

export const periodParam: ParamSpec = q({ name: 'period', kind: 'enum', description: 'Period length', values: ['year', 'month'], default: 'year' });

export const levelParam: ParamSpec = q({
  name: 'level', kind: 'enum', values: ['country', 'actor'], default: 'country',
  description: 'Nodes are countries (else organisations) or individual actors',
});

export const pathParam = (name: string, description: string, pattern?: RegExp, patternHint?: string, transform?: (s: string) => string): ParamSpec =>
  ({ name, in: 'path', kind: 'string', description, required: true, pattern, patternHint, transform, maxLength: 200 });

export { upper };
