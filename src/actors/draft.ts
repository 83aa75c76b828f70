import type { MentionType } from '../model/types.js';
import type { Entity, HitForm } from './types.js';

/** A sector word, title or name head found in a sentence. */
export interface Marker {
  readonly ts: number;
  readonly te: number;
  readonly form: 'agent' | 'title' | 'head';
  readonly sector: string;
  readonly type?: MentionType;
  /** A head written before its name with "of" ("the port of Kulevi"). */
  readonly before?: boolean;
}

/** A mention before it is written out: a token span and the entity it names. */
export interface Draft {
  ts: number;
  te: number;
  entity: Entity;
  form: HitForm | 'discovered' | 'combo' | 'pair';
  /** Code fixed by the pattern that made it (combos, discovered people); else from the entity. */
  code?: string;
  sector?: string | null;
  type?: MentionType;
  modifier?: boolean;
  group?: string;
}

/**
 * A draft with every field present, always in this order. Drafts made as literals with only some
 * fields, or by spreading another draft, had five hidden classes, which made every `d.ts`,
 * `d.entity` ... of the sentence passes a megamorphic load; one shape keeps them monomorphic.
 * Absent fields are undefined (and `modifier` false), as the optional fields read before.
 */
export function newDraft(ts: number, te: number, entity: Entity, form: Draft['form'], code?: string, sector?: string | null, group?: string): Draft {
  return { ts, te, entity, form, code, sector, type: undefined, modifier: false, group };
}

/** `{ ...d, ts, te }` with the shape of newDraft. */
export function copyDraft(d: Draft, ts: number, te: number): Draft {
  return { ts, te, entity: d.entity, form: d.form, code: d.code, sector: d.sector, type: d.type, modifier: d.modifier, group: d.group };
}

export function isCap(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && text[0] !== text[0].toLowerCase());
}

/** text === text.toUpperCase(), without making the upper-case copy for ASCII text. */
export function isUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** "Ali Hasanov" -> "ali-hasanov": lower case, diacritics dropped, other runs made one hyphen. */
export function slug(s: string): string {
  // ASCII names (nearly all) in one pass; the same result as the general path below.
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c > 127) return slugUnicode(s);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out.length > 0) out += '-';
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
}

function slugUnicode(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
