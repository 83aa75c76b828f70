import type { MentionType } from '../model/types.js';
import { ActorDictionaryError, DICT_ERRORS } from './dictionary-error.js';
import type { DictionaryRecord, RoleSpec } from './types.js';

const TYPES = new Set<MentionType>(['person', 'country', 'organization', 'region', 'city', 'facility', 'group', 'other']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type Raw = Record<string, unknown>;

/**
 * Parses the JSON-lines dictionary format (docs/formats/actor-dictionary.md): one record a
 * line, blank lines and lines starting with `//` ignored. Throws ActorDictionaryError naming
 * `file` and the line.
 */
export function parseDictionary(text: string, file: string): DictionaryRecord[] {
  const lines = text.split('\n');
  // Fast path: the whole file as one JSON array; on any error, re-read line by line to name the line.
  const body = lines.filter((l) => l.trim() !== '' && !l.trim().startsWith('//'));
  let all: unknown[] | null = null;
  try {
    all = JSON.parse(`[${body.join(',')}]`) as unknown[];
  } catch {
    all = null;
  }
  if (all !== null) {
    const out: DictionaryRecord[] = [];
    let ok = true;
    for (let i = 0; i < all.length; i++) {
      const r = quickCheck(all[i]);
      if (r === null) {
        ok = false;
        break;
      }
      out.push(r);
    }
    if (ok) return out;
  }
  return parseLines(lines, file);
}

/** Cheap shape check for the fast path; anything unusual goes to the full, line-numbered check. */
function quickCheck(raw: unknown): DictionaryRecord | null {
  const r = raw as Raw;
  if (r === null || typeof r !== 'object') return null;
  if (r.kind === 'entity') {
    if (typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.code !== 'string' || !TYPES.has(r.type as MentionType)) return null;
    if (r.country !== null && typeof r.country !== 'string') return null;
    for (let f = 0; f < LIST_FIELDS.length; f++) {
      const v = r[LIST_FIELDS[f]];
      if (v !== undefined && !stringList(v)) return null;
    }
    const roles = r.roles as RoleSpec[] | undefined;
    if (roles !== undefined) {
      if (!Array.isArray(roles)) return null;
      for (let i = 0; i < roles.length; i++) if (!roleOk(roles[i])) return null;
    }
    return r as unknown as DictionaryRecord;
  }
  if ((r.kind === 'agent' || r.kind === 'title' || r.kind === 'head') && Array.isArray(r.names)) return r as unknown as DictionaryRecord;
  return null;
}

const LIST_FIELDS = ['names', 'exact', 'adjectives', 'plurals', 'capitals', 'countries'];

function stringList(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string' || v[i] === '') return false;
  return true;
}

function roleOk(r: RoleSpec): boolean {
  return typeof r?.code === 'string' && (r.from === undefined || DATE.test(r.from)) && (r.to === undefined || DATE.test(r.to));
}

function parseLines(lines: readonly string[], file: string): DictionaryRecord[] {
  const out: DictionaryRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('//')) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new ActorDictionaryError(DICT_ERRORS.notJson, file, i + 1, `not JSON (${(err as Error).message})`);
    }
    out.push(checkRecord(raw, file, i + 1));
  }
  return out;
}

function checkRecord(raw: unknown, file: string, line: number): DictionaryRecord {
  const fail = (code: string, msg: string): never => {
    throw new ActorDictionaryError(code, file, line, msg);
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail(DICT_ERRORS.badKind, 'a record must be an object');
  const r = raw as Raw;
  const strings = (field: string, required = false): void => {
    const v = r[field];
    if (v === undefined && !required) return;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
      fail(DICT_ERRORS.missingField, `"${field}" must be a list of non-empty strings`);
    }
  };
  const str = (field: string): void => {
    if (typeof r[field] !== 'string' || (r[field] as string) === '') fail(DICT_ERRORS.missingField, `"${field}" must be a non-empty string`);
  };
  switch (r.kind) {
    case 'entity':
      str('id');
      str('name');
      if (typeof r.code !== 'string') fail(DICT_ERRORS.missingField, '"code" must be a string');
      if (!TYPES.has(r.type as MentionType)) fail(DICT_ERRORS.badValue, `unknown type ${JSON.stringify(r.type)}`);
      if (r.country !== null && typeof r.country !== 'string') fail(DICT_ERRORS.missingField, '"country" must be a string or null');
      for (const f of LIST_FIELDS) strings(f);
      if (r.roles !== undefined) checkRoles(r.roles, fail);
      return r as unknown as DictionaryRecord;
    case 'agent':
    case 'title':
    case 'head':
      strings('names', true);
      if (r.kind !== 'head' || r.sector !== null) str('sector');
      if (r.type !== undefined && !TYPES.has(r.type as MentionType)) fail(DICT_ERRORS.badValue, `unknown type ${JSON.stringify(r.type)}`);
      if (r.kind === 'head' && r.type === undefined) fail(DICT_ERRORS.missingField, 'a head needs "type"');
      return r as unknown as DictionaryRecord;
    default:
      return fail(DICT_ERRORS.badKind, `unknown kind ${JSON.stringify(r.kind)} (entity, agent, title, head)`);
  }
}

function checkRoles(roles: unknown, fail: (code: string, msg: string) => never): void {
  if (!Array.isArray(roles)) fail(DICT_ERRORS.missingField, '"roles" must be a list');
  for (const role of roles as RoleSpec[]) {
    if (typeof role?.code !== 'string') fail(DICT_ERRORS.missingField, 'each role needs a "code"');
    for (const d of [role.from, role.to]) {
      if (d !== undefined && !DATE.test(d)) fail(DICT_ERRORS.badValue, `role date ${JSON.stringify(d)} is not YYYY[-MM[-DD]]`);
    }
  }
}
