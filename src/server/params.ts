/**
 * Query and path parameters: one spec per parameter feeds both request validation and the
 * OpenAPI document, so the documented API cannot drift from the checked one.
 */

export type ParamKind = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'enum';

export interface ParamSpec {
  readonly name: string;
  readonly in: 'query' | 'path';
  readonly kind: ParamKind;
  readonly description: string;
  readonly required?: boolean;
  /** For strings: a pattern the value must match (tested after `transform`). */
  readonly pattern?: RegExp;
  /** Human wording of `pattern` for error messages and docs ("two country codes such as AZE-RUS"). */
  readonly patternHint?: string;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  readonly default?: string | number | boolean;
  /** Normalises a string before it is checked (e.g. upper-casing codes). */
  readonly transform?: (value: string) => string;
}

/** A request the API refuses, with the parameter at fault named. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const badParam = (name: string, why: string): ApiError =>
  new ApiError(400, 'invalid_parameter', `parameter '${name}': ${why}`, name);

export type ParamValues = Record<string, string | number | boolean | undefined>;

/**
 * Checks raw query/path values against the specs: unknown names, repeats, types, ranges and
 * patterns each fail with a 400 naming the parameter. Returns typed values with defaults filled.
 */
export function parseParams(
  specs: readonly ParamSpec[],
  query: Record<string, unknown>,
  path: Record<string, unknown> = {},
): ParamValues {
  const known = new Set(specs.filter((s) => s.in === 'query').map((s) => s.name));
  for (const name of Object.keys(query)) {
    if (!known.has(name)) throw badParam(name, 'unknown parameter');
  }
  const out: ParamValues = {};
  for (const spec of specs) {
    const raw = (spec.in === 'query' ? query : path)[spec.name];
    out[spec.name] = parseOne(spec, raw);
  }
  return out;
}

function parseOne(spec: ParamSpec, raw: unknown): string | number | boolean | undefined {
  if (Array.isArray(raw)) throw badParam(spec.name, 'given more than once');
  if (raw === undefined || raw === '') {
    if (spec.required) throw badParam(spec.name, 'is required');
    return spec.default;
  }
  if (typeof raw !== 'string') throw badParam(spec.name, 'must be a string');
  switch (spec.kind) {
    case 'integer':
    case 'number':
      return parseNumber(spec, raw);
    case 'boolean':
      return parseBoolean(spec, raw);
    case 'date':
      return parseDate(spec, raw);
    case 'enum':
      return parseEnum(spec, raw);
    default:
      return parseString(spec, raw);
  }
}

function parseNumber(spec: ParamSpec, raw: string): number {
  const re = spec.kind === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  if (!re.test(raw)) throw badParam(spec.name, `must be ${spec.kind === 'integer' ? 'an integer' : 'a number'}, got '${clip(raw)}'`);
  const n = Number(raw);
  if (spec.min !== undefined && n < spec.min) throw badParam(spec.name, `must be at least ${spec.min}`);
  if (spec.max !== undefined && n > spec.max) throw badParam(spec.name, `must be at most ${spec.max}`);
  return n;
}

function parseBoolean(spec: ParamSpec, raw: string): boolean {
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw badParam(spec.name, `must be true or false, got '${clip(raw)}'`);
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** An ISO 8601 prefix (YYYY, YYYY-MM or YYYY-MM-DD) naming a real calendar date. */
export function isIsoPrefix(raw: string): boolean {
  const m = DATE_RE.exec(raw);
  if (m === null) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  return Number(d) >= 1 && Number(d) <= days;
}

function parseDate(spec: ParamSpec, raw: string): string {
  if (!isIsoPrefix(raw)) throw badParam(spec.name, `must be a date YYYY, YYYY-MM or YYYY-MM-DD, got '${clip(raw)}'`);
  return raw;
}

function parseEnum(spec: ParamSpec, raw: string): string {
  const values = spec.values ?? [];
  if (!values.includes(raw)) throw badParam(spec.name, `must be one of ${values.join(', ')}, got '${clip(raw)}'`);
  return raw;
}

function parseString(spec: ParamSpec, raw: string): string {
  const max = spec.maxLength ?? 200;
  if (raw.length > max) throw badParam(spec.name, `must be at most ${max} characters`);
  const value = spec.transform ? spec.transform(raw) : raw;
  if (spec.pattern && !spec.pattern.test(value)) {
    throw badParam(spec.name, `must be ${spec.patternHint ?? `a string matching ${spec.pattern.source}`}, got '${clip(raw)}'`);
  }
  return value;
}

/** Echoes user input in messages without letting a huge value flood the response. */
function clip(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

/** The OpenAPI 3.1 parameter object for a spec. */
export function openApiParam(spec: ParamSpec): Record<string, unknown> {
  const schema: Record<string, unknown> = {};
  if (spec.kind === 'integer' || spec.kind === 'number') schema.type = spec.kind;
  else if (spec.kind === 'boolean') schema.type = 'boolean';
  else schema.type = 'string';
  if (spec.kind === 'enum') schema.enum = [...(spec.values ?? [])];
  if (spec.kind === 'date') schema.pattern = DATE_RE.source;
  if (spec.pattern) schema.pattern = spec.pattern.source;
  if (spec.min !== undefined) schema.minimum = spec.min;
  if (spec.max !== undefined) schema.maximum = spec.max;
  if (spec.kind === 'string') schema.maxLength = spec.maxLength ?? 200;
  if (spec.default !== undefined) schema.default = spec.default;
  const description = spec.patternHint ? `${spec.description} (${spec.patternHint})` : spec.description;
  return { name: spec.name, in: spec.in, required: spec.in === 'path' || spec.required === true, description, schema };
}
