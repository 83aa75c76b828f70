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

export function isCap(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && text[0] !== text[0].toLowerCase());
}

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
