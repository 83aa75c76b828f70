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
  const out: DictionaryRecord[] = [];
  const lines = text.split('\n');
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
      for (const f of ['names', 'exact', 'adjectives', 'plurals', 'capitals', 'countries']) strings(f);
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
