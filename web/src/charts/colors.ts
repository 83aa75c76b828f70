/** Quad class colours and names, shared by every chart so the legend means the same everywhere. */
export const QUADS = [1, 2, 3, 4] as const;

export const QUAD_NAME: Record<number, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export const QUAD_COLOR: Record<number, string> = {
  1: '#7fbf7b',
  2: '#1b7837',
  3: '#f4a582',
  4: '#b2182b',
};

/** Red (-10) through grey (0) to green (+10) for a Goldstein value. */
export function goldsteinColor(g: number | null): string {
  if (g === null) return '#999';
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [178, 24, 43] : [27, 120, 55];
  const mix = grey.map((c, i) => Math.round(c + (end[i] - c) * Math.abs(t)));
  return `rgb(${mix.join(',')})`;
}
