import type { QuadCounts } from './types.js';

export const emptyQuads = (): QuadCounts => ({ '1': 0, '2': 0, '3': 0, '4': 0 });

/** Cooperative (quads 1-2) minus conflictual (quads 3-4) events. */
export function netCooperation(q: QuadCounts): number {
  return q['1'] + q['2'] - q['3'] - q['4'];
}

export function addQuad(q: QuadCounts, quad: number, n: number): void {
  const key = String(quad) as keyof QuadCounts;
  if (key in q) q[key] += n;
}

/** Mean of a sum over a count, rounded to 3 decimals; null when there is nothing to average. */
export function mean(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round((sum / count) * 1000) / 1000;
}
