import type { Entity, RoleSpec } from './types.js';

/** Whether ISO date prefix `d` is inside [from, to] (open ends allowed), comparing by year. */
function inRole(role: RoleSpec, year: number): boolean {
  const from = role.from ? Number(role.from.slice(0, 4)) : -Infinity;
  const to = role.to ? Number(role.to.slice(0, 4)) : Infinity;
  return year >= from && year <= to;
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
