import type { Entity, RoleSpec } from './types.js';

/** Whether ISO date prefix `d` is inside [from, to] (open ends allowed), comparing by year. */
function inRole(role: RoleSpec, year: number): boolean {
  const from = role.from ? yearOf(role.from) : -Infinity;
  const to = role.to ? yearOf(role.to) : Infinity;
  return year >= from && year <= to;
}

/** Number(date.slice(0, 4)), read from the digits when there are four (no slice per mention). */
function yearOf(date: string): number {
  if (date.length >= 4) {
    const a = date.charCodeAt(0) - 48;
    const b = date.charCodeAt(1) - 48;
    const c = date.charCodeAt(2) - 48;
    const d = date.charCodeAt(3) - 48;
    if (a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 && d >= 0 && d <= 9) return a * 1000 + b * 100 + c * 10 + d;
  }
  return Number(date.slice(0, 4));
}

/**
 * The code an entity takes in `year`: the dated role that covers it (a government role wins a
 * tie, so a year of transition names the office), else the entity's own code.
 */
export function codeInYear(e: Entity, year: number | null): string {
  if (year === null || e.roles.length === 0) return e.code;
  let first: RoleSpec | null = null;
  for (const r of e.roles) {
    if (!(r.from || r.to) || !inRole(r, year)) continue;
    if (r.code.includes('GOV')) return r.code;
    first ??= r;
  }
  return first === null ? e.code : first.code;
}

/** Whether the entity held any dated role in `year`. */
export function activeIn(e: Entity, year: number): boolean {
  return e.roles.some((r) => (r.from || r.to) && inRole(r, year));
}

/** Sector part of a CAMEO-style actor code ("AZEGOV" -> "GOV", "IGOWSTNAT" -> null). */
export function sectorOf(code: string, country: string | null): string | null {
  if (code.startsWith('IGO') || country === null) return null;
  const rest = code.startsWith(country) ? code.slice(country.length) : code.slice(3);
  return rest.length >= 3 ? rest.slice(0, 3) : null;
}
